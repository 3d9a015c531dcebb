import { afterEach, describe, expect, test } from 'vitest';
import { clearDocuments, parseHelper, testCodeAction } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { ast, SopServices } from '@sop/language';
import { testServices, validSop, validate, codes } from '../helpers/sop-test-services.js';

const services = testServices({ lang: 'en' });
const fix = testCodeAction(services);
afterEach(() => clearDocuments(services));

async function actionsFor(s: SopServices, text: string, pick: (d: Diagnostic) => boolean, only?: string[]): Promise<{ actions: CodeAction[]; apply: (a: CodeAction) => string }> {
    const doc = await parseHelper<ast.Model>(s)(text, { validation: true });
    const diagnostics = (doc.diagnostics ?? []).filter(pick);
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = (await s.lsp.CodeActionProvider!.getCodeActions(doc, {
        textDocument: { uri: doc.uri.toString() }, range, context: { diagnostics, only },
    }) ?? []) as CodeAction[];
    const apply = (a: CodeAction) => TextDocument.applyEdits(doc.textDocument, a.edit!.changes![doc.uri.toString()]);
    return { actions, apply };
}

describe('quick fixes (testCodeAction)', () => {
    test('SOP-H02: insert the missing nomor in canonical position with a placeholder', async () => {
        const input = validSop.replace('  nomor      "SOP.SEK.01.01"\n', '');
        const expected = validSop.replace('  nomor      "SOP.SEK.01.01"\n', '  nomor "… Nomor SOP …"\n');
        await fix(input, 'SOP-H02', expected);
    });

    test('SOP-H13: insert the missing peralatan after kualifikasi', async () => {
        const input = validSop.replace('  peralatan   { "Komputer" }\n', '');
        const expected = validSop.replace('  peralatan   { "Komputer" }\n', '  peralatan { "… Uraian …" }\n');
        await fix(input, 'SOP-H13', expected);
    });

    test('SP-01: insert the missing Pasal 21 component', async () => {
        const sp = (fees: string) => `standar-pelayanan SpA "Layanan" {
  dasar-hukum { "UU 25/2009" }
  persyaratan { "KTP" }
  sistem-mekanisme-prosedur "Prosedur loket"
  jangka-waktu 1 hari${fees}
  produk { "Surat" }
  sarana { "Loket" }
  kompetensi { "SLTA" }
  pengawasan { "Kepala" }
  pengaduan { "Kotak saran" }
  jumlah-pelaksana "2 orang"
  jaminan-pelayanan "Sesuai SP"
  jaminan-keamanan "Aman"
  evaluasi "Setiap tahun"
  penetapan "SK 1" tanggal 2024-01-01 oleh "Kepala"
  maklumat "Kami sanggup" disahkan "Kepala" nama "N"
  konsultasi-publik 2023-12-01 peserta { "Warga" }
}`;
        await fix(sp(''), 'SP-01', sp('\n  biaya "… Tidak dipungut biaya …"'));
    });

    test('SP-01 for the procedures links an SOP of the workspace', async () => {
        await parseHelper<ast.Model>(services)('sop SuratMasuk "Surat Masuk" { }', { documentUri: 'file:///ws/masuk.sop' });
        const sp = (procedures: string) => `standar-pelayanan SpA "Layanan" {
  dasar-hukum { "UU 25/2009" }
  persyaratan { "KTP" }${procedures}
  jangka-waktu 1 hari
  biaya "Gratis"
  produk { "Surat" }
  sarana { "Loket" }
  kompetensi { "SLTA" }
  pengawasan { "Kepala" }
  pengaduan { "Kotak saran" }
  jumlah-pelaksana "2 orang"
  jaminan-pelayanan "Sesuai SP"
  jaminan-keamanan "Aman"
  evaluasi "Setiap tahun"
  penetapan "SK 1" tanggal 2024-01-01 oleh "Kepala"
  maklumat "Kami sanggup" disahkan "Kepala" nama "N"
  konsultasi-publik 2023-12-01 peserta { "Warga" }
}`;
        await fix(sp(''), 'SP-01', sp('\n  sistem-mekanisme-prosedur SuratMasuk'));
    });

    test('SOP-P02: declare the undeclared pelaksana after the others', async () => {
        const input = validSop.replace('arsip      admin ', 'arsip      tamu  ');
        const expected = input.replace('  pelaksana kepala "Kepala Badan"\n', '  pelaksana kepala "Kepala Badan"\n  pelaksana tamu "tamu"\n');
        await fix(input, 'SOP-P02', expected);
    });

    test('SOP-P03: remove the unused pelaksana line', async () => {
        const input = validSop.replace('  pelaksana kepala "Kepala Badan"\n', '  pelaksana kepala "Kepala Badan"\n  pelaksana tamu   "Tamu"\n');
        await fix(input, 'SOP-P03', validSop);
    });

    test('SOP-P07: add the missing decision branch towards the next other step', async () => {
        const input = validSop.replace('ya -> distribusi  tidak -> arsip', 'ya -> distribusi');
        await fix(input, 'SOP-P07', validSop);
    });

    test('SOP-P11: fix a step number', async () => {
        const numbered = (n: string) => validSop.replace('    terima ', '    1 terima ').replace('    telaah ', '    2 telaah ')
            .replace('    distribusi ', '    3 distribusi ').replace('    arsip ', `    ${n} arsip `);
        // Two fixes: this number (preferred), and dropping the written numbers.
        const { actions, apply } = await actionsFor(services, numbered('5'), d => d.code === 'SOP-P11');
        expect(actions).toHaveLength(2);
        expect(apply(actions[0])).toBe(numbered('4'));
    });
});

