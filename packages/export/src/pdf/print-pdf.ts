/**
 * HTML → PDF in a headless Chrome, Edge or Chromium, the one way both `sop export` and the VS Code
 * extension print the official document: same browser flags, same page set-up, same print
 * parameters, so the same HTML gives the same PDF bytes from either (a test compares them).
 * The page is loaded from a private temporary folder with scripts off and every other request
 * failed (data: images stay); the PDF's dates are fixed so that an unchanged document gives an unchanged file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS } from '../chromium-flags.js';
import { normalizePdfDates } from '../pdf-dates.js';
import { CdpPipe } from './cdp-pipe.js';

/**
 * The print parameters (A4 unless the page's CSS sets a size; no margins but the page's own). No
 * tagged PDF: Chromium names its structure elements by internal DOM node numbers, which differ from
 * one run to the next, so a tagged PDF of the same page would not repeat its bytes.
 */
export const PRINT_PARAMETERS = {
    printBackground: true, preferCSSPageSize: true, paperWidth: 8.27, paperHeight: 11.7,
    marginTop: 0, marginBottom: 0, marginLeft: 0, marginRight: 0,
    displayHeaderFooter: false, generateTaggedPDF: false, generateDocumentOutline: false, transferMode: 'ReturnAsBase64',
} as const;


/** One browser that prints any number of pages, one tab each; {@link close} it when done. */
export class PdfPrinter {
    private pages = 0;

    private constructor(private readonly pipe: CdpPipe, private readonly dir: string) { }

    /** Starts the browser at `executablePath` (see `findBrowser`) with a throw-away profile. */
    static launch(executablePath: string): PdfPrinter {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-pdf-'));
        const pipe = CdpPipe.launch(executablePath, [...CHROMIUM_FLAGS, `--user-data-dir=${path.join(dir, 'profile')}`]);
        return new PdfPrinter(pipe, dir);
    }

    /** Prints a complete HTML page to PDF bytes. */
    async print(html: string): Promise<Uint8Array> {
        const send = this.pipe.send.bind(this.pipe);
        // One folder per page and always the same file name: a page without a <title> is titled
        // by its file name in the PDF, which must not depend on how many pages came before.
        const folder = path.join(this.dir, String(++this.pages));
        mkdirSync(folder);
        const file = path.join(folder, 'document.html');
        writeFileSync(file, html);
        const { targetId } = await send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
        let stopFilter = () => { };
        try {
            const { sessionId: s } = await send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
            await send('Page.enable', {}, s);
            // Every request passes here: the page's own file is let through, anything else (a URL
            // in a document, however it got there) fails; data: images never leave the page.
            const page = pathToFileURL(file).href;
            stopFilter = this.pipe.on<{ requestId: string; request: { url: string } }>('Fetch.requestPaused', s, p => {
                const allowed = p.request.url === page;
                void send(allowed ? 'Fetch.continueRequest' : 'Fetch.failRequest', allowed ? { requestId: p.requestId } : { requestId: p.requestId, errorReason: 'BlockedByClient' }, s).catch(() => undefined);
            });
            await send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, s);
            await send('Emulation.setScriptExecutionDisabled', { value: true }, s);
            await send('Emulation.setDeviceMetricsOverride', { width: 1280, height: 720, deviceScaleFactor: 1, mobile: false }, s);
            await send('Emulation.setEmulatedMedia', { media: 'print' }, s);
            const loaded = this.pipe.waitFor('Page.loadEventFired', s);
            const nav = await send<{ errorText?: string }>('Page.navigate', { url: page }, s);
            if (nav.errorText) throw new Error(`the page could not be loaded: ${nav.errorText}`);
            await loaded;
            const { data } = await send<{ data: string }>('Page.printToPDF', PRINT_PARAMETERS, s);
            return normalizePdfDates(new Uint8Array(Buffer.from(data, 'base64')));
        } finally {
            stopFilter();
            await send('Target.closeTarget', { targetId }).catch(() => undefined);
            rmSync(folder, { recursive: true, force: true });
        }
    }

    /** Closes the browser and removes its profile. */
    async close(): Promise<void> {
        await this.pipe.close();
        rmSync(this.dir, { recursive: true, force: true });
    }
}

/** Prints one page with a browser started for it (the VS Code extension's single exports). */
export async function printHtmlToPdf(html: string, executablePath: string): Promise<Uint8Array> {
    const printer = PdfPrinter.launch(executablePath);
    try {
        return await printer.print(html);
    } finally {
        await printer.close();
    }
}
