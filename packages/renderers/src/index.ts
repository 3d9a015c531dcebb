/**
 * Pure, deterministic renderers of the SOP semantic model. None of them reads the syntax tree,
 * touches the file system or starts a browser: the same functions serve the CLI, the preview
 * and the tests.
 */
export * from './mermaid/index.js';
export * from './markdown/index.js';
export * from './official/index.js';
export * from './docx/index.js';
// Escaping of user text, for packages that write Markdown of their own (the review of a change).
export { markdownText, oneLine } from './shared/escape.js';
export { componentTitle } from './shared/labels.js';
export { documentLanguage } from './shared/document-language.js';
