/**
 * The language an official document is printed in: the document's, never the editor's. SOP AP
 * and Standar Pelayanan are Indonesian administration documents, printed in Bahasa Indonesia
 * unless the document says otherwise (`bahasa en`); a generic SOP is printed in the language of
 * its keywords unless it says otherwise.
 */
import type { DocumentModel } from '@sop/language/model';

/** The language to print `model` in (see the file comment). */
export function documentLanguage(model: DocumentModel): 'id' | 'en' {
    if (model.kind !== 'sop') return 'id';
    return model.template.language ?? (model.profile === 'generic' ? model.keywordLanguage : 'id');
}
