/**
 * Document builder of the SOP workspace. Beyond Langium's:
 * - SOPs are re-validated when a Standar Pelayanan changes: an SOP does not reference the SPs
 *   that link to it, yet SOP-P17 reports on the SOP side too;
 * - files that share a document id with a changed or removed file are re-validated (DOC-01);
 * - a document that is neither open nor on disk is removed instead of rebuilt (rebuilding would
 *   read a file that does not exist), see DocumentPresence;
 * - a request waiting for a document that is removed meanwhile is answered instead of waiting forever.
 */
import { DefaultDocumentBuilder, DocumentState, URI, UriUtils, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { CancellationToken, CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { DocumentPresence } from './document-presence.js';
import { idsInText, parsedIds } from './declared-ids.js';

const serviceStandardKeyword = /\b(standar-pelayanan|service-standard)\b/;

/** The workspace's document builder (see the file comment for what it adds to Langium's). */
export class SopDocumentBuilder extends DefaultDocumentBuilder {
    private readonly docs: LangiumSharedCoreServices['workspace']['LangiumDocuments'];
    private readonly presence: DocumentPresence;
    /** Ids declared, before or after the change, by the files of the running update. */
    private touchedIds = new Set<string>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.docs = services.workspace.LangiumDocuments;
        this.presence = new DocumentPresence(services);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken: CancellationToken = CancellationToken.None): Promise<void> {
        const reconciled = await this.presence.reconcile(changed, deleted);
        // Read before Langium drops the removed documents and resets the changed ones.
        this.touchedIds = this.idsOf([...reconciled.changed, ...reconciled.deleted]);
        try {
            await super.update(reconciled.changed, reconciled.deleted, cancelToken);
        } finally {
            this.touchedIds = new Set();
        }
    }

    /** Old ids (last parse) and new ids (current text) of the documents at or under the given URIs. */
    private idsOf(uris: URI[]): Set<string> {
        const ids = new Set<string>();
        for (const uri of uris) {
            for (const doc of this.docs.getDocuments(uri)) parsedIds(doc).forEach(id => ids.add(id));
            const text = this.textDocuments?.get(uri.toString())?.getText();
            if (text) idsInText(text).forEach(id => ids.add(id));
        }
        return ids;
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        if (this.touchedIds.size > 0 && parsedIds(document).some(id => this.touchedIds.has(id))) return true;
        if (!/\bsop\b/.test(document.textDocument.getText())) return false;
        for (const uri of changedUris) {
            const changed = this.docs.getDocument(URI.parse(uri));
            if (!changed || serviceStandardKeyword.test(changed.textDocument.getText())) return true;
        }
        return false;
    }

    /**
     * Langium waits for the document to reach the state, which never happens once it is removed
     * (closed unsaved, deleted): the request would hang. Stop waiting then, with the error Langium
     * itself gives for a document it does not know.
     */
    protected override async awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        const source = new CancellationTokenSource();
        if (cancelToken.isCancellationRequested) source.cancel();
        const forwarded = cancelToken.onCancellationRequested(() => source.cancel());
        let removed = false;
        const removal = this.onUpdate((_changed, deleted) => {
            if (deleted.some(d => UriUtils.equals(d, uri))) {
                removed = true;
                source.cancel();
            }
        });
        try {
            return await super.awaitDocumentState(state, uri, source.token);
        } catch (error) {
            if (removed) throw new ResponseError(LSPErrorCodes.ServerCancelled, `The document ${uri.toString()} was closed or deleted before it was ready.`);
            throw error;
        } finally {
            removal.dispose();
            forwarded.dispose();
            source.dispose();
        }
    }
}
