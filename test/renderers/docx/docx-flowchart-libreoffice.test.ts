/**
 * The DOCX flowchart: the procedure table's symbols are Word shapes in their pelaksana cells,
 * joined by arrows with their branch labels, as the HTML lays them out.
 *
 * First the document.xml: one shape per symbol of the model with the right preset, one arrow per
 * edge with its label, the off-page connector pairs, one group per table page. Then the real
 * thing: LibreOffice converts the DOCX to PDF, the pages are rasterised (kept in
 * test-results/official/docx-flowchart/ for a person to look at), and on each table page the ruled
 * lines LibreOffice drew are found: every symbol's outline must be inked inside a cell, and that
 * cell (table page, row, pelaksana) must be the one where Chromium draws the symbol in the official
 * HTML; every arrow must be inked along its route. Beside each DOCX table page the HTML's page is
 * saved (`<id>-table<n>-docx-vs-html.png`: LibreOffice above, Chromium below).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, NodeKind, SopModel } from '@sop/language';
import { layoutProcedure, renderDocx, renderOfficialHtml, type ProcedureLayout } from '@sop/renderers';
import { openPage } from '../official/chromium.js';
import { exampleFiles, fixtureFiles, loadModels, root } from '../official/load-models.js';
import { emuPerPixel, shapeGroups, type Group, type GroupShape } from './docx-drawings.js';
import { htmlSymbolCells, htmlTablePages, type SymbolCell } from './html-cells.js';
import { inkIn, inkNear, readPage, tableLines, type PageImage } from './page-image.js';
import { unzip } from './unzip.js';

/**
 * The SOPs drawn: the plain example, rows of several symbols, a page break with connectors, a
 * hand-over with sections, and the plain example as a draft (its KONSEP watermark and header must
 * not move the table away from its flowchart).
 */
const cases = ['SuratKeluar', 'SurveiHargaKonsumen', 'BarangPersediaanKeluar', 'LayananIzin', 'SuratKeluar+konsep'];
const modelId = (key: string) => key.split('+')[0];
const preset: Record<NodeKind, string> = {
    start: 'flowChartTerminator', end: 'flowChartTerminator', process: 'flowChartProcess', decision: 'flowChartDecision', handover: 'flowChartOffpageConnector',
};
const kindName: Record<NodeKind, string> = { start: 'Mulai', end: 'Selesai', process: 'Proses', decision: 'Keputusan', handover: 'Serah' };
const dpi = 100;
/** The SOP pages' margin (8 mm, 454 twips) in pixels. */
const margin = 454 / 1440 * dpi;
const out = resolve(root, 'test-results/official/docx-flowchart');
const soffice = spawnSync('soffice', ['--version']).error === undefined;
const chromium = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

let models: SopModel[] = [];
const docs = new Map<string, { xml: string; header: string; groups: Group[]; layout: ProcedureLayout }>();

beforeAll(async () => {
    const all: DocumentModel[] = (await loadModels([...fixtureFiles(), ...exampleFiles()])).flatMap(f => f.models);
    models = [...new Set(cases.map(modelId))].map(id => all.find(m => m.id === id) as SopModel);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    for (const key of cases) {
        const m = models.find(x => x.id === modelId(key))!;
        const bytes = await renderDocx(m, key.endsWith('+konsep') ? { draft: { errors: 3 } } : {});
        writeFileSync(resolve(out, `${key}.docx`), bytes);
        const files = unzip(bytes);
        const xml = files.get('word/document.xml')!.toString('utf8');
        const header = [...files].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, b]) => b.toString('utf8')).join('');
        docs.set(key, { xml, header, groups: shapeGroups(xml), layout: layoutProcedure(m) });
    }
});

const named = (groups: Group[], name: string) => groups.flatMap((g, page) => g.shapes.filter(s => s.name === name).map(shape => ({ shape, page })));

