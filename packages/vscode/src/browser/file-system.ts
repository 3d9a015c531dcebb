/**
 * The extension's half of the browser language server's file system: the server (a web worker
 * with no file system) asks for folder listings, stats and file contents, answered here with
 * `vscode.workspace.fs`, so cross-file references and diagnostics cover the whole workspace on
 * github.dev / vscode.dev, not only the open editors. The method names and shapes are the ones of
 * @sop/language/protocol, which the server's half (packages/server/src/browser) uses as well.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FsReadDirectoryRequest, FsReadFileRequest, FsStatRequest, type FsEntry, type FsUriParams } from '@sop/language/protocol';
import { toBase64 } from '../shared/base64.js';

function entry(uri: vscode.Uri, type: vscode.FileType): FsEntry {
    // A symbolic link has the type of its target or'ed with SymbolicLink.
    return { uri: uri.toString(), isFile: (type & vscode.FileType.File) !== 0, isDirectory: (type & vscode.FileType.Directory) !== 0 };
}

/** Answers the server's file system requests (register before `client.start()`). */
export function serveFileSystem(client: BaseLanguageClient): vscode.Disposable[] {
    return [
        client.onRequest(FsStatRequest, async (p: FsUriParams): Promise<FsEntry | null> => {
            const uri = vscode.Uri.parse(p.uri);
            try {
                return entry(uri, (await vscode.workspace.fs.stat(uri)).type);
            } catch {
                return null;
            }
        }),
        client.onRequest(FsReadDirectoryRequest, async (p: FsUriParams): Promise<FsEntry[]> => {
            const dir = vscode.Uri.parse(p.uri);
            const entries = await vscode.workspace.fs.readDirectory(dir);
            return entries.map(([name, type]) => entry(vscode.Uri.joinPath(dir, name), type));
        }),
        client.onRequest(FsReadFileRequest, async (p: FsUriParams): Promise<string> =>
            toBase64(await vscode.workspace.fs.readFile(vscode.Uri.parse(p.uri)))),
    ];
}
