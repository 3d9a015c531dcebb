/**
 * The injection corpus, in every text field, through the whole chain in real Chromium with
 * JavaScript ENABLED: mmd → Mermaid → SVG inserted into a live page, and md → HTML (marked, GFM)
 * loaded into a page. Nothing runs (window.__pwned stays undefined), no element or event
 * attribute is injected, and the payload appears as literal text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { marked } from 'marked';
import { CHROMIUM_ARGS, MERMAID_INIT, findChromium, launchBrowser, mermaidScriptPath, type BrowserSession } from '@sop/export';
import { renderMarkdown, renderMermaid, repairSvgLabelEntities } from '@sop/renderers';
import { loadModelsFromTexts, sopsOf, type LoadedModel } from '../fixtures/render/load.js';
import { PAYLOADS, collapsed, injectionSop } from '../fixtures/render/injection.js';
import { chromiumMissing } from './chromium-available.js';
import { squash, stepNode, svgDocument } from './svg-dom.js';

let session: BrowserSession;
let browser: Browser;
let page: Page;
let injected: Array<{ payload: string; model: import('@sop/language').SopModel }> = [];
const svgs: string[] = [];

describe.skipIf(chromiumMissing !== undefined)('injection corpus in headless Chromium', () => {
    beforeAll(async () => {
        const loaded: LoadedModel[] = await loadModelsFromTexts(Object.fromEntries(PAYLOADS.map((p, i) => [`/inj/${i}.sop`, injectionSop(p, i)])));
        injected = sopsOf(loaded).map(({ model }) => ({ payload: PAYLOADS[Number(model.id.slice(3))], model }));
        session = await launchBrowser();
        for (const { model } of injected) svgs.push(await session.renderMermaidSvg(renderMermaid(model)));
        browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
        const context = await browser.newContext();
        await context.route('**/*', route => route.abort('blockedbyclient'));
        page = await context.newPage();
    }, 240_000);
    afterAll(async () => {
        await session?.close();
        await browser?.close();
    });

    it('SVG holds the payload as literal text and no injected element or handler', () => {
        expect(svgs).toHaveLength(PAYLOADS.length);
        for (const [i, { payload }] of injected.entries()) {
            const doc = svgDocument(svgs[i]);
            expect(doc.querySelectorAll('script, foreignObject, a, iframe, image, img').length, payload).toBe(0);
            const handlers = [...doc.querySelectorAll('*')].flatMap(el => [...el.attributes].filter(a => /^on/i.test(a.name)).map(a => `${el.tagName} ${a.name}`));
            expect(handlers, payload).toEqual([]);
            for (const id of ['mulai1', 'cek', 'akhir']) {
                expect(squash(stepNode(doc, id)!.text), `${payload} in ${id}`).toContain(squash(collapsed(payload)));
            }
            // Lane titles and the branch label too.
            expect(squash(doc.getElementById('sop-diagram-L_a')!.textContent!)).toContain(squash(collapsed(payload)));
            expect(squash([...doc.querySelectorAll('.edgeLabel')].map(e => e.textContent).join(''))).toContain(squash(collapsed(payload)));
        }
    });

    it('markup in labels is escaped text, and text that looks like an entity stays as written (control)', () => {
        const i = PAYLOADS.indexOf('<script>window.__pwned=1</script>');
        expect(svgs[i]).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
        expect(svgs[i]).not.toMatch(/&amp;#\d+;/);
        // The repair only undoes our own protection (svg-text.ts); it never decodes user text.
        expect(repairSvgLabelEntities('<text>a&amp;#60;b&amp;lt;</text>')).toBe('<text>a&amp;#60;b&amp;lt;</text>');
        const j = PAYLOADS.indexOf('#quot; #35; &amp; &#60; &lt;');
        expect(squash(stepNode(svgDocument(svgs[j]), 'cek')!.text)).toContain(squash('#quot; #35; &amp; &#60; &lt;'));
    });

    it('nothing runs when Mermaid renders the diagrams in a live page and the SVG is inserted', async () => {
        await page.setContent('<!DOCTYPE html><html><body><div id="host"></div></body></html>');
        await page.addScriptTag({ path: mermaidScriptPath() });
        const results = await page.evaluate(async ({ init, texts }) => {
            const m = (window as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
            m.initialize(init);
            const host = document.getElementById('host')!;
            const out: string[] = [];
            for (const [i, t] of texts.entries()) {
                const { svg } = await m.render(`d${i}`, t);
                const div = document.createElement('div');
                div.innerHTML = svg;
                host.appendChild(div);
                out.push(div.textContent ?? '');
            }
            // Anything a payload queued (an image's error handler, a timer of 0) runs before the
            // next two frames; wait for those, not for a fixed time.
            await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))));
            return { texts: out, pwned: (window as unknown as { __pwned?: unknown }).__pwned };
        }, { init: MERMAID_INIT as unknown as Record<string, unknown>, texts: injected.map(x => renderMermaid(x.model)) });
        expect(results.pwned).toBeUndefined();
        expect(results.texts).toHaveLength(PAYLOADS.length);
        // Our repaired SVGs, inserted as markup into the live page, run nothing either.
        await page.setContent(`<!DOCTYPE html><html><body>${svgs.join('\n')}</body></html>`, { waitUntil: 'load' });
        await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
        expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
        const text = squash(await page.evaluate(() => document.body.textContent ?? ''));
        for (const p of PAYLOADS) expect(text, p).toContain(squash(collapsed(p)));
    }, 120_000);

    it('Markdown rendered to HTML (GFM) shows the payload as text and runs nothing', async () => {
        for (const { payload, model } of injected) {
            const html = await marked.parse(renderMarkdown(model), { gfm: true });
            await page.setContent(`<!DOCTYPE html><html><body>${html}</body></html>`);
            expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), payload).toBeUndefined();
            const counts = await page.evaluate(() => ({
                bad: document.querySelectorAll('body script, body img, body svg, body a, body iframe').length,
                handlers: [...document.querySelectorAll('body *')].filter(el => [...el.attributes].some(a => /^on/i.test(a.name))).length,
                cells: [...document.querySelectorAll('table')].map(t => [...t.rows].map(r => r.cells.length)),
                title: document.querySelector('h1')?.textContent ?? '',
            }));
            // Procedure table, row of step 1: Kegiatan, Pelaksana and Kelengkapan show the payload as text.
            const row = await page.evaluate(() => {
                const rows = [...[...document.querySelectorAll('table')].at(-1)!.querySelectorAll('tbody tr')];
                const first = rows.find(r => r.querySelector('td')?.textContent?.trim() === '1')!;
                return [...first.querySelectorAll('td')].map(td => td.textContent ?? '');
            });
            expect(squash(row[1]), payload).toBe(squash(collapsed(payload)));
            expect(squash(row[2]), payload).toBe(squash(collapsed(payload)));
            expect(squash(row[3]), payload).toBe(squash(collapsed(payload)));
            expect(counts.bad, payload).toBe(0);
            expect(counts.handlers, payload).toBe(0);
            expect(counts.cells.flat().every(n => n === 2 || n === 7), payload).toBe(true);
            expect(squash(counts.title), payload).toBe(squash(collapsed(payload)));
        }
    }, 120_000);
});
