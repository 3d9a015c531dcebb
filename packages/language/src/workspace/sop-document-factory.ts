/**
 * Document factory that survives a document whose text is gone. Langium rebuilds a document
 * from the editor's text, or else from its file; an unsaved buffer closed while a rebuild is
 * queued has neither, and the file read failed with an ENOENT that ended the language server.
 */
import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type Mutable, type TextDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/** Langium's document factory, with a fallback for a document whose text is gone. */
export class SopDocumentFactory extends DefaultLangiumDocumentFactory {
    /**
     * Without an editor text and a readable file the document keeps its last text for this build;
     * the update that follows the close (or the file's deletion) removes it, see DocumentPresence.
     */
    protected override async getUpdatedText<T extends AstNode>(document: Mutable<LangiumDocument<T>>, textDocument: TextDocument | undefined, cancelToken: CancellationToken): Promise<string> {
        if (textDocument) return textDocument.getText();
        try {
            return await super.getUpdatedText(document, undefined, cancelToken);
        } catch {
            return document.parseResult.value.$cstNode?.root.fullText ?? '';
        }
    }
}
