/**
 * Turns the server's models of a file into what the preview shows: picks the document under
 * the cursor, renders the chosen view, and keeps the last valid rendering while the file has
 * errors.
 */
import type { CollectionModel, DocumentModel, SopModel } from '@sop/language/model';
import type { ModelsResult, WorkspaceModelsResult } from '@sop/language/protocol';
import type { PreviewView, UpdateMessage, WebviewStrings } from '../../shared/messages.js';
import { bookCss, bookFrontHtml, bookPartHtml, documentLanguage, mermaidNodeId, officialCss, renderMermaid, renderOfficialBody, resolveBook, type BookPart } from '@sop/renderers/text';

/** The document whose range holds `line`, else the first SOP, else the first document. */
export function modelAt(models: readonly DocumentModel[], line: number | undefined): DocumentModel | undefined {
    if (line !== undefined) {
        const hit = models.find(m => m.range && m.range.start.line <= line && line <= m.range.end.line);
        if (hit) return hit;
    }
    return models.find(m => m.kind === 'sop') ?? models[0];
}

/** The step whose source range holds `line`. */
export function stepAt(model: DocumentModel | undefined, line: number): string | undefined {
    if (model?.kind !== 'sop') return undefined;
    return model.nodes.find(n => n.range && n.range.start.line <= line && line <= n.range.end.line)?.id;
}

/** Mermaid text and node map of one SOP. */
export function flowchartOf(model: SopModel): { mermaid: string; nodes: Record<string, string> } {
    const nodes: Record<string, string> = {};
    for (const n of model.nodes) nodes[mermaidNodeId(n.id)] = n.id;
    return { mermaid: renderMermaid(model, { lang: documentLanguage(model) }), nodes };
}

/**
 * The whole SOP book as the document view shows it: front matter, then every SOP of its contents
 * from the workspace, each marked KONSEP when it has errors (without logos, like every document in
 * the preview; the exports embed them).
 */
export function bookBody(collection: CollectionModel, workspace: WorkspaceModelsResult, errors: number): string {
    const lang = documentLanguage(collection);
    const entries = workspace.documents.flatMap(d => d.models.map((model, i) => ({ model, errors: d.modelErrors[i] ?? 0 })));
    const resolved = resolveBook(collection, entries.map(e => e.model));
    const parts: BookPart[] = resolved.sops.map(model => {
        const n = entries.find(e => e.model === model)?.errors ?? 0;
        return { model, draft: n ? { errors: n } : undefined };
    });
    const input = { collection, parts, draft: errors ? { errors } : undefined };
    return [bookFrontHtml(input, { lang }), ...parts.map(p => bookPartHtml(p, { lang }))].join('\n');
}

/** Builds the update for a view from the models to show (already chosen: current or last valid). */
export function buildUpdate(
    result: ModelsResult, shown: ModelsResult, view: PreviewView, line: number | undefined,
    strings: WebviewStrings, locked: boolean, workspace?: WorkspaceModelsResult,
): UpdateMessage {
    const base = { type: 'update' as const, uri: result.uri, version: result.version, view, errors: result.errors, stale: shown !== result, locked };
    const model = modelAt(shown.models, line);
    if (!model) return { ...base, title: '', empty: strings.noDocument };
    const highlight = line === undefined ? undefined : stepAt(model, line);
    if (view === 'flowchart') {
        if (model.kind !== 'sop') return { ...base, title: model.title, empty: strings.noFlowchart };
        return { ...base, title: model.title, highlight, ...flowchartOf(model) };
    }
    if (view === 'service-standard') {
        const sp = model.kind === 'sp' ? model : shown.models.find(m => m.kind === 'sp');
        if (!sp) return { ...base, title: model.title, empty: strings.noServiceStandard };
        return { ...base, title: sp.title, html: renderOfficialBody(sp, { lang: documentLanguage(sp), draft: shown.errors ? { errors: shown.errors } : undefined }), css: officialCss };
    }
    if (model.kind === 'collection' && workspace) {
        return { ...base, title: model.title, html: bookBody(model, workspace, shown.errors), css: `${officialCss}\n${bookCss}` };
    }
    return { ...base, title: model.title, html: renderOfficialBody(model, { lang: documentLanguage(model), draft: shown.errors ? { errors: shown.errors } : undefined }), css: officialCss };
}
