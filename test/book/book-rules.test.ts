/**
 * The rules of SOP books (BOOK-..) and of their monitoring (MON-..): each one triggers on a
 * workspace that breaks it and stays quiet on a near miss, with its severity, its source in the
 * regulation and a message in both languages; the exact ranges (file, line and column) are
 * checked below. "Today" is 2026-11-29 (test services).
 */
import { describe, expect, it } from 'vitest';
import { rules, ruleList } from '@sop/language';
import { buildWorkspace, validSop } from '../helpers/sop-test-services.js';
import { sub } from '../helpers/rule-fixtures.js';
import { ruleCases } from '../language/rules/rule-case.js';

const s = validSop;
const book = (extra = '', contents = 'SuratMasuk') => `koleksi Buku "Buku SOP" {
  unit      "Bappeda Kabupaten Kotawaringin Timur"
  logo      "logo.png"
  penetapan "SK Kepala Bappeda Nomor 1 Tahun 2024" tanggal 2024-03-01 oleh "Kepala Bappeda"
${extra}  isi SuratMasuk${contents === 'SuratMasuk' ? '' : `, ${contents}`}
}
`;
const round = (rows = '    SuratMasuk baik | "Berjalan lancar" | - | "AB"\n', head = '  dinilai 2026-06-15 oleh "Kepala Sub Bagian Umum"\n', bookLine = '  buku Buku\n') => `pemantauan Mon1 "Monitoring Semester I 2026" {
${bookLine}${head}  penilaian {
${rows}  }
}
`;
const keluar = (unit = 'Bappeda Kabupaten Kotawaringin Timur') => sub(sub(sub(s, 'sop SuratMasuk', 'sop SuratKeluar'), '"SOP.SEK.01.01"', '"SOP.SEK.01.02"'), '"Bappeda Kabupaten Kotawaringin Timur"', `"${unit}"`);
const ws = (files: Record<string, string>) => files;

describe('SOP book rules (BOOK-..)', () => {
    ruleCases([
        { code: 'BOOK-01', why: 'an SOP of the book\'s unit that no book lists', line: 5, message: 'SuratKeluar',
            trigger: ws({ 'buku.sop': book(), 'masuk.sop': s, 'keluar.sop': keluar(), 'mon.sop': round() }),
            clean: ws({ 'buku.sop': book(), 'masuk.sop': s, 'keluar.sop': keluar('Dinas Kesehatan Kabupaten Kotawaringin Timur'), 'mon.sop': round() }) },
        { code: 'BOOK-02', why: 'two SOPs of the workspace with one number', line: 2, message: 'SuratKeluar',
            trigger: ws({ 'masuk.sop': s, 'keluar.sop': sub(keluar(), '"SOP.SEK.01.02"', '"SOP.SEK.01.01"') }),
            clean: ws({ 'masuk.sop': s, 'keluar.sop': keluar() }) },
        { code: 'BOOK-03', why: 'an SOP number that does not follow the book\'s pattern', line: 6, message: 'SOP.UMPEG.##',
            trigger: ws({ 'buku.sop': book('  pola-nomor "SOP.UMPEG.##"\n'), 'masuk.sop': s, 'mon.sop': round() }),
            clean: ws({ 'buku.sop': book('  pola-nomor "SOP.SEK.##.##"\n'), 'masuk.sop': s, 'mon.sop': round() }) },
        { code: 'BOOK-04', why: 'an SOP of another unit in the book', line: 5, message: 'Dinas Kesehatan',
            trigger: ws({ 'buku.sop': book(), 'masuk.sop': sub(s, '"Bappeda Kabupaten Kotawaringin Timur"', '"Dinas Kesehatan"'), 'mon.sop': round() }),
            clean: ws({ 'buku.sop': book(), 'masuk.sop': sub(s, '"Bappeda Kabupaten Kotawaringin Timur"', '"Bappeda Kabupaten Kotawaringin Timur, Sub Bagian Umum"'), 'mon.sop': round() }) },
        { code: 'BOOK-05', why: 'an SOP with another logo than the book', line: 5, message: 'lain.png',
            trigger: ws({ 'buku.sop': book(), 'masuk.sop': sub(s, '"logo.png"', '"lain.png"'), 'mon.sop': round() }),
            clean: ws({ 'buku.sop': book(), 'masuk.sop': s, 'mon.sop': round() }) },
        { code: 'BOOK-06', why: 'an SOP that takes effect after the decree of the book', line: 5, message: 'after the decree',
            trigger: ws({ 'buku.sop': sub(book(), 'tanggal 2024-03-01', 'tanggal 2024-01-15'), 'masuk.sop': s, 'mon.sop': round() }),
            clean: ws({ 'buku.sop': book(), 'masuk.sop': s, 'mon.sop': round() }) },
    ]);
});

