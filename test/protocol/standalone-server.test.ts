import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    CodeActionRequest, CompletionRequest, DidOpenTextDocumentNotification, DocumentFormattingRequest, ExitNotification, HoverRequest,
    InitializedNotification, InitializeRequest, RenameRequest, ShutdownRequest, type CodeAction, type CompletionList, type Hover, type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, startServer, type ServerSession } from './lsp-client.js';

const masuk = `sop SuratMasuk "Pelayanan Surat Masuk" {
unit "Bappeda"
  keterkaitan SuratKeluar
  pelaksana admin "Pengadministrasi Umum"
  pelaksana kepala "Kepala Badan"
  prosedur {
    terima admin "Menerima surat" | "Surat" | 5 menit | "Surat diterima"
    arsip kepala "Mengarsipkan surat" | "Surat diterima" | 10 menit | "Surat terarsip" selesai
  }
}
`;
const keluar = 'sop SuratKeluar "Pelayanan Surat Keluar" {\n  nomor "SOP.02"\n}\n';

let ws: string;
const uri = (name: string) => pathToFileURL(join(ws, name)).toString();
beforeAll(() => {
    ensureServerBuilt();
    ws = mkdtempSync(join(tmpdir(), 'sop-lsp-'));
    writeFileSync(join(ws, 'masuk.sop'), masuk);
    writeFileSync(join(ws, 'keluar.sop'), keluar);
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

async function initialize(locale: string): Promise<ServerSession> {
    const s = startServer({ language: 'auto' });
    const result = await s.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, locale, rootUri: pathToFileURL(ws).toString(),
        workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
        capabilities: {
            workspace: { configuration: true, workspaceFolders: true },
            textDocument: { completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ['markdown'] }, publishDiagnostics: {} },
        },
    });
    expect(result.capabilities.completionProvider).toBeDefined();
    expect(result.capabilities.documentFormattingProvider).toBeTruthy();
    expect(result.capabilities.renameProvider).toBeTruthy();
    expect(result.capabilities.codeLensProvider).toBeDefined();
    await s.connection.sendNotification(InitializedNotification.type, {});
    return s;
}

async function open(s: ServerSession, name: string, text: string, version = 1): Promise<void> {
    await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uri(name), languageId: 'sop', version, text } });
}

async function shutdown(s: ServerSession): Promise<void> {
    await s.connection.sendRequest(ShutdownRequest.type);
    await s.connection.sendNotification(ExitNotification.type);
    expect(await s.exited).toBe(0);
    s.connection.dispose();
}

const pos = (text: string, needle: string, delta = 0) => {
    const doc = TextDocument.create('x', 'sop', 1, text);
    return doc.positionAt(text.indexOf(needle) + delta);
};

describe('standalone server over stdio (locale id)', () => {
    test('initialize, diagnostics, completion, hover, formatting, rename, code action, shutdown', async () => {
        const s = await initialize('id');
        await open(s, 'masuk.sop', masuk);
        const published = await s.diagnostics(uri('masuk.sop'), 1);
        const codes = published.diagnostics.map(d => d.code);
        expect(codes).toEqual(expect.arrayContaining(['SOP-H02', 'SOP-H04', 'SOP-H09']));
        expect(codes).not.toContain('SOP-H14'); // SuratKeluar resolves from the other file of the workspace
        const h02 = published.diagnostics.find(d => d.code === 'SOP-H02')!;
        expect(h02.message).toBe('Nomor SOP belum diisi (`nomor "..."`).');

        const completion = await s.connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: uri('masuk.sop') }, position: pos(masuk, 'kepala "Mengarsipkan', 0),
        }) as CompletionList;
        expect(completion.items.map(i => i.label)).toEqual(expect.arrayContaining(['admin', 'kepala']));

        const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('masuk.sop') }, position: pos(masuk, 'unit', 1) }) as Hover;
        expect((hover.contents as MarkupContent).value).toContain('Nama instansi/SKPD/unit kerja yang menerbitkan SOP');

        const edits = await s.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: uri('masuk.sop') }, options: { tabSize: 2, insertSpaces: true } });
        const formatted = TextDocument.applyEdits(TextDocument.create(uri('masuk.sop'), 'sop', 1, masuk), edits!);
        expect(formatted).toContain('\n  unit        "Bappeda"\n  keterkaitan SuratKeluar\n');
        // One step, one line, at the formatter's fixed tab stops (16, 28, 92, 124, 136).
        expect(formatted).toContain(`    ${'terima'.padEnd(16)}${'admin'.padEnd(12)}${'"Menerima surat"'.padEnd(64)}${'| "Surat"'.padEnd(32)}${'| 5 menit'.padEnd(12)}| "Surat diterima"\n`);

        const rename = await s.connection.sendRequest(RenameRequest.type, {
            textDocument: { uri: uri('masuk.sop') }, position: pos(masuk, 'SuratKeluar', 2), newName: 'Pengiriman',
        });
        expect(Object.keys(rename!.changes!).sort()).toEqual([uri('keluar.sop'), uri('masuk.sop')].sort());

        const actions = await s.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: uri('masuk.sop') }, range: h02.range, context: { diagnostics: [h02] },
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toContain('Tambahkan komponen "nomor"');

        await shutdown(s);
    });
});

