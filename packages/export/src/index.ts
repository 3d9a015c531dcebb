/**
 * @sop/export: file export of SOP documents. One pipeline ({@link exportDocument}) for every
 * format; headless Chromium turns Mermaid into SVG/PNG (playwright, one browser per batch,
 * offline) and HTML into PDF (`PdfPrinter`); {@link writeOutput} writes files safely and
 * {@link outputFileName} names them deterministically. See README.md. Light subpaths:
 * `./pipeline` (no playwright) and `./mermaid-config` (for the webview).
 */
export * from './pipeline.js';
export * from './browser.js';
export * from './mermaid-config.js';
export * from './mermaid-fallback.js';
