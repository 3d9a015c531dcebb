/**
 * Answers `sop/importPdf` (@sop/import/protocol): the VS Code webview has read a signed SOP PDF
 * with pdf.js; the server, which has the language's formatter, turns the geometry into `.sop`
 * text. Nothing is written here: the extension writes the file (never over an existing one).
 */
import type { Connection } from 'vscode-languageserver';
import { paramSchema, type ParamCheck } from '@sop/language';
import { importGeometry } from '@sop/import/convert';
import { ImportPdfRequest, type ImportPdfParams, type ImportPdfResult } from '@sop/import/protocol';

const { num, str, optional, object, oneOf, arrayOf, anyArray } = paramSchema;

/**
 * The shape of `sop/importPdf`'s params, checked by the RequestGuard before dispatch (answered
 * InvalidParams naming the field). The webview builds the geometry; anything else is a client's bug.
 */
export const importParamChecks: ReadonlyMap<string, ParamCheck> = new Map([[ImportPdfRequest, object({
    geometry: object({
        pages: arrayOf(object({ width: num, height: num, texts: anyArray, paths: anyArray, imageBoxes: anyArray }, '{width, height, texts[], paths[], images, imageBoxes[]}')),
    }, '{pages}'),
    source: optional(str),
    lang: optional(oneOf('id', 'en')),
}, '{geometry, source?, lang?}')]]);

/** Registers the request on a connection (Node and web worker servers alike; pass `importParamChecks` to their RequestGuard). */
export function registerImportRequest(connection: Connection): void {
    connection.onRequest(ImportPdfRequest, async (params: ImportPdfParams): Promise<ImportPdfResult> => {
        const r = await importGeometry(params.geometry, { source: params.source, lang: params.lang });
        const scanned = r.pages > 0 && r.scannedPages.length === r.pages;
        return {
            text: scanned ? '' : r.text, doubts: r.doubts, syntaxErrors: r.syntaxErrors,
            scannedPages: r.scannedPages, pages: r.pages, stats: r.stats,
        };
    });
}
