/**
 * Exports every document of one .sop file in one format: asks the server for the models,
 * renders, and writes beside the source (or to `sop.export.outputFolder`).
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import type { ModelsResult, WorkspaceModelsResult } from '@sop/language/protocol';
import type { ExportFormat } from '../../shared/messages.js';
import type { PreviewPanel } from '../preview/preview-panel.js';
import { exportSettings } from '../settings.js';
import { bookContent, exportContent, FLOWCHART_FORMATS } from './formats.js';
import { BOOK_FORMATS, outputFileName, type ExportFormat as PipelineFormat } from '@sop/export/pipeline';
import { writeWithConsent, type OverwritePolicy } from './write-file.js';

/** What one file's export did. */
export interface FileExportResult {
    written: string[];
    unchanged: string[];
    skipped: string[];
    errors: number;
}

/** The folder exports of `source` go to. */
export function outputFolder(source: vscode.Uri): string {
    const setting = exportSettings(source).outputFolder.trim();
    const dir = path.dirname(source.fsPath);
    if (!setting) return dir;
    const folder = vscode.workspace.getWorkspaceFolder(source)?.uri.fsPath ?? dir;
    const expanded = setting.replace(/\$\{workspaceFolder\}/g, folder).replace(/\$\{fileDirname\}/g, dir);
    return path.isAbsolute(expanded) ? expanded : path.join(folder, expanded);
}

/**
 * How an export names a file: its path on desktop (a `file:` source, as always), its URI string
 * when the source is on another file system (github.dev's vscode-vfs:, code-server's
 * vscode-remote:, where the web build of the extension writes with `vscode.workspace.fs`).
 */
function fileName(source: vscode.Uri, file: string): string {
    return source.scheme === 'file' ? file : source.with({ path: file }).toString();
}

/** The URI of a file named by {@link fileName} (what the "Open" button of the export message opens). */
export function exportedFileUri(file: string): vscode.Uri {
    return /^[a-z][a-z0-9+.-]+:\/\//i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}

/**
 * Exports the documents of `result` (the models of `source`) in `format`. An SOP book in html, pdf
 * or docx is the whole book, its SOPs from `workspace` (every model of the workspace).
 */
export async function exportModels(
    source: vscode.Uri, result: ModelsResult, format: ExportFormat, panel: () => Promise<PreviewPanel>,
    policy: OverwritePolicy = {}, batch = false, only?: string, workspace?: () => Promise<WorkspaceModelsResult | null>,
): Promise<FileExportResult> {
    const out: FileExportResult = { written: [], unchanged: [], skipped: [], errors: result.errors };
    const settings = exportSettings(source);
    const dir = outputFolder(source);
    const root = fileName(source, vscode.workspace.getWorkspaceFolder(source)?.uri.fsPath ?? path.dirname(source.fsPath));
    for (const [i, model] of result.models.entries()) {
        if (only && model.id !== only) continue;
        if (FLOWCHART_FORMATS.has(format) && model.kind !== 'sop') continue;
        const whole = model.kind === 'collection' && BOOK_FORMATS.has(format) ? await workspace?.() : undefined;
        if (model.kind === 'collection' && format !== 'md' && !whole) continue;
        const file = fileName(source, path.join(dir, outputFileName(source.fsPath, model.id, format as PipelineFormat)));
        const place = { source: fileName(source, source.fsPath), target: file, root };
        const errors = result.modelErrors?.[i] ?? result.errors;
        const content = model.kind === 'collection' && whole
            ? await bookContent(model, format as 'html' | 'pdf' | 'docx', settings, panel, place, errors, whole)
            : await exportContent(model, format, settings, panel, place, errors);
        const outcome = await writeWithConsent(file, content, policy, batch);
        out[outcome === 'written' ? 'written' : outcome === 'unchanged' ? 'unchanged' : 'skipped'].push(file);
    }
    return out;
}
