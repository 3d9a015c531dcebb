/**
 * Langium's FileSystemProvider for the web worker: every read is a request to the extension
 * (`sop/fs/*` in @sop/language/protocol), which reads with `vscode.workspace.fs`. The synchronous
 * variants of Langium's interface answer from what was seen (a folder listing, a stat) or fail:
 * nothing in the server needs them for workspace files (the logo check, which would, is off in the
 * browser).
 */
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver/browser';
import { FsReadDirectoryRequest, FsReadFileRequest, FsStatRequest, type FsEntry } from '@sop/language/protocol';

function node(e: FsEntry): FileSystemNode {
    return { uri: URI.parse(e.uri), isFile: e.isFile, isDirectory: e.isDirectory };
}

function fromBase64(b64: string): Uint8Array {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
}

/** Files and folders read through the client. */
export class WorkspaceFileSystem implements FileSystemProvider {
    private readonly known = new Map<string, FileSystemNode | null>();
    private readonly decoder = new TextDecoder('utf-8');

    constructor(private readonly connection: Connection) {}

    /** Any URI the editor can read: DocumentPresence asks before it treats a closed document as a file. */
    servesScheme(scheme: string): boolean {
        return scheme !== 'untitled';
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        const e = await this.connection.sendRequest<FsEntry | null>(FsStatRequest, { uri: uri.toString() });
        this.known.set(uri.toString(), e ? node(e) : null);
        if (!e) throw new Error(`No such file: ${uri.toString()}`);
        return node(e);
    }

    statSync(uri: URI): FileSystemNode {
        const n = this.known.get(uri.toString());
        if (!n) throw new Error(`Not known (the browser server reads asynchronously): ${uri.toString()}`);
        return n;
    }

    async exists(uri: URI): Promise<boolean> {
        try {
            await this.stat(uri);
            return true;
        } catch {
            return false;
        }
    }

    existsSync(uri: URI): boolean {
        return !!this.known.get(uri.toString());
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return fromBase64(await this.connection.sendRequest<string>(FsReadFileRequest, { uri: uri.toString() }));
    }

    readBinarySync(uri: URI): Uint8Array {
        throw new Error(`readBinarySync is not available in the browser language server: ${uri.toString()}`);
    }

    async readFile(uri: URI): Promise<string> {
        return this.decoder.decode(await this.readBinary(uri));
    }

    readFileSync(uri: URI): string {
        return this.decoder.decode(this.readBinarySync(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = (await this.connection.sendRequest<FsEntry[]>(FsReadDirectoryRequest, { uri: uri.toString() })).map(node);
        for (const e of entries) this.known.set(e.uri.toString(), e);
        return entries;
    }

    readDirectorySync(_uri: URI): FileSystemNode[] {
        throw new Error('readDirectorySync is not available in the browser language server');
    }
}
