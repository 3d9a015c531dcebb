/**
 * The SOP language server in a web worker (the extension on vscode.dev / github.dev, and in any
 * web worker extension host). The same services as the Node server (main.ts); only the transport
 * (postMessage) and the file system differ: workspace files are read through the client
 * (browser/workspace-file-system.ts), so the whole workspace is indexed, not only open documents.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startLanguageServer } from 'langium/lsp';
import { createSopServices, registerPreviewProtocol, registerSettingsSync, RequestGuard } from '@sop/language';
import { WorkspaceFileSystem } from './browser/workspace-file-system.js';
import { importParamChecks, registerImportRequest } from './import-request.js';

declare const self: DedicatedWorkerGlobalScope;

const guard = new RequestGuard(importParamChecks);
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self), { messageStrategy: guard });
// As main.ts's logUnhandledRejections: a failed background task is logged, the server goes on.
self.addEventListener('unhandledrejection', event => {
    const reason = event.reason as unknown;
    connection.console.error(`Unhandled rejection, the server goes on: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
    event.preventDefault();
});
const { shared, Sop } = createSopServices({ connection, fileSystemProvider: () => new WorkspaceFileSystem(connection) });
guard.attach(connection, shared);
registerSettingsSync(shared, Sop);
registerPreviewProtocol(connection, shared, Sop);
registerImportRequest(connection);
startLanguageServer(shared);
