/**
 * The whole SOP book (Permenpan RB 35/2012, unsur dokumentasi + unsur prosedur): the front matter
 * of the koleksi (cover, penetapan, daftar isi, ruang lingkup, ringkasan, definisi), then every
 * listed SOP's official document (identity page and procedure table) in contents order, each on a
 * new page, optionally followed by the Standar Pelayanan that link to them, with one page
 * numbering through the book.
 *
 * Pure functions of the models: the caller resolves the book (`resolveBook`) against the
 * workspace's models, and for real page numbers in the contents list prints the parts once
 * (`paginateBook` in book-pages.ts) and passes the start pages back in.
 */
import { type CollectionModel, type DocumentLink, type DocumentModel, type ServiceStandardModel, type SopModel } from '@sop/language/model';
import { officialCss } from './css.js';
import { renderOfficialBody } from './document.js';
import { withDraftMark, type DraftInfo } from './draft-mark.js';
import { coverPage, enactmentPage, explainPage } from './collection.js';
import { esc } from './escape.js';
import { labels, type OfficialLang } from './labels.js';

/** One document printed inside the book: an SOP (identity + table) or a Standar Pelayanan (+ maklumat). */
export interface BookPart {
    model: SopModel | ServiceStandardModel;
    /** The document's own logo as a data URI (its `logo`), when readable. */
    logoDataUri?: string;
    /** The document still has errors: its pages carry the KONSEP / DRAFT mark. */
    draft?: DraftInfo;
}

/** A book ready to print: the koleksi and its parts in print order. */
export interface BookInput {
    collection: CollectionModel;
    /** The SOPs of the contents list in order, then the Standar Pelayanan (if asked for). */
    parts: BookPart[];
    /** The book's logo (cover) as a data URI. */
    logoDataUri?: string;
    /** The koleksi itself has errors: the front matter carries the draft mark. */
    draft?: DraftInfo;
}

/** Options of the book renderers. */
export interface BookOptions {
    lang?: OfficialLang;
    rowsPerPage?: number;
    /**
     * The page (1-based, counted from the cover) on which each part starts, index-aligned with
     * `parts`; printed in the contents list. Without it the contents list has no page numbers.
     */
    pageNumbers?: readonly number[];
}

/** What resolving a book against the workspace found. */
export interface ResolvedBook {
    /** The SOPs of the contents list that were found, in contents order (each once). */
    sops: SopModel[];
    /** Standar Pelayanan of the workspace that link to an SOP of the book, in workspace order. */
    serviceStandards: ServiceStandardModel[];
    /** Contents entries naming an SOP that is not in the workspace (DOC-05 on the koleksi). */
    missing: DocumentLink[];
}

/**
 * The SOPs of a book, found by id among the workspace's models (any file), in contents order.
 * An id declared twice (DOC-01) takes the first SOP; free-text entries are no SOP.
 */
export function resolveBook(collection: CollectionModel, models: Iterable<DocumentModel>): ResolvedBook {
    const sopById = new Map<string, SopModel>();
    const sps: ServiceStandardModel[] = [];
    for (const m of models) {
        if (m.kind === 'sop' && m.id && !sopById.has(m.id)) sopById.set(m.id, m);
        else if (m.kind === 'sp') sps.push(m);
    }
    const sops: SopModel[] = [];
    const missing: DocumentLink[] = [];
    for (const link of collection.contents) {
        if (link.id === undefined) continue;
        const sop = sopById.get(link.id);
        if (!sop) missing.push(link);
        else if (!sops.includes(sop)) sops.push(sop);
    }
    const ids = new Set(sops.map(s => s.id));
    const serviceStandards = sps.filter(sp => sp.procedures.some(p => p.id !== undefined && ids.has(p.id)));
    return { sops, serviceStandards, missing };
}

/** The anchor of a part in the HTML (and, through Chromium, a named destination in the PDF). */
export function partAnchor(model: SopModel | ServiceStandardModel): string {
    return `${model.kind}-${model.id}`;
}

