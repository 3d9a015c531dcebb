/**
 * The browser-free parts of '@sop/export' (file names, safe writing, Chromium lookup, Mermaid
 * config). Imported by relative path because the package index also loads playwright-core at
 * the top level, and playwright-core is not shipped in the .vsix (it would fail activation).
 * Switch to `from '@sop/export'` once that package loads playwright-core lazily.
 */
export { markText, writeOutput, foreignReason } from '../../../../export/src/write-output.js';
export { outputFileName } from '../../../../export/src/file-names.js';
export { findBrowser, findChromium, ChromiumNotFoundError } from '../../../../export/src/chromium-path.js';
export { MERMAID_INIT, DIAGRAM_ID } from '../../../../export/src/mermaid-config.js';
