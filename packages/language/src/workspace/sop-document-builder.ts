/**
 * Document builder that also re-validates SOPs when a Standar Pelayanan changes: an SOP does not
 * reference the SPs that link to it, yet SOP-P17 reports on the SOP side too.
 */
import { DefaultDocumentBuilder, URI, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';

const serviceStandardKeyword = /\b(standar-pelayanan|service-standard)\b/;

export class SopDocumentBuilder extends DefaultDocumentBuilder {
    private readonly docs: LangiumSharedCoreServices['workspace']['LangiumDocuments'];

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.docs = services.workspace.LangiumDocuments;
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        if (!/\bsop\b/.test(document.textDocument.getText())) return false;
        for (const uri of changedUris) {
            const changed = this.docs.getDocument(URI.parse(uri));
            if (!changed || serviceStandardKeyword.test(changed.textDocument.getText())) return true;
        }
        return false;
    }
}
