/**
 * Reads a PDF in Node with pdf.js's legacy build from node_modules (see pdf-geometry.ts).
 * Offline: no worker file, no font or CMap download (text extraction needs neither).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readPdfGeometry, type PdfGeometry } from './pdf-geometry.js';

export type { PageGeometry, PathShape, PdfGeometry, TextRun } from './pdf-geometry.js';

type LegacyPdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<LegacyPdfJs> | undefined;

async function loadPdfJs(): Promise<LegacyPdfJs> {
    pdfjsPromise ??= (async () => {
        // Not bundled (the specifiers are not literals for the bundler): pdf.js is an ES module
        // with its own worker file, loaded at run time from node_modules.
        const spec = (name: string) => `pdfjs-dist/legacy/build/${name}`;
        const lib = await import(spec('pdf.mjs')) as LegacyPdfJs;
        // Run the worker code in this thread (Node has no web worker): the worker module's
        // WorkerMessageHandler set as globalThis.pdfjsWorker is used instead of spawning one.
        if (!(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker) {
            (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(spec('pdf.worker.mjs'));
        }
        return lib;
    })();
    return pdfjsPromise;
}

function pdfjsDataUrl(sub: string): string | undefined {
    try {
        const require = createRequire(import.meta.url);
        const pkg = require.resolve('pdfjs-dist/package.json');
        return pathToFileURL(join(dirname(pkg), sub) + '/').href;
    } catch {
        return undefined;
    }
}

/** Reads every page of a PDF (bytes) into geometry. */
export async function readPdf(data: Uint8Array): Promise<PdfGeometry> {
    return readPdfGeometry(await loadPdfJs(), data, { standardFontDataUrl: pdfjsDataUrl('standard_fonts'), cMapUrl: pdfjsDataUrl('cmaps') });
}
