import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments, expectCompletion, parseHelper } from 'langium/test';
import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import type { ast } from '@sop/language';
import { testServices, validate } from '../helpers/sop-test-services.js';

const services = testServices({ lang: 'id' });
const completion = expectCompletion(services);
const parse = parseHelper<ast.Model>(services);
afterEach(() => clearDocuments(services));

const labels = (list: CompletionList) => list.items.map(i => i.label);

const sop = (body: string) => `sop A "Judul" {
  nomor "1"
  pelaksana admin "Pengadministrasi Umum"
  pelaksana kepala "Kepala Badan"
${body}
}`;

describe('completion', () => {
    test('member keywords valid in an SOP; fields of other kinds and fields already written are left out', async () => {
        await completion({
            text: sop('  <|>'),
            index: 0,
            assert: list => {
                const l = labels(list);
                expect(l).toEqual(expect.arrayContaining(['unit', 'dasar-hukum', 'legal-basis', 'pelaksana', 'prosedur', 'disahkan']));
                expect(l).not.toContain('nomor');      // already written
                expect(l).not.toContain('biaya');      // Standar Pelayanan only
                expect(l).not.toContain('maklumat');   // Standar Pelayanan only
                const byLabel = new Map(list.items.map(i => [i.label, i]));
                // The document is written in Indonesian: its spelling sorts first.
                expect(byLabel.get('dasar-hukum')!.sortText! < byLabel.get('legal-basis')!.sortText!).toBe(true);
                const doc = byLabel.get('dasar-hukum')!.documentation as { value: string };
                expect(doc.value).toContain('Dasar hukum');
                expect(doc.value).toContain('Permenpan RB 35/2012');
            },
        });
    });

    test('pelaksana ids in a step, with their titles', async () => {
        await completion({
            text: sop('  prosedur {\n    terima <|>\n  }'),
            index: 0,
            assert: list => {
                const items = list.items.filter(i => ['admin', 'kepala'].includes(i.label));
                expect(items.map(i => [i.label, i.detail])).toEqual([['admin', 'Pengadministrasi Umum'], ['kepala', 'Kepala Badan']]);
            },
        });
    });

    test('pelaksana ids in a later step row (where the parser alone would read a branch label)', async () => {
        await completion({
            text: sop('  prosedur {\n    terima admin "Menerima"\n    2 arsip ke<|>\n  }'),
            index: 0,
            assert: list => {
                expect(list.items.filter(i => i.kind === CompletionItemKind.Reference).map(i => [i.label, i.detail])).toEqual([['kepala', 'Kepala Badan']]);
            },
        });
    });

    test('step ids after a jump arrow', async () => {
        await completion({
            // The grammar is line-insensitive, so the jump is typed in the last step.
            text: sop('  prosedur {\n    terima admin "Menerima"\n    arsip kepala "Mengarsipkan" -> <|>\n  }'),
            index: 0,
            assert: list => {
                expect(list.items.filter(i => i.kind === CompletionItemKind.Reference || i.detail).map(i => i.label)).toEqual(expect.arrayContaining(['terima', 'arsip']));
                expect(labels(list)).not.toContain('admin');
                expect(list.items.find(i => i.label === 'terima')!.detail).toBe('Menerima');
            },
        });
    });

    test('step ids after a jump typed in the middle of the procedure', async () => {
        await completion({
            text: sop('  prosedur {\n    terima admin "Menerima" -> <|>\n    periksa kepala "Memeriksa"\n    arsip admin "Mengarsipkan" selesai\n  }'),
            index: 0,
            assert: list => {
                expect(list.items.filter(i => i.kind === CompletionItemKind.Reference).map(i => [i.label, i.detail])).toEqual([
                    ['terima', 'Menerima'], ['periksa', 'Memeriksa'], ['arsip', 'Mengarsipkan'],
                ]);
            },
        });
    });

    test('SOP ids for the procedures of a Standar Pelayanan and for a hand-over', async () => {
        await parse('sop SuratKeluar "Pelayanan Surat Keluar" { }', { documentUri: 'file:///ws/keluar.sop' });
        await completion({
            text: 'standar-pelayanan Sp "Layanan" {\n  sistem-mekanisme-prosedur <|>\n}',
            index: 0,
            assert: list => expect(list.items.map(i => i.label)).toContain('SuratKeluar'),
        });
        await completion({
            text: sop('  prosedur {\n    terima admin "Menerima" serahkan <|>\n  }'),
            index: 0,
            assert: list => expect(list.items.find(i => i.label === 'SuratKeluar')?.detail).toBe('Pelayanan Surat Keluar'),
        });
    });

    test('SOP ids from other files for keterkaitan', async () => {
        await parse('sop SuratKeluar "Pelayanan Surat Keluar" { }', { documentUri: 'file:///ws/keluar.sop' });
        await completion({
            text: 'sop SuratMasuk "Masuk" {\n  keterkaitan <|>\n}',
            index: 0,
            assert: list => {
                const item = list.items.find(i => i.label === 'SuratKeluar');
                expect(item?.detail).toBe('Pelayanan Surat Keluar');
            },
        });
    });

    test('duration units after a number in the waktu cell', async () => {
        await completion({
            text: sop('  prosedur {\n    terima admin "Menerima" | "Surat" | 5 <|>\n  }'),
            index: 0,
            assert: list => {
                const units = list.items.filter(i => i.kind === CompletionItemKind.Unit).map(i => i.label);
                expect(units.slice(0, 6)).toEqual(['detik', 'menit', 'jam', 'hari', 'minggu', 'bulan']);
                expect(units).toContain('minutes');
            },
        });
    });

    test('snippets for a new SOP and a new Standar Pelayanan contain every mandatory component', async () => {
        let items: CompletionItem[] = [];
        await completion({ text: '<|>', index: 0, assert: list => { items = list.items.filter(i => i.kind === CompletionItemKind.Snippet); } });
        expect(items.map(i => i.label)).toEqual(['SOP baru (semua komponen wajib)', 'Standar pelayanan baru (14 komponen)']);
        // Expand the snippets with their default placeholders and validate the result.
        const expand = (s: string) => s.replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, '$1').replace(/\\([\\$}])/g, '$1');
        const sopText = expand(items[0].insertText!);
        expect(sopText.indexOf('nomor')).toBeLessThan(sopText.indexOf('unit'));
        expect(sopText.indexOf('disahkan')).toBeLessThan(sopText.indexOf('dasar-hukum'));
        const missing = /^(SOP-H0[1-9]|SOP-H1[13]|SOP-H14M|SOP-P0[1-9]|syntax)$/;
        const sopCodes = (await validate(sopText, { lang: 'id' })).map(d => String(d.code ?? 'syntax'));
        expect(sopCodes.filter(c => missing.test(c))).toEqual([]);
        const spCodes = (await validate(expand(items[1].insertText!), { lang: 'id' })).map(d => String(d.code ?? 'syntax'));
        expect(spCodes.filter(c => /^(SP-0[1-9]|syntax)$/.test(c))).toEqual([]);
    });
});
