/**
 * Entry point of the SOP extension: starts the language client, the preview manager and the
 * export commands, and wires the server's "documents validated" signal to the previews.
 * No telemetry is collected or sent.
 */
import * as vscode from 'vscode';
// The common client type: the desktop client (node IPC) and the web one (a web worker) are both one.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
// Relative import: the package index would pull all of Langium into the extension bundle.
import { DocumentsValidatedNotification, IsolatedModelsRequest, ModelsRequest, OverviewRequest, WorkspaceModelsRequest, type DocumentsValidatedParams, type IsolatedModelsParams, type IsolatedModelsResult, type ModelsResult, type OverviewResult, type WorkspaceModelsResult } from '@sop/language/protocol';
import { startClient } from './client.js';
import { ExportCommands } from './export/export-commands.js';
import { PreviewManager } from './preview/preview-manager.js';
import { registerKeywordCommands } from './keyword-commands.js';
import { registerOverview } from './overview/overview-view.js';

let client: LanguageClient | undefined;

/** Activation time in ms (from `activate` to the client being ready), for the status and tests. */
export let activationMs = 0;

export async function activate(context: vscode.ExtensionContext): Promise<{ activationMs: number }> {
    const started = Date.now();
    // A log channel: VS Code time-stamps each line and keeps it in the log folder (the e2e test reads it).
    const log = vscode.window.createOutputChannel('SOP', { log: true });
    context.subscriptions.push(log);
    log.info('activate');
    const firstDiagnostics = vscode.languages.onDidChangeDiagnostics(e => {
        if (!e.uris.some(u => u.path.endsWith('.sop'))) return;
        log.info(`first diagnostics ${Date.now() - started} ms after activation`);
        firstDiagnostics.dispose();
    });
    context.subscriptions.push(firstDiagnostics);
    let ready: Promise<LanguageClient> | undefined;
    const fetchModels = async (uri: string): Promise<ModelsResult | null> => {
        const c = await ready;
        if (!c) return null;
        try {
            return await c.sendRequest<ModelsResult | null>(ModelsRequest, { uri });
        } catch (e) {
            log.warn(`sop/models failed for ${uri}: ${e instanceof Error ? e.message : String(e)}`);
            return null;
        }
    };
    const buildIsolated = async (params: IsolatedModelsParams): Promise<IsolatedModelsResult> => {
        const c = await ready;
        if (!c) throw new Error('the SOP language server is not running');
        return c.sendRequest<IsolatedModelsResult>(IsolatedModelsRequest, params);
    };
    const fetchWorkspaceModels = async (): Promise<WorkspaceModelsResult | null> => {
        const c = await ready;
        if (!c) return null;
        try {
            return await c.sendRequest<WorkspaceModelsResult>(WorkspaceModelsRequest, {});
        } catch (e) {
            log.warn(`sop/workspaceModels failed: ${e instanceof Error ? e.message : String(e)}`);
            return null;
        }
    };
    const fetchOverview = async (): Promise<OverviewResult | null> => {
        const c = await ready;
        if (!c) return null;
        try {
            return await c.sendRequest<OverviewResult>(OverviewRequest, {});
        } catch (e) {
            log.warn(`sop/overview failed: ${e instanceof Error ? e.message : String(e)}`);
            return null;
        }
    };
    let exports: ExportCommands | undefined;
    const previews = new PreviewManager(context, {
        fetchModels,
        buildIsolated,
        log,
        runExport: (format, panel) => exports?.fromPreview(format as Parameters<ExportCommands['fromPreview']>[0], panel),
    });
    exports = new ExportCommands(context, { previews, fetchModels, fetchWorkspaceModels, log });
    registerKeywordCommands(context);
    ready = startClient(context);
    client = await ready;
    const overview = registerOverview(context, fetchOverview);
    context.subscriptions.push(client.onNotification(DocumentsValidatedNotification, (p: DocumentsValidatedParams) => {
        previews.documentsValidated(p.uris);
        overview.refresh();
    }));
    activationMs = Date.now() - started;
    log.info(`SOP language client ready in ${activationMs} ms`);
    return { activationMs };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
