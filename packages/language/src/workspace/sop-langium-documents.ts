/**
 * The workspace's documents. Langium creates a document it does not hold yet by reading its
 * file; a request can ask for one that is not there (an untitled buffer whose update is still
 * queued, a file deleted meanwhile) and the read failed with ENOENT, answered as an InternalError.
 */
import { DefaultLangiumDocuments, type LangiumDocument, type URI } from 'langium';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Langium's document store; a document it cannot read is a ServerCancelled answer, not an exception. */
export class SopLangiumDocuments extends DefaultLangiumDocuments {
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
