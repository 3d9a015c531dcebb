/**
 * Answers `sop/importPdf` (@sop/import/protocol): the VS Code webview has read a signed SOP PDF
 * with pdf.js; the server, which has the language's formatter, turns the geometry into `.sop`
 * text. Nothing is written here: the extension writes the file (never over an existing one).
 */
import { ResponseError, ErrorCodes, type Connection } from 'vscode-languageserver';
import { importGeometry } from '@sop/import/convert';
import { ImportPdfRequest, type ImportPdfParams, type ImportPdfResult } from '@sop/import/protocol';

/** Why `params` cannot be a geometry, or undefined. The webview builds it; anything else is a client's bug. */
function problemOf(params: unknown): string | undefined {
    const p = params as Partial<ImportPdfParams> | null;
    if (!p || typeof p !== 'object') return 'params must be {geometry, source?, lang?}';
    if (p.source !== undefined && typeof p.source !== 'string') return 'params.source must be a string';
    if (p.lang !== undefined && p.lang !== 'id' && p.lang !== 'en') return 'params.lang must be "id" or "en"';
    const pages = (p.geometry as { pages?: unknown } | undefined)?.pages;
    if (!Array.isArray(pages)) return 'params.geometry.pages must be an array';
    for (const [i, page] of pages.entries()) {
        const g = page as { width?: unknown; height?: unknown; texts?: unknown; paths?: unknown; imageBoxes?: unknown };
        if (typeof g?.width !== 'number' || typeof g.height !== 'number' || !Array.isArray(g.texts) || !Array.isArray(g.paths) || !Array.isArray(g.imageBoxes)) {
            return `params.geometry.pages[${i}] must be {width, height, texts[], paths[], images, imageBoxes[]}`;
        }
    }
    return undefined;
}

/** Registers the request on a connection (Node and web worker servers alike). */
export function registerImportRequest(connection: Connection): void {
    connection.onRequest(ImportPdfRequest, async (params: ImportPdfParams): Promise<ImportPdfResult> => {
        const problem = problemOf(params);
        if (problem) throw new ResponseError(ErrorCodes.InvalidParams, `${ImportPdfRequest}: ${problem}`);
        const r = await importGeometry(params.geometry, { source: params.source, lang: params.lang });
        const scanned = r.pages > 0 && r.scannedPages.length === r.pages;
        return {
            text: scanned ? '' : r.text, doubts: r.doubts, syntaxErrors: r.syntaxErrors,
            scannedPages: r.scannedPages, pages: r.pages, stats: r.stats,
        };
    });
}