describe('DOCX flowchart shapes', () => {
    it.each(cases)('%s: one shape per symbol, one arrow per edge with its label, connector pairs, one group per page', id => {
        const m = models.find(x => x.id === modelId(id))!;
        const { xml, groups, layout } = docs.get(id)!;
        expect(groups).toHaveLength(layout.pages.length);
        expect(xml).not.toMatch(/[◖◗▭◇⬠]/);
        for (const g of groups) expect([g.relativeH, g.relativeV]).toEqual(['column', 'paragraph']);
        // Symbols: one shape each, the right preset, on the page of its row.
        for (const n of m.nodes) {
            const found = named(groups, `${kindName[n.kind]} ${n.id}`);
            expect(found, `${id} ${n.id}`).toHaveLength(1);
            expect(found[0].shape.geometry).toBe(preset[n.kind]);
            const row = layout.routing.positions.get(n.id)!.row;
            expect(layout.pages[found[0].page].first <= row && row <= layout.pages[found[0].page].last).toBe(true);
        }
        const symbolCount = groups.flatMap(g => g.shapes).filter(s => /^(Mulai|Selesai|Proses|Keputusan|Serah) /.test(s.name)).length;
        expect(symbolCount).toBe(m.nodes.length);
        // Arrows: every edge is a freeform line ending in an arrowhead (an edge sharing another's
        // off-page connector pair joins that arrow instead), its label in the description and a text box.
        const sharing = new Set(layout.routing.connectors.flatMap(c => c.edges.slice(1)));
        m.edges.forEach((e, k) => {
            const arrows = named(groups, `Panah ${e.from} ${e.to}`).map(f => f.shape);
            expect(arrows.length, `${id} ${e.from}->${e.to}`).toBeGreaterThanOrEqual(1);
            expect(arrows.every(a => a.geometry === 'custom' && a.points.length >= 2)).toBe(true);
            if (!sharing.has(k)) expect(arrows.some(a => a.arrowhead), `${id} ${e.from}->${e.to} arrowhead`).toBe(true);
            if (e.label) {
                expect(arrows.every(a => a.descr === e.label)).toBe(true);
                expect(named(groups, `Label ${e.label}`).map(f => f.shape.text)).toContain(e.label);
            }
        });
        // Off-page connectors: an outgoing and an incoming pentagon per pair, with its letter.
        const pentagons = groups.flatMap(g => g.shapes).filter(s => s.name.startsWith('Konektor '));
        expect(pentagons.map(s => s.name).sort()).toEqual(layout.routing.connectors.flatMap(c => [`Konektor ${c.label} keluar`, `Konektor ${c.label} masuk`]).sort());
        expect(pentagons.every(s => s.geometry === 'flowChartOffpageConnector' && /^[A-Z]+$/.test(s.text))).toBe(true);
    });

    it('marks a draft with the KONSEP watermark and the error note in the header, the flowchart unchanged', () => {
        const draft = docs.get('SuratKeluar+konsep')!, clean = docs.get('SuratKeluar')!;
        expect(draft.header).toContain('string="KONSEP"');
        expect(draft.header).toContain('KONSEP: 3 galat; belum dapat disahkan');
        expect(clean.header).toBe('');
        expect(draft.groups).toEqual(clean.groups);
    });

    it('writes the capsule text as the printed document does: Mulai/Selesai, or blank for templates that blank it', () => {
        const text = (id: string, name: string) => named(docs.get(id)!.groups, name)[0].shape.text;
        const surat = models[0];
        expect(text('SuratKeluar', `Mulai ${surat.nodes.find(n => n.kind === 'start')!.id}`)).toBe('Mulai');
        expect(text('SuratKeluar', `Selesai ${surat.nodes.find(n => n.kind === 'end')!.id}`)).toBe('Selesai');
        const bps = models.find(m => m.id === 'BarangPersediaanKeluar')!;
        expect(bps.template.blankCapsules).toBe(true);
        expect(text('BarangPersediaanKeluar', `Mulai ${bps.nodes.find(n => n.kind === 'start')!.id}`)).toBe('');
        const izin = models.find(m => m.id === 'LayananIzin')!;
        expect(text('LayananIzin', `Serah ${izin.nodes.find(n => n.kind === 'handover')!.id}`)).toMatch(/^SOP /);
    });
});

