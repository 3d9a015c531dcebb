/**
 * What every document-level check receives: the document node, its semantic model, a reporter
 * bound to the document's profile and language, and the services.
 */
import type * as ast from '../generated/ast.js';
import type { DocumentModel } from '../model/model-types.js';
import type { SopServices } from '../sop-module.js';
import type { Reporter } from './report.js';

export interface CheckContext<D extends ast.Document = ast.Document, M extends DocumentModel = DocumentModel> {
    doc: D;
    model: M;
    reporter: Reporter;
    services: SopServices;
}

/** The target used for "component missing": the document's name. */
export function nameTarget(doc: ast.Document): { node: ast.Document; property: string } {
    return { node: doc, property: 'name' };
}
