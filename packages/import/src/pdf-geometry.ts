/**
 * Reads a PDF page with pdf.js into plain geometry: text runs with their boxes and the vector
 * drawing as segments and closed shapes, in top-left page coordinates (points, y downwards).
 * No Node and no DOM: the same code runs in Node (`sop import`) and in the VS Code webview
 * ("SOP: Import from PDF…"), so both read a PDF into the same geometry.
 */

/** A run of text as pdf.js returns it, in page coordinates (y downwards, top of the glyph box). */
export interface TextRun {
    str: string;
    x: number; y: number; w: number; h: number;
}

/** A path drawn on the page, flattened to its points (curves sampled). */
export interface PathShape {
    /** Sub-paths, each a list of points. */
    subpaths: Array<Array<[number, number]>>;
    closed: boolean[];
    stroke: boolean;
    fill: boolean;
    /** Fill colour as "#rrggbb" when known. */
    fillColor?: string;
    hasCurves: boolean;
    bbox: [number, number, number, number];
}

export interface PageGeometry {
    width: number; height: number;
    texts: TextRun[];
    paths: PathShape[];
    /** Number of images painted on the page. */
    images: number;
    /** Where they are painted. */
    imageBoxes: Array<[number, number, number, number]>;
}

export interface PdfGeometry {
    pages: PageGeometry[];
}

/** The part of pdf.js this module uses (the legacy and the modern builds both have it). */
export type PdfJs = Pick<typeof import('pdfjs-dist'), 'getDocument' | 'OPS'>;

