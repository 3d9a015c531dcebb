/**
 * Regression tests of the hardening issue "a language server that never dies", each one a
 * reproducer that ended or confused the real bundled server over stdio:
 * unsaved buffers closed while a rebuild was queued (ENOENT, unknown service), closed buffers
 * that stayed in the workspace, malformed params answered with InternalError, requests on
 * unknown documents answered with errors, malformed notifications corrupting the synced text.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification,
    DidOpenTextDocumentNotification, ErrorCodes, FileChangeType, ResponseError, WorkspaceSymbolRequest, type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, Probe, startOnWorkspace, stopServer, type ServerSession } from './lsp-client.js';
import { documentRequests, malformedNotifications, malformedRequests } from './request-fixtures.js';

const masuk = `sop SuratMasuk "Pelayanan Surat Masuk" {
  unit "Bappeda"
  pelaksana admin "Pengadministrasi Umum"
  prosedur {
    terima admin "Menerima surat" | "Surat" | 5 menit | "Surat diterima" selesai
  }
}
`;
const keluar = 'sop SuratKeluar "Pelayanan Surat Keluar" {\n  nomor "SOP.02"\n}\n';

let ws: string;
let s: ServerSession;
let probe: Probe;
const fileUri = (name: string) => pathToFileURL(join(ws, name)).toString();

/** A workspace with masuk.sop and keluar.sop (plus what `prepare` adds), a server on it, the probe open. */
async function setUp(prepare: (folder: string) => void = () => undefined): Promise<void> {
    ws = mkdtempSync(join(tmpdir(), 'sop-robust-'));
    writeFileSync(join(ws, 'masuk.sop'), masuk);
    writeFileSync(join(ws, 'keluar.sop'), keluar);
    prepare(ws);
    s = await startOnWorkspace(ws);
    probe = new Probe(s);
    expect(await probe.open()).toBe('alive');
}

beforeAll(() => ensureServerBuilt());
beforeEach(async ({ task }) => {
    if (!task.name.startsWith('[own workspace]')) await setUp();
});
afterEach(async () => {
    // Every test ends with a healthy server: only LSP frames on stdout, no error logged, a clean exit.
    expect(s.stdoutProblems).toEqual([]);
    expect(s.frames()).toBeGreaterThan(0);
    expect(s.logs.filter(l => l.type === 1).map(l => l.message)).toEqual([]);
    expect(await stopServer(s)).toBe(0);
    rmSync(ws, { recursive: true, force: true });
});

const open = (uri: string, text: string, version = 1) =>
    s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'sop', version, text } });
const change = (uri: string, version: number, text: string) =>
    s.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
