/**
 * Messages between the extension host and the "original PDF" webview of "SOP: Import from PDF…".
 * Types and two tiny codecs: imported by the extension bundle and by the webview bundle.
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
 * between hosts (a Node Buffer from the desktop host arrived empty), a string never does.
 */
export type ToPdfView = { type: 'open'; name: string; base64: string; strings: PdfViewStrings };

/** Bytes as base64, in chunks (no Node Buffer: the web extension host has none). */
export function toBase64(bytes: Uint8Array): string {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
}

/** The bytes of a base64 string. */
export function fromBase64(base64: string): Uint8Array {
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
}

/** Webview → extension. */
export type FromPdfView =
    | { type: 'ready' }
    /** The pages are drawn (`pages` canvases) and the PDF read into geometry for the import. */
    | { type: 'read'; geometry: PdfGeometry; pages: number }
    | { type: 'failed'; message: string };
