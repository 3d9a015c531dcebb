/**
 * `sop export` of an SOP book (koleksi): the whole book in one file, every SOP of its contents
 * inside, in order, each starting on a new page, and a contents list whose page numbers are the
 * pages the SOPs start on, read back from the PDF with pdftotext (HTML→PDF by Chromium; DOCX
 * through LibreOffice, which computes Word's PAGEREF fields). The koleksi is exported alone: its
 * SOPs are found beside it, in other files.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing } from '../export/chromium-available.js';
import { EXAMPLES, docxToPdf, footerNumber, hasPdftotext, hasSoffice, pdfPages, sop, tocEntries } from './book-helpers.js';

let dir: string;
let cwd: string;
const BOOK = 'buku-sop-sekretariat';
const books = (ext: string) => path.join(dir, 'out', `${BOOK}.BukuSopUmpeg.${ext}`);
/** The SOPs of examples/buku-sop-sekretariat.sop in contents order: title and nomor. */
const SOPS = [
    { title: 'Pelayanan Administrasi Surat Masuk', number: '01/SOP/UMPEG/BAPPEDA/2013' },
    { title: 'Pelayanan Administrasi Surat Keluar', number: '02/SOP/UMPEG/BAPPEDA/2013' },
];

beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sop-book-'));
    for (const f of [`${BOOK}.sop`, 'surat-masuk.sop', 'surat-keluar.sop', 'standar-pelayanan-surat.sop', 'logo-contoh.png']) cpSync(path.join(EXAMPLES, f), path.join(dir, 'src', f));
    cwd = process.cwd();
    process.chdir(dir);
});
afterAll(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
});

/** Every SOP's identity page is the page its contents entry names, and the page numbers in the footers count through the book. */
function expectBookPages(pages: string[], label: string): void {
    const { tocPage, entries } = tocEntries(pages);
    expect(tocPage, `${label}: contents page`).toBe(3);
    expect(entries.map(e => e.title), `${label}: contents titles`).toEqual(SOPS.map(s => s.title));
    let previous = tocPage;
    for (const [i, s] of SOPS.entries()) {
        const page = entries[i].page;
        expect(page, `${label}: ${s.number} after the previous part`).toBeGreaterThan(previous);
        // The identity page of this SOP: its number and the "Nomor SOP" label, on the page the contents names and not before.
        const identity = new RegExp(`Nomor SOP\\s+${s.number.replace(/[/.]/g, '\\$&')}`);
        expect(pages[page - 1], `${label}: page ${page} is ${s.number}'s identity page`).toMatch(identity);
        const first = pages.findIndex(t => identity.test(t));
        expect(first + 1, `${label}: ${s.number} first appears on page ${page}`).toBe(page);
        previous = page;
    }
    // One page numbering through the book: every page after the cover shows its own number.
    pages.forEach((t, p) => { if (p > 0) expect(footerNumber(t), `${label}: footer of page ${p + 1}`).toBe(p + 1); });
}

describe.skipIf(!!chromiumMissing || !hasPdftotext)('the SOP book as PDF and HTML', () => {
    it('exports examples/buku-sop-sekretariat.sop alone as one PDF with every SOP and true contents page numbers', async () => {
        const r = await sop('export', `src/${BOOK}.sop`, '-f', 'pdf,html', '-o', 'out');
        expect(r.err).toEqual([]);
        expect(r.code).toBe(0);
        const pages = pdfPages(books('pdf'));
        expect(pages.length).toBe(8); // cover, decree, contents, explanation, 2 × (identity + table)
        expectBookPages(pages, 'pdf');
        // The HTML carries the same numbers in its contents list, and links to each part.
        const html = readFileSync(books('html'), 'utf8');
        const pageCells = [...html.matchAll(/<td class="toc-page">(\d*)<\/td>/g)].map(m => Number(m[1]));
        expect(pageCells).toEqual(tocEntries(pages).entries.map(e => e.page));
        expect(html).toContain('href="#sop-SuratMasuk"');
        expect(html).toContain('id="sop-SuratMasuk"');
        expect(html).not.toMatch(/<script/i);
    }, 120_000);

    it('prints the Standar Pelayanan that link to the book\'s SOPs with --with-service-standards', async () => {
        const r = await sop('export', `src/${BOOK}.sop`, '-f', 'pdf', '-o', 'out-sp', '--with-service-standards');
        expect(r.code).toBe(0);
        const pages = pdfPages(path.join(dir, 'out-sp', `${BOOK}.BukuSopUmpeg.pdf`));
        const toc = pages[2];
        expect(toc).toMatch(/Standar Pelayanan\s*\n\s*1\.\s+Pelayanan Administrasi Persuratan\s+(\d+)/);
        const spPage = Number(/Pelayanan Administrasi Persuratan\s+(\d+)/.exec(toc)![1]);
        expect(pages[spPage - 1]).toMatch(/STANDAR PELAYANAN/);
        expect(pages.slice(spPage).join('\n')).toMatch(/MAKLUMAT PELAYANAN/);
    }, 120_000);

    it('leaves an SOP that is not in the workspace out of the book and says so (DOC-05), never printing its id', async () => {
        const text = readFileSync(path.join(dir, 'src', `${BOOK}.sop`), 'utf8').replace('isi SuratMasuk, SuratKeluar', 'isi SuratMasuk, SuratHilang, SuratKeluar');
        const src = path.join(dir, 'missing');
        cpSync(path.join(dir, 'src'), src, { recursive: true });
        writeFileSync(path.join(src, `${BOOK}.sop`), text);
        const r = await sop('export', `missing/${BOOK}.sop`, '-f', 'html', '-o', 'out-missing', '--allow-draft');
        expect(r.err.join('\n')).toContain('SuratHilang');
        expect(r.err.join('\n')).toContain('DOC-05');
        const html = readFileSync(path.join(dir, 'out-missing', `${BOOK}.BukuSopUmpeg.html`), 'utf8');
        expect(html).not.toContain('SuratHilang');
        expect(html).toContain('Pelayanan Administrasi Surat Keluar');
    }, 120_000);
});

