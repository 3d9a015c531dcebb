/**
 * Public API of the SOP language package: services, the semantic model and its helpers,
 * the rule catalogue, and the generated syntax tree types.
 */
export * from './sop-module.js';
export * from './sop-settings.js';
export * from './model/model-types.js';
export * from './model/model-service.js';
export * from './model/durations.js';
export * from './model/dates.js';
export * from './model/flow-graph.js';
export * from './model/sp-model-builder.js';
export { workspaceOverview, isoPlusMonths } from './model/overview.js';
export { buildSopModel, stepsOf, profileOf } from './model/sop-model-builder.js';
export { defaultTemplate, labelSlots } from './model/template-settings.js';
export { syntaxProblems, type SyntaxProblem } from './parser/syntax-problems.js';
export { logoImageType } from './validation/logo-checks.js';
export { errorsWithin, type CountedDiagnostic } from './model/document-errors.js';
export * from './validation/rules.js';
export * from './validation/report.js';
export { LARGE_PROCEDURE_STEPS } from './validation/flow-checks.js';
export * from './syntax/keywords.js';
export * from './i18n/phrases.js';
export * as ast from './generated/ast.js';
export { SopLanguageLanguageMetaData } from './generated/module.js';
export * from './protocol.js';
export * from './workspace/settings-sync.js';
export * from './lsp/preview-protocol.js';
export { RequestGuard } from './lsp/request-guard.js';
export { checkParams, paramSchema, type ParamCheck } from './lsp/request-params.js';