const close = (uri: string) => s.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
const symbols = async () => (await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as SymbolInformation[];
const lastDiagnostics = (uri: string) => s.published.filter(p => p.uri === uri).at(-1)?.diagnostics;

/** Sends a request; resolves with its result or the ResponseError it was answered with, rejects if the server exits first. */
async function answer(method: string, params: unknown): Promise<unknown> {
    const exited = s.exited.then(code => { throw new Error(`the server exited (code ${code}) before answering ${method}`); });
    try {
        return await Promise.race([s.connection.sendRequest(method, params), exited]);
    } catch (error) {
        if (error instanceof ResponseError) return error;
        throw error;
    }
}

describe('closing unsaved documents while rebuilds are queued', () => {
    test('a closed unsaved file named by a later file event does not end the server (ENOENT)', async () => {
        const unsaved = fileUri('unsaved.sop');
        await open(unsaved, masuk.replace('SuratMasuk', 'Baru'));
        await s.diagnostics(unsaved);
        await close(unsaved);
        // The file watcher reports the path (created and removed again by the editor): the rebuild read the missing file.
        await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: unsaved, type: FileChangeType.Changed }] });
        expect(await probe.sync()).toBe('alive');
    });

    test('a closed untitled buffer does not fail the next build (no language for its URI)', async () => {
        await open('untitled:Untitled-1', keluar.replace('SuratKeluar', 'Draf'));
        await s.diagnostics('untitled:Untitled-1');
        await close('untitled:Untitled-1');
        await change(fileUri('masuk.sop'), 2, masuk);
        expect(await probe.sync()).toBe('alive');
    });

    test('a settings change after an unsaved buffer was closed re-validates without reading it from disk', async () => {
        const unsaved = fileUri('draf.sop');
        await open(unsaved, keluar.replace('SuratKeluar', 'Draf'));
        await s.diagnostics(unsaved);
        await close(unsaved);
        const english = s.nextDiagnostics(fileUri('masuk.sop'), p => p.diagnostics.some(d => /missing/.test(String(d.message))));
        await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { sop: { language: 'en' } } });
        expect(await probe.sync()).toBe('alive');
        await english;
    });

    test('open, change and close of unsaved buffers in quick succession, with requests, while another file is edited', async () => {
        const other = fileUri('masuk.sop');
        await open(other, masuk);
        const pending: Array<Promise<unknown>> = [];
        const unsaved: string[] = [];
        for (let i = 0; i < 30; i++) {
            const uri = i % 2 ? `untitled:Untitled-${i}` : fileUri(`missing-${i}.sop`);
            unsaved.push(uri);
            await open(uri, masuk.replace('SuratMasuk', `Draf${i}`));
            pending.push(answer('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } }));
            pending.push(answer('sop/models', { uri }));
            await change(other, 2 * i + 2, `${masuk}\n// ${i}\n`);
            await change(uri, 2, `${masuk.replace('SuratMasuk', `Draf${i}`)} `);
            pending.push(answer('textDocument/documentSymbol', { textDocument: { uri } }));
            await close(uri);
            await change(other, 2 * i + 3, masuk);
        }
        expect(await probe.sync()).toBe('alive');
        const answers = await Promise.all(pending);
        const internal = answers.filter(a => a instanceof ResponseError && a.code === ErrorCodes.InternalError);
        expect(internal).toEqual([]);
        for (const uri of unsaved) {
            const last = lastDiagnostics(uri);
            if (last) expect(last, uri).toEqual([]);
        }
        expect((await symbols()).filter(x => unsaved.includes(x.location.uri))).toEqual([]);
    });

    test('a request waiting for a document that is closed meanwhile is answered', async () => {
        const rows = Array.from({ length: 400 }, (_, i) => `    s${i} a "Langkah ${i}" | "Berkas" | 5 menit | "Berkas"${i === 399 ? ' selesai' : ''}`).join('\n');
        const big = `sop Besar "Besar" {\n  pelaksana a "A"\n  prosedur {\n${rows}\n  }\n}\n`;
        const answers: Array<Promise<unknown>> = [];
        for (let i = 0; i < 5; i++) {
            const uri = `untitled:Besar-${i}`;
            await open(uri, big);
            answers.push(answer('sop/models', { uri }), answer('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 8 } }));
            await change(uri, 2, big.replace('Besar', `Besar${i}`));
            await close(uri);
        }
        for (const a of await Promise.all(answers)) {
            if (a instanceof ResponseError) expect(a.code, a.message).not.toBe(ErrorCodes.InternalError);
        }
        expect(await probe.sync()).toBe('alive');
    });
});

describe('closed documents leave the workspace', () => {
    test('a closed never-saved buffer: diagnostics cleared, gone from workspace symbols, no DOC-01 left in the file it duplicated', async () => {
        const other = fileUri('masuk.sop');
        await open(other, masuk);
        await open('untitled:Untitled-2', masuk.replace('Pelayanan Surat Masuk', 'Salinan'));
        expect(await probe.sync()).toBe('alive');
        // The workspace file is validated again when a buffer declares its id: DOC-01 on both sides.
        expect(lastDiagnostics(other)?.map(d => d.code)).toContain('DOC-01');
        expect(lastDiagnostics('untitled:Untitled-2')?.map(d => d.code)).toContain('DOC-01');
        expect((await symbols()).some(x => x.location.uri === 'untitled:Untitled-2')).toBe(true);

        await close('untitled:Untitled-2');
        expect(await probe.sync()).toBe('alive');
        expect(lastDiagnostics('untitled:Untitled-2')).toEqual([]);
        expect(lastDiagnostics(other)?.map(d => d.code)).not.toContain('DOC-01');
        expect((await symbols()).filter(x => x.location.uri === 'untitled:Untitled-2')).toEqual([]);
    });

    test('a closed file returns to its saved text', async () => {
        const uri = fileUri('keluar.sop');
        await open(uri, keluar);
        await change(uri, 2, keluar.replace('SuratKeluar', 'BelumDisimpan'));
        expect(await probe.sync()).toBe('alive');
        expect((await symbols()).map(x => x.name)).toContain('BelumDisimpan');
        await close(uri);
        expect(await probe.sync()).toBe('alive');
        const names = (await symbols()).filter(x => x.location.uri === uri).map(x => x.name);
        expect(names).toContain('SuratKeluar');
        expect(names).not.toContain('BelumDisimpan');
    });
});

describe('the workspace', () => {
    test('[own workspace] a file that cannot be read is skipped, and the workspace still starts', async () => {
        // Invalid UTF-8 in a file name: the directory listing decodes it with U+FFFD and reading
        // that name fails, even for root (EACCES would not).
        const bad = Buffer.concat([Buffer.from('bad-'), Buffer.from([0xff]), Buffer.from('.sop')]);
        await setUp(folder => writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), bad]), keluar));
        expect(s.logs.some(l => l.type === 2 && l.message.startsWith('Skipped ') && l.message.includes('bad-'))).toBe(true);
        const names = (await symbols()).map(x => x.name);
        expect(names).toEqual(expect.arrayContaining(['SuratMasuk', 'SuratKeluar']));
    });
});

