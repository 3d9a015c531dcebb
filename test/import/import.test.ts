/**
 * `sop import`: signed SOP PDFs (made in Word) and a PDF printed by our own exporter, read back into
 * the language. Ground truth: test/fixtures/import/*.json (neutral format, see packages/import/src/model.ts);
 * the corpus-wide measurement is scripts/import-corpus.ts, not a test.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareModels, formatSop, importPdf, writeNew, type ImportedSop } from '@sop/import';
import { runCli } from '../cli/cli-helpers.js';

const fixtures = path.resolve(__dirname, '../fixtures/import');
const pdf = (name: string) => readFileSync(path.join(fixtures, 'pdf', name));
const truthOf = (n: string) => JSON.parse(readFileSync(path.join(fixtures, `${n}.json`), 'utf8')) as ImportedSop & { pdf: string };
const temp: string[] = [];
afterAll(() => { for (const t of temp) rmSync(t, { recursive: true, force: true }); });

describe('ground truth fixtures', () => {
    const files = readdirSync(fixtures).filter(f => f.endsWith('.json'));

    it('at least five hand-checked documents of different templates', () => {
        expect(files.length).toBeGreaterThanOrEqual(5);
        const papers = new Set(files.map(f => { const t = truthOf(f.replace('.json', '')); return `${t.paper?.name}`; }));
        expect(papers.size).toBeGreaterThanOrEqual(2);
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

    for (const n of ['028', '035']) {
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

    it('writes what it doubts as a comment at the place it concerns', async () => {
        const r = await importPdf(pdf('035.pdf'), { source: '035.pdf' });
        for (const d of r.doubts) expect(r.text).toContain(`// import: ${d.message}`);
        expect(r.text).toMatch(/\n  maksud +"Menyusun Publikasi Analisis Isu Terkini Provinsi Bengkulu"\n/);
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
        const first = await runCli(['import', path.join(fixtures, 'pdf', '028.pdf'), '--out', dir]);
        expect(first.code).toBe(0);
        const written = path.join(dir, '028.sop');
        expect(existsSync(written)).toBe(true);
        writeFileSync(written, '// mine\n');
        const second = await runCli(['import', path.join(fixtures, 'pdf', '028.pdf'), '--out', dir]);
        expect(second.code).toBe(1);
        expect(readFileSync(written, 'utf8')).toBe('// mine\n');
        expect(second.err.join('\n')).toMatch(/never overwrites/);
        expect(() => writeNew(written, 'x')).toThrow(/never overwrites/);
    });

    it('reports as JSON with the summary of a folder', async () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-import-'));
        temp.push(dir);
        const r = await runCli(['import', path.join(fixtures, 'pdf'), '--out', dir, '--format', 'json']);
        const j = JSON.parse(r.out.join('\n')) as { files: number; imported: number; rows: number; symbols: number; arrows: number; results: Array<{ doubts: unknown[] }> };
        expect(j.files).toBe(3);
        expect(j.imported).toBe(3);
        expect(j.rows).toBeGreaterThanOrEqual(26);
        expect(j.results.every(x => Array.isArray(x.doubts))).toBe(true);
    });

    it('says what is wrong with its arguments', async () => {
        expect((await runCli(['import'])).code).toBe(2);
        expect((await runCli(['import', 'x.pdf', '--format', 'xml'])).code).toBe(2);
    });
});
