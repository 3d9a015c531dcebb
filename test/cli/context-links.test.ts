/**
 * The `.sop` files beside the inputs are context: linked together with the inputs, so a reference
 * from a context file to an input resolves too (a book's SOP that names an input under
 * keterkaitan prints that SOP's title and number, never its raw id).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './cli-helpers.js';

let dir: string;
beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sop-context-'));
    writeFileSync(path.join(dir, 'masuk.sop'), 'sop SuratMasuk "Pelayanan Surat Masuk" {\n  nomor "SOP.01"\n}\n');
    writeFileSync(path.join(dir, 'keluar.sop'), 'sop SuratKeluar "Pelayanan Surat Keluar" {\n  nomor "SOP.02"\n  keterkaitan SuratMasuk\n}\n');
    writeFileSync(path.join(dir, 'buku.sop'), 'koleksi Buku "Buku SOP" {\n  isi SuratKeluar\n}\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('context files beside the inputs', () => {
    it('resolve references to the inputs: the book prints the linked SOP by title and number', async () => {
        // masuk.sop is an input; keluar.sop (in the book) is context and names it.
        const r = await runCli(['export', path.join(dir, 'buku.sop'), path.join(dir, 'masuk.sop'), '--format', 'html', '--out', path.join(dir, 'out'), '--allow-draft']);
        expect(r.err.join('\n')).not.toMatch(/SuratKeluar.*not among/);
        const book = readFileSync(path.join(dir, 'out', 'buku.Buku.html'), 'utf8');
        expect(book).toContain('Pelayanan Surat Keluar');
        expect(book).toContain('Pelayanan Surat Masuk (SOP.01)');
        expect(book).not.toMatch(/>SuratMasuk</);
    }, 120_000);
});
