/**
 * Pure, deterministic renderers of the SOP semantic model. None of them reads the syntax tree,
 * touches the file system or starts a browser: the same functions serve the CLI, the preview
 * and the tests.
 */
export * from './mermaid/index.js';
export * from './markdown/index.js';
export * from './official/index.js';
export * from './docx/index.js';
