/**
 * Page layout helpers: text runs joined into lines and segments, the table grid (thin filled
 * rectangles and stroked lines of Word's tables), and the shapes of the flowchart.
 */
import type { PageGeometry, PathShape, TextRun } from './pdf.js';

export interface Segment { text: string; x: number; x1: number; y: number; h: number; runs: TextRun[] }
export interface Line { y: number; h: number; segments: Segment[]; text: string; x: number; x1: number }

export const cx = (t: { x: number; w: number }) => t.x + t.w / 2;
export const cy = (t: { y: number; h: number }) => t.y + t.h / 2;

/** Joins runs (whitespace-only runs dropped) into lines; a gap wider than `gapFactor`·height starts a new segment. */
export function toLines(runs: readonly TextRun[], gapFactor = 2.2): Line[] {
    const rs = runs.filter(r => r.str !== '').slice().sort((a, b) => cy(a) - cy(b) || a.x - b.x)
        // the same text drawn twice at the same place (a halo, a bold imitation) is read once
        .filter((r, i, all) => !all.slice(Math.max(0, i - 6), i).some(o => o.str === r.str && Math.abs(o.x - r.x) < 0.6 && Math.abs(o.y - r.y) < 0.6));
    const lines: Array<{ y: number; h: number; runs: TextRun[] }> = [];
    for (const r of rs) {
        const yc = cy(r);
        // a run printed over another of the line (a cell too low for its text: Excel draws the
        // next row over the last line) is a line of its own, not words between the other's
        // (spaces do not count: Word and our exporter draw runs of them across the gap between two texts)
        const over = (l: { runs: TextRun[] }) => r.str.trim() !== '' && l.runs.some(o => o.str.trim() !== '' && Math.min(o.x + o.w, r.x + r.w) - Math.max(o.x, r.x) > 0.5 * Math.min(o.w, r.w) && Math.min(o.w, r.w) > 3 * r.h);
        const line = lines.find(l => Math.abs(l.y - yc) < Math.max(1.5, Math.min(l.h, r.h) * 0.45) && !over(l));
        if (line) line.runs.push(r);
        else lines.push({ y: yc, h: r.h, runs: [r] });
    }
    lines.sort((a, b) => a.y - b.y);
    return lines.map(l => {
        const sorted = l.runs.sort((a, b) => a.x - b.x);
        const segments: Segment[] = [];
        let spaceRun = false; // a run of spaces (justified text draws them) stands between two runs
        for (const r of sorted) {
            if (r.str.trim() === '') { spaceRun = true; continue; }
            const last = segments[segments.length - 1];
            const gap = last ? r.x - last.x1 : Infinity;
            const sawSpace = spaceRun;
            spaceRun = false;
            if (last && gap < gapFactor * Math.max(r.h, last.h) + 1) {
                const space = (gap > 0.18 * r.h || sawSpace) && !last.text.endsWith(' ') && !r.str.startsWith(' ');
                last.text += (space ? ' ' : '') + r.str;
                last.x1 = Math.max(last.x1, r.x + r.w);
                last.runs.push(r);
            } else {
                segments.push({ text: r.str, x: r.x, x1: r.x + r.w, y: l.y, h: r.h, runs: [r] });
            }
        }
        for (const s of segments) s.text = clean(s.text);
        return { y: l.y, h: l.h, segments, text: segments.map(s => s.text).join(' '), x: segments[0]?.x ?? 0, x1: segments[segments.length - 1]?.x1 ?? 0 };
    });
}