/** A shape's box on the page image, in pixels. */
function box(g: Group, s: GroupShape): { x0: number; y0: number; x1: number; y1: number } {
    const e = emuPerPixel(dpi);
    const x0 = margin + (g.left + s.x) / e, y0 = margin + (g.top + s.y) / e;
    return { x0, y0, x1: x0 + s.w / e, y1: y0 + s.h / e };
}

describe.skipIf(!soffice)(`DOCX flowchart in LibreOffice${soffice ? '' : ' (skipped: soffice is not installed)'}`, () => {
    const pdfPages = new Map<string, number>();
    /** Where Chromium draws each symbol of the official HTML, by SOP and step id. */
    const htmlCells = new Map<string, Map<string, SymbolCell>>();
    const htmlShots = new Map<string, Buffer[]>();

    beforeAll(() => {
        execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${out}/lo-profile`, '--convert-to', 'pdf', '--outdir', out,
            ...cases.map(id => resolve(out, `${id}.docx`))], { timeout: 180_000, stdio: 'pipe' });
        rmSync(resolve(out, 'lo-profile'), { recursive: true, force: true });
        for (const id of cases) {
            const pdf = resolve(out, `${id}.pdf`);
            pdfPages.set(id, Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]));
            execFileSync('pdftoppm', ['-png', '-r', String(dpi), pdf, resolve(out, id)]);
        }
        console.info(`DOCX pages as LibreOffice prints them: ${out}/<SOP>-<page>.png, beside the HTML: <SOP>-table<n>-docx-vs-html.png`);
    }, 240_000);

    beforeAll(async () => {
        if (!chromium) return;
        const { browser, page } = await openPage(1200);
        try {
            for (const m of models) {
                await page.setContent(renderOfficialHtml(m), { waitUntil: 'load' });
                htmlCells.set(m.id, await htmlSymbolCells(page));
                htmlShots.set(m.id, await htmlTablePages(page));
            }
        } finally {
            await browser.close();
        }
    }, 120_000);

    it.each(cases)('%s: symbols inked inside their row and pelaksana cells, arrows along their routes, each table page on its own page', id => {
        const m = models.find(x => x.id === modelId(id))!;
        const { groups, layout } = docs.get(id)!;
        // The identity page, then exactly one page per table page: no row was pushed to an extra page.
        const pages = pdfPages.get(id)!;
        expect(pages).toBe(1 + layout.pages.length);
        const e = emuPerPixel(dpi);
        groups.forEach((g, p) => {
            const page = layout.pages[p];
            const png = resolve(out, `${id}-${String(p + 2).padStart(String(pages).length, '0')}.png`);
            const img: PageImage = readPage(png);
            const frame = g.shapes.find(s => s.name === 'Bingkai')!;
            const f = box(g, frame);
            // The table's ruled lines as LibreOffice drew them: body rows are the last full-width lines.
            const rowsOnPage = page.last - page.first + 1;
            const full = tableLines(img).rows;
            expect(full.length, `${id} page ${p + 1} full-width lines`).toBeGreaterThanOrEqual(rowsOnPage + 2);
            const rowLines = full.slice(-(rowsOnPage + 1));
            // The drawing's frame spans exactly the body rows ...
            expect(Math.abs(rowLines[0] - f.y0), `${id} page ${p + 1} top`).toBeLessThan(3);
            expect(Math.abs(rowLines[rowsOnPage] - f.y1), `${id} page ${p + 1} bottom`).toBeLessThan(3);
            // ... and the pelaksana columns: each lane border is a ruled line of the table.
            const columns = tableLines(img, Math.round(rowLines[0]), Math.round(rowLines[rowsOnPage])).columns;
            const laneW = (f.x1 - f.x0) / layout.lanes.length;
            const laneLines = layout.lanes.map((_, i) => f.x0 + i * laneW).concat(f.x1)
                .map(x => { const c = columns.reduce((a, b) => (Math.abs(b - x) < Math.abs(a - x) ? b : a), -1e9); expect(Math.abs(c - x), `${id} page ${p + 1} lane border at ${x}`).toBeLessThan(3); return c; });
            // Every symbol of the page's rows: its outline inked at its four extreme points, the whole
            // symbol inside one cell of the table LibreOffice drew, and that cell the HTML's.
            const band = (lines: number[], v: number) => lines.findIndex((a, i) => i + 1 < lines.length && a < v && v < lines[i + 1]);
            for (let r = page.first; r <= page.last; r++) {
                const row = layout.rows[r];
                if (row.type !== 'step') continue;
                for (const n of row.nodes) {
                    const s = g.shapes.find(x => x.name === `${kindName[n.kind]} ${n.id}`)!;
                    const b = box(g, s);
                    const cx = (b.x0 + b.x1) / 2, cy = (b.y0 + b.y1) / 2;
                    const where = `${id} ${n.id} (row ${row.row.number})`;
                    for (const [x, y] of [[b.x0, cy], [b.x1, cy], [cx, b.y0], [cx, b.y1]]) expect(inkNear(img, x, y), `${where} outline at ${x},${y}`).toBe(true);
                    const i = band(rowLines, cy), lane = band(laneLines, cx);
                    expect([i, lane].every(v => v >= 0), where).toBe(true);
                    expect(b.x0 > laneLines[lane] && b.x1 < laneLines[lane + 1] && b.y0 > rowLines[i] && b.y1 < rowLines[i + 1], `${where} inside its cell`).toBe(true);
                    const seen = layout.rows[page.first + i];
                    const cell: SymbolCell = { page: p, row: seen.type === 'step' ? String(seen.row.number) : 'section', lane };
                    // The layout's cell, and (when Chromium is here) the cell the HTML is seen to draw it in.
                    expect(cell, where).toEqual({ page: p, row: String(row.row.number), lane: layout.routing.positions.get(n.id)!.lane });
                    if (chromium) expect(cell, `${where} as in the HTML`).toEqual(htmlCells.get(m.id)!.get(n.id));
                }
            }
            const shot = htmlShots.get(m.id)?.[p];
            if (shot) {
                const html = resolve(out, `${id}-table${p + 1}-html.png`);
                writeFileSync(html, shot);
                execFileSync('convert', [png, '(', html, '-resize', `${img.width}x`, ')', '-append', resolve(out, `${id}-table${p + 1}-docx-vs-html.png`)]);
                rmSync(html);
            }
            // Every arrow: ink at the middle of each of its segments.
            for (const a of g.shapes.filter(s => s.name.startsWith('Panah '))) {
                for (let i = 1; i < a.points.length; i++) {
                    const x = margin + (g.left + (a.points[i - 1].x + a.points[i].x) / 2) / e, y = margin + (g.top + (a.points[i - 1].y + a.points[i].y) / 2) / e;
                    expect(inkNear(img, x, y), `${id} ${a.name} segment ${i}`).toBe(true);
                }
            }
            // Branch labels and connector letters are printed.
            for (const t of g.shapes.filter(s => s.name.startsWith('Label ') || s.name.startsWith('Konektor '))) {
                const b = box(g, t);
                expect(inkIn(img, b.x0, b.y0, b.x1, b.y1), `${id} ${t.name}`).toBeGreaterThan(3);
            }
        });
        expect(m.nodes.length).toBeGreaterThan(0);
        if (chromium) expect([...htmlCells.get(m.id)!.keys()].sort()).toEqual(m.nodes.map(n => n.id).sort());
    });
});
