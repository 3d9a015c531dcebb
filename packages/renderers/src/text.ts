/**
 * `@sop/renderers/text`: every renderer but DOCX (Mermaid, Markdown, the official HTML). The
 * VS Code extension host loads this at activation and the `docx` library only when a Word file
 * is asked for (`@sop/renderers/docx`).
 */
export * from './mermaid/index.js';
export * from './markdown/index.js';
export * from './official/index.js';
// Escaping of user text, for packages that write Markdown of their own (the review of a change).
export { markdownText, oneLine } from './shared/escape.js';
export { componentTitle } from './shared/labels.js';
export { documentLanguage } from './shared/document-language.js';
