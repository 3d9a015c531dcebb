/**
 * One headless Chromium per batch with reusable pages (Mermaid on one page per core): Mermaid → SVG, SVG → PNG, HTML → PDF and
 * HTML screenshots. Every page runs offline: all network requests are aborted, and Mermaid is
 * loaded from node_modules, never from a CDN.
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { availableParallelism } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { protectSvgLabelText, repairSvgLabelEntities } from '@sop/renderers/text';
import { findChromium } from './chromium-path.js';
import { CHROMIUM_FLAGS } from './chromium-flags.js';
import { DIAGRAM_ID, MERMAID_INIT } from './mermaid-config.js';
import { withoutLanes } from './mermaid-fallback.js';
import { normalizePdfDates } from './pdf-dates.js';

/** Options of {@link launchBrowser}. */
export interface LaunchOptions {
    /** Browser to run (Chromium, Chrome or Edge); default: `CHROMIUM_PATH`, then the system's (see `findBrowser`). */
    executablePath?: string;
    /** Diagrams drawn at once, each in a page of its own (default: the number of CPU cores, at most 8). */
    parallel?: number;
}

/** Options of {@link BrowserSession.svgToPng}. */
export interface PngOptions {
    /** Device scale factor (default 2: sharp on screens and in print). */
    scale?: number;
    /** CSS background behind the drawing (default white; `transparent` keeps alpha). */
    background?: string;
}

/** Options of {@link BrowserSession.screenshotHtml}. */
export interface ScreenshotOptions {
    /** Viewport width in CSS pixels (default 1200). */
    width?: number;
    /** Capture the whole page, not only the viewport (default true). */
    fullPage?: boolean;
}

/** A running browser; reuse it for a whole batch and call {@link BrowserSession.close} at the end. */
export interface BrowserSession {
    /**
     * Renders Mermaid text to a standalone SVG document (text, not HTML labels). Label text
     * comes out exactly as written: Mermaid draws a protected copy of the text and the
     * characters it cannot draw are put back (`protectSvgLabelText` in @sop/renderers).
     */
    renderMermaidSvg(mermaidText: string): Promise<string>;
    /**
     * As {@link renderMermaidSvg}, and says whether the flowchart had to be drawn without its
     * lanes because Mermaid's layout failed on them (see `withoutLanes`).
     */
    renderMermaidSvgDetailed(mermaidText: string): Promise<{ svg: string; withoutLanes: boolean }>;
    /** Rasterises an SVG document to PNG. */
    svgToPng(svg: string, options?: PngOptions): Promise<Uint8Array>;
    /** Prints a complete HTML page to an A4 PDF, honouring its print CSS; creation dates are fixed so output is repeatable. */
    htmlToPdf(html: string): Promise<Uint8Array>;
    /** Screenshots a complete HTML page to PNG. */
    screenshotHtml(html: string, options?: ScreenshotOptions): Promise<Uint8Array>;
    /** Closes every page and the browser. */
    close(): Promise<void>;
}

/** The browser flags of every export (see chromium-flags.ts); kept under its first name. */
export const CHROMIUM_ARGS: readonly string[] = CHROMIUM_FLAGS;

const require = createRequire(import.meta.url);

/** Absolute path of the Mermaid browser bundle installed with this package. */
export function mermaidScriptPath(): string {
    return require.resolve('mermaid/dist/mermaid.min.js');
}

/** Directory of Mermaid's ES module build (its entry and the chunks it imports), installed with this package. */
export function mermaidModuleDir(): string {
    return path.dirname(require.resolve('mermaid/dist/mermaid.esm.min.mjs'));
}

/**
 * The origin the Mermaid page is served from. Never looked up: the page's route answers every
 * request to it from Mermaid's build folder before it could reach the network (`.invalid` is
 * reserved and resolves nowhere), and the context aborts everything else.
 */
const MERMAID_ORIGIN = 'http://mermaid.invalid';
const MERMAID_PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div id="host"></div></body></html>';

/**
 * Serves the Mermaid page and Mermaid's ES modules to `page`. A module build is imported, not the
 * 3 MB script: the page loads the entry and, when the first flowchart is drawn, the chunks a
 * flowchart needs (about a quarter of Mermaid), which halves the start of a cold export.
 */
