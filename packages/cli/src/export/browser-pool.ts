/**
 * The one browser of an export run: launched on the first job that needs it, reused by every
 * later job, closed at the end. When no browser is found, the launch error is kept so each
 * browser job fails fast with the same clear message.
 */
import { findBrowser, launchBrowser, PdfPrinter, type BrowserSession, type ExportBackend } from '@sop/export';

/**
 * The browser `sop export` uses: `--browser`, else `CHROMIUM_PATH`, else Chrome, Edge or Chromium
 * installed on this computer. Throws ChromiumNotFoundError, whose message names `--browser`.
 */
export function exportBrowserPath(browser: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
    return findBrowser({ explicit: browser, explicitFrom: '--browser', setWith: '--browser PATH (or CHROMIUM_PATH)', env });
}

export class LazyBrowser {
    private session?: Promise<BrowserSession>;
    private printer?: Promise<PdfPrinter>;
    private readonly svgCache = new Map<string, Promise<string>>();
    private readonly laneless = new Set<string>();

    /** @param browser the `--browser` path, if any; @param parallel diagrams drawn at once (`--jobs`) */
    constructor(private readonly browser?: string, private readonly parallel?: number) { }

    /** The running session (launching it the first time). Rejects with the launch error. */
    get(): Promise<BrowserSession> {
        this.session ??= (async () => launchBrowser({ executablePath: exportBrowserPath(this.browser), parallel: this.parallel }))();
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

    /**
     * HTML → PDF with the printer the VS Code extension uses too (same flags, same print
     * parameters, so both write the same bytes); started on the first PDF, shared by the run.
     */
    pdf(html: string): Promise<Uint8Array> {
        this.printer ??= (async () => PdfPrinter.launch(exportBrowserPath(this.browser)))();
        return this.printer.then(p => p.print(html));
    }

    /** The export pipeline's back end for this run; `theme` picks the PNG background. */
    backend(theme?: string): ExportBackend {
        return {
            svg: mermaid => this.svg(mermaid),
            // The dark Mermaid theme draws light text, so its PNG gets Mermaid's dark background.
            png: async mermaid => (await this.get()).svgToPng(await this.svg(mermaid), { scale: 2, background: theme === 'dark' ? '#333333' : 'white' }),
            pdf: html => this.pdf(html),
            docx: () => import('@sop/renderers/docx'),
        };
    }

    /** Closes the browsers that were started. */
    async close(): Promise<void> {
        for (const started of [this.session, this.printer]) {
            if (!started) continue;
            try {
                await (await started).close();
            } catch { /* it never started */ }
        }
    }
}
