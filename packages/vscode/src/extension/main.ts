/**
 * Entry point of the SOP extension: starts the language client, the preview manager and the
 * export commands, and wires the server's "documents validated" signal to the previews.
 * No telemetry is collected or sent.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
// Relative import: the package index would pull all of Langium into the extension bundle.
import { DocumentsValidatedNotification, ModelsRequest, type DocumentsValidatedParams, type ModelsResult } from '../../../language/src/protocol.js';
import { startClient } from './client.js';
import { ExportCommands } from './export/export-commands.js';
import { PreviewManager } from './preview/preview-manager.js';
import { registerKeywordCommands } from './keyword-commands.js';

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
    let exports: ExportCommands | undefined;
    const previews = new PreviewManager(context, {
        fetchModels,
        log,
        runExport: (format, panel) => exports?.fromPreview(format as Parameters<ExportCommands['fromPreview']>[0], panel),
    });
    exports = new ExportCommands(context, { previews, fetchModels, log });
    registerKeywordCommands(context);
    ready = startClient(context);
    client = await ready;
    context.subscriptions.push(client.onNotification(DocumentsValidatedNotification, (p: DocumentsValidatedParams) => previews.documentsValidated(p.uris)));
    activationMs = Date.now() - started;
    log.info(`SOP language client ready in ${activationMs} ms`);
    return { activationMs };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
