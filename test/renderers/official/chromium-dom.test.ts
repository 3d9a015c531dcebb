/**
 * The official HTML in real headless Chromium: every example and fixture is loaded and
 * screenshotted (test-results/official/*.png), and the procedure table is checked through the
 * DOM: one header per pelaksana in order, one symbol per step in its pelaksana's column and row,
 * an arrow for every edge, branch labels, and paired off-page connectors across page breaks.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SopModel } from '@sop/language';
import { renderOfficialHtml } from '@sop/renderers';
import { openPage } from './chromium.js';
import { exampleFiles, fixtureFiles, loadModels, outputName, root } from './load-models.js';

const out = resolve(root, 'test-results/official');
let browser: Browser;
let page: Page;
let requests: string[];
let sops: Array<{ name: string; model: SopModel }> = [];
let others: Array<{ name: string; html: string }> = [];

beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    const loaded = await loadModels([...fixtureFiles(), ...exampleFiles()]);
    for (const f of loaded) {
        for (const m of f.models) {
            if (m.kind === 'sop') sops.push({ name: outputName(f.file, m), model: m });
            else others.push({ name: outputName(f.file, m), html: renderOfficialHtml(m) });
        }
    }
    ({ browser, page, requests } = await openPage());
});

afterAll(async () => {
    await browser?.close();
});

interface Box { x: number; y: number; width: number; height: number }
const centerX = (b: Box) => b.x + b.width / 2;
const centerY = (b: Box) => b.y + b.height / 2;

/** Checks one rendered SOP through the DOM; returns the number of printed page blocks. */
async function checkSop(model: SopModel): Promise<number> {
    const laneIds = [...model.lanes.map(l => l.id), ...model.nodes.map(n => n.lane).filter(id => !model.lanes.some(l => l.id === id))]
        .filter((id, i, all) => all.indexOf(id) === i);
    const pages = await page.$$('section.proc-page');
    expect(pages.length).toBeGreaterThanOrEqual(1);
    for (const p of pages) {
        const heads = await p.$$eval('th.lane-head', ths => ths.map(th => ({ lane: th.getAttribute('data-lane'), text: th.textContent })));
        expect(heads.map(h => h.lane)).toEqual(laneIds);
        expect(heads.slice(0, model.lanes.length).map(h => h.text)).toEqual(model.lanes.map(l => l.title));
    }
    for (const node of model.nodes) {
        const syms = await page.$$(`g.sym[data-step="${node.id}"]`);
        expect(syms.length, `one symbol for step ${node.id}`).toBe(1);
        const sym = syms[0];
        expect(await sym.getAttribute('data-lane')).toBe(node.lane);
        expect(await sym.getAttribute('data-kind')).toBe(node.kind);
        const symBox = (await sym.boundingBox())!;
        // The symbol sits in the header column of its pelaksana on the same page block, and in its row.
        const inColumn = await sym.evaluate((g, lane) => {
            const section = g.closest('section.proc-page')!;
            const th = Array.from(section.querySelectorAll("th.lane-head")).find(t => t.getAttribute('data-lane') === lane)!;
            const r = th.getBoundingClientRect();
            const tr = g.closest('tr')!.getBoundingClientRect();
            return { left: r.left, right: r.right, top: tr.top, bottom: tr.bottom };
        }, node.lane);
        expect(centerX(symBox)).toBeGreaterThan(inColumn.left);
        expect(centerX(symBox)).toBeLessThan(inColumn.right);
        expect(centerY(symBox)).toBeGreaterThan(inColumn.top);
        expect(centerY(symBox)).toBeLessThan(inColumn.bottom);
        expect(symBox.x).toBeGreaterThanOrEqual(inColumn.left - 1);
        expect(symBox.x + symBox.width).toBeLessThanOrEqual(inColumn.right + 1);
    }
    const ids = new Set(model.nodes.map(n => n.id));
    const edges = model.edges.map((e, k) => ({ e, k })).filter(({ e }) => ids.has(e.from) && ids.has(e.to));
    const drawn = new Set(await page.$$eval('svg .edge[data-edge]', els => els.map(e => Number(e.getAttribute('data-edge')))));
    for (const { k } of edges) expect(drawn.has(k), `edge ${k} drawn`).toBe(true);
    expect(await page.$$eval('polygon.arrowhead', a => a.length)).toBeGreaterThanOrEqual(edges.length > 0 ? 1 : 0);
    for (const { e, k } of edges.filter(x => x.e.label)) {
        const labels = await page.$$eval(`text.branch-label[data-edge="${k}"]`, t => t.map(x => x.textContent));
        expect(labels, `branch label of edge ${k}`).toEqual([e.label]);
    }
    // Geometry in the browser: every arrowhead tip touches the symbol (or off-page connector) of its
    // row, and no full-height track line crosses a symbol.
    const geometry = await page.evaluate((edgeTargets) => {
        const problems: string[] = [];
        const boxOf = (el: Element) => el.getBoundingClientRect();
        for (const head of Array.from(document.querySelectorAll('polygon.arrowhead'))) {
            const poly = head as SVGPolygonElement;
            const pt = poly.points.getItem(0);
            const m = poly.getScreenCTM()!;
            const x = m.a * pt.x + m.c * pt.y + m.e, y = m.b * pt.x + m.d * pt.y + m.f;
            const tr = head.closest('tr')!;
            const edge = Number(head.getAttribute('data-edge'));
            const target = tr.querySelector(`g.sym[data-step="${edgeTargets[edge]}"]`) ?? tr.querySelector(`g.offpage[data-edge="${edge}"]`)
                ?? Array.from(tr.querySelectorAll('g.offpage')).find(g => { const b = boxOf(g); return x >= b.left - 2 && x <= b.right + 2; });
            if (!target) { problems.push(`arrowhead of edge ${edge} has no target in its row`); continue; }
            const b = boxOf(target);
            if (x < b.left - 1.5 || x > b.right + 1.5 || y < b.top - 1.5 || y > b.bottom + 1.5) problems.push(`arrowhead of edge ${edge} at ${x.toFixed(1)},${y.toFixed(1)} misses its target`);
        }
        for (const line of Array.from(document.querySelectorAll('line.through'))) {
            const lb = boxOf(line);
            const sym = line.closest('tr')!.querySelector('g.sym');
            if (!sym) continue;
            const sb = boxOf(sym);
            if (lb.left > sb.left + 0.5 && lb.left < sb.right - 0.5) problems.push(`track of edge ${line.getAttribute('data-edge')} crosses step ${sym.getAttribute('data-step')}`);
        }
        return problems;
    }, model.edges.map(e => e.to));
    expect(geometry).toEqual([]);
    // Nothing is clipped at the right: the table fits its sheet.
    const fit = await page.$$eval('section.proc-page', secs => secs.map(s => {
        const t = s.querySelector('table.proc')!.getBoundingClientRect();
        return t.right <= s.getBoundingClientRect().right + 0.5;
    }));
    expect(fit.every(Boolean)).toBe(true);
    return pages.length;
}