describe('SOP-P11 after a step is inserted into a numbered procedure', () => {
    const numbered = (rows: string[]) => validSop.replace(/  prosedur \{[\s\S]*?\n  \}\n/, `  prosedur {\n${rows.map(r => `    ${r}\n`).join('')}  }\n`);
    const before = [
        '1 terima admin "Menerima surat masuk" | "Surat masuk" | 5 menit | "Surat masuk diterima"',
        '2 telaah kepala "Menelaah surat masuk" | "Surat masuk diterima" | 30 menit | "Surat masuk ditelaah"  ya -> distribusi  tidak -> arsip',
        'catat admin "Mencatat surat masuk" | "Surat masuk ditelaah" | 5 menit | "Surat tercatat"',
        '4 distribusi admin "Mendistribusikan surat masuk" | "Surat masuk ditelaah" | 15 menit | "Surat masuk terdistribusi" selesai',
        '5 arsip admin "Mengarsipkan surat masuk" | "Surat masuk ditelaah" | 5 menit | "Surat masuk terarsip" selesai',
    ];
    // A step inserted after row 2 with the number it should have: the rows after it are now wrong.
    const inserted = [...before.slice(0, 2), '3 paraf kepala "Memaraf surat masuk" | "Surat masuk ditelaah" | 5 menit | "Surat berparaf"', ...before.slice(2)];
    const changedLines = (a: string, b: string) => {
        const x = a.split('\n'), y = b.split('\n');
        expect(y.length).toBe(x.length);
        return x.flatMap((l, i) => (l === y[i] ? [] : [`${l} => ${y[i]}`]));
    };

    test('is reported once, where the numbering breaks (the unnumbered row counts on)', async () => {
        const diagnostics = (await validate(numbered(inserted))).filter(d => d.code === 'SOP-P11');
        expect(diagnostics.map(d => d.range.start.line)).toEqual([numbered(inserted).split('\n').findIndex(l => l.includes('4 distribusi'))]);
    });

    test('the fixes touch only lines whose number is wrong; removing the numbers touches only numbered lines', async () => {
        const text = numbered(inserted);
        const { actions, apply } = await actionsFor(services, text, d => d.code === 'SOP-P11');
        expect(actions.map(a => a.title)).toEqual(['Change the step number to 5', 'Fix the 2 wrong step numbers', 'Remove the written step numbers (rows are numbered when printed)']);
        expect(actions[0].isPreferred).toBe(true);
        expect(changedLines(text, apply(actions[0]))).toEqual([
            '    4 distribusi admin "Mendistribusikan surat masuk" | "Surat masuk ditelaah" | 15 menit | "Surat masuk terdistribusi" selesai => '
            + '    5 distribusi admin "Mendistribusikan surat masuk" | "Surat masuk ditelaah" | 15 menit | "Surat masuk terdistribusi" selesai',
        ]);
        // Both wrong rows, nothing else: neither the right rows nor the unnumbered one.
        const all = apply(actions[1]);
        expect(changedLines(text, all).map(l => l.split(' => ')[1].trim().split(' ').slice(0, 2).join(' '))).toEqual(['5 distribusi', '6 arsip']);
        expect(codes(await validate(all)).filter(c => c === 'SOP-P11')).toEqual([]);
        const plain = apply(actions[2]);
        expect(changedLines(text, plain)).toHaveLength(5);
        expect(plain).toContain('\n    paraf kepala "Memaraf surat masuk"');
        expect(codes(await validate(plain)).filter(c => c === 'SOP-P11')).toEqual([]);
        // Without written numbers, inserting a step is one added line and no warning.
        const again = plain.replace('    catat admin', '    tambah admin "Menambah" | "x" | 5 menit | "y"\n    catat admin');
        expect(codes(await validate(again)).filter(c => c === 'SOP-P11')).toEqual([]);
    });

    test('a single wrong number offers no "fix all"', async () => {
        const { actions } = await actionsFor(services, numbered(before.map(r => r.replace('5 arsip', '7 arsip'))), d => d.code === 'SOP-P11');
        expect(actions.map(a => a.title)).toEqual(['Change the step number to 5', 'Remove the written step numbers (rows are numbered when printed)']);
    });
});

