/**
 * The "original PDF" page beside an imported `.sop`: draws every page of the signed PDF with
 * pdf.js (shipped in the extension, no CDN) and reads the same bytes into geometry with the
 * importer's own reader (@sop/import/geometry), which the extension sends to the language server.
 * Reading here means pdf.js ships once, for both drawing and reading, on desktop and on the web.
 */
import { readPdfGeometry, type PdfJs } from '@sop/import/geometry';
import type { FromPdfView, PdfViewStrings, ToPdfView } from '../shared/pdf-messages.js';
import { fromBase64 } from '../shared/base64.js';

interface VsCodeApi { postMessage(message: FromPdfView): void }
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const pages = document.getElementById('pages') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
const config = JSON.parse((document.getElementById('pdf-config') as HTMLElement).textContent ?? '{}') as { pdfjs: string; worker: string };

let pdfjs: Promise<PdfJs> | undefined;
/** pdf.js and its worker code, which runs in this page (a webview cannot start a worker from the extension's files). */
function loadPdfJs(): Promise<PdfJs> {
    pdfjs ??= (async () => {
        const lib = await import(config.pdfjs) as PdfJs;
        const g = globalThis as { pdfjsWorker?: unknown };
        g.pdfjsWorker ??= await import(config.worker);
        return lib;
    })();
    return pdfjs;
}

const fill = (s: string, ...args: Array<string | number>) => s.replace(/\{(\d+)\}/g, (_, n: string) => String(args[Number(n)] ?? ''));

/** Draws each page into a canvas, at the pane's width and the screen's pixel density. */
async function draw(lib: PdfJs, bytes: Uint8Array, strings: PdfViewStrings): Promise<number> {
    const doc = await lib.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
    try {
        pages.replaceChildren();
        for (let n = 1; n <= doc.numPages; n++) {
            const page = await doc.getPage(n);
            const base = page.getViewport({ scale: 1 });
            const scale = Math.max(1, (pages.clientWidth || 800) / base.width) * (window.devicePixelRatio || 1);
            const viewport = page.getViewport({ scale });
            const figure = document.createElement('figure');
            const canvas = document.createElement('canvas');
            canvas.width = Math.ceil(viewport.width);
            canvas.height = Math.ceil(viewport.height);
            canvas.dataset.page = String(n);
            const caption = document.createElement('figcaption');
            caption.textContent = fill(strings.page, n, doc.numPages);
            figure.append(canvas, caption);
            pages.append(figure);
            await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise;
            page.cleanup();
        }
        return doc.numPages;
    } finally {
        await doc.destroy();
    }
}

window.addEventListener('message', (event: MessageEvent<ToPdfView>) => {
    const message = event.data;
    if (message?.type !== 'open') return;
    status.textContent = message.strings.loading;
    status.hidden = false;
    void (async () => {
        try {
            const bytes = fromBase64(message.base64);
            const lib = await loadPdfJs();
            const count = await draw(lib, bytes, message.strings);
            // A document of its own, opened with the options `sop import` reads with (no font
            // loading, no system fonts), so that both read the same geometry; the one drawn above
            // loads fonts for the screen.
            const geometry = await readPdfGeometry(lib, bytes);
            status.hidden = true;
            document.body.dataset.pages = String(count);
            vscode.postMessage({ type: 'read', geometry, pages: count });
        } catch (e) {
            const reason = e instanceof Error ? e.message : String(e);
            status.textContent = fill(message.strings.failed, reason);
            vscode.postMessage({ type: 'failed', message: reason });
        }
    })();
});
vscode.postMessage({ type: 'ready' });
