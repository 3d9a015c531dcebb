/**
 * The monitoring form (Permenpan RB 35/2012, Tabel 7): a round exports as its filled form and a
 * book, with --monitoring-form, as its blank form (one row per SOP), in html, md, docx (opened in
 * LibreOffice) and pdf; user text is escaped; the formatter keeps the rows of a round.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing } from '../export/chromium-available.js';
import { EXAMPLES, docxToPdf, hasPdftotext, hasSoffice, pdfPages, sop } from './book-helpers.js';

let dir: string;
let cwd: string;
const ROUND = 'monitoring-2026-1.MonitoringSopUmpeg2026S1';
const BLANK = 'buku-sop-sekretariat.BukuSopUmpeg.monitoring-form';
const out = (name: string) => path.join(dir, 'out', name);

beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sop-monitoring-'));
    for (const f of ['buku-sop-sekretariat.sop', 'monitoring-2026-1.sop', 'surat-masuk.sop', 'surat-keluar.sop', 'logo-contoh.png']) cpSync(path.join(EXAMPLES, f), path.join(dir, 'src', f));
    cwd = process.cwd();
    process.chdir(dir);
    const r = await sop('export', 'src/monitoring-2026-1.sop', 'src/buku-sop-sekretariat.sop', '--monitoring-form', '-f', 'html,md,docx', '-o', 'out');
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
}, 60_000);
afterAll(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
});

describe('the monitoring form', () => {
    it('filled: the round\'s date, assessor, and per SOP the assessment, notes, action and initials (HTML)', () => {
        const html = readFileSync(out(`${ROUND}.html`), 'utf8');
        expect(html).toContain('Formulir Monitoring Pelaksanaan SOP');
        expect(html).toContain('15 Juni 2026');
        expect(html).toContain('Dra. Siti Aminah');
        const rows = [...html.matchAll(/<tr data-sop="(\w+)">(.*?)<\/tr>/g)].map(m => ({ id: m[1], ticks: [...m[2].matchAll(/<td class="tick">(.*?)<\/td>/g)].map(t => t[1]) }));
        expect(rows).toEqual([{ id: 'SuratMasuk', ticks: ['✓', ''] }, { id: 'SuratKeluar', ticks: ['', '✓'] }]);
        expect(html).toContain('Menyediakan buku agenda surat keluar kedua di ruang TU');
        expect(html).not.toMatch(/<script/i);
    });

    it('blank: one empty row per SOP of the book, lines to fill in (HTML and Markdown)', () => {
        const html = readFileSync(out(`${BLANK}.html`), 'utf8');
        const rows = [...html.matchAll(/<tr data-sop="(\w+)">/g)].map(m => m[1]);
        expect(rows).toEqual(['SuratMasuk', 'SuratKeluar']);
        expect(html).not.toContain('✓</td>');
        expect(html).toContain('class="fill"');
        const md = readFileSync(out(`${BLANK}.md`), 'utf8');
        expect(md.split('\n').filter(l => /^\| \d+ \|/.test(l))).toHaveLength(2);
    });

    it('filled Markdown is a GitHub table with the ticks in the right column', () => {
        const md = readFileSync(out(`${ROUND}.md`), 'utf8');
        expect(md).toContain('| 2 | Pelayanan Administrasi Surat Keluar<br>02/SOP/UMPEG/BAPPEDA/2013 | &nbsp; | ✓ |');
    });

    it('escapes user text: markup in a note stays text', async () => {
        const text = readFileSync(path.join(dir, 'src', 'monitoring-2026-1.sop'), 'utf8')
            .replace('"Surat masuk teregistrasi dan terdistribusi pada hari yang sama"', '"<script>alert(1)</script> | **tebal**"');
        writeFileSync(path.join(dir, 'src', 'evil.sop'), text.replace('MonitoringSopUmpeg2026S1', 'Evil'));
        const r = await sop('export', 'src/evil.sop', '-f', 'html,md', '-o', 'evil');
        expect(r.code).toBe(0);
        const html = readFileSync(path.join(dir, 'evil', 'evil.Evil.html'), 'utf8');
        expect(html).not.toContain('<script>');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        const md = readFileSync(path.join(dir, 'evil', 'evil.Evil.md'), 'utf8');
        expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*\\*tebal\\*\\*');
    });

    it.skipIf(!hasSoffice || !hasPdftotext)('DOCX: both forms open in LibreOffice with their rows', () => {
        const filled = pdfPages(docxToPdf(out(`${ROUND}.docx`))).join('\n');
        expect(filled).toMatch(/FORMULIR MONITORING PELAKSANAAN SOP/);
        expect(filled).toMatch(/Penomoran surat keluar sering/);
        expect(filled).toMatch(/Dra\. Siti Aminah/);
        const blank = pdfPages(docxToPdf(out(`${BLANK}.docx`))).join('\n');
        expect(blank).toMatch(/Pelayanan Administrasi Surat Masuk/);
        expect(blank).toMatch(/Pelayanan Administrasi Surat Keluar/);
        expect(blank).not.toMatch(/Siti Aminah/);
    }, 120_000);

    it.skipIf(!!chromiumMissing || !hasPdftotext)('PDF: the filled form on one landscape page', async () => {
        const r = await sop('export', 'src/monitoring-2026-1.sop', '-f', 'pdf', '-o', 'pdf');
        expect(r.code).toBe(0);
        const pages = pdfPages(path.join(dir, 'pdf', `${ROUND}.pdf`));
        expect(pages).toHaveLength(1);
        expect(pages[0]).toMatch(/Penilaian penerapan/);
        expect(pages[0]).toMatch(/Penomoran surat keluar sering/);
    }, 60_000);

    it('other formats of a round are skipped with a note; the formatter keeps its rows', async () => {
        const r = await sop('export', 'src/monitoring-2026-1.sop', '-f', 'svg', '-o', 'svg');
        expect(r.err.join('\n')).toContain('a monitoring round prints as its form');
        const f = await sop('fmt', '--check', 'src/monitoring-2026-1.sop');
        expect(f.code).toBe(0);
        const en = await sop('fmt', '--stdout', '--lang', 'en', 'src/monitoring-2026-1.sop');
        expect(en.out.join('\n')).toMatch(/SuratKeluar not-good \| "Penomoran/);
        expect(en.out.join('\n')).toMatch(/^monitoring MonitoringSopUmpeg2026S1/m);
    });
});
