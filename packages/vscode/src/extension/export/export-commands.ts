/**
 * The export commands of the command palette and the preview toolbar: one format for the
 * active .sop file (or the focused preview's file), the default format, all files in the
 * workspace with a progress notification, and the opt-in export on save.
 */
import * as vscode from 'vscode';
import type { ModelsResult, WorkspaceModelsResult } from '@sop/language/protocol';
import type { ExportFormat } from '../../shared/messages.js';
import { t } from '../i18n.js';
import type { PreviewManager } from '../preview/preview-manager.js';
import type { PreviewPanel } from '../preview/preview-panel.js';
import { exportSettings } from '../settings.js';
import { exportedFileUri, exportModels, type FileExportResult } from './export-file.js';
import type { OverwritePolicy } from './write-file.js';

const COMMANDS: Record<string, ExportFormat> = {
    'sop.export.svg': 'svg', 'sop.export.png': 'png', 'sop.export.markdown': 'md', 'sop.export.mermaid': 'mmd',
    'sop.export.html': 'html', 'sop.export.pdf': 'pdf', 'sop.export.docx': 'docx',
};

/** Everything the export commands need from the rest of the extension. */
export interface ExportHost {
    previews: PreviewManager;
    fetchModels(uri: string): Promise<ModelsResult | null>;
    /** Every model of the workspace (an SOP book is printed with its SOPs), or null when the server cannot say. */
    fetchWorkspaceModels?(): Promise<WorkspaceModelsResult | null>;
    log: vscode.OutputChannel;
}

export class ExportCommands {
    /** Files the user allowed export on save to overwrite, for this session. */
    private readonly onSaveAllowed = new Set<string>();

    constructor(context: vscode.ExtensionContext, private readonly host: ExportHost) {
        for (const [id, format] of Object.entries(COMMANDS)) {
            context.subscriptions.push(vscode.commands.registerCommand(id, (uri?: vscode.Uri) => this.exportCurrent(format, uri)));
        }
        context.subscriptions.push(
            vscode.commands.registerCommand('sop.export.current', (uri?: vscode.Uri) => this.exportCurrent(exportSettings(uri).format, uri)),
            vscode.commands.registerCommand('sop.export.all', () => this.exportAll()),
            vscode.workspace.onDidSaveTextDocument(doc => this.onSave(doc)),
        );
    }

    /** Toolbar button of a preview: export that preview's document. */
    fromPreview(format: ExportFormat, panel: PreviewPanel): void {
        void this.exportCurrent(format, panel.uri);
    }

    /** The .sop file a command refers to: the argument, the focused preview, or the active editor. */
    private target(uri?: vscode.Uri): vscode.Uri | undefined {
        if (uri) return uri;
        const previewUri = this.host.previews.focusedPreviewUri();
        if (previewUri) return previewUri;
        const doc = vscode.window.activeTextEditor?.document;
        return doc?.languageId === 'sop' ? doc.uri : undefined;
    }

    /** A preview panel of `uri` to draw SVG/PNG in, opened beside the editor when there is none. */
    private panelGetter(uri: vscode.Uri): () => Promise<PreviewPanel> {
        return async () => {
            const p = this.host.previews.panelFor(uri) ?? await this.host.previews.open(uri, true, true);
            if (!p) throw new Error(t('noActiveSop'));
            return p;
        };
    }

    /** Fetches the workspace's models once per export, when a book needs them. */
    private workspace(): (() => Promise<WorkspaceModelsResult | null>) | undefined {
        const fetch = this.host.fetchWorkspaceModels;
        if (!fetch) return undefined;
        let once: Promise<WorkspaceModelsResult | null> | undefined;
        return () => (once ??= fetch.call(this.host));
    }

    private async models(uri: vscode.Uri): Promise<ModelsResult | null> {
        let result = await this.host.fetchModels(uri.toString());
        if (!result) {
            // Not known to the server yet (outside the indexed folders): opening it sends didOpen.
            await vscode.workspace.openTextDocument(uri);
            result = await this.host.fetchModels(uri.toString());
        }
        return result;
    }

