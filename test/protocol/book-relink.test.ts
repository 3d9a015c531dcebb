/**
 * An SOP book's diagnostics stay current in the editor: a book does not reference the SOPs of its
 * unit that it lacks (BOOK-01), so the server re-checks it when an SOP file appears or changes,
 * not only when the book or an SOP it lists changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureServerBuilt, startOnWorkspace, stopServer, type ServerSession } from './lsp-client.js';

const unit = 'Bappeda Kabupaten Kotawaringin Timur';
const book = `koleksi Buku "Buku SOP" {
  unit      "${unit}"
  penetapan "SK Kepala Bappeda Nomor 1 Tahun 2024" tanggal 2024-03-01 oleh "Kepala Bappeda"
  isi SuratMasuk
}
`;
const sop = (id: string, nomor: string) => `sop ${id} "Pelayanan ${id}" {
  nomor "${nomor}"
  unit "${unit}"
  pelaksana admin "Admin"
  prosedur {
    terima admin "Menerima surat" | "Surat" | 5 menit | "Surat diterima"  selesai
  }
}
`;

let ws: string;
let s: ServerSession;
const uri = (name: string) => pathToFileURL(join(ws, name)).toString();
const bookCodes = (p: { diagnostics: Array<{ code?: string | number }> }) => p.diagnostics.map(d => String(d.code)).filter(c => c.startsWith('BOOK-'));

beforeAll(async () => {
    ensureServerBuilt();
    ws = mkdtempSync(join(tmpdir(), 'sop-book-relink-'));
    writeFileSync(join(ws, 'buku.sop'), book);
    writeFileSync(join(ws, 'masuk.sop'), sop('SuratMasuk', 'SOP.01'));
    s = await startOnWorkspace(ws, {}, 'en');
}, 60_000);
afterAll(async () => {
    await stopServer(s);
    rmSync(ws, { recursive: true, force: true });
});

describe('an SOP book in the editor', () => {
    it('gains BOOK-01 when an SOP of its unit appears beside it', async () => {
        const first = s.nextDiagnostics(uri('buku.sop'));
        await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('buku.sop'), languageId: 'sop', version: 1, text: readFileSync(join(ws, 'buku.sop'), 'utf8') } });
        expect(bookCodes(await first)).toEqual([]);

        const missing = s.nextDiagnostics(uri('buku.sop'), p => bookCodes(p).includes('BOOK-01'));
        writeFileSync(join(ws, 'keluar.sop'), sop('SuratKeluar', 'SOP.02'));
        await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('keluar.sop'), type: 1 }] });
        expect(bookCodes(await missing)).toEqual(['BOOK-01']);
    }, 60_000);
});
