/**
 * The three signed SOPs of BPS Provinsi Bengkulu in examples/real/, printed by the official
 * renderer in real headless Chromium, compared with what the signed originals show (transcribed
 * in examples/real/README.md): the same number of pages and paper, the same rows on each page in
 * the same order, every symbol in the same row and pelaksana column, the same arrows and branch
 * labels, off-page connectors where the original breaks, the template's headings.
 *
 * Screenshots and PDF pages go to test-results/official/real/. When SOP_REAL_ORIGINALS names a
 * folder with the signed PDFs (115.pdf, 003.pdf, 041.pdf), their pages are rasterised beside ours.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from '@sop/export';
import type { SopModel } from '@sop/language';
import { renderOfficialHtml } from '@sop/renderers';
import { openPage } from './chromium.js';
import { exampleFiles, loadModels, root } from './load-models.js';

interface Expected {
    /** File number of the original (115, 003, 041). */
    original: string;
    id: string;
    /** Pages of the whole PDF and their size in points (landscape). */
    pages: number;
    size: [number, number];
    /** Row numbers on each table page, in order. */
    tablePages: number[][];
    /** Every symbol: `row lane kind`. */
    symbols: string[];
    /** Every arrow: `row lane kind > row lane kind [label]`. */
    arrows: string[];
    /** Off-page connectors: `role row lane`. */
    connectors: string[];
    headings: { activity: string; inputs: string; notes: string | undefined; columnNumbers: boolean };
    diamondText: string[];
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

const expected: Expected[] = [
    {
        original: '115', id: 'SurveiHargaKonsumen', pages: 2, size: [792, 612], tablePages: [range(1, 10)],
        symbols: [
            '1 kepala start', '1 ketua process', '1 anggota process', '1 bps process', '2 bps process', '2 anggota decision',
            '3 anggota decision', '4 anggota process', '5 anggota process', '6 anggota process', '7 anggota process',
            '8 anggota decision', '8 ketua decision', '9 anggota process', '10 anggota end',
        ],
        arrows: [
            '1 kepala start > 1 ketua process', '1 ketua process > 1 anggota process', '1 anggota process > 1 bps process',
            '1 bps process > 2 bps process', '2 bps process > 2 anggota decision', '2 anggota decision > 3 anggota decision Ya',
            '2 anggota decision > 2 bps process Tidak', '3 anggota decision > 4 anggota process Ya', '3 anggota decision > 2 bps process Tidak',
            '4 anggota process > 5 anggota process', '5 anggota process > 6 anggota process', '6 anggota process > 7 anggota process',
            '7 anggota process > 8 anggota decision', '8 anggota decision > 8 ketua decision Ya', '8 anggota decision > 7 anggota process Tidak',
            '8 ketua decision > 9 anggota process Ya', '8 ketua decision > 7 anggota process Tidak', '9 anggota process > 10 anggota end',
        ],
        connectors: [],
        headings: { activity: 'Kegiatan', inputs: 'Kelengkapan', notes: 'Keterangan', columnNumbers: false },
        diamondText: [],
    },
    {
        original: '003', id: 'BarangPersediaanKeluar', pages: 3, size: [792, 612], tablePages: [range(1, 8), range(9, 12)],
        symbols: [
            '1 subject start', '1 layanan process', '2 layanan decision', '3 layanan process', '4 layanan process', '5 layanan process',
            '6 layanan process', '6 subject process', '7 layanan process', '8 operator process', '9 approver decision',
            '10 operator process', '11 approver process', '12 layanan end',
        ],
        arrows: [
            '1 subject start > 1 layanan process', '1 layanan process > 2 layanan decision', '2 layanan decision > 3 layanan process Ya',
            '2 layanan decision > 1 subject start Tidak', '3 layanan process > 4 layanan process', '4 layanan process > 5 layanan process',
            '5 layanan process > 6 layanan process', '6 layanan process > 6 subject process', '6 layanan process > 7 layanan process',
            '7 layanan process > 8 operator process', '8 operator process > 9 approver decision', '9 approver decision > 10 operator process Tidak',
            '9 approver decision > 11 approver process Ya', '10 operator process > 11 approver process', '11 approver process > 12 layanan end',
        ],
        connectors: ['out 8 operator', 'in 9 approver'],
        headings: { activity: 'Kegiatan', inputs: 'Kelengkapan', notes: 'Ket.', columnNumbers: true },
        diamondText: [],
    },
    {
        original: '041', id: 'UnitKerjaPimpinan', pages: 2, size: [842, 595], tablePages: [range(1, 9)],
        symbols: [
            '1 ketuaTim start', '1 ketuaTim process', '2 ketuaTim process', '3 ketuaProyek process', '4 supplier process',
            '5 ketuaTim decision', '6 ketuaProyek process', '7 layouter process', '8 ketuaTim decision', '9 ketuaTim process', '9 ketuaTim end',
        ],
        arrows: [
            '1 ketuaTim start > 1 ketuaTim process', '1 ketuaTim process > 2 ketuaTim process', '2 ketuaTim process > 3 ketuaProyek process',
            '3 ketuaProyek process > 4 supplier process', '4 supplier process > 5 ketuaTim decision', '5 ketuaTim decision > 6 ketuaProyek process Ya',
            '5 ketuaTim decision > 4 supplier process Tidak', '6 ketuaProyek process > 7 layouter process', '7 layouter process > 8 ketuaTim decision',
            '8 ketuaTim decision > 9 ketuaTim process Ya', '8 ketuaTim decision > 7 layouter process Tidak', '9 ketuaTim process > 9 ketuaTim end',
        ],
        connectors: [],
        headings: { activity: 'Aktivitas', inputs: 'Persyaratan/ Perlengkapan', notes: undefined, columnNumbers: false },
        diamondText: ['Sesuai?', 'Sesuai?'],
    },
];

