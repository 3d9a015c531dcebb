import { afterEach, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { clearDocuments, expectFormatting, parseHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ast } from '@sop/language';
import { testServices } from '../helpers/sop-test-services.js';
import { formatSopDocument } from '../../packages/language/src/lsp/sop-layout.js';
import { dumpAst } from './ast-dump.js';
import { generateDocument } from './generated-documents.js';

const services = testServices();
const parse = parseHelper<ast.Model>(services);
const formatting = expectFormatting(services);
afterEach(() => clearDocuments(services));

/** Every `.sop` file under examples/ (written by another engineer; globbed at test time). */
function exampleFiles(dir = 'examples'): string[] {
    let out: string[] = [];
    for (const name of readdirSync(dir).sort()) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) out = out.concat(exampleFiles(full));
        else if (name.endsWith('.sop')) out.push(full);
    }
    return out;
}

async function formatText(text: string, lang?: 'id' | 'en', width?: number): Promise<string> {
    const doc = await parse(text);
    expect(doc.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    const out = formatSopDocument(doc, { lang, width });
    expect(out).toBeDefined();
    return out!;
}

/** Formats, checks idempotence and that the syntax tree is unchanged; returns the result. */
async function checkStable(text: string, lang?: 'id' | 'en', width?: number): Promise<string> {
    const before = await parse(text);
    const once = await formatText(text, lang, width);
    const after = await parse(once);
    expect(after.parseResult.parserErrors).toEqual([]);
    expect(dumpAst(after.parseResult.value)).toEqual(dumpAst(before.parseResult.value));
    expect(await formatText(once, lang, width)).toBe(once);
    return once;
}

/**
 * A step line as the layout prints it inside `prosedur` (indentation 4): each part at its column,
 * counted from the indentation, so the tab stops are written out in the expectations.
 */
function at(...parts: Array<[number, string]>): string {
    let line = '';
    for (const [column, text] of parts) line = line.padEnd(column) + text;
    return '    ' + line;
}

describe('canonical layout', () => {
    test('aligns field values and pelaksana; a step is one line at fixed tab stops, branches included', async () => {
        const out = await checkStable(`sop A "Judul" {
nomor "1"
   unit    "Unit"
 disahkan "Kepala" nama "X"
pelaksana admin "Admin"
pelaksana kepala_bagian "Kepala Bagian"
prosedur {
terima admin "Menerima" | "Surat" | 5 menit | "Diterima"
periksa kepala_bagian "Memeriksa?" | "Diterima" | 1-2 hari | "Keputusan"    ya -> arsip tidak -> terima
arsip admin "Mengarsipkan" | "Surat" | 30 menit - 1 jam | "Arsip" selesai
}
}`);
        // Stops (from the indentation): pelaksana 16, kegiatan 28, kelengkapan 92, waktu 124,
        // output 136; a cell that reaches the next stop pushes the rest of its own line only.
        expect(out).toBe(`sop A "Judul" {
  nomor    "1"
  unit     "Unit"
  disahkan "Kepala" nama "X"
  pelaksana admin         "Admin"
  pelaksana kepala_bagian "Kepala Bagian"
  prosedur {
${at([0, 'terima'], [16, 'admin'], [28, '"Menerima"'], [92, '| "Surat"'], [124, '| 5 menit'], [136, '| "Diterima"'])}
${at([0, 'periksa'], [16, 'kepala_bagian'], [30, '"Memeriksa?"'], [92, '| "Diterima"'], [124, '| 1-2 hari'], [136, '| "Keputusan"  ya -> arsip  tidak -> terima'])}
${at([0, 'arsip'], [16, 'admin'], [28, '"Mengarsipkan"'], [92, '| "Surat"'], [124, '| 30 menit - 1 jam'], [143, '| "Arsip"  selesai'])}
  }
}
`);
    });

    test('expectFormatting through the LSP formatter service', async () => {
        await formatting({
            before: 'sop A "T" {\nnomor "1"\n  unit "U"\n}',
            after: 'sop A "T" {\n  nomor "1"\n  unit  "U"\n}\n',
        });
    });

    test('keeps comments where they are and collapses blank lines to one', async () => {
        const out = await checkStable(`// kepala berkas
sop A "T" { // sesudah kurung


  nomor "1" // nomor resmi
  /* blok */
  unit "U"



  dasar-hukum {
    "A" // pertama
    // sebelum B
    "B"
  }
  pelaksana a "A"
  prosedur {
    // langkah-langkah
    s1 a "Menerima" | "x" | 5 menit | "y" selesai // akhir
  }
} // selesai
`);
        expect(out).toBe(`// kepala berkas
sop A "T" { // sesudah kurung
  nomor "1" // nomor resmi
  /* blok */
  unit "U"

  dasar-hukum {
    "A" // pertama
    // sebelum B
    "B"
  }
  pelaksana a "A"
  prosedur {
    // langkah-langkah
${at([0, 's1'], [16, 'a'], [28, '"Menerima"'], [92, '| "x"'], [124, '| 5 menit'], [136, '| "y"  selesai // akhir'])}
  }
} // selesai
`);
    });

    test('a blank line or a comment starts a new alignment group', async () => {
        const out = await checkStable('sop A {\n  nomor "1"\n  dasar-hukum-xx "x"\n}\n'.replace('dasar-hukum-xx "x"', 'unit "U"\n\n  peringatan "P"\n  dibuat 2024-01-01'));
        expect(out).toBe('sop A {\n  nomor "1"\n  unit  "U"\n\n  peringatan "P"\n  dibuat     2024-01-01\n}\n');
    });

    test('long inline lists break into one item per line; short ones stay inline', async () => {
        const long = Array.from({ length: 8 }, (_, i) => `"Peralatan nomor ${i + 1}"`).join(' ');
        const out = await checkStable(`sop A {\n  peralatan { ${long} }\n  pencatatan { "Buku", "Kartu" }\n}`);
        expect(out.split('\n').slice(0, 3)).toEqual(['sop A {', '  peralatan {', '    "Peralatan nomor 1"']);
        expect(out).toContain('  pencatatan { "Buku", "Kartu" }\n');
    });

    test('cells, flows and symbol flows written on continuation lines join the step\'s line', async () => {
        const out = await checkStable(`sop A {
  pelaksana a "A"
  pelaksana b "B"
  prosedur {
    1 terima a "Menerima"
        | "Surat" | 5 menit | "Diterima"  mulai
    2 periksa a > b? "Memeriksa" | "Surat" | 5 menit | "Periksa"
        ya -> arsip  tidak -> terima
        a: -> .b, arsip
    3 arsip a "Mengarsipkan" | "Surat" | 5 menit | "Arsip"
        selesai
  }
}`);
        expect(out).toBe(`sop A {
  pelaksana a "A"
  pelaksana b "B"
  prosedur {
${at([0, '1'], [3, 'terima'], [16, 'a'], [28, '"Menerima"'], [92, '| "Surat"'], [124, '| 5 menit'], [136, '| "Diterima"  mulai'])}
${at([0, '2'], [3, 'periksa'], [16, 'a > b?'], [28, '"Memeriksa"'], [92, '| "Surat"'], [124, '| 5 menit'], [136, '| "Periksa"  ya -> arsip  tidak -> terima  a: -> .b, arsip'])}
${at([0, '3'], [3, 'arsip'], [16, 'a'], [28, '"Mengarsipkan"'], [92, '| "Surat"'], [124, '| 5 menit'], [136, '| "Arsip"  selesai'])}
  }
}
`);
    });

    test('rewrites keywords into English or Bahasa Indonesia without changing the tree', async () => {
        const text = 'sop A "T" {\n  nomor "1"\n  dibuat 2024-01-01\n  disahkan "K" nama "N"\n  pelaksana a "A" sistem\n  prosedur {\n    s a "Menerima" | "x" | 5 menit | "y"  mulai selesai\n  }\n}\n';
        const en = await checkStable(text, 'en');
        const step = (flow: string) => at([0, 's'], [16, 'a'], [28, '"Menerima"'], [92, '| "x"'], [124, '| 5 menit'], [136, `| "y"  ${flow}`]);
        expect(en).toBe(`sop A "T" {\n  number   "1"\n  created  2024-01-01\n  approved "K" name "N"\n  actor a "A" system\n  procedure {\n${step('start end')}\n  }\n}\n`);
        expect(await checkStable(en, 'id')).toBe(`sop A "T" {\n  nomor    "1"\n  dibuat   2024-01-01\n  disahkan "K" nama "N"\n  pelaksana a "A" sistem\n  prosedur {\n${step('mulai selesai')}\n  }\n}\n`);
    });

    test('every kind of member: book, variants, flags, history, sections, symbols, hand-over', async () => {
        const text = `koleksi BukuSop "Buku SOP" {
  tahun "2024"
  isi { SuratMasuk, "SOP lain" }
  penetapan "SK 1" tanggal 2024-01-01 oleh "Kepala" nama "N"
}
standar-pelayanan Sp "Layanan" {
  jangka-waktu {
    "Baru" 1-2 hari
    "Perpanjangan lama" segera // cepat
  }
  dipublikasikan
  konsultasi-publik "7 Januari 2022" peserta {
    "Warga" // perwakilan
    "Tokoh"
  }
}
sop SuratMasuk "Masuk" {
  profil generic
  riwayat {
    "1.0" 2024-01-01 "Terbit"
    "1.1" - "Revisi kecil"
  }
  pelaksana a "A" sistem
  pelaksana bb "B"
  prosedur {
    bagian "Penerimaan"
    s1 a "Menerima" | "x" | 5 menit | "y" | "ket" mulai simbol kapsul
    s2 bb "Memeriksa"   | -   | "segera" | -
       ok -> s3 "tidak ok" -> s1
    bagian "Akhir"
    s3 a "Menyerahkan" serahkan "SOP lain"
  }
}
`;
        expect(await checkStable(text)).toBe(`koleksi BukuSop "Buku SOP" {
  tahun     "2024"
  isi       { SuratMasuk, "SOP lain" }
  penetapan "SK 1" tanggal 2024-01-01 oleh "Kepala" nama "N"
}
standar-pelayanan Sp "Layanan" {
  jangka-waktu {
    "Baru"              1-2 hari
    "Perpanjangan lama" segera // cepat
  }
  dipublikasikan
  konsultasi-publik "7 Januari 2022" peserta {
    "Warga" // perwakilan
    "Tokoh"
  }
}
sop SuratMasuk "Masuk" {
  profil generic
  riwayat {
    "1.0" 2024-01-01 "Terbit"
    "1.1" -          "Revisi kecil"
  }
  pelaksana a  "A" sistem
  pelaksana bb "B"
  prosedur {
    bagian "Penerimaan"
${at([0, 's1'], [16, 'a'], [28, '"Menerima"'], [92, '| "x"'], [124, '| 5 menit'], [136, '| "y"'], [168, '| "ket"  mulai simbol kapsul'])}
${at([0, 's2'], [16, 'bb'], [28, '"Memeriksa"'], [92, '| -'], [124, '| "segera"'], [136, '| -  ok -> s3  "tidak ok" -> s1'])}
    bagian "Akhir"
${at([0, 's3'], [16, 'a'], [28, '"Menyerahkan"  serahkan "SOP lain"'])}
  }
}
`);
    });

    test('a file with syntax errors is never rewritten', async () => {
        const doc = await parse('sop A {\n  nomor\n}');
        expect(formatSopDocument(doc)).toBeUndefined();
        expect(await services.lsp.Formatter!.formatDocument(doc, { textDocument: { uri: doc.uri.toString() }, options: { tabSize: 2, insertSpaces: true } })).toEqual([]);
    });
});

describe('steps that diff well', () => {
    const sop = (steps: string) => `sop A {\n  pelaksana a "A"\n  pelaksana b "B"\n  prosedur {\n${steps}\n  }\n}\n`;

    test('a long id, chain of symbols, text or cell pushes only its own line; later stops take it back', async () => {
        const out = await checkStable(sop([
            '    1 terima a "Menerima" | "Surat" | 5 menit | "Diterima"',
            '    2 pemeriksaanKelengkapanBerkas a > b? "Memeriksa" | "Surat" | 5 menit | "Periksa" ya -> arsip tidak -> terima',
            '    3 arsip a "Mengarsipkan surat yang sudah diperiksa dan dicatat di buku agenda serta kartu kendali" | "Surat" | 1-2 hari kerja | "Arsip" selesai',
        ].join('\n')));
        expect(out.split('\n').slice(4, 7)).toEqual([
            at([0, '1'], [3, 'terima'], [16, 'a'], [28, '"Menerima"'], [92, '| "Surat"'], [124, '| 5 menit'], [136, '| "Diterima"']),
            at([0, '2'], [3, 'pemeriksaanKelengkapanBerkas'], [32, 'a > b?'], [39, '"Memeriksa"'], [92, '| "Surat"'], [124, '| 5 menit'], [136, '| "Periksa"  ya -> arsip  tidak -> terima']),
            at([0, '3'], [3, 'arsip'], [16, 'a'], [28, '"Mengarsipkan surat yang sudah diperiksa dan dicatat di buku agenda serta kartu kendali"'], [117, '| "Surat"'], [127, '| 1-2 hari kerja'], [144, '| "Arsip"  selesai']),
        ]);
    });

    test('with a width, a longer step wraps: every continuation line starts with the step\'s marker', async () => {
        const text = sop([
            '    1 terima a "Menerima berkas dan surat masuk dari pengirim" | "Surat masuk", "Buku agenda" | 5 menit | "Surat masuk diterima" mulai',
            '    2 telaah b "Perlu ditindaklanjuti?" | "Surat" | 30 menit | "Keputusan" ya -> arsip tidak -> terima',
            '    3 arsip a "Mengarsipkan" selesai',
        ].join('\n'));
        const out = await checkStable(text, undefined, 80);
        expect(out.split('\n').slice(4, 11)).toEqual([
            at([0, '1'], [3, 'terima'], [16, 'a'], [28, '"Menerima berkas dan surat masuk dari pengirim"']),
            at([0, '/*terima*/'], [28, '| "Surat masuk", "Buku agenda" | 5 menit']),
            at([0, '/*terima*/'], [28, '| "Surat masuk diterima"  mulai']),
            at([0, '2'], [3, 'telaah'], [16, 'b'], [28, '"Perlu ditindaklanjuti?"']),
            at([0, '/*telaah*/'], [28, '| "Surat" | 30 menit | "Keputusan"']),
            at([0, '/*telaah*/'], [28, 'ya -> arsip  tidak -> terima']),
            at([0, '3'], [3, 'arsip'], [16, 'a'], [28, '"Mengarsipkan"  selesai']),
        ]);
        expect(out.split('\n').every(l => l.length <= 80)).toBe(true);
        // Windows line ends: the same layout, markers recognised again.
        expect(await checkStable(text.replace(/\n/g, '\r\n'), undefined, 80)).toBe(out.replace(/\n/g, '\r\n'));
        // Without a width the markers go and every step is one line again.
        expect(await checkStable(out)).toBe(await checkStable(text));
        // A renamed step gets its marker renamed at the next formatting.
        const renamed = out.replace('    1  terima', '    1  terimaSurat').replace(/-> terima$/m, '-> terimaSurat');
        expect(await checkStable(renamed, undefined, 80)).toContain(`${at([0, '/*terimaSurat*/'], [28, '| "Surat masuk", "Buku agenda" | 5 menit'])}\n`);
    });

    test('a comment inside a step other than a marker at the start of a line keeps the step as written', async () => {
        const written = '    1 terima a "Menerima" /*catatan*/ | "Surat" | 5 menit | "Diterima"\n      /* bukan penanda */ selesai';
        const out = await checkStable(sop(written));
        expect(out).toContain(`\n${written}\n`);
    });

    test('the editor\'s formatting follows the sop.format.width setting', async () => {
        const text = sop('    1 terima a "Menerima berkas dan surat masuk dari pengirim" | "Surat masuk" | 5 menit | "Diterima" mulai');
        const doc = await parse(text);
        const format = async () => TextDocument.applyEdits(doc.textDocument, await services.lsp.Formatter!.formatDocument(doc, { textDocument: { uri: doc.uri.toString() }, options: { tabSize: 2, insertSpaces: true } }));
        const config = services.shared.workspace.ConfigurationProvider as unknown as { updateConfiguration(change: { settings: unknown }): void };
        try {
            config.updateConfiguration({ settings: { sop: { format: { width: 80 } } } });
            expect((await format()).split('\n').slice(4, 6)).toEqual([
                at([0, '1'], [3, 'terima'], [16, 'a'], [28, '"Menerima berkas dan surat masuk dari pengirim"']),
                at([0, '/*terima*/'], [28, '| "Surat masuk" | 5 menit | "Diterima"  mulai']),
            ]);
            config.updateConfiguration({ settings: { sop: { format: { width: 0 } } } });
            expect((await format()).split('\n')[4]).toBe(at([0, '1'], [3, 'terima'], [16, 'a'], [28, '"Menerima berkas dan surat masuk dari pengirim"'], [92, '| "Surat masuk"'], [124, '| 5 menit'], [136, '| "Diterima"  mulai']));
        } finally {
            config.updateConfiguration({ settings: { sop: {} } });
        }
    });

    test('generated documents wrapped at 60 and at 100 columns: idempotent, the same syntax tree, no marker left unwrapped', async () => {
        for (let seed = 1; seed <= 60; seed++) {
            const text = generateDocument(seed);
            for (const width of [60, 100]) {
                const out = await checkStable(text, undefined, width);
                expect(await checkStable(out)).toBe(await checkStable(text));
            }
            await clearDocuments(services);
        }
    });
});

describe('stability', () => {
    const files = exampleFiles();
    test('there are examples to check', () => {
        expect(files.length).toBeGreaterThan(3);
    });
    test.each(files)('%s: idempotent, same syntax tree, in both keyword languages', async file => {
        const text = readFileSync(file, 'utf8');
        const once = await checkStable(text);
        // Every comment of the example survives.
        const comments = text.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g) ?? [];
        for (const c of comments) expect(once).toContain(c.trimEnd());
        await checkStable(text, 'en');
        await checkStable(text, 'id');
    });

    test('generated documents: idempotent and the same syntax tree (200 seeds)', async () => {
        for (let seed = 1; seed <= 200; seed++) {
            const text = generateDocument(seed);
            const doc = await parse(text);
            expect(doc.parseResult.parserErrors.map(e => `${seed}: ${e.message}`)).toEqual([]);
            await checkStable(text);
            if (seed % 10 === 0) { await checkStable(text, 'en'); await checkStable(text, 'id'); }
            await clearDocuments(services);
        }
    });
});
