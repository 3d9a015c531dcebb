/**
 * `@sop/language/model`: the semantic model's types and the pure helpers that read it (dates,
 * durations, the flow graph, phrases, defaults). Nothing here loads Langium or the language server
 * library, so the renderers, the VS Code extension host and the webview can use it and stay light;
 * a test checks the extension bundle for that.
 */
export * from './model/model-types.js';
export * from './model/dates.js';
export * from './model/durations.js';
export * from './model/flow-graph.js';
export { defaultTemplate } from './model/default-template.js';
export { LARGE_PROCEDURE_STEPS } from './model/limits.js';
export { logoImageType, logoImageTypes } from './model/logo-types.js';
export { errorsWithin, type CountedDiagnostic } from './model/document-errors.js';
export * from './i18n/phrases.js';
export type { Lang } from './syntax/keywords.js';
