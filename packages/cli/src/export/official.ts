/**
 * Access to the official-document renderers (HTML with print CSS, DOCX) of @sop/renderers,
 * looked up at run time so that `sop export` keeps working for the other formats while those
 * renderers are missing or being rebuilt; then those formats report "not available yet".
 */
import * as renderers from '@sop/renderers';
import type { DocumentModel } from '@sop/language';

/** Options passed to the official renderers. */
export interface OfficialRenderOptions {
    lang: 'id' | 'en';
    /** The unit's logo as a data: URI, when the document names a readable logo file. */
    logoDataUri?: string;
}

type HtmlRenderer = (model: DocumentModel, options?: OfficialRenderOptions) => string;
type DocxRenderer = (model: DocumentModel, options?: OfficialRenderOptions) => Promise<Uint8Array>;

const api = renderers as unknown as Record<string, unknown>;

/** `renderOfficialHtml` when the renderer package provides it. */
export function officialHtmlRenderer(): HtmlRenderer | undefined {
    const f = api.renderOfficialHtml;
    return typeof f === 'function' ? (f as HtmlRenderer) : undefined;
}

/** `renderDocx` when the renderer package provides it. */
export function docxRenderer(): DocxRenderer | undefined {
    const f = api.renderDocx;
    return typeof f === 'function' ? (f as DocxRenderer) : undefined;
}
