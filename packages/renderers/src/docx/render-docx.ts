/**
 * DOCX export of the official documents, editable in Word or LibreOffice.
 */
import type { DocumentModel } from '@sop/language/model';
import { Document, Packer, type ISectionOptions } from 'docx';
import { draftTexts } from '../official/draft-mark.js';
import type { OfficialOptions } from '../official/document.js';
import { labels, type OfficialLang } from '../official/labels.js';
import { baseSize, normalizeZipTimes } from './docx-helpers.js';
import { withDraftHeader } from './draft-header.js';
import { sopSection } from './sop-docx.js';
import { collectionSections, serviceStandardSections } from './sp-docx.js';

const esc = (s: string) => s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Fixed document properties: no creation or modification time, so the bytes do not change with the clock. */
function coreXml(title: string): string {
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        + 'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + `<dc:title>${esc(title)}</dc:title><dc:creator>sop</dc:creator><cp:lastModifiedBy>sop</cp:lastModifiedBy><cp:revision>1</cp:revision></cp:coreProperties>`;
}

/**
 * The official document of a model as DOCX bytes: for an SOP the identity table and the
 * procedure table (A4 landscape), for a Standar Pelayanan its component table(s) and the
 * Maklumat Pelayanan, for an SOP book its front matter (A4 portrait).
 *
 * The procedure table carries the flowchart as Word shapes (capsules, boxes, diamonds, off-page
 * connectors, arrows with their branch labels) laid out and routed as in the HTML.
 * Deterministic: same model and options, same bytes.
 */
export async function renderDocx(model: DocumentModel, options: OfficialOptions = {}): Promise<Uint8Array> {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    const l = labels(lang);
    let sections: ISectionOptions[];
    if (model.kind === 'sop') sections = [sopSection(model, l, lang, options.logoDataUri, { rowsPerPage: options.rowsPerPage })];
    else if (model.kind === 'sp') sections = serviceStandardSections(model, options.view ?? (model.published ? 'published' : 'full'), l, lang, options.logoDataUri);
    else sections = collectionSections(model, l, lang, options.logoDataUri);
    if (options.draft && options.draft.errors > 0) sections = sections.map(section => withDraftHeader(section, draftTexts(options.draft!, lang)));
    const title = model.title || model.id;
    const doc = new Document({
        title,
        creator: 'sop',
        styles: { default: { document: { run: { font: 'Arial', size: baseSize } } } },
        sections,
    });
    const buffer = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(title) }]);
    return normalizeZipTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}