async function serveMermaid(page: Page): Promise<void> {
    const dir = mermaidModuleDir();
    await page.route(`${MERMAID_ORIGIN}/**`, route => {
        const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
        if (name === '') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: MERMAID_PAGE });
        // Only the build folder's own module files.
        if (!/^[\w.-]+(\/[\w.-]+)*\.mjs$/.test(name) || name.split('/').some(part => part.startsWith('.'))) return route.abort('blockedbyclient');
        return route.fulfill({ path: path.join(dir, ...name.split('/')), contentType: 'text/javascript; charset=utf-8' });
    });
    await page.goto(`${MERMAID_ORIGIN}/`);
}

/** Aborts every request that would leave the machine; data: and about: URLs are not routed. */
async function offline(context: BrowserContext): Promise<void> {
    await context.route('**/*', route => route.abort('blockedbyclient'));
}

/** Runs jobs one after another (one Mermaid page cannot render two diagrams at once). */
class SerialQueue {
    private tail: Promise<unknown> = Promise.resolve();
    run<T>(job: () => Promise<T>): Promise<T> {
        const next = this.tail.then(job, job);
        this.tail = next.catch(() => undefined);
        return next;
    }
}

/** One page with Mermaid loaded, and the queue of diagrams it draws. */
interface MermaidWorker {
    page: Promise<Page>;
    queue: SerialQueue;
    /** Diagrams queued or being drawn. */
    load: number;
}

class ChromiumSession implements BrowserSession {
    private readonly workers: MermaidWorker[] = [];
    private readonly docContexts = new Map<number, Promise<BrowserContext>>();

    constructor(private readonly browser: Browser, private readonly context: BrowserContext, private readonly parallel: number) { }

    /**
     * A page to draw on: an idle one, else a new one while there are fewer than `parallel`, else
     * the least busy. Each page after the first gets a context of its own, so Chromium runs it in
     * a renderer process of its own and the diagrams are drawn on several cores at once.
     */
    private worker(): MermaidWorker {
        const idle = this.workers.find(w => w.load === 0);
        if (idle) return idle;
        if (this.workers.length < this.parallel) {
            const worker = { page: this.loadMermaidPage(this.workers.length === 0), queue: new SerialQueue(), load: 0 };
            this.workers.push(worker);
            return worker;
        }
        return this.workers.reduce((a, b) => (b.load < a.load ? b : a));
    }

    private async loadMermaidPage(first: boolean): Promise<Page> {
        const context = first ? this.context : await this.browser.newContext();
        if (!first) await offline(context);
        const page = await context.newPage();
        await serveMermaid(page);
        // A string, not a function: a function's `import()` would be rewritten by whatever compiled
        // this file (a test runner's transform turns it into a helper the page does not have).
        await page.evaluate(`import(${JSON.stringify(`${MERMAID_ORIGIN}/mermaid.esm.min.mjs`)}).then(m => {
            m.default.initialize(${JSON.stringify(MERMAID_INIT)});
            globalThis.mermaid = m.default;
        })`);
        return page;
    }

    async renderMermaidSvg(mermaidText: string): Promise<string> {
        return (await this.renderMermaidSvgDetailed(mermaidText)).svg;
    }