describe('monitoring rules (MON-..)', () => {
    ruleCases([
        { code: 'MON-01', why: 'an SOP of a book last monitored more than six months ago', line: 5, message: 'last six months',
            trigger: ws({ 'buku.sop': book(), 'masuk.sop': s, 'mon.sop': round(undefined, '  dinilai 2026-05-28 oleh "Kepala Sub Bagian Umum"\n') }),
            clean: ws({ 'buku.sop': book(), 'masuk.sop': s, 'mon.sop': round(undefined, '  dinilai 2026-05-29 oleh "Kepala Sub Bagian Umum"\n') }) },
        { code: 'MON-01', why: 'an SOP of a book never monitored', line: 5, message: 'never monitored',
            trigger: ws({ 'buku.sop': book(), 'masuk.sop': s }),
            clean: ws({ 'buku.sop': book(), 'masuk.sop': s, 'mon.sop': round() }) },
        { code: 'MON-02', why: 'an SOP that does not run well, with no action', line: 5, message: 'no action',
            trigger: ws({ 'mon.sop': round('    SuratMasuk tidak-baik | "Disposisi terlambat" | - | "AB"\n'), 'buku.sop': book(), 'masuk.sop': s }),
            clean: ws({ 'mon.sop': round('    SuratMasuk tidak-baik | "Disposisi terlambat" | "Pelatihan ulang" | "AB"\n'), 'buku.sop': book(), 'masuk.sop': s }) },
        { code: 'MON-03', why: 'a revision asked for and not made', line: 5, message: 'revision',
            trigger: ws({ 'mon.sop': round('    SuratMasuk tidak-baik | "Disposisi terlambat" | revisi "Menambah batas waktu disposisi" | "AB"\n'), 'buku.sop': book(), 'masuk.sop': s }),
            clean: ws({ 'mon.sop': round('    SuratMasuk tidak-baik | "Disposisi terlambat" | revisi "Menambah batas waktu disposisi" | "AB"\n'), 'buku.sop': book(), 'masuk.sop': sub(s, 'direvisi   -', 'direvisi   2026-07-01') }) },
        { code: 'MON-04', why: 'a round that names an SOP not in the workspace', line: 6, message: 'SuratHilang',
            trigger: ws({ 'mon.sop': round('    SuratMasuk baik | "Lancar" | - | "AB"\n    SuratHilang baik | "Lancar" | - | "AB"\n'), 'buku.sop': book(), 'masuk.sop': s }),
            clean: ws({ 'mon.sop': round(), 'buku.sop': book(), 'masuk.sop': s }) },
        { code: 'MON-05', why: 'a round that names a book not in the workspace', line: 2, message: 'BukuLain',
            trigger: ws({ 'mon.sop': round(undefined, undefined, '  buku BukuLain\n'), 'buku.sop': book(), 'masuk.sop': s }),
            clean: ws({ 'mon.sop': round(), 'buku.sop': book(), 'masuk.sop': s }) },
        { code: 'MON-06', why: 'a round without its date and assessor', line: 1,
            trigger: ws({ 'mon.sop': round(undefined, ''), 'buku.sop': book(), 'masuk.sop': s }),
            clean: ws({ 'mon.sop': round(), 'buku.sop': book(), 'masuk.sop': s }) },
    ]);
});

/** `file line:col-line:col code` of every diagnostic of the given codes (1-based). */
async function ranges(files: Record<string, string>, codes: readonly string[], lang: 'id' | 'en' = 'en'): Promise<string[]> {
    const { docs } = await buildWorkspace(files, { lang });
    return Object.entries(docs).flatMap(([name, d]) => (d.diagnostics ?? []).filter(x => codes.includes(String(x.code)))
        .map(x => `${name} ${x.range.start.line + 1}:${x.range.start.character + 1}-${x.range.end.line + 1}:${x.range.end.character + 1} ${x.code}`)).sort();
}