/** Normalises spaces (also the non-breaking ones Word writes) and trims. */
export function clean(s: string): string {
    return s.replace(/[\u00a0\u2000-\u200b\t]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Joins wrapped lines of one cell into a text: a line ending in "-" continues without space. */
export function joinLines(lines: readonly string[]): string {
    let out = '';
    for (const l of lines.map(clean).filter(Boolean)) {
        if (!out) out = l;
        else if (/[-/]$/.test(out)) out += l;
        else out += ' ' + l;
    }
    return out;
}

export interface Grid {
    /** Horizontal lines: y, x0, x1. */
    h: Array<{ y: number; x0: number; x1: number }>;
    /** Vertical lines: x, y0, y1. */
    v: Array<{ x: number; y0: number; y1: number }>;
}

function isAxisRect(sp: Array<[number, number]>): [number, number, number, number] | undefined {
    const pts = sp.length === 5 && Math.hypot(sp[0][0] - sp[4][0], sp[0][1] - sp[4][1]) < 0.01 ? sp.slice(0, 4) : sp;
    if (pts.length !== 4) return undefined;
    const xs = new Set(pts.map(p => Math.round(p[0] * 10)));
    const ys = new Set(pts.map(p => Math.round(p[1] * 10)));
    if (xs.size > 2 || ys.size > 2) return undefined;
    const x0 = Math.min(...pts.map(p => p[0])), x1 = Math.max(...pts.map(p => p[0]));
    const y0 = Math.min(...pts.map(p => p[1])), y1 = Math.max(...pts.map(p => p[1]));
    return [x0, y0, x1, y1];
}

/** A path is a table border when every sub-path is a thin axis-aligned rectangle of 4 points (Word's cell borders). */
export function isGridPath(p: PathShape): boolean {
    if (!p.subpaths.length) return false;
    return p.subpaths.every(sp => {
        if (sp.length !== 4) return sp.length === 2 && p.stroke && (Math.abs(sp[0][0] - sp[1][0]) < 0.3 || Math.abs(sp[0][1] - sp[1][1]) < 0.3);
        const r = isAxisRect(sp);
        return !!r && (r[2] - r[0] < 2.2 || r[3] - r[1] < 2.2);
    });
}

/**
 * Tables drawn cell by cell (one rectangle per cell, as some producers do): rectangles of one
 * sub-path that share an edge with another such rectangle. A flowchart box stands alone.
 */
export function cellRects(page: PageGeometry, minCells = 6): Set<PathShape> {
    const cands = page.paths.filter(p => p.subpaths.length === 1 && !p.hasCurves).map(p => ({ p, r: isAxisRect(p.subpaths[0]) })).filter(c => c.r && c.r[2] - c.r[0] > 6 && c.r[3] - c.r[1] > 6);
    const out = new Set<PathShape>();
    const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0) > 2;
    // neighbours: rectangles sharing an edge; a table is a large group of them, whereas the
    // shading of a few text lines (two stacked rectangles behind a two-line heading) is not
    const next = new Map<typeof cands[number], Array<typeof cands[number]>>();
    for (const a of cands) {
        const [ax0, ay0, ax1, ay1] = a.r!;
        for (const b of cands) {
            if (a === b) continue;
            const [bx0, by0, bx1, by1] = b.r!;
            if (Math.abs(ax0 - bx0) < 0.5 && Math.abs(ay0 - by0) < 0.5 && Math.abs(ax1 - bx1) < 0.5 && Math.abs(ay1 - by1) < 0.5) continue; // the same rectangle filled then stroked
            const sideBySide = (Math.abs(ax1 - bx0) < 1.5 || Math.abs(bx1 - ax0) < 1.5) && overlap(ay0, ay1, by0, by1);
            const stacked = (Math.abs(ay1 - by0) < 1.5 || Math.abs(by1 - ay0) < 1.5) && overlap(ax0, ax1, bx0, bx1);
            if (sideBySide || stacked) next.set(a, [...(next.get(a) ?? []), b]);
        }
    }
    const seen = new Set<typeof cands[number]>();
    for (const a of next.keys()) {
        if (seen.has(a)) continue;
        const group = [a];
        seen.add(a);
        for (let i = 0; i < group.length; i++) for (const b of next.get(group[i]) ?? []) if (!seen.has(b)) { seen.add(b); group.push(b); }
        if (group.length >= minCells) for (const c of group) out.add(c.p);
    }
    // the twin of a cell (filled, then stroked) is a cell too
    for (const c of cands) if (!out.has(c.p) && [...out].some(o => o.bbox.every((v, i) => Math.abs(v - c.p.bbox[i]) < 0.5))) out.add(c.p);
    return out;
}

const cellCache = new WeakMap<PageGeometry, Set<PathShape>>();
function cellsOf(page: PageGeometry): Set<PathShape> {
    let c = cellCache.get(page);
    if (!c) { c = cellRects(page); cellCache.set(page, c); }
    return c;
}

export function gridOf(page: PageGeometry): Grid {
    const grid: Grid = { h: [], v: [] };
    const cells = cellsOf(page);
    for (const p of page.paths) {
        if (cells.has(p)) {
            const [x0, y0, x1, y1] = isAxisRect(p.subpaths[0])!;
            grid.h.push({ y: y0, x0, x1 }, { y: y1, x0, x1 });
            grid.v.push({ x: x0, y0, y1 }, { x: x1, y0, y1 });
            continue;
        }
        if (!isGridPath(p)) continue;
        for (const sp of p.subpaths) {
            let x0: number, y0: number, x1: number, y1: number;
            if (sp.length === 2) { x0 = Math.min(sp[0][0], sp[1][0]); x1 = Math.max(sp[0][0], sp[1][0]); y0 = Math.min(sp[0][1], sp[1][1]); y1 = Math.max(sp[0][1], sp[1][1]); }
            else [x0, y0, x1, y1] = isAxisRect(sp)!;
            const w = x1 - x0, h = y1 - y0;
            if (w >= h && w > 2) grid.h.push({ y: (y0 + y1) / 2, x0, x1 });
            else if (h > w && h > 2) grid.v.push({ x: (x0 + x1) / 2, y0, y1 });
        }
    }
    return grid;
}

/** Sorted distinct values, merging those closer than `tol`. */
export function cluster(values: readonly number[], tol = 1.5): number[] {
    const s = values.slice().sort((a, b) => a - b);
    const out: number[] = [];
    for (const v of s) {
        if (out.length && v - out[out.length - 1] < tol) continue;
        out.push(v);
    }
    return out;
}

export type ShapeKind = 'capsule' | 'box' | 'diamond' | 'offpage' | 'arrow' | 'line' | 'other';

export interface Shape {
    kind: ShapeKind;
    bbox: [number, number, number, number];
    /** For arrows: tail and tip. For lines: the two ends. */
    tail?: [number, number];
    tip?: [number, number];
    /** For arrows and lines: the points of the shaft (for label distances). */
    points?: Array<[number, number]>;
}

const dist = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

function distinct(sp: Array<[number, number]>): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (const p of sp) if (!out.some(q => dist(p, q) < 0.3)) out.push(p);
    return out;
}

