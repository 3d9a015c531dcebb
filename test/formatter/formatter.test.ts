import { afterEach, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { clearDocuments, expectFormatting, parseHelper } from 'langium/test';
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

async function formatText(text: string, lang?: 'id' | 'en'): Promise<string> {
    const doc = await parse(text);
    expect(doc.parseResult.parserErrors.map(e => e.message)).toEqual([]);
    const out = formatSopDocument(doc, { lang });
    expect(out).toBeDefined();
    return out!;
}

/** Formats, checks idempotence and that the syntax tree is unchanged; returns the result. */
async function checkStable(text: string, lang?: 'id' | 'en'): Promise<string> {
    const before = await parse(text);
    const once = await formatText(text, lang);
    const after = await parse(once);
    expect(after.parseResult.parserErrors).toEqual([]);
    expect(dumpAst(after.parseResult.value)).toEqual(dumpAst(before.parseResult.value));
    expect(await formatText(once, lang)).toBe(once);
    return once;
}

describe('canonical layout', () => {
    test('aligns field values, pelaksana and step columns; branches go under the text column', async () => {
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
        expect(out).toBe(`sop A "Judul" {
  nomor    "1"
  unit     "Unit"
  disahkan "Kepala" nama "X"
  pelaksana admin         "Admin"
  pelaksana kepala_bagian "Kepala Bagian"
  prosedur {
    terima  admin         "Menerima"     | "Surat"    | 5 menit          | "Diterima"
    periksa kepala_bagian "Memeriksa?"   | "Diterima" | 1-2 hari         | "Keputusan"
                          ya -> arsip  tidak -> terima
    arsip   admin         "Mengarsipkan" | "Surat"    | 30 menit - 1 jam | "Arsip"  selesai
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
    s1 a "Menerima" | "x" | 5 menit | "y"  selesai // akhir
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

    test('cells written on a continuation line stay there, under the text column', async () => {
        const out = await checkStable(`sop A {
  pelaksana a "A"
  prosedur {
    1 terima a "Menerima"
        | "Surat" | 5 menit | "Diterima"  mulai
    2 arsip a "Mengarsipkan" | "Surat" | 5 menit | "Arsip" selesai
  }
}`);
        expect(out).toContain(`    1 terima a "Menerima"\n               | "Surat" | 5 menit | "Diterima"  mulai\n    2 arsip  a "Mengarsipkan" | "Surat" | 5 menit | "Arsip"  selesai\n`);
    });

    test('rewrites keywords into English or Bahasa Indonesia without changing the tree', async () => {
        const text = 'sop A "T" {\n  nomor "1"\n  dibuat 2024-01-01\n  disahkan "K" nama "N"\n  pelaksana a "A" sistem\n  prosedur {\n    s a "Menerima" | "x" | 5 menit | "y"  mulai selesai\n  }\n}\n';
        const en = await checkStable(text, 'en');
        expect(en).toBe('sop A "T" {\n  number   "1"\n  created  2024-01-01\n  approved "K" name "N"\n  actor a "A" system\n  procedure {\n    s a "Menerima" | "x" | 5 menit | "y"  start end\n  }\n}\n');
        expect(await checkStable(en, 'id')).toBe('sop A "T" {\n  nomor    "1"\n  dibuat   2024-01-01\n  disahkan "K" nama "N"\n  pelaksana a "A" sistem\n  prosedur {\n    s a "Menerima" | "x" | 5 menit | "y"  mulai selesai\n  }\n}\n');
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
    s1 a  "Menerima"  | "x" | 5 menit  | "y" | "ket"  mulai simbol kapsul
    s2 bb "Memeriksa" | -   | "segera" | -
          ok -> s3  "tidak ok" -> s1
    bagian "Akhir"
    s3 a "Menyerahkan"  serahkan "SOP lain"
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