type M = [number, number, number, number, number, number];
const mul = (m: M, n: M): M => [
    m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: M, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

function hex(args: unknown[]): string | undefined {
    const a = args[0];
    if (typeof a === 'string') return a.toLowerCase();
    if (args.length >= 3 && args.every(v => typeof v === 'number')) {
        return '#' + (args as number[]).slice(0, 3).map(v => Math.round(v * (v <= 1 ? 255 : 1)).toString(16).padStart(2, '0')).join('');
    }
    return undefined;
}

/** Liang–Barsky: the part of segment a→b inside box b, or undefined. */
function clipSegment(a: [number, number], b: [number, number], box: [number, number, number, number]): [[number, number], [number, number]] | undefined {
    let t0 = 0, t1 = 1;
    const dx = b[0] - a[0], dy = b[1] - a[1];
    const checks: Array<[number, number]> = [[-dx, a[0] - box[0]], [dx, box[2] - a[0]], [-dy, a[1] - box[1]], [dy, box[3] - a[1]]];
    for (const [p, q] of checks) {
        if (Math.abs(p) < 1e-9) { if (q < -0.01) return undefined; continue; }
        const r = q / p;
        if (p < 0) { if (r > t1) return undefined; if (r > t0) t0 = r; }
        else { if (r < t0) return undefined; if (r < t1) t1 = r; }
    }
    return [[a[0] + t0 * dx, a[1] + t0 * dy], [a[0] + t1 * dx, a[1] + t1 * dy]];
}

/** Where pdf.js finds its data files; without them text extraction still works for Word's PDFs. */
export interface PdfJsData {
    standardFontDataUrl?: string;
    cMapUrl?: string;
}

/**
 * Reads every page of a PDF (bytes) into geometry with the pdf.js module given: the legacy build
 * from node_modules in Node (`readPdf`), the modern build in the VS Code webview.
 */
export async function readPdfGeometry(pdfjs: PdfJs, data: Uint8Array, files: PdfJsData = {}): Promise<PdfGeometry> {
    const OPS = pdfjs.OPS;
    const task = pdfjs.getDocument({
        data: new Uint8Array(data), // pdf.js detaches the buffer
        disableFontFace: true, useSystemFonts: false, isEvalSupported: false,
        standardFontDataUrl: files.standardFontDataUrl, cMapUrl: files.cMapUrl, cMapPacked: true, verbosity: 0,
    });
    const doc = await task.promise;
    const pages: PageGeometry[] = [];
    try {
        for (let p = 1; p <= doc.numPages; p++) {
            const page = await doc.getPage(p);
            const vp = page.getViewport({ scale: 1 });
            const base = vp.transform as M; // PDF user space → top-left viewport space
            const tc = await page.getTextContent();
            const texts: TextRun[] = [];
            for (const item of tc.items) {
                if (!('str' in item)) continue;
                if (!item.str) continue;
                const t = item.transform as M;
                const fontH = Math.hypot(t[2], t[3]) || item.height;
                // The baseline origin in page space; the glyph box extends fontH upwards.
                const [x, yBase] = apply(base, t[4], t[5]);
                texts.push({ str: item.str, x, y: yBase - fontH * 0.8, w: item.width, h: fontH });
            }
            const opList = await page.getOperatorList();
            const paths: PathShape[] = [];
            let images = 0;
            const imageBoxes: Array<[number, number, number, number]> = [];
            let ctm: M = base;
            type Clip = [number, number, number, number] | undefined;
            let clip: Clip;
            let clipNext = false;
            const stack: Array<{ ctm: M; fill?: string; clip?: Clip }> = [];
            let fill: string | undefined;
            let last: [number, number] = [0, 0]; // user-space current point
            let pending: { subpaths: Array<Array<[number, number]>>; closed: boolean[]; hasCurves: boolean } | undefined;
            const takeClip = () => {
                if (!clipNext || !pending) { clipNext = false; return; }
                clipNext = false;
                const pts = pending.subpaths.flat();
                if (!pts.length) return;
                const b: [number, number, number, number] = [Math.min(...pts.map(p => p[0])), Math.min(...pts.map(p => p[1])), Math.max(...pts.map(p => p[0])), Math.max(...pts.map(p => p[1]))];
                clip = clip ? [Math.max(clip[0], b[0]), Math.max(clip[1], b[1]), Math.min(clip[2], b[2]), Math.min(clip[3], b[3])] : b;
            };
            const finish = (stroke: boolean, fillIt: boolean) => {
                if (!pending) return;
                const clipNow = clip;
                takeClip();
                // stroked lines outside the clipping rectangle are cut to it (browsers draw long
                // connector lines and clip them to their cell)
                if (clipNow && stroke && !fillIt && pending.subpaths.every((sp, i) => !pending!.closed[i] && sp.length <= 8)) {
                    const cut: Array<Array<[number, number]>> = [];
                    for (const sp of pending.subpaths) {
                        const out: Array<[number, number]> = [];
                        for (let k = 0; k + 1 < sp.length; k++) {
                            const seg = clipSegment(sp[k], sp[k + 1], clipNow);
                            if (!seg) continue;
                            if (!out.length || Math.hypot(out[out.length - 1][0] - seg[0][0], out[out.length - 1][1] - seg[0][1]) > 0.01) out.push(seg[0]);
                            out.push(seg[1]);
                        }
                        if (out.length >= 2) cut.push(out);
                    }
                    pending.subpaths = cut;
                    pending.closed = cut.map(() => false);
                }
                const pts = pending.subpaths.flat();
                if (pts.length) {
                    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
                    for (const [x, y] of pts) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
                    paths.push({ subpaths: pending.subpaths.filter(s => s.length), closed: pending.closed, stroke, fill: fillIt, fillColor: fillIt ? fill : undefined, hasCurves: pending.hasCurves, bbox: [x0, y0, x1, y1] });
                }
                pending = undefined;
            };
            const { fnArray, argsArray } = opList;
            for (let i = 0; i < fnArray.length; i++) {
                const fn = fnArray[i];
                const args = argsArray[i] as unknown[];
                switch (fn) {
                    case OPS.save: stack.push({ ctm, fill, clip }); break;
                    case OPS.restore: { const s = stack.pop(); if (s) { ctm = s.ctm; fill = s.fill; clip = s.clip; } break; }
                    case OPS.clip: case OPS.eoClip: clipNext = true; break;
                    case OPS.transform: ctm = mul(ctm, args as M); break;
                    case OPS.paintFormXObjectBegin: stack.push({ ctm, fill, clip }); if (Array.isArray(args[0]) && args[0].length === 6) ctm = mul(ctm, args[0] as M); break;
                    case OPS.paintFormXObjectEnd: { const s = stack.pop(); if (s) { ctm = s.ctm; fill = s.fill; clip = s.clip; } break; }
                    case OPS.setFillRGBColor: case OPS.setFillColor: case OPS.setFillGray: case OPS.setFillColorN: case OPS.setFillCMYKColor: fill = hex(args); break;
                    case OPS.paintImageXObject: case OPS.paintInlineImageXObject: case OPS.paintImageMaskXObject:  {
                        images++;
                        const c = [apply(ctm, 0, 0), apply(ctm, 1, 0), apply(ctm, 0, 1), apply(ctm, 1, 1)];
                        imageBoxes.push([Math.min(...c.map(q => q[0])), Math.min(...c.map(q => q[1])), Math.max(...c.map(q => q[0])), Math.max(...c.map(q => q[1]))]);
                        break;
                    }
                    case OPS.constructPath: {
                        const ops = args[0] as number[];
                        const coords = args[1] as number[];
                        pending ??= { subpaths: [], closed: [], hasCurves: false };
                        let cur: Array<[number, number]> | undefined = pending.subpaths[pending.subpaths.length - 1];
                        let k = 0;
                        const addPt = (x: number, y: number) => { last = [x, y]; cur!.push(apply(ctm, x, y)); };
                        for (const op of ops) {
                            if (op === OPS.moveTo) {
                                cur = []; pending.subpaths.push(cur); pending.closed.push(false);
                                addPt(coords[k], coords[k + 1]); k += 2;
                            } else if (op === OPS.lineTo) {
                                if (!cur) { cur = []; pending.subpaths.push(cur); pending.closed.push(false); }
                                addPt(coords[k], coords[k + 1]); k += 2;
                            } else if (op === OPS.curveTo || op === OPS.curveTo2 || op === OPS.curveTo3) {
                                if (!cur) { cur = []; pending.subpaths.push(cur); pending.closed.push(false); }
                                pending.hasCurves = true;
                                const n = op === OPS.curveTo ? 6 : 4;
                                const c = coords.slice(k, k + n); k += n;
                                const p0 = last;
                                let p1: number[], p2: number[], p3: number[];
                                if (op === OPS.curveTo) { p1 = [c[0], c[1]]; p2 = [c[2], c[3]]; p3 = [c[4], c[5]]; }
                                else if (op === OPS.curveTo2) { p1 = p0; p2 = [c[0], c[1]]; p3 = [c[2], c[3]]; }
                                else { p1 = [c[0], c[1]]; p2 = [c[2], c[3]]; p3 = [c[2], c[3]]; }
                                for (let s = 1; s <= 4; s++) {
                                    const t = s / 4, u = 1 - t;
                                    const x = u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t * t * t * p3[0];
                                    const y = u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t * t * t * p3[1];
                                    addPt(x, y);
                                }
                            } else if (op === OPS.rectangle) {
                                const [x, y, w, h] = coords.slice(k, k + 4); k += 4;
                                cur = []; pending.subpaths.push(cur); pending.closed.push(true);
                                addPt(x, y); addPt(x + w, y); addPt(x + w, y + h); addPt(x, y + h);
                                cur = undefined;
                            } else if (op === OPS.closePath) {
                                if (pending.closed.length) pending.closed[pending.closed.length - 1] = true;
                            }
                        }
                        break;
                    }
                    case OPS.stroke: case OPS.closeStroke: finish(true, false); break;
                    case OPS.fill: case OPS.eoFill: finish(false, true); break;
                    case OPS.fillStroke: case OPS.eoFillStroke: case OPS.closeFillStroke: case OPS.closeEOFillStroke: finish(true, true); break;
                    case OPS.endPath: takeClip(); pending = undefined; break;
                    default: break;
                }
            }
            pages.push({ width: vp.width, height: vp.height, texts, paths, images, imageBoxes });
            page.cleanup();
        }
    } finally {
        await doc.destroy();
    }
    return { pages };
}