const out = resolve(root, 'test-results/official/real');
let browser: Browser;
let page: Page;
let requests: string[];
let session: BrowserSession;
const models = new Map<string, SopModel>();

beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    const files = exampleFiles().filter(f => f.includes('/examples/real/'));
    for (const f of await loadModels(files)) for (const m of f.models) if (m.kind === 'sop') models.set(m.id, m);
    ({ browser, page, requests } = await openPage(1400));
    session = await launchBrowser();
});

afterAll(async () => {
    await browser?.close();
    await session?.close();
});

/** What the page shows, read from the DOM: symbols, arrows, connectors, rows per table page, headings. */
async function readTable(): Promise<{ symbols: Array<{ id: string; text: string; number: number; lane: string; kind: string; inColumn: boolean; inRow: boolean }>; pages: number[][]; connectors: string[]; edges: Array<{ edge: number; labels: string[] }>; headings: { activity: string; inputs: string; notes: string | undefined; numbers: number } }> {
    return page.evaluate(() => {
        const symbols = Array.from(document.querySelectorAll('g.sym')).map(g => {
            const box = g.getBoundingClientRect();
            const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
            const section = g.closest('section.proc-page')!;
            const th = Array.from(section.querySelectorAll('th.lane-head')).find(t => t.getAttribute('data-lane') === g.getAttribute('data-lane'))!.getBoundingClientRect();
            const tr = g.closest('tr')!;
            const row = tr.getBoundingClientRect();
            return {
                id: g.getAttribute('data-step')!, text: g.textContent ?? '', number: Number(tr.getAttribute('data-number')), lane: g.getAttribute('data-lane')!, kind: g.getAttribute('data-kind')!,
                inColumn: cx > th.left && cx < th.right && box.left >= th.left - 1 && box.right <= th.right + 1,
                inRow: cy > row.top && cy < row.bottom && box.top >= row.top - 1 && box.bottom <= row.bottom + 1,
            };
        });
        const pages = Array.from(document.querySelectorAll('section.proc-page')).map(s => Array.from(s.querySelectorAll('tr.step-row')).map(tr => Number(tr.getAttribute('data-number'))));
        const connectors = Array.from(document.querySelectorAll('g.offpage')).map(g => {
            const tr = g.closest('tr')!;
            const box = g.getBoundingClientRect();
            const cx = box.left + box.width / 2;
            const th = Array.from(g.closest('section')!.querySelectorAll('th.lane-head')).find(t => { const r = t.getBoundingClientRect(); return cx > r.left && cx < r.right; });
            return `${g.getAttribute('data-role')} ${tr.getAttribute('data-number')} ${th?.getAttribute('data-lane')}`;
        });
        const ids = new Set(Array.from(document.querySelectorAll('svg .edge[data-edge]')).map(e => Number(e.getAttribute('data-edge'))));
        const edges = [...ids].map(edge => ({ edge, labels: Array.from(document.querySelectorAll(`text.branch-label[data-edge="${edge}"]`)).map(t => t.textContent ?? '') }));
        const first = document.querySelector('section.proc-page')!;
        const text = (sel: string) => first.querySelector(sel)?.textContent ?? undefined;
        return {
            symbols, pages, connectors, edges,
            headings: { activity: text('th.h-activity')!, inputs: text('th.h-inputs')!, notes: text('th.h-notes'), numbers: first.querySelectorAll('tr.col-numbers th').length },
        };
    });
}