/** Checks off-page connectors: each label twice, once leaving at the bottom of a page, once arriving at the top of another. */
async function checkConnectors(): Promise<string[]> {
    const cons = await page.$$eval('g.offpage', gs => gs.map(g => {
        const section = g.closest('section.proc-page')!;
        const tr = g.closest('tr')!;
        const rows = Array.from(section.querySelectorAll("tbody > tr"));
        return { label: g.getAttribute('data-connector')!, role: g.getAttribute('data-role')!, page: Number(section.getAttribute('data-page')), first: rows[0] === tr, last: rows[rows.length - 1] === tr, text: g.textContent };
    }));
    const labels = [...new Set(cons.map(c => c.label))];
    for (const label of labels) {
        const pair = cons.filter(c => c.label === label);
        expect(pair.length, `connector ${label} comes in a pair`).toBe(2);
        expect(pair.map(c => c.role).sort()).toEqual(['in', 'out']);
        expect(pair[0].page).not.toBe(pair[1].page);
        expect(pair.every(c => c.text === label)).toBe(true);
        expect(pair.every(c => c.first || c.last)).toBe(true);
    }
    return labels;
}

describe('official HTML in headless Chromium', () => {
    it('renders, screenshots and checks every SOP (examples and fixtures)', async () => {
        expect(sops.length).toBeGreaterThanOrEqual(3);
        for (const { name, model } of sops) {
            await page.setContent(renderOfficialHtml(model), { waitUntil: 'load' });
            await checkSop(model);
            await checkConnectors();
            writeFileSync(resolve(out, `${name}.png`), await page.screenshot({ fullPage: true }));
        }
    });

    it('screenshots the Standar Pelayanan and SOP book documents', async () => {
        for (const { name, html } of others) {
            await page.setContent(html, { waitUntil: 'load' });
            expect(await page.$$eval('section.sheet', s => s.length)).toBeGreaterThanOrEqual(1);
            writeFileSync(resolve(out, `${name}.png`), await page.screenshot({ fullPage: true }));
        }
        expect(requests).toEqual([]);
    });

    it('splits the table into page blocks with paired off-page connectors when rowsPerPage is small', async () => {
        const izin = sops.find(s => s.name.startsWith('fixture-layanan-izin'))!;
        await page.setContent(renderOfficialHtml(izin.model, { rowsPerPage: 3 }), { waitUntil: 'load' });
        expect(await checkSop(izin.model)).toBe(Math.ceil(izin.model.nodes.length / 3));
        const labels = await checkConnectors();
        expect(labels.length).toBeGreaterThanOrEqual(3);
        writeFileSync(resolve(out, 'fixture-layanan-izin--rows3.png'), await page.screenshot({ fullPage: true }));
        // Header repeated on every page block.
        expect(await page.$$eval('section.proc-page thead th.h-actors', t => t.length)).toBe(Math.ceil(izin.model.nodes.length / 3));
        for (const s of sops) {
            await page.setContent(renderOfficialHtml(s.model, { rowsPerPage: 2 }), { waitUntil: 'load' });
            await checkSop(s.model);
            await checkConnectors();
        }
    });
});
