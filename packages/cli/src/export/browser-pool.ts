/**
 * The one browser of an export run: launched on the first job that needs it, reused by every
 * later job, closed at the end. When no browser is found, the launch error is kept so each
 * browser job fails fast with the same clear message.
 */
import { findBrowser, launchBrowser, type BrowserSession } from '@sop/export';

/**
 * The browser `sop export` uses: `--browser`, else `CHROMIUM_PATH`, else Chrome, Edge or Chromium
 * installed on this computer. Throws ChromiumNotFoundError, whose message names `--browser`.
 */
export function exportBrowserPath(browser: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
    return findBrowser({ explicit: browser, explicitFrom: '--browser', setWith: '--browser PATH (or CHROMIUM_PATH)', env });
}

export class LazyBrowser {
    private session?: Promise<BrowserSession>;
    private readonly svgCache = new Map<string, Promise<string>>();
    private readonly laneless = new Set<string>();

    /** @param browser the `--browser` path, if any */
    constructor(private readonly browser?: string) { }

    /** The running session (launching it the first time). Rejects with the launch error. */
    get(): Promise<BrowserSession> {
        this.session ??= (async () => launchBrowser({ executablePath: exportBrowserPath(this.browser) }))();
        return this.session;
    }

    /** SVG of a Mermaid text; svg and png of the same diagram render it once. */
    svg(mermaid: string): Promise<string> {
        let svg = this.svgCache.get(mermaid);
        if (!svg) {
            svg = this.get().then(s => s.renderMermaidSvgDetailed(mermaid)).then(r => {
                if (r.withoutLanes) this.laneless.add(mermaid);
                return r.svg;
            });
            this.svgCache.set(mermaid, svg);
        }
        return svg;
    }

    /** True when the diagram of this Mermaid text could only be drawn without its lanes. */
    drawnWithoutLanes(mermaid: string): boolean {
        return this.laneless.has(mermaid);
    }

    /** Closes the browser if it was started. */
    async close(): Promise<void> {
        if (!this.session) return;
        try {
            await (await this.session).close();
        } catch { /* it never started */ }
    }
}