function isWhite(c?: string): boolean {
    if (!c) return false;
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/.exec(c);
    return !!m && [m[1], m[2], m[3]].every(h => parseInt(h, 16) > 235);
}

function isTriangle(sp: Array<[number, number]>): boolean {
    const d = distinct(sp);
    if (d.length !== 3) return false;
    const xs = d.map(p => p[0]), ys = d.map(p => p[1]);
    return Math.max(...xs) - Math.min(...xs) < 12 && Math.max(...ys) - Math.min(...ys) < 12;
}

/**
 * The far end of a thin outline polygon (a connector drawn as a filled outline) from the point
 * nearest `from`: the point half-way round the boundary, where both sides meet at the other cap.
 */
function farEnd(poly: Array<[number, number]>, from: [number, number]): [number, number] {
    const n = poly.length;
    if (n < 3) return poly.reduce((best, q) => (dist(q, from) > dist(best, from) ? q : best), poly[0]);
    let i0 = 0;
    for (let i = 1; i < n; i++) if (dist(poly[i], from) < dist(poly[i0], from)) i0 = i;
    const cum: number[] = [0];
    for (let k = 1; k <= n; k++) cum.push(cum[k - 1] + dist(poly[(i0 + k - 1) % n], poly[(i0 + k) % n]));
    const total = cum[n];
    let best = poly[i0], bd = -1;
    for (let k = 0; k < n; k++) {
        const d = Math.min(cum[k], total - cum[k]);
        if (d > bd) { bd = d; best = poly[(i0 + k) % n]; }
    }
    return best;
}

