/**
 * Test helper: a rasterised PDF page as grey levels (read through ImageMagick, no image
 * dependency), with the measurements the DOCX flowchart test needs: ink in a box, and the ruled
 * lines of the table (full-width rows, full-height columns) found on the page itself.
 */
import { execFileSync } from 'node:child_process';

/** A page image: width × height grey bytes, 0 black, 255 white. */
export interface PageImage {
    width: number;
    height: number;
    grey: Buffer;
}

/** Reads a PNG as grey levels. */
export function readPage(png: string): PageImage {
    const [width, height] = execFileSync('identify', ['-format', '%w %h', png], { encoding: 'utf8' }).trim().split(' ').map(Number);
    const grey = execFileSync('convert', [png, '-colorspace', 'Gray', '-depth', '8', 'gray:-'], { maxBuffer: 64 * 1024 * 1024 });
    return { width, height, grey };
}

/** Grey level below which a pixel counts as ink (anti-aliased thin lines are mid-grey). */
const inkLevel = 200;

/** True when the pixel is ink. */
export function ink(img: PageImage, x: number, y: number): boolean {
    const xi = Math.round(x), yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= img.width || yi >= img.height) return false;
    return img.grey[yi * img.width + xi] < inkLevel;
}

/** Ink pixels in the box [x0, x1] × [y0, y1]. */
export function inkIn(img: PageImage, x0: number, y0: number, x1: number, y1: number): number {
    let n = 0;
    for (let y = Math.max(0, Math.floor(y0)); y <= Math.min(img.height - 1, Math.ceil(y1)); y++) {
        for (let x = Math.max(0, Math.floor(x0)); x <= Math.min(img.width - 1, Math.ceil(x1)); x++) if (img.grey[y * img.width + x] < inkLevel) n++;
    }
    return n;
}

/** True when there is ink within `r` pixels of (x, y). */
export function inkNear(img: PageImage, x: number, y: number, r = 2): boolean {
    return inkIn(img, x - r, y - r, x + r, y + r) > 0;
}

/** Groups neighbouring indices (a ruled line a couple of pixels thick) into their middles. */
function middles(indices: number[]): number[] {
    const out: number[] = [];
    let start = -1, prev = -2;
    for (const i of [...indices, Number.MAX_SAFE_INTEGER]) {
        if (i !== prev + 1) {
            if (start >= 0) out.push((start + prev) / 2);
            start = i;
        }
        prev = i;
    }
    return out;
}

/** The table's ruled lines: rows (y) inked over most of the table's width, columns (x) inked over most of the span between `top` and `bottom`. */
export function tableLines(img: PageImage, top = 0, bottom = img.height - 1): { rows: number[]; columns: number[] } {
    // The table's horizontal extent: the longest inked row.
    let best = 0;
    const rowInk: number[] = [];
    for (let y = 0; y < img.height; y++) {
        let n = 0;
        for (let x = 0; x < img.width; x++) if (img.grey[y * img.width + x] < inkLevel) n++;
        rowInk.push(n);
        best = Math.max(best, n);
    }
    const rows = middles(rowInk.flatMap((n, y) => (n >= best * 0.9 ? [y] : [])));
    const columns: number[] = [];
    const span = bottom - top + 1;
    for (let x = 0; x < img.width; x++) {
        let n = 0;
        for (let y = top; y <= bottom; y++) if (img.grey[y * img.width + x] < inkLevel) n++;
        if (n >= span * 0.9) columns.push(x);
    }
    return { rows, columns: middles(columns) };
}
