/**
 * Stock Mermaid in headless Chromium, as a reader's viewer draws a `.mmd` or a Markdown Mermaid
 * block: the bundle from node_modules, `mermaid.initialize(config)`, `mermaid.render()`, the SVG
 * put into the page, and NO post-processing of ours.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, mermaidScriptPath } from '@sop/export';
import type { DrawnLabels } from './hard-labels.js';

/** A page with stock Mermaid loaded; offline (every request is aborted). */
export async function stockMermaidPage(): Promise<{ browser: Browser; page: Page }> {
    const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
    const context = await browser.newContext();
    await context.route('**/*', route => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="host"></div></body></html>');
    await page.addScriptTag({ path: mermaidScriptPath() });
    return { browser, page };
}

/**
 * Renders each text with `mermaid.initialize(config)` and reads its labels as `readLabels`
 * (hard-labels.ts) does; that function cannot be passed into the page, so it is repeated here.
 */
export async function drawnLabels(page: Page, config: Record<string, unknown>, texts: readonly string[]): Promise<DrawnLabels[]> {
    return page.evaluate(async ({ config, texts }) => {
        const m = (window as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
        m.initialize(config);
        const host = document.getElementById('host')!;
        const out: DrawnLabels[] = [];
        for (const [i, text] of texts.entries()) {
            const labels: DrawnLabels = { nodes: {}, lanes: {}, edges: [] };
            try {
                host.innerHTML = (await m.render(`stock${i}`, text)).svg;
            } catch (e) {
                out.push({ ...labels, error: String((e as Error)?.message ?? e) });
                document.getElementById(`dstock${i}`)?.remove();
                continue;
            }
            for (const g of host.querySelectorAll('g.node')) {
                const id = /flowchart-(.+)-\d+$/.exec(g.id)?.[1];
                if (id) labels.nodes[id] = g.querySelector('.label')?.textContent ?? '';
            }
            for (const g of host.querySelectorAll('g.cluster')) labels.lanes[g.id] = g.querySelector('.cluster-label')?.textContent ?? '';
            for (const g of host.querySelectorAll('g.edgeLabel')) if (g.textContent) labels.edges.push(g.textContent);
            out.push(labels);
        }
        return out;
    }, { config, texts });
}

/** The SVG stock Mermaid renders for `text` with `mermaid.initialize(config)`, under a fixed id. */
export async function stockSvg(page: Page, config: Record<string, unknown>, text: string): Promise<string> {
    return page.evaluate(async ({ config, text }) => {
        const m = (window as unknown as { mermaid: { initialize(c: unknown): void; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
        m.initialize(config);
        return (await m.render('stock-svg', text)).svg;
    }, { config, text });
}
