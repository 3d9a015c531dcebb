/**
 * Mermaid flowchart renderer: {@link renderMermaid}, {@link splitBySection}, stable node ids
 * ({@link mermaidNodeId}), label and comment escaping ({@link mermaidLabel}, {@link mermaidComment})
 * and the exact label text of our own SVG export ({@link protectSvgLabelText}).
 */
export * from './flowchart.js';
export * from './ids.js';
export * from './config.js';
export * from './svg-text.js';
export * from './label-text.js';
