/**
 * `sop import`: signed SOP PDFs (made in Word) and a PDF printed by our own exporter, read back into
 * the language. Ground truth: test/fixtures/import/*.json (neutral format, see packages/import/src/model.ts);
 * the corpus-wide measurement is scripts/import-corpus.ts, not a test.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareModels, formatSop, importMessage, importMessages, importPdf, writeNew, type ImportedSop } from '@sop/import';
import { runCli } from '../cli/cli-helpers.js';

const fixtures = path.resolve(__dirname, '../fixtures/import');
const pdf = (name: string) => readFileSync(path.join(fixtures, 'pdf', name));
const truthOf = (n: string) => JSON.parse(readFileSync(path.join(fixtures, `${n}.json`), 'utf8')) as ImportedSop & { pdf: string; note: string };
/** Fixtures transcribed from the rendered pages without the importer (the others began as its drafts). */
const independent = (t: { note: string }) => /^Transcribed independently/.test(t.note);
const temp: string[] = [];
afterAll(() => { for (const t of temp) rmSync(t, { recursive: true, force: true }); });

describe('ground truth fixtures', () => {
    const files = readdirSync(fixtures).filter(f => f.endsWith('.json'));

    it('at least five hand-checked documents of different templates, three of them transcribed independently', () => {
        expect(files.length).toBeGreaterThanOrEqual(8);
        expect(files.filter(f => independent(truthOf(f.replace('.json', '')))).length).toBeGreaterThanOrEqual(3);
        const papers = new Set(files.map(f => { const t = truthOf(f.replace('.json', '')); return `${t.paper?.name}`; }));
        expect(papers.size).toBeGreaterThanOrEqual(3);
        for (const f of files) {
            const t = truthOf(f.replace('.json', ''));
            expect(t.pdf).toMatch(/^backend\/static\/sop\/documents\/.+\.pdf$/);
            expect(t.rows.length).toBeGreaterThan(0);
            for (const a of t.arrows) {
                expect(t.symbols.some(s => s.id === a.from)).toBe(true);
                expect(t.symbols.some(s => s.id === a.to)).toBe(true);
            }
        }
    });

    // every fixture whose PDF is small enough to be kept here (the others are measured on the corpus)
    for (const n of files.map(f => f.replace('.json', '')).filter(n => existsSync(path.join(fixtures, 'pdf', `${n}.pdf`)))) {
        it(`${n}: every identity field and the whole table and flowchart as transcribed`, async () => {
            const truth = truthOf(n);
            const r = await importPdf(pdf(`${n}.pdf`), { source: `${n}.pdf` });
            const c = compareModels(truth, r.model);
            expect(c.identity.wrong).toEqual([]);
            expect(c.columns.wrong).toEqual([]);
            expect(c.rows.wrong).toEqual([]);
            expect(c.symbols.correct / c.symbols.truth).toBeGreaterThanOrEqual(0.95);
            expect(c.arrows.correct / c.arrows.truth).toBeGreaterThanOrEqual(0.95);
            expect(c.labels.correct).toBe(c.labels.truth);
        });
    }
});

