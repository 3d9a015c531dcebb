/**
 * The workspace's documents. Langium creates a document it does not hold yet by reading its
 * file; a request can ask for one that is not there (an untitled buffer whose update is still
 * queued, a file deleted meanwhile) and the read failed with ENOENT, answered as an InternalError.
 * The list of all documents is kept between changes: Langium collects it from its URI trie on
 * every call, and every edit asks for it several times (which files to relink and rebuild, the
 * workspace facts), a few milliseconds each in a workspace of thousands of files.
 */
import { DefaultLangiumDocuments, stream, type LangiumDocument, type Stream, type URI } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Langium's document store; a document it cannot read is a ServerCancelled answer, not an exception. */
export class SopLangiumDocuments extends DefaultLangiumDocuments {
    /** Every document, in Langium's order, until a document is added or removed. */
    private snapshot: LangiumDocument[] | undefined;

    override get all(): Stream<LangiumDocument> {
        return stream(this.snapshot ??= super.all.toArray());
    }

    override addDocument(document: LangiumDocument): void {
        this.snapshot = undefined;
        super.addDocument(document);
    }

    override deleteDocument(uri: URI): LangiumDocument | undefined {
        this.snapshot = undefined;
        return super.deleteDocument(uri);
    }

    override deleteDocuments(folder: URI): LangiumDocument[] {
        this.snapshot = undefined;
        return super.deleteDocuments(folder);
    }

    /**
     * A document that can be neither found nor read is answered with ServerCancelled, the error
     * Langium gives for a document it does not know: the client may ask again once it is built.
     */
    override async getOrCreateDocument(uri: URI, cancellationToken?: CancellationToken): Promise<LangiumDocument> {
        try {
            return await super.getOrCreateDocument(uri, cancellationToken);
        } catch (error) {
            if (error instanceof ResponseError) throw error;
            const reason = error instanceof Error ? error.message : String(error);
            throw new ResponseError(LSPErrorCodes.ServerCancelled, `The document ${uri.toString()} is not available: ${reason}`);
        }
    }
}
