/**
 * "SOP: Compare with HEAD / Previous Revision": has the language server build both revisions of a
 * .sop file (with the .sop files beside it, as they were at that revision) into semantic models in
 * an in-memory workspace of their own — never the editor's, so the old text causes no duplicate
 * ids or diagnostics there — and runs @sop/review's semantic diff on them,
 * exactly as `sop diff` does. The result is what the preview's compare view shows.
 */
import * as vscode from 'vscode';
import type { SopModel } from '@sop/language/model';
import type { IsolatedModelsParams, IsolatedModelsResult } from '@sop/language/protocol';
import { mermaidNodeId } from '@sop/renderers/text';
import { diffMermaid, diffRevisions, formatText, summaryLine, type FieldValue, type ReviewInput, type RevisionSnapshot } from '@sop/review';
import type { CompareContent } from '../../shared/messages.js';
import { t, uiLang } from '../i18n.js';
import type { GitRepository } from './git-api.js';

interface SideFile { abs: string; path: string; text: string }

/** Asks the language server to build texts outside the workspace (`sop/isolatedModels`). */
export type IsolatedBuild = (params: IsolatedModelsParams) => Promise<IsolatedModelsResult>;

/**
 * Parses, links and validates one side in a workspace of its own (the compared file first), in
 * the language server: the extension host carries no parser.
 */
async function snapshot(build: IsolatedBuild, label: string, compared: SideFile | undefined, siblings: SideFile[]): Promise<RevisionSnapshot> {
    const profile = vscode.workspace.getConfiguration('sop').get<string>('validation.profile');
    const all = compared ? [compared, ...siblings] : siblings;
    const result = await build({
        files: all.map(f => ({ uri: vscode.Uri.file(f.abs).toString(), text: f.text })),
        report: compared ? 1 : 0, locale: uiLang(),
        profile: profile === 'generic' || profile === 'sop-ap' ? profile : undefined,
    });
    const models = result.files.map(f => f.models);
    const files = compared ? [{ path: compared.path, text: compared.text, models: models[0], diagnostics: result.files[0].diagnostics }] : [];
    return { label, files, context: models.flat() };
}

/** The .sop files in the folder of `uri` other than itself (current names; read per side). */
async function siblingNames(uri: vscode.Uri): Promise<vscode.Uri[]> {
    const dir = vscode.Uri.joinPath(uri, '..');
    try {
        const entries = await vscode.workspace.fs.readDirectory(dir);
        return entries.filter(([n, t]) => t === vscode.FileType.File && n.endsWith('.sop') && n !== uri.path.split('/').pop()).map(([n]) => vscode.Uri.joinPath(dir, n));
    } catch {
        return [];
    }
}

/** The text as the editor has it (unsaved edits included), else from disk. */
async function currentText(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
    } catch {
        return undefined;
    }
}

const show = (v: FieldValue) => (v === null ? '∅' : Array.isArray(v) ? v.join(', ') : v);

/** Compares the file at `ref` (HEAD, a commit) with its current text. */
export async function compareWithRevision(build: IsolatedBuild, repo: GitRepository, uri: vscode.Uri, ref: string, refLabel: string): Promise<CompareContent> {
    const rel = (u: vscode.Uri) => vscode.workspace.asRelativePath(u, false);
    const lang = uiLang();
    const names = await siblingNames(uri);
    const atRef = async (u: vscode.Uri): Promise<SideFile | undefined> => {
        try { return { abs: u.fsPath, path: rel(u), text: await repo.show(ref, u.fsPath) }; } catch { return undefined; }
    };
    const now = async (u: vscode.Uri): Promise<SideFile | undefined> => {
        const text = await currentText(u);
        return text === undefined ? undefined : { abs: u.fsPath, path: rel(u), text };
    };
    const defined = <T>(xs: Array<T | undefined>) => xs.filter((x): x is T => x !== undefined);
    const [oldFile, newFile, oldSiblings, newSiblings] = await Promise.all([
        atRef(uri), now(uri), Promise.all(names.map(atRef)).then(defined), Promise.all(names.map(now)).then(defined),
    ]);
    const newLabel = t('workingTree');
    const input: ReviewInput = {
        old: await snapshot(build, refLabel, oldFile, oldSiblings),
        new: await snapshot(build, newLabel, newFile, newSiblings),
        pairs: [{ old: oldFile?.path, new: newFile?.path }],
    };
    const report = diffRevisions(input, { lang });
    // Heading and summary line first, then the details of `sop diff` (its closing summary dropped).
    const line = summaryLine(report, lang);
    const [heading, ...details] = formatText(report, { lang, color: false });
    while (details.length && (details[details.length - 1].trim() === '' || details[details.length - 1] === line)) details.pop();
    const summary = [`${heading} — ${line}`, ...details];
    // The flowchart: the SOP of the file that changed (else the first SOP), drawn with the review on it.
    const sops = report.documents.filter(d => d.kind === 'sop' && d.status !== 'removed');
    const doc = sops.find(d => d.status !== 'unchanged') ?? sops[0];
    const base = { title: `${rel(uri)}: ${refLabel} ↔ ${newLabel}`, summary, oldLabel: refLabel, newLabel };
    const neu = doc && input.new.files[0]?.models.find((m): m is SopModel => m.kind === 'sop' && m.id === doc.id);
    if (!doc || !neu) return { ...base, nodes: {}, tooltips: {} };
    const old = input.old.files[0]?.models.find((m): m is SopModel => m.kind === 'sop' && m.id === doc.id);
    const nodes: Record<string, string> = {};
    for (const n of neu.nodes) nodes[mermaidNodeId(n.id)] = n.id;
    // Tooltips: what changed, old → new, per node of a styled step.
    const tooltips: Record<string, string> = {};
    for (const s of doc.steps) {
        const ids = s.status === 'removed'
            ? (old?.rows.find(r => r.id === s.id)?.nodeIds ?? [s.id]).map(id => `-${id}`)
            : neu.rows.find(r => r.id === s.id)?.nodeIds ?? [s.id];
        const lines = s.status === 'changed'
            ? s.fields.map(f => `${f.field}: ${show(f.old)} → ${show(f.new)}`)
            : [`${s.status}: ${s.text}`];
        if (s.oldId) lines.unshift(`id: ${s.oldId} → ${s.id}`);
        for (const id of ids) tooltips[mermaidNodeId(id)] = lines.join('\n');
    }
    return { ...base, title: `${neu.title} — ${refLabel} ↔ ${newLabel}`, mermaid: diffMermaid(doc, neu, old, lang), nodes, tooltips };
}
