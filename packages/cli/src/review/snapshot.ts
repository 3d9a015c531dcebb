/**
 * Builds one side of `sop diff` as the review engine takes it: the side's files and siblings in
 * one workspace (references resolve as they did at that revision), validated, with the models
 * and diagnostics of the compared files and every model as context.
 */
import type { RevisionSnapshot } from '@sop/review';
import { toCliDiagnostic } from '../diagnostics-format.js';
import { loadWorkspaceFromTexts, type WorkspaceOptions } from '../workspace.js';
import type { SideFiles } from './sides.js';

/** Loads, links and validates one side. */
export async function buildSnapshot(side: SideFiles, options: WorkspaceOptions): Promise<RevisionSnapshot> {
    const all = [...side.compared, ...side.siblings];
    const ws = await loadWorkspaceFromTexts(all.map(f => ({ path: f.abs, text: f.text })), options);
    const models = ws.documents.map(d => ws.services.sop.Models.getModels(d));
    return {
        label: side.label,
        files: side.compared.map((f, i) => ({
            path: f.path,
            text: f.text,
            models: models[i],
            diagnostics: (ws.documents[i].diagnostics ?? []).map(d => {
                const { code, severity, line, column, message } = toCliDiagnostic(f.abs, d);
                return { code, severity, line, column, message };
            }),
        })),
        context: models.flat(),
    };
}
