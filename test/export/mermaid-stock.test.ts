/**
 * The `.mmd` and the Mermaid block of the `.md`, drawn by stock Mermaid from node_modules in
 * headless Chromium with NO post-processing of ours (as GitHub or any Mermaid viewer draws them),
 * show every label exactly as written: step texts, pelaksana (lane titles) and branch labels
 * holding the hard texts of test/fixtures/render/hard-text.ts. Checked with the configuration
 * our export passes to `mermaid.initialize` and with Mermaid's defaults, each with the SVG text
 * labels our front matter asks for and with HTML labels (front matter switched to
 * `htmlLabels: true`, Mermaid's own default).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { SopModel } from '@sop/language';
import { MERMAID_INIT, markText } from '@sop/export';
import { renderMarkdown, renderMermaid } from '@sop/renderers';
import { LEGACY_ENTITY_NAMES } from '../../packages/renderers/src/mermaid/ampersand.js';
import { loadModelsFromTexts, sopsOf } from '../fixtures/render/load.js';
import { injectionSop } from '../fixtures/render/injection.js';
import { HARD_TEXTS, STOCK_LIMIT_TEXTS } from '../fixtures/render/hard-text.js';
import { chromiumMissing } from './chromium-available.js';
import { wrongLabels } from './hard-labels.js';
import { drawnLabels, stockMermaidPage, stockSvg } from './stock-mermaid.js';

const CONFIGS: Array<{ name: string; init: Record<string, unknown> }> = [
    { name: 'the export configuration', init: MERMAID_INIT as unknown as Record<string, unknown> },
    { name: 'Mermaid defaults', init: { startOnLoad: false } },
];
const LABEL_KINDS: Array<{ name: string; htmlLabels: boolean }> = [
    { name: 'SVG text labels (as generated)', htmlLabels: false },
    { name: 'HTML labels', htmlLabels: true },
];

/** The Mermaid block of a generated Markdown file. */
function markdownBlock(md: string): string {
    const blocks = [...md.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(m => m[1]);
    expect(blocks).toHaveLength(1);
    return blocks[0];
}

function withHtmlLabels(text: string, on: boolean): string {
    return on ? text.replace(/^( *htmlLabels:) false$/gm, '$1 true') : text;
}

let browser: Browser;
let page: Page;
const texts = [...HARD_TEXTS, ...STOCK_LIMIT_TEXTS.map(l => l.text)];
let models: SopModel[] = [];

describe.skipIf(chromiumMissing !== undefined)('stock Mermaid draws every label as written', () => {
    beforeAll(async () => {
        const loaded = sopsOf(await loadModelsFromTexts(Object.fromEntries(texts.map((p, i) => [`/hard/${i}.sop`, injectionSop(p, i)]))));
        models = texts.map((_, i) => loaded.find(l => l.model.id === `Inj${i}`)!.model);
        ({ browser, page } = await stockMermaidPage());
    }, 120_000);
    afterAll(async () => { await browser?.close(); });

    it('a source file name holding a directive changes nothing in the drawing', async () => {
        const text = renderMermaid(models[0]);
        const marked = markText(text, 'mmd', 'x%%{init: {"theme":"dark"}}%%.sop');
        expect(marked).not.toBe(text);
        for (const config of CONFIGS) expect(await stockSvg(page, config.init, marked), config.name).toBe(await stockSvg(page, config.init, text));
    });

    it('a bare & is written only where Chromium decodes no entity (the legacy names without ";")', async () => {
        const { listedDecode, unlistedDecode } = await page.evaluate(names => {
            const div = document.createElement('div');
            const decodes = (w: string) => { div.innerHTML = `&${w}`; return div.textContent !== `&${w}`; };
            const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
            const words = [...letters];
            for (const a of letters) for (const b of letters) words.push(a + b);
            for (const a of letters.slice(0, 26)) for (const b of letters.slice(0, 26)) for (const c of letters.slice(0, 26)) words.push(a + b + c);
            return {
                listedDecode: names.filter(n => decodes(`${n}zz`)).length,
                unlistedDecode: words.filter(w => decodes(w) && !names.some(n => w.startsWith(n))),
            };
        }, [...LEGACY_ENTITY_NAMES]);
        expect(listedDecode).toBe(LEGACY_ENTITY_NAMES.length);
        expect(unlistedDecode).toEqual([]);
    });

    it('the Markdown file embeds the same Mermaid text as the .mmd', () => {
        for (const m of models) expect(markdownBlock(renderMarkdown(m)), m.id).toBe(renderMermaid(m));
    });

    for (const source of ['mmd', 'md'] as const) {
        for (const config of CONFIGS) {
            for (const kind of LABEL_KINDS) {
                it(`${source}: ${config.name}, ${kind.name}`, async () => {
                    const diagrams = models.map(m => withHtmlLabels(source === 'mmd' ? renderMermaid(m) : markdownBlock(renderMarkdown(m)), kind.htmlLabels));
                    const drawn = await drawnLabels(page, config.init, diagrams);
                    const failures: string[] = [];
                    texts.forEach((p, i) => {
                        const limit = STOCK_LIMIT_TEXTS.find(l => l.text === p);
                        if (limit && !(kind.htmlLabels ? limit.htmlLabels : limit.svgText)) return;
                        const wrong = wrongLabels(p, drawn[i]);
                        if (wrong.length > 0) failures.push(`${JSON.stringify(p)} -> ${wrong.join('; ')}`);
                    });
                    expect(failures).toEqual([]);
                }, 120_000);
            }
        }
    }
});
