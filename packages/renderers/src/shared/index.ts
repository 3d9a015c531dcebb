/** Small helpers shared by the Mermaid and Markdown renderers. */
export * from './escape.js';
export * from './labels.js';
export * from './document-link.js';
export * from './document-language.js';
