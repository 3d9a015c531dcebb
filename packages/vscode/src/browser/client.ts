/**
 * The web build's `startClient` (scripts/build.mjs puts it in place of extension/client.ts):
 * the SOP language server runs in a web worker (out/server-web.js) and reads the workspace
 * through this extension (file-system.ts). Same client options as the desktop client.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { readExtensionFile } from './extension-file.js';
import { serveFileSystem } from './file-system.js';

/**
 * The worker. `new Worker(extensionUri…)` is refused for an extension that is not served from
 * the page's origin ("Creating workers from remote extensions is currently not supported"), so
 * the script is read and started from a blob: URL.
 */
async function serverWorker(context: vscode.ExtensionContext): Promise<Worker> {
    const code = await readExtensionFile(vscode.Uri.joinPath(context.extensionUri, 'out', 'server-web.js'));
    return new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })), { name: 'SOP Language Server' });
}

/** Creates and starts the client; resolves once the server answered `initialize`. */
export async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'sop' }],
        synchronize: {
            configurationSection: 'sop',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.sop'),
        },
        // Plain JSON: the options cross postMessage, which cannot clone a configuration object.
        initializationOptions: { sop: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('sop'))) as unknown },
    };
    const client = new LanguageClient('sop', 'SOP Language Server', await serverWorker(context), clientOptions);
    context.subscriptions.push(...serveFileSystem(client));
    await client.start();
    return client;
}
