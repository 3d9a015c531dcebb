/**
 * `@sop/export/pipeline`: everything a client needs to export without playwright — the pipeline
 * ({@link exportDocument}), the PDF printer, the browser lookup, the logo reader, file names and
 * safe writing. The VS Code extension host uses this entry; `sop export` uses the same functions.
 */
export * from './pipeline/export-document.js';
export * from './pipeline/export-book.js';
export * from './pdf/print-pdf.js';
export * from './chromium-path.js';
export * from './chromium-flags.js';
export * from './logo.js';
export * from './file-names.js';
export * from './write-output.js';
export { checksum, isUpToDate, readManifest, type ExportManifest, type OutputRecord } from './export-manifest.js';
export * from './pdf-dates.js';
