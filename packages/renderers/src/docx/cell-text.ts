/**
 * How tall a table cell's text prints in Word or LibreOffice (Arial 9pt, single spacing), from
 * Arial's glyph widths and a greedy word wrap. The procedure rows have exact heights (so the
 * flowchart lies where it should), and an exact row clips what does not fit: each row is made at
 * least this tall. A browser grows an HTML row by itself; Word with an exact height cannot.
 */

/** Widths of Arial's glyphs in em, by class; anything else counts as a wide glyph. */
const narrow = new Set([...'ijlI.,:;\'|!']);
const thin = new Set([...'ftr -/()[]"']);
const middle = new Set([...'sckvxyzJ']);
const wide = new Set([...'mwMW@%']);

function glyph(c: string): number {
    if (narrow.has(c)) return 0.24;
    if (thin.has(c)) return 0.32;
    if (middle.has(c)) return 0.5;
    if (wide.has(c)) return 0.87;
    if (c >= 'A' && c <= 'Z') return 0.7;
    return 0.56;
}

/** Width in px of a text at a font size in px. */
export function textWidth(text: string, fontPx: number, bold = false): number {
    let em = 0;
    for (const c of text) em += glyph(c);
    return em * fontPx * (bold ? 1.08 : 1);
}

/** Lines a paragraph takes in a box `width` px wide, wrapped at spaces (a longer word is broken). */
export function wrappedLines(text: string, width: number, fontPx: number, bold = false): number {
    let lines = 0;
    for (const para of text.split(/\r?\n/)) {
        let line = 0;
        let count = 1;
        const space = textWidth(' ', fontPx, bold);
        for (const word of para.split(' ')) {
            let w = textWidth(word, fontPx, bold);
            if (line > 0 && line + space + w <= width) { line += space + w; continue; }
            if (line > 0) count++;
            // A word wider than the box fills whole lines first.
            while (w > width) { count++; w -= width; }
            line = w;
        }
        lines += count;
    }
    return lines;
}

/** Line height of 9pt Arial at single spacing, in px (ascent plus descent, a little over 1.1 em). */
const lineEm = 1.15;
/** Cell padding of the procedure table, as the HTML's (3 px top and bottom, 4 px left and right). */
export const cellPaddingPx = { y: 3, x: 4 };
/** Padding top and bottom and a pixel of slack, in px. */
const cellPadding = 2 * cellPaddingPx.y + 2;
/** Padding left and right, in px. */
const cellSides = 2 * cellPaddingPx.x;
/** Hanging indent of numbered items (284 twips), in px. */
const itemIndent = 284 / 15;

/** Height in px a cell needs for its items in a column `columnWidth` px wide, numbered when there are several. */
export function cellHeight(items: readonly string[], columnWidth: number, fontPx = 12, bold = false): number {
    const numbered = items.length > 1;
    const width = columnWidth - cellSides - (numbered ? itemIndent : 0);
    const lines = items.reduce((sum, t) => sum + wrappedLines(t, width, fontPx, bold), 0);
    return lines * fontPx * lineEm + cellPadding;
}
