/**
 * Serves the custom protocol of protocol.ts: announces validated documents and answers
 * `sop/models` with the semantic models of a file once it is validated, `sop/workspaceModels` with
 * those of every document, and `sop/isolatedModels` with those of texts outside the workspace.
 */
import { DocumentState, URI, isOperationCancelled } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import type { SopServices } from '../sop-module.js';
import { DocumentsValidatedNotification, ModelsRequest, OverviewRequest, WorkspaceModelsRequest, type ModelsParams, type ModelsResult, type OverviewResult, type WorkspaceModelsResult } from '../protocol.js';
import { workspaceOverview } from '../model/overview.js';
import { registerIsolatedModels } from './isolated-models.js';
import { errorsWithin } from '../model/document-errors.js';

/** Registers the notification and the request on a connection. */
export function registerPreviewProtocol(connection: Connection, shared: LangiumSharedServices, services: SopServices): void {
    registerIsolatedModels(connection, services);
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        void connection.sendNotification(DocumentsValidatedNotification, { uris: documents.map(d => d.uri.toString()) });
    });
    connection.onRequest(ModelsRequest, async (params: ModelsParams, token): Promise<ModelsResult | null> => {
        const uri = URI.parse(params.uri);
        const documents = shared.workspace.LangiumDocuments;
        if (!documents.hasDocument(uri)) return null;
        try {
            await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        } catch (error) {
            // Langium cancels with a symbol, which vscode-jsonrpc would answer as an InternalError.
            if (isOperationCancelled(error)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
            // The document was closed or deleted while waiting: it has no models any more.
            if (error instanceof ResponseError && error.code === LSPErrorCodes.ServerCancelled) return null;
            throw error;
        }
        const doc = documents.getDocument(uri);
        if (!doc) return null;
        const diagnostics = doc.diagnostics ?? [];
        const models = services.sop.Models.getModels(doc);
        return {
            uri: params.uri,
            version: doc.textDocument.version,
            models,
            modelErrors: models.map(m => errorsWithin(diagnostics, m)),
            errors: diagnostics.filter(d => d.severity === 1).length,
            warnings: diagnostics.filter(d => d.severity === 2).length,
        };
    });
    connection.onRequest(WorkspaceModelsRequest, async (_params: unknown, token): Promise<WorkspaceModelsResult> => {
        await workspaceValidated(shared, token);
        const documents: WorkspaceModelsResult['documents'] = [];
        for (const doc of shared.workspace.LangiumDocuments.all) {
            const models = services.sop.Models.getModels(doc);
            if (models.length === 0) continue;
            const diagnostics = doc.diagnostics ?? [];
            documents.push({ uri: doc.uri.toString(), models, modelErrors: models.map(m => errorsWithin(diagnostics, m)) });
        }
        return { documents };
    });
    connection.onRequest(OverviewRequest, async (_params: unknown, token): Promise<OverviewResult> => {
        await workspaceValidated(shared, token);
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        return { entries: workspaceOverview(services, documents, services.sop.Settings.today) };
    });
}

/** Waits until every document of the workspace is validated; a cancellation is answered as LSP wants it. */
async function workspaceValidated(shared: LangiumSharedServices, token: CancellationToken): Promise<void> {
    try {
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
    } catch (error) {
        // Langium cancels with a symbol, which vscode-jsonrpc would answer as an InternalError.
        if (isOperationCancelled(error)) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request has been cancelled.');
        throw error;
    }
}
