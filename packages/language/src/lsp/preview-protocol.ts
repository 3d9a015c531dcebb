/**
 * Serves the custom protocol of protocol.ts: announces validated documents and answers
 * `sop/models` with the semantic models of a file once it is validated.
 */
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
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
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
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