/** Book-only CSS: one page numbering through the book in the page margin (not on the cover), and the contents list. */
export const bookCss = `
@page { @bottom-right { content: counter(page); font-family: "Arial", "Liberation Sans", sans-serif; font-size: 8pt; } }
@page :first { @bottom-right { content: none; } }
.sop-official + .sop-official { break-before: page; }
@media screen { .sop-official + .sop-official { margin-top: 12px; } }
.sop-official table.toc td.toc-no { width: 8mm; }
.sop-official table.toc td.toc-number { width: 58mm; }
.sop-official table.toc td.toc-page { width: 14mm; text-align: right; }
.sop-official table.toc a { color: #000; text-decoration: none; }
.sop-official table.toc tr.toc-group td { font-weight: bold; border-bottom: 0; padding-top: 8px; }
`;

/** The cover, the decree, the contents list with page numbers and the short explanation. */
export function bookFrontHtml(input: BookInput, options: BookOptions = {}): string {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    const l = labels(lang);
    const c = input.collection;
    const page = (i: number) => (options.pageNumbers?.[i] !== undefined ? String(options.pageNumbers[i]) : '');
    const row = (no: number, part: BookPart, i: number) => {
        const m = part.model;
        const number = m.kind === 'sop' ? m.header.number ?? '' : '';
        return `<tr data-ref="${esc(m.id)}"><td class="c-no toc-no">${no}.</td><td><a href="#${esc(partAnchor(m))}">${esc(m.title || m.id)}</a></td>`
            + `<td class="toc-number">${esc(number)}</td><td class="toc-page">${esc(page(i))}</td></tr>`;
    };
    const sopRows: string[] = [];
    const spRows: string[] = [];
    input.parts.forEach((part, i) => (part.model.kind === 'sop' ? sopRows : spRows).push(row((part.model.kind === 'sop' ? sopRows : spRows).length + 1, part, i)));
    const spHead = spRows.length ? `<tr class="toc-group"><td colspan="4">${esc(lang === 'en' ? 'Service Standards' : 'Standar Pelayanan')}</td></tr>` : '';
    const contents = `<section class="sheet portrait contents-page"><h1>${esc(l.contents)}</h1>`
        + (input.parts.length ? `<table class="toc"><tbody>${sopRows.join('')}${spHead}${spRows.join('')}</tbody></table>` : '<p class="none">-</p>')
        + '</section>';
    const inner = withDraftMark(coverPage(c, l, input.logoDataUri) + enactmentPage(c, l, lang) + contents + explainPage(c, l), input.draft, lang);
    return `<div class="sop-official sop-book-front" lang="${lang}" data-kind="collection" data-id="${esc(c.id)}">${inner}</div>`;
}

/** One part of the book: the document's official body, with an anchor for the contents list. */
export function bookPartHtml(part: BookPart, options: BookOptions = {}): string {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    const body = renderOfficialBody(part.model, { lang, logoDataUri: part.logoDataUri, rowsPerPage: options.rowsPerPage, draft: part.draft });
    // The anchor goes on the part's first element; the body starts with `<div class="sop-official"`.
    return body.replace(/^<div /, () => `<div id="${esc(partAnchor(part.model))}" `);
}

function page(title: string, lang: OfficialLang, body: string): string {
    return '<!DOCTYPE html>\n'
        + `<html lang="${lang}"><head><meta charset="utf-8">`
        + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
        + `<meta name="viewport" content="width=device-width, initial-scale=1">`
        + `<title>${esc(title)}</title><style>${officialCss}\n${bookCss}\nbody { margin: 0; background: #e8e8e8; }\n@media print { body { background: #fff; } }\n</style></head>`
        + `<body>\n${body}\n</body></html>\n`;
}

/**
 * The whole book as one standalone HTML page (inline CSS, no script, no external resource).
 * Deterministic: the same input and options give the same bytes.
 */
export function renderBookHtml(input: BookInput, options: BookOptions = {}): string {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    const body = [bookFrontHtml(input, options), ...input.parts.map(p => bookPartHtml(p, options))].join('\n');
    return page(input.collection.title || input.collection.id, lang, body);
}

/**
 * The book cut into standalone pages that each start on a new printed page: the front matter,
 * then each part. Printing each and counting its pages gives the start page of every part
 * (each part starts on a new page in the whole book, with the same page styles).
 */
export function renderBookPieces(input: BookInput, options: BookOptions = {}): string[] {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    // Placeholder page numbers of the final width keep the contents page's layout.
    const placeholder = { ...options, pageNumbers: input.parts.map(() => 888) };
    return [page(input.collection.id, lang, bookFrontHtml(input, placeholder)), ...input.parts.map(p => page(p.model.id, lang, bookPartHtml(p, options)))];
}
