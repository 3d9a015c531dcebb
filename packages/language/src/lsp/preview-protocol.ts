/**
 * Serves the custom protocol of protocol.ts: announces validated documents and answers
 * `sop/models` with the semantic models of a file once it is validated.
 */
import { DocumentState, URI, isOperationCancelled } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import type { SopServices } from '../sop-module.js';
import { DocumentsValidatedNotification, ModelsRequest, type ModelsParams, type ModelsResult } from '../protocol.js';

/** Registers the notification and the request on a connection. */
export function registerPreviewProtocol(connection: Connection, shared: LangiumSharedServices, services: SopServices): void {
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
        return {
            uri: params.uri,
            version: doc.textDocument.version,
            models: services.sop.Models.getModels(doc),
            errors: diagnostics.filter(d => d.severity === 1).length,
            warnings: diagnostics.filter(d => d.severity === 2).length,
        };
    });
}
