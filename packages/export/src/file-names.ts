/**
 * Deterministic output file names: `<source basename>.<DocumentId>[.<part>].<ext>`, e.g.
 * `surat-masuk.SuratMasuk.svg` or `cuti.Cuti.02-persetujuan.svg` for one `bagian`. The same
 * source always gives the same names, so re-exports overwrite their own files and nothing else.
 */
import * as path from 'node:path';

/** Every format `sop export` writes. */
export type ExportFormat = 'mmd' | 'md' | 'svg' | 'png' | 'html' | 'pdf' | 'docx';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['mmd', 'md', 'svg', 'png', 'html', 'pdf', 'docx'];

/** Formats whose content is text (they carry the generated-by marker inside the file). */
export const TEXT_FORMATS: ReadonlySet<ExportFormat> = new Set(['mmd', 'md', 'svg', 'html']);

/** A file-name-safe ASCII slug of free text (section titles), at most 40 characters. */
export function slug(text: string): string {
    const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
    return s || 'bagian';
}

/**
 * The output file name of one document (and optionally one numbered part of it).
 * @param sourceFile the `.sop` file the document comes from
 * @param documentId the document's id (an identifier, so already file-name safe)
 * @param part e.g. `{ index: 2, title: 'Persetujuan' }` for the second `bagian`
 */
export function outputFileName(sourceFile: string, documentId: string, ext: ExportFormat, part?: { index: number; title: string }): string {
    const base = path.basename(sourceFile).replace(/\.sop$/i, '');
    const safeId = documentId.replace(/[^\w-]/g, '_');
    const partText = part ? `.${String(part.index).padStart(2, '0')}-${slug(part.title)}` : '';
    return `${base}.${safeId}${partText}.${ext}`;
}