describe('the written .sop', () => {
    it('is canonical (formatter output), parses without syntax errors, keeps the template', async () => {
        const r = await importPdf(pdf('028.pdf'), { source: '028.pdf' });
        expect(r.syntaxErrors).toEqual([]);
        expect((await formatSop(r.text)).text).toBe(r.text);
        expect(r.text).toMatch(/\n  kertas +A4\n/);
        expect(r.text).toMatch(/\n  nomor +"SOP-028\/17000\/2025"\n/);
        expect(r.text).toContain('nip "19660825 198802 1 001"');
        expect(r.text).toMatch(/label +"kegiatan" "Aktivitas"/);
        // a decision with its two labelled branches, ids made from the activity text
        expect(r.text).toMatch(/\n +5 +menyetujuiSpp +<ppk "Setuju \?"> +"Menyetujui SPP".*Ya -> menyetujuiSpm +Tidak -> membuatSpp\n/);
    });

    it('writes what it doubts as a comment at the place it concerns, each doubt with its code', async () => {
        const r = await importPdf(pdf('035.pdf'), { source: '035.pdf' });
        expect(r.doubts.length).toBeGreaterThan(0);
        for (const d of r.doubts) {
            expect(r.text).toContain(`// import: ${d.message}`);
            expect(Object.keys(importMessages)).toContain(d.code);
            expect(d.message).toBe(importMessage(d.code, 'en', ...(d.args ?? [])));
        }
        expect(r.text).toMatch(/\n  maksud +"Menyusun Publikasi Analisis Isu Terkini Provinsi Bengkulu"\n/);
    });

    it('speaks Bahasa Indonesia when told to: doubts, comments and header', async () => {
        const r = await importPdf(pdf('185.pdf'), { source: '185.pdf', lang: 'id' });
        expect(r.doubts.map(d => d.code)).toEqual(['paperUnknown']);
        expect(r.doubts[0].message).toBe('ukuran halaman 990 × 765 pt bukan A4, F4, letter, atau legal; ditulis sebagai yang terdekat, legal');
        expect(r.text).toContain('// Diimpor oleh sop import dari 185.pdf (2 halaman).\n// 1 keraguan: cari "import:" dan periksa terhadap PDF-nya.\n');
        expect(r.text).toContain(`// import: ${r.doubts[0].message}\n`);
        expect(r.syntaxErrors).toEqual([]);
        // English unless told: the language is an option of each import, nothing is left behind
        const en = await importPdf(pdf('185.pdf'), { source: '185.pdf' });
        expect(en.text).toMatch(/^\/\/ Imported by sop import from 185\.pdf \(2 pages\)\.\n/);
        expect(en.doubts[0].message).toMatch(/^page size 990 × 765 pt/);
    });

    it('has every message in both languages, with the same placeholders', () => {
        for (const [code, p] of Object.entries(importMessages)) {
            const holes = (t: string) => [...t.matchAll(/\{(\d+)\}/g)].map(m => m[1]).sort().join(',');
            expect(p.id, code).not.toBe('');
            // the English header says "page"/"pages" ({2}); Indonesian has no plural
            if (code === 'headerImported') expect([holes(p.id), holes(p.en)]).toEqual(['0,1', '0,1,2']);
            else expect(holes(p.id), code).toBe(holes(p.en));
        }
    });
});