describe('malformed input', () => {
    test('malformed params of every request are answered InvalidParams naming the method and the field', async () => {
        const uri = fileUri('masuk.sop');
        await open(uri, masuk);
        const cases = malformedRequests(uri);
        const answers = await Promise.all(cases.map(c => answer(c.method, c.params)));
        const wrong = cases.flatMap((c, i) => {
            const a = answers[i];
            const fine = a instanceof ResponseError && a.code === ErrorCodes.InvalidParams && a.message.startsWith(`${c.method}: ${c.field}`);
            return fine ? [] : [`${c.method} ${JSON.stringify(c.params)} → ${a instanceof ResponseError ? `${a.code} ${a.message}` : JSON.stringify(a)}`];
        });
        expect(wrong).toEqual([]);
        expect(cases.length).toBeGreaterThanOrEqual(30);
        // A method the server does not serve stays MethodNotFound, whatever its params.
        const unserved = await answer('textDocument/diagnostic', {});
        expect(unserved instanceof ResponseError && unserved.code).toBe(ErrorCodes.MethodNotFound);
        expect(await probe.sync()).toBe('alive');
    });

    test('requests on documents the server does not hold are answered null', async () => {
        await open('untitled:Closed', keluar);
        await s.diagnostics('untitled:Closed');
        await close('untitled:Closed');
        expect(await probe.sync()).toBe('alive');
        const position = { line: 0, character: 1 };
        const range = { start: position, end: { line: 1, character: 0 } };
        for (const uri of ['untitled:Closed', 'untitled:Never', fileUri('nowhere.sop'), 'file:///no/such/folder/x.sop', fileUri('notes.txt')]) {
            const requests = documentRequests(uri, position, range);
            const answers = await Promise.all(requests.map(r => answer(r.method, r.params)));
            expect(Object.fromEntries(requests.map((r, i) => [r.method, answers[i]])), uri)
                .toEqual(Object.fromEntries(requests.map(r => [r.method, null])));
        }
    });

    test('malformed notifications are ignored and leave the synced text intact', async () => {
        const uri = fileUri('masuk.sop');
        await open(uri, masuk);
        for (const n of malformedNotifications(uri)) await s.connection.sendNotification(n.method, n.params);
        expect(await probe.sync()).toBe('alive');
        const ignored = s.logs.filter(l => l.type === 2 && l.message.startsWith('Ignored a malformed notification.'));
        expect(ignored.length).toBe(malformedNotifications(uri).length);
        const outline = await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Array<{ name: string }>;
        expect(outline.map(x => x.name)).toEqual(['SuratMasuk']);
        const models = await s.connection.sendRequest('sop/models', { uri }) as { version: number; models: Array<{ id: string }> };
        expect(models.version).toBe(1);
        expect(models.models.map(m => m.id)).toEqual(['SuratMasuk']);
    });
});