describe.skipIf(!!chromiumMissing || !hasPdftotext)('a book of every example SOP', () => {
    it('numbers the contents right across multi-page tables, page breaks, other papers and templates', async () => {
        const src = path.join(dir, 'all');
        cpSync(EXAMPLES, src, { recursive: true });
        const ids = ['BalanceCalibration', 'PendaftaranPasien', 'PerpustakaanSuratMasuk', 'PuskesmasSuratMasuk', 'BarangPersediaanKeluar', 'UnitKerjaPimpinan', 'SurveiHargaKonsumen', 'SuratKeluar', 'SuratMasuk'];
        writeFileSync(path.join(src, 'semua.sop'), `koleksi SemuaSop "Semua SOP Contoh" {\n  unit "Contoh"\n  isi ${ids.join(', ')}\n}\n`);
        // The SOPs in sub-folders are named as inputs; those beside the book are found on their own.
        const r = await sop('export', 'all/semua.sop', 'all/en/equipment-calibration.sop', 'all/real', '-f', 'pdf', '-o', 'out-all', '--allow-draft');
        expect(r.code).toBe(0);
        const pages = pdfPages(path.join(dir, 'out-all', 'semua.SemuaSop.pdf'));
        const toc = pages.find(t => /DAFTAR ISI/.test(t))!;
        const entries = [...toc.matchAll(/^\s*\d+\.\s+(.+?)\s{2,}(\S+)\s+(\d+)\s*$/gm)].map(m => ({ number: m[2], page: Number(m[3]) }));
        expect(entries).toHaveLength(ids.length);
        for (const e of entries) {
            const identity = new RegExp(`Nomor SOP\\s+${e.number.replace(/[/.()]/g, '\\$&')}`, 'i');
            expect(pages[e.page - 1], `page ${e.page}: ${e.number}`).toMatch(identity);
            expect(pages.findIndex(t => identity.test(t)) + 1, `${e.number} first on page ${e.page}`).toBe(e.page);
        }
        pages.forEach((t, p) => { if (p > 0) expect(footerNumber(t), `footer of page ${p + 1}`).toBe(p + 1); });
    }, 180_000);
});

describe.skipIf(!hasSoffice || !hasPdftotext)('the SOP book as DOCX', () => {
    it('opens in LibreOffice with every SOP and contents page numbers that match the pages', async () => {
        const r = await sop('export', `src/${BOOK}.sop`, '-f', 'docx', '-o', 'out');
        expect(r.code).toBe(0);
        const pages = pdfPages(docxToPdf(books('docx')));
        expectBookPages(pages, 'docx');
    }, 180_000);

    it('numbers its bookmarks the same however many books were rendered before', async () => {
        await sop('export', `src/${BOOK}.sop`, '-f', 'docx', '-o', 'again');
        const xml = (f: string) => execFileSync('unzip', ['-p', f, 'word/document.xml']).toString();
        const ids = (f: string) => [...xml(f).matchAll(/<w:bookmark(?:Start|End)[^>]*w:id="(\d+)"/g)].map(m => m[1]);
        expect(ids(path.join(dir, 'again', `${BOOK}.BukuSopUmpeg.docx`))).toEqual(['1', '1', '2', '2']);
        expect(ids(books('docx'))).toEqual(['1', '1', '2', '2']);
    });
});
