/**
 * Rows of the real signed tables: several symbols in one row, forks, dead ends, direct ends and
 * starts, numbering reported once, `simbol` that draws, words of the language as ids, templates.
 * Each diagnostic is checked with its exact line and column, and the model behind it.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { buildWorkspace, validate } from '../../helpers/sop-test-services.js';
import type { SopModel } from '@sop/language';

/** A complete SOP around the given pelaksana and procedure lines. */
function sop(actors: string[], rows: string[], extra = ''): string {
    return `sop Uji "Uji Baris" {
  nomor "SOP-1"
  unit "Unit"
  dibuat 2024-01-02
  direvisi -
  efektif 2024-02-01
  disahkan "Kepala" nama "Nama" nip "196408251988021001"
  dasar-hukum { "Peraturan" }
  keterkaitan -
  kualifikasi { "Kualifikasi" }
  peralatan { "Komputer" }
  peringatan "Peringatan"
  pencatatan { "Catatan" }
${extra}
${actors.map(a => `  pelaksana ${a} "${a.toUpperCase()}"`).join('\n')}
  prosedur {
${rows.map(r => `    ${r}`).join('\n')}
  }
}
`;
}

/** 0-based line and character of the first occurrence of `needle` (after `after`, when given). */
function at(text: string, needle: string, after = ''): { line: number; character: number } {
    const offset = text.indexOf(needle, after ? text.indexOf(after) : 0);
    if (offset < 0) throw new Error(`not in fixture: ${needle}`);
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

function only(ds: Diagnostic[], code: string): Diagnostic[] {
    return ds.filter(d => d.code === code);
}

async function modelOf(text: string, extra: Record<string, string> = {}): Promise<{ model: SopModel; diagnostics: Diagnostic[] }> {
    const { services, docs } = await buildWorkspace({ 'test.sop': text, ...extra });
    const model = services.sop.Models.getModels(docs['test.sop'])[0] as SopModel;
    return { model, diagnostics: docs['test.sop'].diagnostics ?? [] };
}

const cells = '| "Data" | 5 menit | "Data diproses"';

describe('rows with several symbols', () => {
    const text = sop(['kepala', 'ketua', 'anggota', 'bps'], [
        `1 data (kepala) > ketua > anggota > bps "Melakukan pendataan" ${cells}`,
        `2 monitor bps > anggota? "Memonitoring entri data" ${cells}`,
        '  ya -> periksa  tidak -> .bps',
        `3 periksa anggota? "Memeriksa hasil entri" ${cells}`,
        '  ya -> susun  tidak -> monitor.bps',
        `4 susun anggota "Menyusun BRS" ${cells}`,
        `5 cek <anggota "Sesuai?"> > ketua? "Memeriksa BRS" ${cells}`,
        '  ya -> unggah  tidak -> susun',
        '  anggota: ya -> .ketua  tidak -> susun',
        `6 unggah anggota > (anggota) "Mengunggah BRS" ${cells}`,
    ]);

    it('has no diagnostic of the flow, and one row per written row', async () => {
        const { model, diagnostics } = await modelOf(text);
        expect(diagnostics.filter(d => String(d.code).startsWith('SOP-P')).map(d => `${d.code} ${d.message}`)).toEqual([]);
        expect(model.rows.map(r => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
        expect(model.rows.map(r => r.nodeIds.length)).toEqual([4, 2, 1, 1, 2, 2]);
    });

    it('gives every symbol its kind, pelaksana and text inside', async () => {
        const { model } = await modelOf(text);
        const n = (id: string) => model.nodes.find(x => x.id === id)!;
        expect([n('data').kind, n('data.ketua').kind, n('data.bps').kind]).toEqual(['start', 'process', 'process']);
        expect(n('data').isStart).toBe(true);
        expect([n('monitor').lane, n('monitor').kind, n('monitor.anggota').kind]).toEqual(['bps', 'process', 'decision']);
        expect([n('cek').kind, n('cek').label, n('cek.ketua').kind, n('cek.ketua').label]).toEqual(['decision', 'Sesuai?', 'decision', undefined]);
        expect([n('unggah.2').kind, n('unggah.2').isEnd]).toEqual(['end', true]);
        // Only the first symbol of a row carries the row's time.
        expect(model.nodes.filter(x => x.time).map(x => x.id)).toEqual(['data', 'monitor', 'periksa', 'susun', 'cek', 'unggah']);
    });

    it('joins symbols in a row, and branches back into the row and to other rows', async () => {
        const { model } = await modelOf(text);
        const edges = model.edges.map(e => `${e.from}>${e.to}${e.label ? ':' + e.label : ''}${e.back ? ' back' : ''}`);
        expect(edges).toEqual([
            'data>data.ketua', 'data.ketua>data.anggota', 'data.anggota>data.bps', 'data.bps>monitor',
            'monitor>monitor.anggota', 'monitor.anggota>periksa:ya', 'monitor.anggota>monitor:tidak back',
            'periksa>susun:ya', 'periksa>monitor:tidak back', 'susun>cek',
            'cek>cek.ketua:ya', 'cek>susun:tidak back', 'cek.ketua>unggah:ya', 'cek.ketua>susun:tidak back',
            'unggah>unggah.2',
        ]);
    });

    it('a row written above the drawn start capsule starts the flow; the capsule is then in the middle of it (SOP-P26), and nothing breaks', async () => {
        const moved = text.replace('    1 data (kepala)', `    baru ketua "Menyiapkan" ${cells}\n    1 data (kepala)`);
        const ds = await validate(moved);
        expect(ds.filter(d => d.severity === 1)).toEqual([]);
        expect(only(ds, 'SOP-P26').map(d => d.range.start)).toEqual([at(moved, 'kepala) > ketua')]);
        expect(only(ds, 'SOP-P26')[0].severity).toBe(2);
    });

    it('a capsule opening a later row is drawn where it is and warned (SOP-P26); a capsule further along a row is an end', async () => {
        const two = text.replace('6 unggah anggota > (anggota)', '6 unggah (anggota) > anggota');
        const { model, diagnostics } = await modelOf(two);
        expect(only(diagnostics, 'SOP-P26').map(d => d.range.start)).toEqual([at(two, 'anggota) > anggota "Mengunggah')]);
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
        const capsule = model.nodes.find(n => n.id === 'unggah')!;
        expect([capsule.kind, capsule.isStart, capsule.isEnd]).toEqual(['start', false, false]);
        const ends = sop(['a', 'b', 'c'], [`1 x (a) > b "Memulai" ${cells}`, `2 y c > (a) > (b) "Mengakhiri" ${cells}`, '  c: -> .a, .b']);
        const m2 = (await modelOf(ends)).model;
        expect(m2.nodes.filter(n => n.row === 1).map(n => `${n.id}:${n.kind}:${n.isEnd}`)).toEqual(['y:process:false', 'y.a:end:true', 'y.b:end:true']);
        expect(m2.edges.filter(e => e.from.startsWith('y')).map(e => `${e.from}>${e.to}`)).toEqual(['y>y.a', 'y>y.b']);
    });

    it('counts each row\'s time once on the critical path', async () => {
        const { model } = await modelOf(text);
        expect(model.criticalPath.maxMinutes).toBe(6 * 5);
        expect(model.criticalPath.unknownNodeIds).toEqual([]);
    });

    it('reports a flow line naming a column the row has no symbol in (SOP-P25), at the pelaksana', async () => {
        const bad = text.replace('  anggota: ya -> .ketua', '  bps: ya -> .ketua');
        const found = only(await validate(bad), 'SOP-P25');
        expect(found.map(d => d.range.start)).toEqual([at(bad, 'bps: ya')]);
        expect(found[0].severity).toBe(1);
        const target = text.replace('tidak -> monitor.bps', 'tidak -> monitor.kepala');
        expect(only(await validate(target), 'SOP-P25').map(d => d.range.start)).toEqual([at(target, 'kepala', 'tidak -> monitor.')]);
    });
});

describe('forks, dead ends, direct ends', () => {
    const text = sop(['subject', 'layanan'], [
        `1 ajukan (subject) > layanan "Mengajukan permintaan" ${cells}`,
        `2 verifikasi layanan? "Memverifikasi permintaan" ${cells}`,
        '  ya -> serah  tidak -> mulai',
        `3 serah layanan > subject "Menyerahkan barang" ${cells} buntu`,
        '  layanan: -> .subject, simpan',
        `4 simpan (layanan) "Menyimpan bon" ${cells}`,
    ]);

    it('writes a fork as signed and warns once (SOP-P23), at the flow', async () => {
        const found = only(await validate(text), 'SOP-P23');
        expect(found.map(d => d.range.start)).toEqual([at(text, '-> .subject, simpan')]);
        expect(found[0].severity).toBe(2);
        expect(found[0].message).toContain('serah');
    });

    it('writes a dead end as signed and warns once (SOP-P24), never as a broken flow', async () => {
        const ds = await validate(text);
        expect(only(ds, 'SOP-P24').map(d => d.range.start)).toEqual([at(text, 'buntu')]);
        expect(only(ds, 'SOP-P24')[0].severity).toBe(2);
        expect(only(ds, 'SOP-P09')).toEqual([]);
    });

    it('sends `-> mulai` to the start capsule and `-> selesai` to the end', async () => {
        const { model } = await modelOf(text.replace('ya -> serah', 'ya -> selesai'));
        expect(model.edges.filter(e => e.from === 'verifikasi').map(e => `${e.label}>${e.to}`)).toEqual(['ya>simpan', 'tidak>ajukan']);
    });

    it('without `buntu` the last symbol of the row would run on to the next row: an arrow the signed table does not have', async () => {
        const { model } = await modelOf(text.replace(' buntu\n', '\n'));
        expect(model.edges.some(e => e.from === 'serah.subject' && e.to === 'simpan')).toBe(true);
        expect(model.nodes.find(n => n.id === 'serah.subject')!.deadEnd).toBeUndefined();
    });
});

describe('step numbers (SOP-P11) are reported once, where they go wrong', () => {
    const row = (n: string, id: string) => `${n}${id} admin "Memproses ${id}" ${cells}`;
    const two = ['admin', 'kepala'];

    it('a repeated number: one warning on the repeat, later rows count on', async () => {
        const text = sop(two, [row('1 ', 'a'), row('2 ', 'b'), row('2 ', 'c'), row('3 ', 'd'), row('4 ', 'e')].map((r, i) => (i === 1 ? r.replace('admin', 'kepala') : r)));
        const found = only(await validate(text), 'SOP-P11');
        expect(found.map(d => d.range.start)).toEqual([at(text, '2 c')]);
        expect(found[0].message).toContain('should be 3');
    });

    it('a skipped number: one warning where the gap is', async () => {
        const text = sop(two, [row('1 ', 'a'), row('2 ', 'b'), row('4 ', 'c'), row('5 ', 'd')].map((r, i) => (i === 1 ? r.replace('admin', 'kepala') : r)));
        expect(only(await validate(text), 'SOP-P11').map(d => d.range.start)).toEqual([at(text, '4 c')]);
    });

    it('unnumbered rows are numbered from the row above, without a warning', async () => {
        const text = sop(two, [row('1 ', 'a'), row('', 'b'), row('3 ', 'c')].map((r, i) => (i === 1 ? r.replace('admin', 'kepala') : r)));
        const { model, diagnostics } = await modelOf(text);
        expect(only(diagnostics, 'SOP-P11')).toEqual([]);
        expect(model.rows.map(r => r.number)).toEqual([1, 2, 3]);
    });
});

describe('`simbol` draws what it names', () => {
    it('a diamond named on a step without branches is drawn as a diamond and warned (SOP-P05K)', async () => {
        const text = sop(['admin', 'kepala'], [`a admin "Menerima surat" ${cells} simbol ketupat`, `b kepala "Menelaah surat" ${cells}`]);
        const { model, diagnostics } = await modelOf(text);
        expect(model.nodes[0].kind).toBe('decision');
        expect(only(diagnostics, 'SOP-P05K').map(d => d.range.start)).toEqual([at(text, 'ketupat')]);
    });

    it('a box named on the first step draws a box, without a warning', async () => {
        const text = sop(['admin', 'kepala'], [`a admin "Menerima surat" ${cells} simbol kotak`, `b kepala "Menelaah surat" ${cells}`]);
        const { model, diagnostics } = await modelOf(text);
        expect([model.nodes[0].kind, model.nodes[0].isStart]).toEqual(['process', true]);
        expect(only(diagnostics, 'SOP-P05K')).toEqual([]);
    });
});

describe('words of the language as ids', () => {
    it('takes field words as step and pelaksana ids, and flow words as ids of numbered rows and targets', async () => {
        const text = sop(['unit', 'nomor'], [
            `1 judul unit "Menerima berkas" ${cells}`,
            `2 periksa nomor? "Memeriksa berkas" ${cells}`,
            '  ya -> serahkan  tidak -> judul',
            `3 serahkan unit "Menyerahkan berkas" ${cells}`,
            `4 selesai nomor "Mengarsipkan berkas" ${cells}`,
        ]);
        const { model, diagnostics } = await modelOf(text);
        expect(diagnostics.filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
        expect(model.rows.map(r => r.id)).toEqual(['judul', 'periksa', 'serahkan', 'selesai']);
        expect(model.edges.filter(e => e.kind === 'branch').map(e => e.to)).toEqual(['serahkan', 'judul']);
    });

    it('says that a word is reserved where it would be ambiguous, with one error', async () => {
        const text = sop(['admin', 'kepala'], [`selesai admin "Menerima surat" ${cells}`, `b kepala "Menelaah surat" ${cells}`]);
        const syntax = (await validate(text)).filter(d => d.severity === 1 && !String(d.code ?? '').startsWith('SOP'));
        expect(syntax[0].message).toContain('"selesai" is a reserved word');
        expect(syntax[0].range.start).toEqual(at(text, 'selesai admin'));
    });
});

describe('templates', () => {
    const template = 'templat Kantor "Templat kantor" {\n  kertas F4\n  label "kegiatan" "Aktivitas"\n  kolom-keterangan tidak\n}\n';
    const rows = [`a admin "Menerima surat" ${cells}`, `b kepala "Menelaah surat" ${cells}`];

    it('applies a template named by the SOP, with the SOP\'s own settings on top', async () => {
        const text = sop(['admin', 'kepala'], rows, '  templat Kantor\n  nomor-kolom ya\n  label "kegiatan" "Uraian Prosedur"');
        const { model, diagnostics } = await modelOf(text, { 'templat.sop': template });
        expect(diagnostics.filter(d => d.severity === 1)).toEqual([]);
        expect(model.template).toMatchObject({ id: 'Kantor', paper: 'F4', notesColumn: false, columnNumbers: true, labels: { activity: 'Uraian Prosedur' } });
    });

    it('gives the SOPs of a book the book\'s template', async () => {
        const book = 'koleksi Buku "Buku SOP" {\n  templat Kantor\n  isi Uji\n}\n';
        const { model } = await modelOf(sop(['admin', 'kepala'], rows), { 'templat.sop': template, 'buku.sop': book });
        expect(model.template.paper).toBe('F4');
    });

    it('reports an unknown setting value (DOC-06) and an unknown template (DOC-07) where they are written', async () => {
        const text = sop(['admin', 'kepala'], rows, '  templat Hilang\n  kertas A3');
        const ds = await validate(text);
        expect(only(ds, 'DOC-06').map(d => d.range.start)).toEqual([at(text, 'A3')]);
        expect(only(ds, 'DOC-06')[0].message).toContain('F4');
        expect(only(ds, 'DOC-07').map(d => d.range.start)).toEqual([at(text, 'Hilang')]);
    });
});

describe('one typo, one error', () => {
    const text = sop(['kepala', 'ketua', 'anggota', 'bps'], [
        `1 data (kepala) > ketua > anggota > bps "Melakukan pendataan" ${cells}`,
        `2 monitor bps > anggota? "Memonitoring entri data" ${cells}`,
        '  ya -> periksa  tidak -> .bps',
        `3 periksa anggota? "Memeriksa hasil entri" ${cells}`,
        '  ya -> cek  tidak -> monitor.bps',
        `4 cek <anggota "Sesuai?"> > ketua? "Memeriksa BRS" ${cells}`,
        '  ya -> unggah  tidak -> periksa',
        '  anggota: ya -> .ketua  tidak -> periksa',
        `5 unggah anggota > (anggota) "Mengunggah BRS" ${cells}`,
    ]);
    const cases: Array<[string, string, string]> = [
        ['a missing > between two symbols', '(kepala) > ketua > anggota', '(kepala) > ketua anggota'],
        ['an unclosed diamond', '<anggota "Sesuai?"> > ketua?', '<anggota "Sesuai?" > ketua?'],
        ['a flow line without its colon', '  anggota: ya', '  anggota ya'],
        ['a branch without its arrow', 'tidak -> .bps', 'tidak .bps'],
        ['a missing bar between cells', `"Memeriksa hasil entri" | "Data" | 5 menit | "Data diproses"`, `"Memeriksa hasil entri" | "Data" | 5 menit "Data diproses"`],
    ];

    it('the clean text has no error and no procedure warning', async () => {
        const ds = await validate(text);
        expect(ds.filter(d => d.severity === 1 || String(d.code).startsWith('SOP-P')).map(d => `${d.code} ${d.message}`)).toEqual([]);
    });

    for (const [why, from, to] of cases) {
        it(`${why}: exactly one diagnostic, the syntax error on that line`, async () => {
            const broken = text.replace(from, to);
            expect(broken).not.toBe(text);
            const ds = (await validate(broken)).filter(d => d.severity === 1 || String(d.code).startsWith('SOP-P'));
            expect(ds.map(d => `${d.range.start.line}: ${d.message}`)).toHaveLength(1);
            expect(ds[0].range.start.line).toBe(at(broken, to).line);
        });
    }
});

/** Two diamonds in the Teknisi column of one row, told apart by their place (as in the signed SOP 050). */
const twoInOneColumn = sop(['pegawai', 'teknisi'], [
    `1 ajukan (pegawai) > teknisi "Mengajukan tiket" ${cells}`,
    `2 periksa teknisi? > teknisi? "Memeriksa kerusakan" ${cells}`,
    '  "Rusak ringan" -> perbaiki  "Rusak berat" -> kirim',
    '  1: "Ada garansi" -> kirim  "Tidak ada" -> .2',
    `3 perbaiki teknisi "Memperbaiki" ${cells}  selesai`,
    `4 kirim pegawai "Mengirim ke rekanan" ${cells}`,
]);

describe('two symbols of one column in a row', () => {
    const text = twoInOneColumn;

    it('are told apart by their place in the row: `1:` for a flow line, `.2` or `row.2` for a target', async () => {
        const { model, diagnostics } = await modelOf(text);
        expect(diagnostics.filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
        expect(model.edges.filter(e => e.from.startsWith('periksa')).map(e => `${e.from}>${e.to}:${e.label}`).sort()).toEqual([
            'periksa.2>kirim:Rusak berat', 'periksa.2>perbaiki:Rusak ringan', 'periksa>kirim:Ada garansi', 'periksa>periksa.2:Tidak ada',
        ]);
    });

    it('a place the row does not have is SOP-P25; a drawn diamond without branches is SOP-P07', async () => {
        const bad = text.replace('"Tidak ada" -> .2', '"Tidak ada" -> .3');
        expect(only(await validate(bad), 'SOP-P25').map(d => d.range.start)).toEqual([at(bad, '3', '"Tidak ada" -> .')]);
        const bare = text.replace('  1: "Ada garansi" -> kirim  "Tidak ada" -> .2\n', '');
        expect(only(await validate(bare), 'SOP-P07').map(d => d.range.start)).toEqual([at(bare, 'teknisi? > teknisi?')]);
    });
});

describe('naming a symbol that is not there', () => {
    const text = twoInOneColumn;

    it('a column that holds two symbols is ambiguous (SOP-P27), with the places to choose from, and nothing else', async () => {
        const bad = text.replace('"Tidak ada" -> .2', '"Tidak ada" -> .teknisi');
        const ds = (await validate(bad)).filter(d => d.severity === 1);
        expect(ds.map(d => [d.code, d.range.start])).toEqual([['SOP-P27', at(bad, 'teknisi', '"Tidak ada" -> .')]]);
        expect(ds[0].message).toContain('.1 / .2');
    });

    it('a place the row does not have is one error (SOP-P25), without the unreachable rows it leaves behind', async () => {
        const bad = text.replace('"Tidak ada" -> .2', '"Tidak ada" -> .3');
        expect((await validate(bad)).filter(d => d.severity === 1).map(d => d.code)).toEqual(['SOP-P25']);
    });

    it('a plain symbol ending a longer row stays a box; a capsule with its own end flow is an end, not mid-flow', async () => {
        const rows = sop(['a', 'b'], [`1 x (a) > b "Memulai" ${cells}`, `2 y (b) > a "Mengakhiri" ${cells}`, '  1: selesai']);
        const { model, diagnostics } = await modelOf(rows);
        expect(model.nodes.filter(n => n.row === 1).map(n => `${n.kind}:${n.isEnd}`)).toEqual(['end:true', 'process:true']);
        expect(only(diagnostics, 'SOP-P26')).toEqual([]);
    });
});