/** Classifies the non-grid paths of a page into flowchart shapes. */
export function shapesOf(page: PageGeometry): Shape[] {
    const shapes: Shape[] = [];
    const heads: Array<{ tip: [number, number]; base: [number, number] }> = [];
    const cells = cellsOf(page);
    for (const p of page.paths) {
        if (cells.has(p)) continue;
        if (isGridPath(p)) {
            // a stroked straight line may be a border or a connector: kept as a line for chaining
            if (p.stroke && p.subpaths.length === 1 && p.subpaths[0].length === 2) {
                const sp = p.subpaths[0];
                if (dist(sp[0], sp[1]) > 2) shapes.push({ kind: 'line', bbox: p.bbox, tail: sp[0], tip: sp[1], points: sp });
            }
            continue;
        }
        if (!p.stroke && p.fill && isWhite(p.fillColor)) continue; // backgrounds, text boxes
        const [x0, y0, x1, y1] = p.bbox;
        const w = x1 - x0, h = y1 - y0;
        const tri = p.subpaths.findIndex(isTriangle);
        if (tri >= 0 && p.subpaths.length >= 2) {
            const t = distinct(p.subpaths[tri]);
            // the apex is opposite the shortest side
            let apex = 0, shortest = Infinity;
            for (let i = 0; i < 3; i++) {
                const s = dist(t[(i + 1) % 3], t[(i + 2) % 3]);
                if (s < shortest) { shortest = s; apex = i; }
            }
            const tip = t[apex];
            const shaft = p.subpaths.filter((_, i) => i !== tri).flat();
            const tail = farEnd(p.subpaths.filter((_, i) => i !== tri).sort((a, b) => b.length - a.length)[0], tip);
            shapes.push({ kind: 'arrow', bbox: p.bbox, tip, tail, points: shaft });
            continue;
        }
        if (p.subpaths.length === 1 && isTriangle(p.subpaths[0])) {
            const t = distinct(p.subpaths[0]);
            let apex = 0, shortest = Infinity;
            for (let i = 0; i < 3; i++) {
                const sd = dist(t[(i + 1) % 3], t[(i + 2) % 3]);
                if (sd < shortest) { shortest = sd; apex = i; }
            }
            const base: [number, number] = [(t[(apex + 1) % 3][0] + t[(apex + 2) % 3][0]) / 2, (t[(apex + 1) % 3][1] + t[(apex + 2) % 3][1]) / 2];
            heads.push({ tip: t[apex], base });
            continue;
        }
        if (p.stroke && !p.fill && p.subpaths.length >= 1 && p.closed.every(c => !c) && p.subpaths.every(sp => sp.length >= 2 && sp.length <= 8)) {
            // a connector drawn as a stroked polyline (its head, if any, is a separate triangle);
            // cut by a clipping rectangle it may be several pieces
            for (const sp of p.subpaths) if (dist(sp[0], sp[sp.length - 1]) > 1 || sp.length > 2) shapes.push({ kind: 'line', bbox: p.bbox, tail: sp[0], tip: sp[sp.length - 1], points: sp });
            continue;
        }
        const outer = distinct(p.subpaths[0]);
        if (w < 2.5 || h < 2.5 || (outer.length <= 8 && !p.hasCurves && (w < 3 || h < 3))) {
            // a thin polygon: a connector line without a head
            const pts = p.subpaths.flat();
            let a = pts[0], b = pts[0], best = -1;
            for (const q of pts) for (const r of pts) { const d = dist(q, r); if (d > best) { best = d; a = q; b = r; } }
            if (best > 4) shapes.push({ kind: 'line', bbox: p.bbox, tail: a, tip: b, points: pts });
            continue;
        }
        if (w < 8 || h < 5) continue;
        if (p.hasCurves || outer.length >= 12) {
            // capsule: rounded rectangle (terminator); a circle or ellipse is not one of the five symbols
            // a terminator's ends are half circles; a rounded process box ("alternate process")
            // has small corners: the straight part of its top edge starts near the left side
            const top = outer.filter(q => Math.abs(q[1] - y0) < h * 0.02 + 0.05);
            const radius = top.length ? Math.min(...top.map(q => q[0])) - x0 : h / 2;
            if (radius < Math.min(w, h) * 0.3) shapes.push({ kind: 'box', bbox: p.bbox });
            else shapes.push({ kind: Math.abs(w - h) < 2 ? 'other' : 'capsule', bbox: p.bbox });
            continue;
        }
        if (outer.length === 4) {
            const midX = (x0 + x1) / 2, midY = (y0 + y1) / 2;
            const onMid = outer.filter(q => Math.abs(q[0] - midX) < w * 0.12 || Math.abs(q[1] - midY) < h * 0.12).length;
            const corners = outer.filter(q => (Math.abs(q[0] - x0) < 0.6 || Math.abs(q[0] - x1) < 0.6) && (Math.abs(q[1] - y0) < 0.6 || Math.abs(q[1] - y1) < 0.6)).length;
            if (corners === 4) shapes.push({ kind: 'box', bbox: p.bbox });
            else if (onMid === 4) shapes.push({ kind: 'diamond', bbox: p.bbox });
            else shapes.push({ kind: 'other', bbox: p.bbox });
            continue;
        }
        if (outer.length === 5) { shapes.push({ kind: 'offpage', bbox: p.bbox }); continue; }
        shapes.push({ kind: 'other', bbox: p.bbox });
    }
    // separate arrowheads: the line that ends at the head's base becomes an arrow
    for (const h of heads) {
        let best: Shape | undefined, bd = Infinity, atTip = true;
        for (const l of shapes) {
            if (l.kind !== 'line') continue;
            const dTip = Math.min(dist(l.tip!, h.base), dist(l.tip!, h.tip)), dTail = Math.min(dist(l.tail!, h.base), dist(l.tail!, h.tip));
            if (dTip < bd) { bd = dTip; best = l; atTip = true; }
            if (dTail < bd) { bd = dTail; best = l; atTip = false; }
        }
        if (best && bd < 3) {
            const tail = atTip ? best.tail! : best.tip!;
            best.kind = 'arrow';
            best.tail = tail;
            best.tip = h.tip;
            best.points = [...best.points!, h.tip];
        }
    }
    // one symbol drawn twice (fill, then outline) is one symbol
    const out: Shape[] = [];
    for (const s of shapes) {
        if (s.kind !== 'arrow' && s.kind !== 'line' && out.some(o => o.kind === s.kind && o.bbox.every((v, i) => Math.abs(v - s.bbox[i]) < 1.5))) continue;
        out.push(s);
    }
    return out;
}

/** Distance from a point to a box (0 inside). */
export function distToBox(p: [number, number], b: [number, number, number, number]): number {
    const dx = Math.max(b[0] - p[0], 0, p[0] - b[2]);
    const dy = Math.max(b[1] - p[1], 0, p[1] - b[3]);
    return Math.hypot(dx, dy);
}

/** Distance from a point to a polyline given as points (segments between consecutive points). */
export function distToPoints(p: [number, number], pts: ReadonlyArray<[number, number]>): number {
    let best = Infinity;
    for (let i = 0; i < pts.length; i++) {
        const a = pts[i], b = pts[Math.min(i + 1, pts.length - 1)];
        const dx = b[0] - a[0], dy = b[1] - a[1];
        const l2 = dx * dx + dy * dy;
        const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2)) : 0;
        best = Math.min(best, Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy)));
    }
    return best;
}
