/**
 * Mermaid flowchart renderer: {@link renderMermaid}, {@link splitBySection}, stable node ids
 * ({@link mermaidNodeId}) and the SVG label repair for `htmlLabels: false`.
 */
export * from './flowchart.js';
export * from './ids.js';
export * from './config.js';
export * from './svg-text.js';
