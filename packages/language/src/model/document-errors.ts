/**
 * The errors of one document of a file: those whose start lies within the document's lines. A
 * document with any is a draft when exported; the CLI, the language server (for the extension)
 * and the SOP book count them with this one function, so every export agrees.
 */
import type { DocumentModel } from './model-types.js';

/** A diagnostic as far as counting needs it (LSP shape: 0-based range, severity 1 = error). */
export interface CountedDiagnostic {
    severity?: number;
    range: { start: { line: number } };
}

/** Errors (severity 1) among `diagnostics` that start within `model`'s lines (all, when it has no range). */
export function errorsWithin(diagnostics: readonly CountedDiagnostic[], model: Pick<DocumentModel, 'range'>): number {
    return diagnostics.filter(d => d.severity === 1
        && (!model.range || (d.range.start.line >= model.range.start.line && d.range.start.line <= model.range.end.line))).length;
}
