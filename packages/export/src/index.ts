/**
 * @sop/export: file export of SOP documents. Headless Chromium turns Mermaid into SVG/PNG and
 * HTML into PDF (one browser per batch, offline); {@link writeOutput} writes files safely and
 * {@link outputFileName} names them deterministically. See README.md.
 */
export * from './chromium-path.js';
export * from './browser.js';
export * from './mermaid-config.js';
export * from './mermaid-fallback.js';
export * from './file-names.js';
export * from './write-output.js';
export * from './pdf-dates.js';
