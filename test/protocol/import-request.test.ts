/**
 * `sop/importPdf` over the real protocol: the VS Code webview reads a signed PDF into geometry
 * and the bundled language server turns it into the `.sop` text. The text must be exactly what
 * `sop import` writes for the same PDF (same reader, same conversion, same formatter), the server
 * must write nothing, and a malformed geometry gets InvalidParams, not a crash.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { importPdf, ImportPdfRequest, readPdf, type ImportPdfResult } from '@sop/import';
import { ensureServerBuilt, startOnWorkspace, stopServer, type ServerSession } from './lsp-client.js';

const pdf = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'import', 'pdf', name));

let ws: string;
let s: ServerSession;

beforeAll(async () => {
    ensureServerBuilt();
    ws = mkdtempSync(join(tmpdir(), 'sop-import-request-'));
    s = await startOnWorkspace(ws, {}, 'en');
}, 60_000);
afterAll(async () => {
    await stopServer(s);
    rmSync(ws, { recursive: true, force: true });
});

describe('sop/importPdf', () => {
    test.each(['028.pdf', 'exported-115.pdf'])('converts the geometry of %s into the text sop import writes', async name => {
        const geometry = await readPdf(pdf(name));
        const result: ImportPdfResult = await s.connection.sendRequest(ImportPdfRequest, { geometry, source: name });
        const cli = await importPdf(pdf(name), { source: name });
        expect(result.text).toBe(cli.text);
        expect(result.text).toMatch(/^\/\/ Imported by sop import from /);
        expect(result.stats).toEqual(cli.stats);
        expect(result.stats.rows).toBeGreaterThan(3);
        expect(result.doubts.map(d => d.message)).toEqual(cli.doubts.map(d => d.message));
        expect(result.syntaxErrors).toEqual([]);
        expect(readdirSync(ws)).toEqual([]); // the server writes nothing; the extension creates the file
    });

    test('speaks the editor\'s language when told: the header and the doubts in Bahasa Indonesia', async () => {
        const geometry = await readPdf(pdf('028.pdf'));
        const result: ImportPdfResult = await s.connection.sendRequest(ImportPdfRequest, { geometry, source: '028.pdf', lang: 'id' });
        expect(result.text).toBe((await importPdf(pdf('028.pdf'), { source: '028.pdf', lang: 'id' })).text);
        expect(result.text).toMatch(/^\/\/ Diimpor oleh sop import dari 028\.pdf \(2 halaman\)\.\n/);
        const error = await s.connection.sendRequest(ImportPdfRequest, { geometry, lang: 'fr' }).catch((e: unknown) => e);
        expect((error as ResponseError<unknown>).code).toBe(-32602);
        expect((error as Error).message).toContain('params.lang');
    });

    test('a scanned PDF (pages without text) gives no text and says which pages', async () => {
        const page = { width: 595, height: 842, texts: [], paths: [], images: 1, imageBoxes: [[0, 0, 595, 842]] };
        const result: ImportPdfResult = await s.connection.sendRequest(ImportPdfRequest, { geometry: { pages: [page, page] }, source: 'scan.pdf' });
        expect(result.text).toBe('');
        expect(result.scannedPages).toEqual([1, 2]);
    });

    test('answers a malformed geometry with InvalidParams naming the field, and keeps serving', async () => {
        const error = await s.connection.sendRequest(ImportPdfRequest, { geometry: { pages: [{ width: 1 }] } }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<unknown>).code).toBe(-32602);
        expect((error as Error).message).toContain('params.geometry.pages[0]');
        const again: ImportPdfResult = await s.connection.sendRequest(ImportPdfRequest, { geometry: await readPdf(pdf('028.pdf')), source: '028.pdf' });
        expect(again.stats.rows).toBeGreaterThan(3);
    });
});
