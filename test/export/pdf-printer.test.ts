/**
 * The PDF printer of `sop export` and the VS Code extension (Chrome DevTools Protocol over a pipe,
 * no playwright): the same HTML gives the same bytes, nothing leaves the machine but data: images
 * print, page scripts do not run, and a page without a title is not titled by where it was loaded from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PdfPrinter, findChromium } from '@sop/export';
import { chromiumMissing } from './chromium-available.js';

let server: Server;
let requests = 0;
let port = 0;
beforeAll(async () => {
    server = createServer((_req, res) => { requests++; res.end('x'); });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>(r => server.close(() => r())));

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe.skipIf(chromiumMissing !== undefined)('PdfPrinter', () => {
    it('prints repeatable bytes, offline, with scripts off', async () => {
        const printer = PdfPrinter.launch(findChromium());
        try {
            const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Prosedur</title>
<link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"></head>
<body><h1>Surat &amp; arsip</h1><img src="http://127.0.0.1:${port}/logo.png">
<script>document.title = 'script ran'; fetch('http://127.0.0.1:${port}/beacon');</script></body></html>`;
            const first = await printer.print(page);
            const second = await printer.print(page);
            expect(latin1(first).startsWith('%PDF-')).toBe(true);
            expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
            // Untagged: a tagged PDF names its parts by DOM node numbers that change between runs.
            expect(latin1(first)).not.toContain('/StructTreeRoot');
            expect(latin1(first)).toContain('/Title (Prosedur)');
            expect(latin1(first)).toContain("/CreationDate (D:20000101000000+00'00')");
            expect(requests).toBe(0);
            // A data: image (the unit logo of every official document) is printed, not its broken-image icon.
            const logo = readFileSync(path.join(__dirname, '../../examples/logo-contoh.png')).toString('base64');
            const withLogo = latin1(await printer.print(`<!DOCTYPE html><img src="data:image/png;base64,${logo}">`));
            expect(withLogo).toMatch(/\/Width 240\b/);
            expect(withLogo).toMatch(/\/Height 280\b/);
            // Untitled pages: the title does not carry the temporary file's name or a counter.
            const untitled = await printer.print('<!DOCTYPE html><p>x</p>');
            expect(latin1(untitled)).toMatch(/\/Title \(document\.html\)/);
        } finally {
            await printer.close();
        }
    }, 90_000);
});
