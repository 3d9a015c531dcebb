/**
 * Entry points of the official-document renderer: a standalone HTML page (inline CSS, no
 * script, no external resource) or a fragment plus `officialCss` for embedding.
 */
import type { DocumentModel } from '@sop/language/model';
import { collectionHtml } from './collection.js';
import { officialCss } from './css.js';
import { esc } from './escape.js';
import { withDraftMark, type DraftInfo } from './draft-mark.js';
import { identityHtml } from './identity.js';
import { labels, withTemplateLabels, type OfficialLang } from './labels.js';
import { layoutProcedure, procedureHtml } from './procedure-table.js';
import { serviceStandardHtml, type ServiceStandardView } from './service-standard.js';

/** Options of the official renderers. */
export interface OfficialOptions {
    /** Language of the printed labels (user text is printed as written); default `id`. */
    lang?: OfficialLang;
    /** The organisation's logo as an image data URI (`data:image/png;base64,...`); otherwise an empty logo box is printed. */
    logoDataUri?: string;
    /**
     * How many procedure rows go on one printed page. Default: as many as fit an A4 landscape
     * page by a deterministic estimate of each row's height.
     */
    rowsPerPage?: number;
    /** Standar Pelayanan only: the published six-component table or the full fourteen components. Default: `published` when the document is marked `dipublikasikan`, else `full`. */
    view?: ServiceStandardView;
    /** The document still has errors: every page is marked KONSEP / DRAFT with the count. */
    draft?: DraftInfo;
}

/**
 * The official document as an HTML fragment: `<div class="sop-official">` holding one
 * `<section class="sheet">` per printed page block. Style it with {@link officialCss}.
 */
export function renderOfficialBody(model: DocumentModel, options: OfficialOptions = {}): string {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    let l = labels(lang);
    let inner: string;
    if (model.kind === 'sop') {
        l = withTemplateLabels(l, model.template.labels);
        inner = identityHtml(model, l, lang, options.logoDataUri) + procedureHtml(model, layoutProcedure(model, options.rowsPerPage), l);
    } else if (model.kind === 'sp') {
        inner = serviceStandardHtml(model, options.view ?? (model.published ? 'published' : 'full'), l, lang, options.logoDataUri);
    } else {
        inner = collectionHtml(model, l, lang, options.logoDataUri);
    }
    inner = withDraftMark(inner, options.draft, lang);
    return `<div class="sop-official" lang="${lang}" data-kind="${model.kind}" data-id="${esc(model.id)}">${inner}</div>`;
}

/**
 * The official document as a complete standalone HTML page for printing to A4 (SOP AP per
 * Permenpan RB 35/2012, Standar Pelayanan, or an SOP book's front matter). Deterministic: the
 * same model and options always give the same bytes.
 */
export function renderOfficialHtml(model: DocumentModel, options: OfficialOptions = {}): string {
    const lang = options.lang === 'en' ? 'en' : 'id';
    const title = [model.kind === 'sop' ? model.header.number : undefined, model.title || model.id].filter(Boolean).join(' ');
    return '<!DOCTYPE html>\n'
        + `<html lang="${lang}"><head><meta charset="utf-8">`
        + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
        + `<meta name="viewport" content="width=device-width, initial-scale=1">`
        + `<title>${esc(title)}</title><style>${officialCss}\nbody { margin: 0; background: #e8e8e8; }\n@media print { body { background: #fff; } }\n</style></head>`
        + `<body>\n${renderOfficialBody(model, options)}\n</body></html>\n`;
}
