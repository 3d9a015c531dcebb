/**
 * Document builder of the SOP workspace. Beyond Langium's:
 * - SOPs are re-validated when a Standar Pelayanan changes: an SOP does not reference the SPs
 *   that link to it, yet SOP-P17 reports on the SOP side too;
 * - files that share a document id with a changed or removed file are re-validated (DOC-01);
 * - SOP books are re-validated when an SOP or a monitoring round changes: a book does not reference
 *   the SOPs of its unit it lacks (BOOK-01), their numbers (BOOK-02) or the rounds (MON-01);
 * - a document that is neither open nor on disk is removed instead of rebuilt (rebuilding would
 *   read a file that does not exist), see DocumentPresence;
 * - a request waiting for a document that is removed meanwhile is answered instead of waiting forever;
 * - the relinking test after an edit costs the edit, not the workspace (shouldRelink).
 */
import { DefaultDocumentBuilder, DocumentState, URI, UriUtils, type BuildOptions, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { CancellationToken, CancellationTokenSource, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { DocumentPresence } from './document-presence.js';
import { idsInText, parsedIds } from './declared-ids.js';

const serviceStandardKeyword = /\b(standar-pelayanan|service-standard)\b/;
const sopKeyword = /\bsop\b/;
const bookKeyword = /\b(koleksi|collection)\b/;
/** What a book's checks read from other files: SOPs (BOOK-01..06) and monitoring rounds (MON-01). */
const bookInputKeyword = /\b(sop|pemantauan|monitoring)\b/;

/**
 * A file new to the workspace: Langium holds it as an unread placeholder until the build parses
 * it, so what it holds is not known yet when the relinking is decided (assume it may matter).
 */
function unread(doc: LangiumDocument): boolean {
    return (doc.parseResult?.value as { $type?: string } | undefined)?.$type === 'INVALID';
}

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
        // In the editor, the SOP test of each file is made while the workspace is indexed, not by the
        // first edit (the command line never relinks).
        if ((services as { lsp?: { Connection?: unknown } }).lsp?.Connection) {
            this.onDocumentPhase(DocumentState.IndexedContent, doc => { this.mentions(doc, sopKeyword); });
        }
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

    /**
     * Langium's reasons (a linking error, a reference into a changed file), a shared document id,
     * or an SOP when a Standar Pelayanan may have changed. Asked for every file of the workspace on
     * every edit, so each answer costs the size of the edit, not of the file: the linking errors and
     * the SOP test are remembered per linked state and per text version, the SP test once per update.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.hasLinkingErrors(document) || this.indexManager.isAffected(document, changedUris)) return true;
        if (this.touchedIds.size > 0 && this.declaresTouchedId(document)) return true;
        if (this.mentions(document, bookKeyword) && this.changedMention(changedUris, bookInputKeyword)) return true;
        if (!this.mentions(document, sopKeyword)) return false;
        return this.changedMention(changedUris, serviceStandardKeyword);
    }

    /** Per text document and pattern: the version last tested and the answer. */
    private readonly mentioned = new WeakMap<object, Map<RegExp, { version: number; found: boolean }>>();

    /** Whether the text matches `pattern` (tested once per text version). */
    private mentions(document: LangiumDocument, pattern: RegExp): boolean {
        const text = document.textDocument;
        let byPattern = this.mentioned.get(text);
        if (!byPattern) this.mentioned.set(text, byPattern = new Map());
        const known = byPattern.get(pattern);
        if (known && known.version === text.version) return known.found;
        const found = pattern.test(text.getText());
        byPattern.set(pattern, { version: text.version, found });
        return found;
    }

    /** Per set of changed URIs (one per update) and pattern: whether a changed (or removed) file matches. */
    private readonly changedMentions = new WeakMap<Set<string>, Map<RegExp, boolean>>();

    private changedMention(changedUris: Set<string>, pattern: RegExp): boolean {
        let byPattern = this.changedMentions.get(changedUris);
        if (!byPattern) this.changedMentions.set(changedUris, byPattern = new Map());
        let found = byPattern.get(pattern);
        if (found === undefined) {
            found = false;
            for (const uri of changedUris) {
                const doc = this.docs.getDocument(URI.parse(uri));
                if (!doc || unread(doc) || this.mentions(doc, pattern)) { found = true; break; }
            }
            byPattern.set(pattern, found);
        }
        return found;
    }

    /** Per list of executed validation categories (a validation replaces it): the options asked with and the answer. */
    private readonly incompleteness = new WeakMap<readonly string[], { options: BuildOptions | undefined; incomplete: boolean }>();

    /**
     * Langium's answer, remembered: Langium asks it for every file of the workspace on every edit,
     * and looks up the file's services and validation categories each time.
     */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions | undefined): boolean {
        const checks = this.buildState.get(document.uri.toString())?.result?.validationChecks;
        if (!checks) return super.resultsAreIncomplete(document, options);
        const known = this.incompleteness.get(checks);
        if (known && known.options === options) return known.incomplete;
        const incomplete = super.resultsAreIncomplete(document, options);
        this.incompleteness.set(checks, { options, incomplete });
        return incomplete;
    }

    /** Whether the last parse of the document declares one of the ids of the running update (parsedIds, without a list per file). */
    private declaresTouchedId(document: LangiumDocument): boolean {
        const model = document.parseResult?.value as { documents?: Array<{ name?: string }> } | undefined;
        for (const d of model?.documents ?? []) if (d.name && this.touchedIds.has(d.name)) return true;
        return false;
    }

    /** Per references array (linking fills it, unlinking replaces it): its length and whether one failed. */
    private readonly linkingErrors = new WeakMap<readonly unknown[], { length: number; errors: boolean }>();

    private hasLinkingErrors(document: LangiumDocument): boolean {
        const refs = document.references;
        const known = this.linkingErrors.get(refs);
        if (known && known.length === refs.length) return known.errors;
        const errors = refs.some(ref => ref.error !== undefined);
        this.linkingErrors.set(refs, { length: refs.length, errors });
        return errors;
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
