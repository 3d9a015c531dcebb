/**
 * Where a document's text comes from: the editor while it is open, the file otherwise. A
 * document with neither (an unsaved buffer that was closed, a file deleted meanwhile) is gone, and
 * rebuilding it would read a file that does not exist. Used by SopDocumentBuilder to turn the
 * changes it is told about into what really changed and what is gone.
 */
import { URI, type FileSystemProvider, type LangiumDocuments, type LangiumSharedCoreServices, type TextDocumentProvider } from 'langium';

/** The changes of one update, after checking them against the editor and the file system. */
export interface ReconciledChanges {
    changed: URI[];
    deleted: URI[];
}

/** Answers whether a document is open, on disk, or gone. */
export class DocumentPresence {
    private readonly documents: LangiumDocuments;
    private readonly textDocuments: TextDocumentProvider | undefined;
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedCoreServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.textDocuments = services.workspace.TextDocuments;
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    /** Whether the editor holds the document's text. */
    isOpen(uri: URI): boolean {
        return this.textDocuments?.get(uri.toString()) !== undefined;
    }

    /**
     * Whether a file backs the document. Only `file:` URIs have one: the Node file system maps any
     * URI to its path, and `untitled:Untitled-1` would become the file `Untitled-1` in the
     * server's working directory. A provider that reads through the editor (the browser server's,
     * over `vscode.workspace.fs`) says which other schemes it serves (`servesScheme`).
     */
    async onDisk(uri: URI): Promise<boolean> {
        const serves = (this.fileSystem as { servesScheme?(scheme: string): boolean }).servesScheme;
        if (uri.scheme !== 'file' && !serves?.call(this.fileSystem, uri.scheme)) return false;
        try {
            return (await this.fileSystem.stat(uri)).isFile;
        } catch {
            return false;
        }
    }

    /**
     * A changed document that is neither open nor on disk is deleted instead (closing an unsaved
     * buffer, a file removed before the build reads it). A deleted file or folder keeps the
     * documents the editor still has open: their text lives on in the editor, so they are changed.
     */
    async reconcile(changed: URI[], deleted: URI[]): Promise<ReconciledChanges> {
        const result: ReconciledChanges = { changed: [], deleted: [] };
        for (const uri of deleted) {
            const held = this.documents.getDocuments(uri).map(d => d.uri);
            const open = held.filter(u => this.isOpen(u));
            if (open.length === 0 && !this.isOpen(uri)) {
                result.deleted.push(uri);
                continue;
            }
            result.changed.push(...open);
            result.deleted.push(...held.filter(u => !this.isOpen(u)));
        }
        for (const uri of changed) {
            const gone = !this.isOpen(uri) && this.documents.hasDocument(uri) && !(await this.onDisk(uri));
            (gone ? result.deleted : result.changed).push(uri);
        }
        return result;
    }
}