    renderMermaidSvgDetailed(mermaidText: string): Promise<{ svg: string; withoutLanes: boolean }> {
        const worker = this.worker();
        worker.load++;
        return worker.queue.run(async () => {
            const page = await worker.page;
            const render = (text: string) => page.evaluate(async ({ id, text }) => {
                const m = (globalThis as unknown as { mermaid: { render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
                // A failed render leaves its scratch element behind; the next try starts clean.
                document.getElementById(id)?.remove();
                document.getElementById(`d${id}`)?.remove();
                const { svg } = await m.render(id, text);
                return svg;
            }, { id: DIAGRAM_ID, text: protectSvgLabelText(text) }).then(repairSvgLabelEntities);
            try {
                return { svg: await render(mermaidText), withoutLanes: false };
            } catch (error) {
                const flat = withoutLanes(mermaidText);
                if (flat === undefined) throw error;
                try {
                    return { svg: await render(flat), withoutLanes: true };
                } catch {
                    throw error;
                }
            }
        }).finally(() => { worker.load--; });
    }

    /**
     * Runs `job` on a fresh page and always closes that page. Document pages run with JavaScript
     * off: exported HTML and SVG are static, so nothing in user text can execute there. A device
     * scale factor is a context option, so there is one cached context per scale.
     */
    private async withPage<T>(job: (page: Page) => Promise<T>, scale = 1): Promise<T> {
        let ctx = this.docContexts.get(scale);
        if (!ctx) {
            ctx = this.browser.newContext({ deviceScaleFactor: scale, javaScriptEnabled: false }).then(async c => { await offline(c); return c; });
            this.docContexts.set(scale, ctx);
        }
        const page = await (await ctx).newPage();
        try {
            return await job(page);
        } finally {
            await page.close();
        }
    }

    async svgToPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
        const background = options.background ?? 'white';
        return this.withPage(async page => {
            // The SVG is inlined into a page with scripts disabled, so nothing in it can run. Mermaid
            // writes width="100%" and a max-width; the drawing is shown at its natural size instead.
            const size = svgSize(svg);
            const sizeCss = size ? `width:${size.width}px!important;height:${size.height}px!important;max-width:none!important;` : '';
            const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:${cssValue(background)}}`
                + `#s{display:inline-block;padding:16px}#s>svg{display:block;${sizeCss}}</style></head><body><div id="s">${stripXmlProlog(svg)}</div></body></html>`;
            await page.setContent(html);
            const box = page.locator('#s');
            const buf = await box.screenshot({ omitBackground: background === 'transparent', type: 'png' });
            return new Uint8Array(buf);
        }, options.scale ?? 2);
    }

    async htmlToPdf(html: string): Promise<Uint8Array> {
        return this.withPage(async page => {
            await page.setContent(html, { waitUntil: 'load' });
            await page.emulateMedia({ media: 'print' });
            const buf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
            return normalizePdfDates(new Uint8Array(buf));
        });
    }

    async screenshotHtml(html: string, options: ScreenshotOptions = {}): Promise<Uint8Array> {
        return this.withPage(async page => {
            await page.setViewportSize({ width: options.width ?? 1200, height: 800 });
            await page.setContent(html, { waitUntil: 'load' });
            const buf = await page.screenshot({ fullPage: options.fullPage ?? true, type: 'png' });
            return new Uint8Array(buf);
        });
    }

    async close(): Promise<void> {
        await this.browser.close();
    }
}

/** Only a safe subset of CSS colour syntax reaches the style sheet. */
function cssValue(v: string): string {
    if (!/^[#a-zA-Z0-9(),.%\s-]+$/.test(v)) throw new Error(`invalid background colour "${v}"`);
    return v;
}

/** The drawing size from the root element's viewBox. */
function svgSize(svg: string): { width: number; height: number } | undefined {
    const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
    const m = /viewBox="\s*[-\d.e]+[\s,]+[-\d.e]+[\s,]+([\d.e]+)[\s,]+([\d.e]+)\s*"/.exec(root);
    if (!m) return undefined;
    const width = Math.ceil(Number(m[1])), height = Math.ceil(Number(m[2]));
    return width > 0 && height > 0 && width < 100_000 && height < 100_000 ? { width, height } : undefined;
}

function stripXmlProlog(svg: string): string {
    return svg.replace(/^\s*<\?xml[^>]*\?>\s*/, '');
}

/** Pages to draw on at once by default: one per core, at most 8. */
export function defaultParallelism(): number {
    return Math.min(8, Math.max(1, availableParallelism()));
}

/**
 * Starts headless Chromium (see {@link findChromium}) with an offline context.
 * @throws ChromiumNotFoundError when no browser is installed.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<BrowserSession> {
    const executablePath = findChromium(options.executablePath);
    // Loaded on first use, so importing @sop/export (file names, safe writing) costs nothing
    // for callers that never start a browser, such as the VS Code extension host.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
    try {
        const context = await browser.newContext();
        await offline(context);
        return new ChromiumSession(browser, context, Math.max(1, options.parallel ?? defaultParallelism()));
    } catch (e) {
        await browser.close();
        throw e;
    }
}
