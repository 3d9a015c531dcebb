/**
 * The request with which an editor asks the language server to import a PDF it has read:
 * VS Code's webview reads the PDF with pdf.js (it also draws the pages beside the result), the
 * server turns the geometry into `.sop` text. Names and JSON types only: the extension host
 * imports this without Langium.
 */
import type { PdfGeometry } from './pdf-geometry.js';
import type { ImportDoubt } from './model.js';

/** Client → server request: the `.sop` text of a signed SOP PDF, from its geometry. */
export const ImportPdfRequest = 'sop/importPdf';

export interface ImportPdfParams {
    geometry: PdfGeometry;
    /** The PDF's file name, for the header comment. */
    source?: string;
    /** The language of the header and the `// import:` comments (the editor's); default English. */
    lang?: 'id' | 'en';
}

export interface ImportPdfResult {
    /** The formatted `.sop` text (empty when every page is scanned). */
    text: string;
    doubts: ImportDoubt[];
    syntaxErrors: string[];
    /** 1-based pages that hold only images (scans). */
    scannedPages: number[];
    pages: number;
    stats: { rows: number; symbols: number; arrows: number };
}