describe('a PDF printed by our own exporter', () => {
    it('reads back the rows, symbols of several per row, decisions and their labels', async () => {
        const r = await importPdf(pdf('exported-115.pdf'), { source: 'exported-115.pdf' });
        const m = r.model;
        expect(m.rows.map(x => x.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        expect(m.columns.pelaksana).toEqual(['Kepala', 'Ketua Tim Statistik Distribusi dan Jasa', 'Anggota Tim Statistik Distribusi dan Jasa', 'BPS Kab/Kota']);
        expect(m.symbols.filter(s => s.row === 1).map(s => `${s.kind}:${s.column}`)).toEqual(['capsule:0', 'box:1', 'box:2', 'box:3']);
        expect(m.symbols.filter(s => s.row === 8).map(s => s.kind)).toEqual(['diamond', 'diamond']);
        expect(m.arrows.length).toBe(18);
        expect(m.arrows.filter(a => a.label).length).toBe(8);
        expect(r.doubts).toEqual([]);
        expect(m.rows[0]).toMatchObject({ kegiatan: 'Melakukan pendataan Survei Harga Konsumen', waktu: '1 bulan', output: 'Data entri hasil pencacahan' });
    });
});

describe('sop import (command line)', () => {
    it('writes one .sop per PDF and never overwrites', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-import-'));
        temp.push(dir);
        const first = await runCli(['import', path.join(fixtures, 'pdf', '028.pdf'), '--out', dir, '--lang', 'en']);
        expect(first.code).toBe(0);
        const written = path.join(dir, '028.sop');
        expect(existsSync(written)).toBe(true);
        writeFileSync(written, '// mine\n');
        const second = await runCli(['import', path.join(fixtures, 'pdf', '028.pdf'), '--out', dir, '--lang', 'en']);
        expect(second.code).toBe(1);
        expect(readFileSync(written, 'utf8')).toBe('// mine\n');
        expect(second.err.join('\n')).toMatch(/never overwrites/);
        expect(() => writeNew(written, 'x')).toThrow(/never overwrites/);
    });

    it('reports as JSON with the summary of a folder', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-import-'));
        temp.push(dir);
        const r = await runCli(['import', path.join(fixtures, 'pdf'), '--out', dir, '--format', 'json', '--lang', 'en']);
        const j = JSON.parse(r.out.join('\n')) as { files: number; imported: number; rows: number; symbols: number; arrows: number; lang: string; results: Array<{ pdf: string; doubts: Array<{ where: string; code: string; message: string }> }> };
        expect(j.files).toBe(6);
        expect(j.imported).toBe(6);
        expect(j.rows).toBeGreaterThanOrEqual(26 + 27);
        expect(j.lang).toBe('en');
        expect(j.results.every(x => Array.isArray(x.doubts))).toBe(true);
        const paper = j.results.find(x => x.pdf.endsWith('185.pdf'))!.doubts;
        expect(paper).toEqual([{ where: 'paper', code: 'paperUnknown', args: [990, 765, 'legal'], message: 'page size 990 × 765 pt is none of A4, F4, letter, legal; written as the nearest, legal' }]);
    });

    it('reports and comments in Bahasa Indonesia with --lang id, the codes unchanged', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-import-'));
        temp.push(dir);
        const text = await runCli(['import', path.join(fixtures, 'pdf', '185.pdf'), '--out', dir, '--lang', 'id']);
        expect(text.code).toBe(0);
        expect(text.err[0]).toMatch(/185\.pdf → .*185\.sop \(8 baris, 8 simbol, 7 panah, 1 keraguan\)$/);
        expect(text.err[1]).toBe('    import: paper: ukuran halaman 990 × 765 pt bukan A4, F4, letter, atau legal; ditulis sebagai yang terdekat, legal');
        expect(text.err[text.err.length - 1]).toMatch(/^1 berkas: 1 diimpor, 0 tidak ditulis \(sudah ada\), 0 hasil pindai, 0 gagal; 8 baris, 8 simbol, 7 panah; 1 berkas dengan keraguan \(1\); [\d.]+ dtk$/);
        const sop = readFileSync(path.join(dir, '185.sop'), 'utf8');
        expect(sop).toMatch(/^\/\/ Diimpor oleh sop import dari 185\.pdf \(2 halaman\)\.\n/);
        expect(sop).toContain('// import: ukuran halaman 990 × 765 pt bukan A4');
        expect(sop).not.toMatch(/Imported by|page size/);
        const again = await runCli(['import', path.join(fixtures, 'pdf', '185.pdf'), '--out', dir, '--lang', 'id', '--format', 'json']);
        expect(again.code).toBe(1);
        const j = JSON.parse(again.out.join('\n')) as { lang: string; results: Array<{ status: string; error: string; doubts: Array<{ code: string; message: string }> }> };
        expect(j.lang).toBe('id');
        expect(j.results[0].status).toBe('exists');
        expect(j.results[0].error).toMatch(/sudah ada; impor tidak pernah menimpa berkas/);
        expect(j.results[0].doubts.map(d => d.code)).toEqual(['paperUnknown']);
        expect(j.results[0].doubts[0].message).toMatch(/^ukuran halaman 990 × 765 pt/);
    });

    it('says what is wrong with its arguments', async () => {
        expect((await runCli(['import'])).code).toBe(2);
        expect((await runCli(['import', 'x.pdf', '--format', 'xml'])).code).toBe(2);
        expect((await runCli(['import', 'x.pdf', '--lang', 'fr'])).code).toBe(2);
    });
});
