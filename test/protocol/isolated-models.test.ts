/**
 * `sop/isolatedModels` over the real protocol: the server builds texts that are not the
 * workspace's (an old revision of a file and its siblings) in a workspace of their own — linked
 * together, validated, diagnostics with 1-based lines — without touching the editor's workspace.
 * The VS Code compare view relies on it, so the extension host needs no parser.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { IsolatedModelsRequest, type IsolatedModelsResult, type SopModel } from '@sop/language';
import { ensureServerBuilt, startOnWorkspace, stopServer, type ServerSession } from './lsp-client.js';

const current = `sop SuratMasuk "Pelayanan Surat Masuk" {
  keterkaitan SuratKeluar
  pelaksana admin "Admin"
  prosedur {
    terima admin "Menerima surat" | "Surat" | 5 menit | "Surat diterima"  selesai
  }
}
`;
// The old revision: another title, a step more, and a pelaksana that is not declared (SOP-P02 on line 6).
const old = `sop SuratMasuk "Surat Masuk (lama)" {
  keterkaitan SuratKeluar
  pelaksana admin "Admin"
  prosedur {
    terima admin "Menerima surat" | "Surat" | 5 menit | "Surat diterima"
    catat  kasi  "Mencatat surat" | "Surat diterima" | 5 menit | "Surat tercatat"  selesai
  }
}
`;
const sibling = 'sop SuratKeluar "Pelayanan Surat Keluar" {\n  nomor "SOP.02"\n}\n';

let ws: string;
let s: ServerSession;
const uri = (name: string) => pathToFileURL(join(ws, name)).toString();

beforeAll(async () => {
    ensureServerBuilt();
    ws = mkdtempSync(join(tmpdir(), 'sop-isolated-'));
    writeFileSync(join(ws, 'masuk.sop'), current);
    writeFileSync(join(ws, 'keluar.sop'), sibling);
    s = await startOnWorkspace(ws, {}, 'en');
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('masuk.sop'), languageId: 'sop', version: 1, text: current } });
    await s.diagnostics(uri('masuk.sop'));
}, 60_000);
afterAll(async () => {
    await stopServer(s);
    rmSync(ws, { recursive: true, force: true });
});

describe('sop/isolatedModels', () => {
    test('builds the old revision with its sibling: models, linked references and diagnostics of the first file', async () => {
        const result: IsolatedModelsResult = await s.connection.sendRequest(IsolatedModelsRequest, {
            files: [{ uri: uri('masuk.sop'), text: old }, { uri: uri('keluar.sop'), text: sibling }], report: 1, locale: 'en',
        });
        const [masuk, keluar] = result.files;
        const model = masuk.models[0] as SopModel;
        expect(model.title).toBe('Surat Masuk (lama)');
        expect(model.nodes.map(n => n.id)).toEqual(['terima', 'catat']);
        // The reference to the sibling resolved in the isolated workspace: no unresolved-link error.
        expect(model.header.related?.[0]).toMatchObject({ id: 'SuratKeluar', text: 'Pelayanan Surat Keluar', resolved: true, number: 'SOP.02' });
        const p02 = masuk.diagnostics.find(d => d.code === 'SOP-P02');
        expect(p02).toMatchObject({ severity: 'error', line: 6, column: 12 });
        expect(p02!.message).toContain('"kasi"');
        expect(keluar.models[0].id).toBe('SuratKeluar');
        expect(keluar.diagnostics).toEqual([]); // only the first `report` files carry diagnostics
    });

    test('leaves the workspace alone: no duplicate id, the current text keeps its own model', async () => {
        const before = s.published.filter(p => p.uri === uri('masuk.sop')).length;
        await s.connection.sendRequest(IsolatedModelsRequest, { files: [{ uri: uri('masuk.sop'), text: old }], report: 1 });
        const models = await s.connection.sendRequest<{ models: SopModel[] } | null>('sop/models', { uri: uri('masuk.sop') });
        expect(models!.models[0].title).toBe('Pelayanan Surat Masuk');
        expect(s.published.filter(p => p.uri === uri('masuk.sop')).length).toBe(before);
    });

    test('answers malformed params with InvalidParams naming the field', async () => {
        const error = await s.connection.sendRequest(IsolatedModelsRequest, { files: [{ uri: uri('x.sop') }], report: 1 }).catch(e => e);
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as ResponseError<unknown>).code).toBe(-32602);
        expect((error as Error).message).toContain('params.files[0].text');
    });
});
