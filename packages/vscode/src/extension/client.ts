/**
 * Starts the SOP language server (bundled next to this file as server.cjs) over node IPC and
 * keeps the `sop` settings section in sync so the server can switch message language and
 * validation profile.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Creates and starts the client; resolves once the server answered `initialize`. */
export async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const module = context.asAbsolutePath('out/server.cjs');
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'sop' }],
        synchronize: {
            configurationSection: 'sop',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.sop'),
        },
        initializationOptions: { sop: vscode.workspace.getConfiguration('sop') },
    };
    const client = new LanguageClient('sop', 'SOP Language Server', serverOptions, clientOptions);
    await client.start();
    return client;
}