describe('book and monitoring diagnostics: exact ranges', () => {
    it('puts the book rules on the contents entry of the SOP, BOOK-01 on `isi`, BOOK-02 on the number', async () => {
        const other = sub(sub(s, '"Bappeda Kabupaten Kotawaringin Timur"', '"Dinas Kesehatan"'), '"logo.png"', '"lain.png"');
        const files = ws({
            'buku.sop': sub(book('  pola-nomor "SOP.UMPEG.##"\n', 'SuratKeluar'), 'tanggal 2024-03-01', 'tanggal 2024-01-15'),
            'masuk.sop': other, 'keluar.sop': sub(keluar(), '"SOP.SEK.01.02"', '"SOP.SEK.01.01"'), 'baru.sop': sub(keluar(), 'sop SuratKeluar', 'sop SuratBaru').replace('"SOP.SEK.01.02"', '"SOP.SEK.01.03"'),
            'mon.sop': round(),
        });
        expect(await ranges(files, ['BOOK-01', 'BOOK-02', 'BOOK-03', 'BOOK-04', 'BOOK-05', 'BOOK-06', 'MON-01'])).toEqual([
            'buku.sop 6:19-6:30 BOOK-03', // SuratKeluar (line 6, columns 19-29)
            'buku.sop 6:19-6:30 BOOK-06',
            'buku.sop 6:19-6:30 MON-01', // SuratKeluar was never monitored
            'buku.sop 6:3-6:6 BOOK-01', // `isi`: SuratBaru of the same unit is in no book
            'buku.sop 6:7-6:17 BOOK-03', // SuratMasuk: SOP.SEK.01.01 is not SOP.UMPEG.##
            'buku.sop 6:7-6:17 BOOK-04', // SuratMasuk: Dinas Kesehatan
            'buku.sop 6:7-6:17 BOOK-05', // SuratMasuk: lain.png
            'buku.sop 6:7-6:17 BOOK-06', // SuratMasuk: effective 2024-02-01, decree 2024-01-15
            'keluar.sop 2:14-2:29 BOOK-02',
            'masuk.sop 2:14-2:29 BOOK-02',
        ]);
    });

    it('puts the monitoring rules on the row\'s result, its action, the unknown SOP or book, the round\'s name', async () => {
        const rows = '    SuratMasuk  tidak-baik | "Lambat" | -                     | "AB"\n'
            + '    SuratMasuk  tidak-baik | "Lambat" | revisi "Tambah batas" | "AB"\n'
            + '    SuratHilang baik       | "Lancar" | -                     | "AB"\n';
        expect(await ranges(ws({ 'mon.sop': round(rows, '', '  buku BukuLain\n'), 'masuk.sop': s }), ['MON-02', 'MON-03', 'MON-04', 'MON-05', 'MON-06'])).toEqual([
            'mon.sop 1:12-1:16 MON-06',
            'mon.sop 2:8-2:16 MON-05',
            'mon.sop 4:17-4:27 MON-02',
            'mon.sop 6:5-6:16 MON-04',
        ]);
        // MON-03 needs the round's date; on the action cell ("Tambah batas", after `revisi`).
        expect(await ranges(ws({ 'mon.sop': round(rows), 'masuk.sop': s }), ['MON-03'])).toEqual(['mon.sop 6:48-6:62 MON-03']);
    });

    it('speaks Bahasa Indonesia too', async () => {
        const { docs } = await buildWorkspace(ws({ 'mon.sop': round('    SuratMasuk tidak-baik | "Lambat" | - | "AB"\n'), 'masuk.sop': s }), { lang: 'id' });
        expect((docs['mon.sop'].diagnostics ?? []).find(d => d.code === 'MON-02')?.message).toBe('SOP SuratMasuk dinilai tidak berjalan dengan baik tetapi tindakan yang harus diambil belum ditulis.');
    });

    it('every BOOK and MON rule is in the catalogue with a source and both languages', () => {
        const codes = ruleList.map(r => r.code).filter(c => /^(BOOK|MON)-/.test(c));
        expect(codes).toEqual(['BOOK-01', 'BOOK-02', 'BOOK-03', 'BOOK-04', 'BOOK-05', 'BOOK-06', 'MON-01', 'MON-02', 'MON-03', 'MON-04', 'MON-05', 'MON-06']);
        for (const c of codes) {
            const r = rules.get(c)!;
            expect(r.source).toMatch(/Permenpan RB 35\/2012/);
            expect(r.message.id).not.toBe(r.message.en);
        }
        expect(rules.get('DOC-05')!.severity).toBe('error');
    });
});