describe('the real signed SOPs in examples/real', () => {
    for (const want of expected) {
        it(`${want.original} ${want.id}: pages, rows, symbols, arrows and labels as in the signed original`, async () => {
            const model = models.get(want.id)!;
            expect(model, want.id).toBeDefined();
            const html = renderOfficialHtml(model);
            await page.setContent(html, { waitUntil: 'load' });
            const seen = await readTable();
            // Rows per table page, in order.
            expect(seen.pages).toEqual(want.tablePages);
            // Every symbol in its row and pelaksana column.
            expect(seen.symbols.map(s => `${s.number} ${s.lane} ${s.kind}`).sort()).toEqual([...want.symbols].sort());
            for (const s of seen.symbols) expect([s.id, s.inColumn, s.inRow]).toEqual([s.id, true, true]);
            // Every arrow drawn, with its branch label shown once.
            const byId = new Map(seen.symbols.map(s => [s.id, s]));
            const end = (id: string) => { const s = byId.get(id)!; return `${s.number} ${s.lane} ${s.kind}`; };
            const arrows = model.edges.map(e => `${end(e.from)} > ${end(e.to)}${e.label ? ` ${e.label}` : ''}`);
            expect(arrows.sort()).toEqual([...want.arrows].sort());
            expect(seen.edges.map(e => e.edge).sort((a, b) => a - b)).toEqual(model.edges.map((_, k) => k));
            for (const [k, e] of model.edges.entries()) expect(seen.edges.find(x => x.edge === k)!.labels).toEqual(e.label ? [e.label] : []);
            // Off-page connectors where the original breaks, in the original's columns.
            expect(seen.connectors.sort()).toEqual([...want.connectors].sort());
            // The template's headings and columns.
            expect(seen.headings.activity).toBe(want.headings.activity);
            expect(seen.headings.inputs).toBe(want.headings.inputs);
            expect(seen.headings.notes).toBe(want.headings.notes);
            expect(seen.headings.numbers > 0).toBe(want.headings.columnNumbers);
            expect(seen.symbols.filter(s => s.kind === 'decision' && s.text).map(s => s.text)).toEqual(want.diamondText);
            // Blank capsules, as in the original.
            expect(seen.symbols.filter(s => s.kind === 'start' || s.kind === 'end').map(s => s.text)).toEqual(seen.symbols.filter(s => s.kind === 'start' || s.kind === 'end').map(() => ''));
            writeFileSync(resolve(out, `${want.original}-${want.id}.png`), await page.screenshot({ fullPage: true }));

            // The printed PDF: the original's page count and paper.
            const pdf = resolve(out, `${want.original}-${want.id}.pdf`);
            writeFileSync(pdf, await session.htmlToPdf(html));
            const sizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' }).matchAll(/Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/g)].map(m => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
            expect(sizes.length, `${want.original}: pages`).toBe(want.pages);
            for (const s of sizes) expect(s).toEqual(want.size);
            execFileSync('pdftoppm', ['-png', '-r', '70', pdf, resolve(out, `${want.original}-ours`)]);
            const originals = process.env.SOP_REAL_ORIGINALS;
            const original = originals ? resolve(originals, `${want.original}.pdf`) : '';
            if (original && existsSync(original)) execFileSync('pdftoppm', ['-png', '-r', '70', original, resolve(out, `${want.original}-signed`)]);
        }, 60000);
    }

    it('loads nothing from the network', () => {
        expect(requests).toEqual([]);
    });
});
