/**
 * Pure, deterministic renderers of the SOP semantic model. None of them reads the syntax tree,
 * touches the file system or starts a browser: the same functions serve the CLI, the preview
 * and the tests. Subpaths for light clients: `./text` (all but DOCX), `./docx`, `./svg-text`.
 */
export * from './text.js';
export * from './docx/index.js';