describe('more fixes and refactorings', () => {
    test('insert all missing mandatory components at once, in canonical order', async () => {
        const bare = 'sop A "Judul" {\n  pelaksana admin "Admin"\n  pelaksana kepala "Kepala"\n  prosedur {\n    s1 admin "Menerima" | "x" | 5 menit | "y"\n    s2 kepala "Memeriksa" | "y" | 5 menit | "z" selesai\n  }\n}\n';
        const { actions, apply } = await actionsFor(services, bare, d => d.code === 'SOP-H02');
        expect(actions.map(a => a.title)).toEqual(['Add the component "nomor"', 'Add all missing mandatory components (13)']);
        const fixed = apply(actions[1]);
        const order = ['nomor', 'unit', 'logo', 'dibuat', 'direvisi', 'efektif', 'disahkan', 'dasar-hukum', 'keterkaitan', 'kualifikasi', 'peralatan', 'peringatan', 'pencatatan'];
        const positions = order.map(k => fixed.indexOf(`\n  ${k} `));
        expect(positions.every(p => p > 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        const left = codes(await validate(fixed)).filter(c => /^SOP-H(0[1-9]|1[134]|14M)$/.test(c));
        expect(left).toEqual([]);
    });

    test('titles follow the message language', async () => {
        const id = testServices({ lang: 'id' });
        const { actions } = await actionsFor(id, validSop.replace('  nomor      "SOP.SEK.01.01"\n', ''), d => d.code === 'SOP-H02');
        expect(actions.map(a => a.title)).toEqual(['Tambahkan komponen "nomor"']);
        expect(actions[0].kind).toBe(CodeActionKind.QuickFix);
    });

    test('normalise a written date to ISO (refactoring)', async () => {
        const text = validSop.replace('efektif    2024-02-01', 'efektif    "1 Februari 2024"');
        const doc = await parseHelper<ast.Model>(services)(text);
        const offset = text.indexOf('"1 Februari');
        const pos = doc.textDocument.positionAt(offset + 2);
        const actions = (await services.lsp.CodeActionProvider!.getCodeActions(doc, {
            textDocument: { uri: doc.uri.toString() }, range: { start: pos, end: pos }, context: { diagnostics: [], only: [CodeActionKind.RefactorRewrite] },
        })) as CodeAction[];
        expect(actions.map(a => a.title)).toEqual(['Write the date as 2024-02-01']);
        expect(TextDocument.applyEdits(doc.textDocument, actions[0].edit!.changes![doc.uri.toString()])).toBe(validSop);
    });

    test('rewrite keywords in English (source action), and back', async () => {
        const { actions, apply } = await actionsFor(services, validSop, () => false, [CodeActionKind.Source]);
        expect(actions.map(a => [a.title, a.kind])).toEqual([['Rewrite keywords in English', 'source.rewriteKeywords.en']]);
        const en = apply(actions[0]);
        expect(en).toContain('  number         "SOP.SEK.01.01"\n');
        expect(en).toContain('  approved       "Kepala Bappeda" name "Ir. Contoh Nama" nip');
        expect(en).toContain('  actor admin  "Pengadministrasi Umum"\n');
        expect(codes(await validate(en))).toEqual([]);
        const back = await actionsFor(services, en, () => false, [CodeActionKind.Source]);
        expect(back.actions.map(a => a.title)).toEqual(['Rewrite keywords in Bahasa Indonesia']);
    });
});
