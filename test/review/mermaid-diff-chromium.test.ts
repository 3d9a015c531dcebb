/**
 * The flowchart of `sop diff --format md` as GitHub shows it: the Mermaid block drawn by stock
 * Mermaid from node_modules in headless Chromium (no post-processing of ours). Added, changed and
 * removed steps carry their classes and the classes' colours and dashes reach the drawn shapes;
 * the ghost of a removed step is drawn in its lane. A screenshot is saved to
 * test-results/review/diff-flowchart.png for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mermaidLaneId, mermaidNodeId } from '@sop/renderers';
import { diffRevisions, formatMarkdown } from '@sop/review';
import { chromiumMissing } from '../export/chromium-available.js';
import { stockMermaidPage } from '../export/stock-mermaid.js';
import { repoRoot } from '../cli/cli-helpers.js';
import { BASE, edit, reviewInput } from './review-helpers.js';

const OUT = path.join(repoRoot, 'test-results', 'review');

const CHANGED = edit(BASE,
    ['    periksa kasubag', '    catat   staf    "Mencatat permohonan di aplikasi" | "Formulir diterima" | 5 menit | "Permohonan tercatat"\n    periksa kasubag'],
    [/ {4}kembali[^\n]*\n/, ''],
    ['"tidak lengkap" -> kembali', '"tidak lengkap" -> terima'],
    ['    setuju  kepala ', '    setuju  kasubag']);

interface Drawn { id: string; classes: string[]; fill: string; dash: string; lane?: string }

let browser: Browser;
let page: Page;

describe.skipIf(chromiumMissing !== undefined)('the review flowchart in stock Mermaid', () => {
    beforeAll(async () => { ({ browser, page } = await stockMermaidPage()); }, 120_000);
    afterAll(async () => { await browser?.close(); });

    it('styles added, changed and removed steps, the ghost in its lane; screenshot saved', async () => {
        const input = await reviewInput(BASE, CHANGED);
        const md = formatMarkdown(diffRevisions(input, { lang: 'en' }), input, { lang: 'en' });
        const mermaid = /^```mermaid\n([\s\S]*?)^```$/m.exec(md)![1];
        const ghost = /^ {4}(sx_[0-9a-f]+)\(\["3\. Mengembalikan/m.exec(mermaid)![1];
        const drawn = await page.evaluate(async ({ text, lanes }) => {
            const m = (window as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
            m.initialize({ startOnLoad: false });
            const host = document.getElementById('host')!;
            host.innerHTML = (await m.render('review', text)).svg;
            const laneOf = (g: Element) => {
                const box = g.getBoundingClientRect();
                const x = box.left + box.width / 2, y = box.top + box.height / 2;
                return lanes.find(l => {
                    const r = document.querySelector(`[id$="${l}"] rect`)?.getBoundingClientRect();
                    return r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
                });
            };
            return [...host.querySelectorAll('g.node')].map(g => {
                const shape = g.querySelector('rect, path, polygon') as SVGElement;
                const style = getComputedStyle(shape);
                return { id: /flowchart-(.+)-\d+$/.exec(g.id)?.[1] ?? g.id, classes: [...g.classList], fill: style.fill, dash: style.strokeDasharray, lane: laneOf(g) };
            });
        }, { text: mermaid, lanes: ['staf', 'kasubag', 'kepala'].map(mermaidLaneId) });
        const node = (id: string) => drawn.find(d => d.id === id) as Drawn;
        expect(node(mermaidNodeId('catat')).classes).toContain('sopAdded');
        expect(node(mermaidNodeId('catat')).fill).toBe('rgb(218, 251, 225)');
        for (const id of ['terima', 'periksa', 'setuju']) {
            expect(node(mermaidNodeId(id)).classes, id).toContain('sopChanged');
            expect(node(mermaidNodeId(id)).fill, id).toBe('rgb(255, 223, 182)');
        }
        expect(node(mermaidNodeId('arsip')).classes).not.toContain('sopChanged');
        expect(node(mermaidNodeId('arsip')).fill).not.toBe('rgb(255, 223, 182)');
        expect(node(ghost).classes).toContain('sopRemoved');
        expect(node(ghost).fill).toBe('rgb(255, 235, 233)');
        expect(node(ghost).dash.replace(/px/g, '')).toBe('6, 4');
        expect(node(ghost).lane).toBe(mermaidLaneId('staf'));
        expect(node(mermaidNodeId('setuju')).lane).toBe(mermaidLaneId('kasubag'));
        mkdirSync(OUT, { recursive: true });
        const file = path.join(OUT, 'diff-flowchart.png');
        await page.locator('#host svg').screenshot({ path: file });
    }, 120_000);
});
