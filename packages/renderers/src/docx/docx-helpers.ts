/**
 * Small builders over the `docx` package shared by the DOCX renderers: paragraphs from user
 * text (line breaks kept; the package escapes XML), table cells, and byte-level normalisation of
 * the zip so the same model always gives the same .docx bytes.
 */
import { AlignmentType, BorderStyle, ImageRun, Paragraph, TableCell, TextRun, VerticalAlign, WidthType, type ITableCellOptions } from 'docx';

/** Base font size in half-points (9pt). */
export const baseSize = 18;

/** Runs of one text, a line break for each newline. */
export function runs(text: string, opts: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}): TextRun[] {
    return text.split(/\r?\n/).map((line, i) => new TextRun({
        text: line, break: i > 0 ? 1 : undefined, bold: opts.bold, italics: opts.italics, size: opts.size,
        underline: opts.underline ? {} : undefined,
    }));
}

/** A paragraph of user text. */
export function para(text: string, opts: { bold?: boolean; italics?: boolean; size?: number; center?: boolean; underline?: boolean; spaceAfter?: number; pageBreakBefore?: boolean } = {}): Paragraph {
    return new Paragraph({
        children: runs(text, opts),
        alignment: opts.center ? AlignmentType.CENTER : undefined,
        spacing: { after: opts.spaceAfter ?? 0 },
        pageBreakBefore: opts.pageBreakBefore,
    });
}

/** Numbered items as "1. ..." paragraphs (plain text numbers keep the numbering part deterministic), or "-" when empty. */
export function numberedParas(items: readonly string[]): Paragraph[] {
    if (items.length === 0) return [para('-')];
    if (items.length === 1) return [para(items[0])];
    return items.map((t, i) => new Paragraph({ children: runs(`${i + 1}. ${t}`), indent: { left: 284, hanging: 284 } }));
}

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A bordered table cell of paragraphs. */
export function cell(children: Paragraph[], opts: Partial<ITableCellOptions> & { widthTwips?: number } = {}): TableCell {
    const { widthTwips, ...rest } = opts;
    return new TableCell({
        children: children.length ? children : [new Paragraph('')],
        borders: { top: line, bottom: line, left: line, right: line },
        margins: { top: 40, bottom: 40, left: 70, right: 70 },
        width: widthTwips ? { size: widthTwips, type: WidthType.DXA } : undefined,
        verticalAlign: VerticalAlign.TOP,
        ...rest,
    });
}

/** A fixed DOS timestamp (1 January 2000, 00:00) for every zip entry. */
const dosTime = 0;
const dosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;

/**
 * Sets every zip entry's modification time to a fixed value, in the local headers and the
 * central directory, so the archive does not change with the clock. CRCs cover only the data,
 * so they stay valid.
 */
export function normalizeZipTimes(zip: Uint8Array): Uint8Array {
    const out = new Uint8Array(zip);
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    let eocd = -1;
    for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 65535); i--) {
        if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
    }
    if (eocd < 0) return out;
    const count = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    for (let n = 0; n < count && view.getUint32(p, true) === 0x02014b50; n++) {
        view.setUint16(p + 12, dosTime, true);
        view.setUint16(p + 14, dosDate, true);
        const local = view.getUint32(p + 42, true);
        if (view.getUint32(local, true) === 0x04034b50) {
            view.setUint16(local + 10, dosTime, true);
            view.setUint16(local + 12, dosDate, true);
        }
        p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    return out;
}

/**
 * The logo as a centred 64-pixel image paragraph, from a PNG/JPEG/GIF data URI (SVG needs a
 * raster fallback in DOCX and is left out). The drawing id is fixed so the bytes are repeatable.
 */
export function logoParagraph(logoDataUri: string | undefined): Paragraph[] {
    const m = /^data:image\/(png|jpeg|gif);base64,([A-Za-z0-9+/=\s]+)$/.exec(logoDataUri ?? '');
    if (!m) return [];
    const type = m[1] === 'jpeg' ? 'jpg' : (m[1] as 'png' | 'gif');
    const data = Buffer.from(m[2].replace(/\s+/g, ''), 'base64');
    return [new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new ImageRun({ type, data, transformation: { width: 64, height: 64 }, altText: { id: '1', name: 'logo', description: 'Logo' } })],
    })];
}
