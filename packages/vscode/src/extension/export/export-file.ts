/**
 * Exports every document of one .sop file in one format: asks the server for the models,
 * renders, and writes beside the source (or to `sop.export.outputFolder`).
 */
import * as vscode from 'vscode';
import * as path from 'node:path';
import type { ModelsResult } from '@sop/language';
import type { ExportFormat } from '../../shared/messages.js';
import type { PreviewPanel } from '../preview/preview-panel.js';
import { exportSettings } from '../settings.js';
import { exportContent, FLOWCHART_FORMATS } from './formats.js';
import { outputFileName } from './sop-export.js';
import { finalContent, writeWithConsent, type OverwritePolicy } from './write-file.js';

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

/** Exports the documents of `result` (the models of `source`) in `format`. */
export async function exportModels(
    source: vscode.Uri, result: ModelsResult, format: ExportFormat, panel: () => Promise<PreviewPanel>,
    policy: OverwritePolicy = {}, batch = false, only?: string,
): Promise<FileExportResult> {
    const out: FileExportResult = { written: [], unchanged: [], skipped: [], errors: result.errors };
    const settings = exportSettings(source);
    const dir = outputFolder(source);
    const rel = vscode.workspace.asRelativePath(source);
    for (const model of result.models) {
        if (only && model.id !== only) continue;
        if (FLOWCHART_FORMATS.has(format) && model.kind !== 'sop') continue;
        if (model.kind === 'collection' && format !== 'md') continue;
        const file = path.join(dir, outputFileName(source.fsPath, model.id, format));
        const content = finalContent(format, await exportContent(model, format, settings, panel, result.errors), rel);
        const outcome = await writeWithConsent(file, content, policy, batch);
        out[outcome === 'written' ? 'written' : outcome === 'unchanged' ? 'unchanged' : 'skipped'].push(file);
    }
    return out;
}
