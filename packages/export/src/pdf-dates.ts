/**
 * Chromium writes the current time into every PDF (/CreationDate, /ModDate), so the same
 * document would give different bytes on every export. This replaces each date with a fixed one
 * of exactly the same length, which keeps the PDF's cross-reference byte offsets valid.
 */

/** The date written instead: 2000-01-01 00:00:00 UTC, in PDF date syntax. */
const FIXED = "D:20000101000000+00'00'";

/** Replaces /CreationDate and /ModDate values by a fixed date of the same length. */
export function normalizePdfDates(pdf: Uint8Array): Uint8Array {
    // latin1 maps every byte to one char and back, so offsets and binary streams are preserved.
    const text = Buffer.from(pdf).toString('latin1');
    const fixed = text.replace(/\/(CreationDate|ModDate)\s*\((D:[^)]*)\)/g, (whole, key: string, date: string) => {
        const value = date.length >= FIXED.length ? FIXED + ' '.repeat(date.length - FIXED.length) : FIXED.slice(0, date.length);
        return whole.replace(date, value);
    });
    return new Uint8Array(Buffer.from(fixed, 'latin1'));
}
