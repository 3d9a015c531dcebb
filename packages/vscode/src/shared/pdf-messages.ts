/**
 * Messages between the extension host and the "original PDF" webview of "SOP: Import from PDF…".
 * Types only: imported by the extension bundle and by the webview bundle.
 */
import type { PdfGeometry } from '@sop/import/geometry';

/** UI strings of the PDF view, already in the chosen language. */
export interface PdfViewStrings {
    /** `{0}` page number, `{1}` page count. */
    page: string;
    loading: string;
    /** `{0}` the reason. */
    failed: string;
}

/**
 * Extension → webview. The PDF travels as base64: how typed arrays cross into a webview differs
 * between hosts (a Node Buffer from the desktop host arrived empty), a
 * string never does (shared/base64.ts).
 */
export type ToPdfView = { type: 'open'; name: string; base64: string; strings: PdfViewStrings };

/** Webview → extension. */
export type FromPdfView =
    | { type: 'ready' }
    /** The pages are drawn (`pages` canvases) and the PDF read into geometry for the import. */
    | { type: 'read'; geometry: PdfGeometry; pages: number }
    | { type: 'failed'; message: string };
