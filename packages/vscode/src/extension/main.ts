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
import { registerImportCommand } from './import/import-command.js';

let client: LanguageClient | undefined;

/** Activation time in ms (`activate` itself; the language client gets ready after it), for the status and tests. */
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
    /** A request to the server whose failure reaches the caller. */
    const request = async <R>(method: string, params: object): Promise<R> => {
        const c = await ready;
        if (!c) throw new Error('the SOP language server is not running');
        return c.sendRequest<R>(method, params);
    };
    const buildIsolated = (params: IsolatedModelsParams) => request<IsolatedModelsResult>(IsolatedModelsRequest, params);
    /** A request to the server whose failure is logged and answered with null (the caller shows what it has). */
    const ask = async <R>(method: string, params: object): Promise<R | null> => {
        const c = await ready;
        if (!c) return null;
        try {
            return await c.sendRequest<R>(method, params);
        } catch (e) {
            log.warn(`${method} failed: ${e instanceof Error ? e.message : String(e)}`);
            return null;
        }
    };
    const fetchWorkspaceModels = () => ask<WorkspaceModelsResult>(WorkspaceModelsRequest, {});
    const fetchOverview = () => ask<OverviewResult>(OverviewRequest, {});
    let exports: ExportCommands | undefined;
    const previews = new PreviewManager(context, {
        fetchModels,
        fetchWorkspaceModels,
        buildIsolated,
        log,
        runExport: (format, panel) => exports?.fromPreview(format as Parameters<ExportCommands['fromPreview']>[0], panel),
    });
    exports = new ExportCommands(context, { previews, fetchModels, fetchWorkspaceModels, log });
    registerKeywordCommands(context);
    registerImportCommand(context, { request, log });
    const overview = registerOverview(context, fetchOverview);
    // The language server starts in the background: activation (commands, views, the preview) does
    // not wait for it; requests wait on `ready` instead.
    ready = startClient(context);
    void ready.then(c => {
        client = c;
        context.subscriptions.push(c.onNotification(DocumentsValidatedNotification, (p: DocumentsValidatedParams) => {
            previews.documentsValidated(p.uris);
            overview.refresh();
        }));
        log.info(`SOP language client ready in ${Date.now() - started} ms`);
    }, e => log.error(`the SOP language server did not start: ${e instanceof Error ? e.message : String(e)}`));
    activationMs = Date.now() - started;
    log.info(`activated in ${activationMs} ms`);
    return { activationMs };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
