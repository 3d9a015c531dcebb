/**
 * Document update handler: what the server does when the editor opens, edits or closes a file.
 * Langium ignores closing, so a closed unsaved buffer stayed in the workspace for good (in
 * workspace symbols, in DOC-01 of other files) and a closed file kept the editor's last, maybe
 * unsaved, text. Closing is now an update like any other: the builder reloads the file from disk,
 * or forgets the document when there is no file (SopDocumentBuilder, DocumentPresence).
 */
import { URI, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';

/** Langium's update handler, plus closing; build failures are logged, not fatal. */
export class SopDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    /** The editor closed the document: its text now comes from disk, or it is gone. */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        this.fireDocumentUpdate([URI.parse(event.document.uri)], []);
    }

    /**
     * As Langium's, but a failed build is logged instead of left as an unhandled rejection, which
     * ends the Node process: one bad build must not take every editor feature down with it.
     */
    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(token => this.documentBuilder.update(changed, deleted, token)))
            .catch(error => console.error('Document update failed:', error));
    }
}
