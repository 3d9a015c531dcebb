/**
 * The extension's half of the browser language server's file system: the server (a web worker
 * with no file system) asks for folder listings, stats and file contents, answered here with
 * `vscode.workspace.fs`, so cross-file references and diagnostics cover the whole workspace on
 * github.dev / vscode.dev, not only the open editors. The server's half and the method names:
 * packages/server/src/browser/fs-protocol.ts (repeated here: the two bundles share no code).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

interface FsEntry { uri: string; isFile: boolean; isDirectory: boolean }
interface FsUriParams { uri: string }

const FsStatRequest = 'sop/fs/stat';
const FsReadDirectoryRequest = 'sop/fs/readDirectory';
const FsReadFileRequest = 'sop/fs/readFile';

function entry(uri: vscode.Uri, type: vscode.FileType): FsEntry {
    // A symbolic link has the type of its target or'ed with SymbolicLink.
    return { uri: uri.toString(), isFile: (type & vscode.FileType.File) !== 0, isDirectory: (type & vscode.FileType.Directory) !== 0 };
}

function toBase64(bytes: Uint8Array): string {
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(bin);
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