describe('standalone server over stdio (locale en)', () => {
    test('messages, hovers and action titles in English', async () => {
        const s = await initialize('en-US');
        await open(s, 'masuk.sop', masuk);
        const published = await s.diagnostics(uri('masuk.sop'), 1);
        const h02 = published.diagnostics.find(d => d.code === 'SOP-H02')!;
        // English UI, Indonesian keywords in the file: the message suggests the file's keyword.
        expect(h02.message).toBe('The SOP number is missing (`nomor "..."`).');
        const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('masuk.sop') }, position: pos(masuk, 'unit', 1) }) as Hover;
        expect((hover.contents as MarkupContent).value).toContain('The issuing organisation or unit');
        const actions = await s.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: uri('masuk.sop') }, range: h02.range, context: { diagnostics: [h02] },
        }) as CodeAction[];
        expect(actions.map(a => a.title)).toContain('Add the component "nomor"');
        await shutdown(s);
    });
});

/** The largest example by size (examples are written by another engineer; globbed at run time). */
function largestExample(dir = 'examples'): string {
    let best = '', size = -1;
    const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
            const p = join(d, e.name);
            if (e.isDirectory()) walk(p);
            else if (e.name.endsWith('.sop') && statSync(p).size > size) { best = p; size = statSync(p).size; }
        }
    };
    walk(dir);
    return best;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A synthetic SOP with `n` steps (five pelaksana, a decision every ten steps) for the scale measurement. */
function bigSop(n: number): string {
    const rows = Array.from({ length: n }, (_, i) => {
        const flow = i === n - 1 ? ' selesai' : i % 10 === 9 ? `\n        ya -> s${i + 1}  tidak -> s${Math.max(0, i - 3)}` : '';
        return `    s${i} p${i % 5} "Memproses berkas nomor ${i}" | "Berkas ${i}" | ${1 + (i % 7)} menit | "Berkas ${i + 1}"${flow}`;
    });
    const actors = Array.from({ length: 5 }, (_, i) => `  pelaksana p${i} "Pelaksana ${i}"`);
    return `sop Besar "SOP besar" {\n${actors.join('\n')}\n  prosedur {\n${rows.join('\n')}\n  }\n}\n`;
}

describe('latency over the protocol', () => {
    test.each([['the largest example', ''], ['a generated 300-step SOP', 'big']])('completion, hover and formatting medians on %s', async (_label, kind) => {
        const file = kind ? 'generated:300-steps' : largestExample();
        const text = kind ? bigSop(300) : readFileSync(file, 'utf8');
        const s = await initialize('id');
        const opened = performance.now();
        await open(s, 'largest.sop', text);
        await s.diagnostics(uri('largest.sop'), 1);
        const firstDiagnosticsMs = +(performance.now() - opened).toFixed(0);
        const lines = text.split('\n');
        // Positions spread over the file: the start of each non-empty line's second word.
        const positions = lines.flatMap((l, line) => {
            const m = /^\s*\S+\s+/.exec(l);
            return m && m[0].length < l.length ? [{ line, character: m[0].length }] : [];
        });
        const time = async (f: () => Promise<unknown>) => { const t = performance.now(); await f(); return performance.now() - t; };
        const completion: number[] = [], hover: number[] = [];
        for (let i = 0; i < 40; i++) {
            const position = positions[(i * 7) % positions.length];
            completion.push(await time(() => s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri('largest.sop') }, position })));
            hover.push(await time(() => s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri('largest.sop') }, position })));
        }
        const formatting: number[] = [];
        for (let i = 0; i < 15; i++) {
            formatting.push(await time(() => s.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: uri('largest.sop') }, options: { tabSize: 2, insertSpaces: true } })));
        }
        const result = {
            file, lines: lines.length, samples: completion.length, firstDiagnosticsMs,
            completionMedianMs: +median(completion).toFixed(1), hoverMedianMs: +median(hover).toFixed(1), formattingMedianMs: +median(formatting).toFixed(1),
        };
        console.log('LSP latency', JSON.stringify(result));
        expect(result.completionMedianMs).toBeLessThan(300);
        expect(result.hoverMedianMs).toBeLessThan(300);
        expect(result.formattingMedianMs).toBeLessThan(300);
        await shutdown(s);
    });
});
