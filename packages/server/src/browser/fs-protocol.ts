/**
 * The file system the browser language server reads through its client: the server runs in a web
 * worker with no file system of its own, so it asks the extension, which answers with
 * `vscode.workspace.fs` (any scheme the editor knows: vscode-vfs on github.dev, vscode-remote in
 * code-server, file on desktop). The extension's side is packages/vscode/src/browser/file-system.ts;
 * the method names and shapes below are repeated there (the two bundles share no code).
 */

/** A directory entry or the status of one URI. */
export interface FsEntry {
    uri: string;
    isFile: boolean;
    isDirectory: boolean;
}

/** `sop/fs/stat`: `{ uri }` → the entry, or null when nothing is there. */
export const FsStatRequest = 'sop/fs/stat';
/** `sop/fs/readDirectory`: `{ uri }` → the entries of the folder. */
export const FsReadDirectoryRequest = 'sop/fs/readDirectory';
/** `sop/fs/readFile`: `{ uri }` → the file's bytes as base64 (the server decodes UTF-8 text itself). */
export const FsReadFileRequest = 'sop/fs/readFile';

export interface FsUriParams {
    uri: string;
}