    async exportCurrent(format: ExportFormat, uri?: vscode.Uri): Promise<FileExportResult | undefined> {
        const target = this.target(uri);
        if (!target) { void vscode.window.showWarningMessage(t('noActiveSop')); return undefined; }
        try {
            const result = await this.models(target);
            if (!result?.models.length) { void vscode.window.showWarningMessage(t('noModel')); return undefined; }
            const done = await exportModels(target, result, format, this.panelGetter(target), {}, false, undefined, this.workspace());
            this.report(target, done);
            return done;
        } catch (e) {
            this.fail(e);
            return undefined;
        }
    }

    private report(source: vscode.Uri, done: FileExportResult): void {
        const files = [...done.written, ...done.unchanged];
        for (const f of files) this.host.log.appendLine(`exported ${f}`);
        if (done.skipped.length && !files.length) {
            void vscode.window.showInformationMessage(t('exportSkipped', done.skipped.map(f => vscode.workspace.asRelativePath(exportedFileUri(f))).join(', ')));
            return;
        }
        if (!files.length) { void vscode.window.showWarningMessage(t('noFlowchart')); return; }
        const names = files.map(f => vscode.workspace.asRelativePath(exportedFileUri(f))).join(', ');
        const msg = done.errors ? `${t('exportDone', names)} - ${t('hasErrors', vscode.workspace.asRelativePath(source), done.errors)}` : t('exportDone', names);
        void vscode.window.showInformationMessage(msg, t('exportOpen')).then(choice => {
            if (choice) void vscode.commands.executeCommand('vscode.open', exportedFileUri(files[0]));
        });
    }

    private fail(e: unknown): void {
        const message = e instanceof Error ? e.message : String(e);
        this.host.log.appendLine(`export failed: ${message}`);
        void vscode.window.showErrorMessage(t('exportFailed', message));
    }

    /** Exports every .sop file of the workspace in the default format. */
    async exportAll(): Promise<void> {
        const files = await vscode.workspace.findFiles('**/*.sop', '**/node_modules/**');
        if (!files.length) { void vscode.window.showInformationMessage(t('exportAllNone')); return; }
        files.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
        const policy: OverwritePolicy = {};
        let written = 0, skipped = 0, failed = 0;
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('exportAllProgress'), cancellable: true }, async (progress, token) => {
            for (const [i, uri] of files.entries()) {
                if (token.isCancellationRequested) break;
                progress.report({ message: `${vscode.workspace.asRelativePath(uri)} (${i + 1}/${files.length})`, increment: 100 / files.length });
                try {
                    const result = await this.models(uri);
                    if (!result) continue;
                    const done = await exportModels(uri, result, exportSettings(uri).format, this.panelGetter(uri), policy, true, undefined, this.workspace());
                    written += done.written.length + done.unchanged.length;
                    skipped += done.skipped.length;
                } catch (e) {
                    failed++;
                    this.host.log.appendLine(`export of ${uri.fsPath} failed: ${e instanceof Error ? e.message : String(e)}`);
                }
            }
        });
        void vscode.window.showInformationMessage(t('exportAllDone', written, skipped, failed));
    }

    /** Opt-in export on save (`sop.export.onSave`); asks once per file before overwriting. */
    private async onSave(doc: vscode.TextDocument): Promise<void> {
        if (doc.languageId !== 'sop' || !exportSettings(doc.uri).onSave) return;
        try {
            const result = await this.models(doc.uri);
            if (!result?.models.length) return;
            const done = await exportModels(doc.uri, result, exportSettings(doc.uri).format, this.panelGetter(doc.uri), { remembered: this.onSaveAllowed }, false, undefined, this.workspace());
            done.written.forEach(f => this.host.log.appendLine(`exported on save ${f}`));
        } catch (e) {
            this.fail(e);
        }
    }
}
