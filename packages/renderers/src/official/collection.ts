/**
 * The unsur dokumentasi of an SOP book (Permenpan RB 35/2012 Bab III): cover, penetapan,
 * daftar isi, and the short explanation (ruang lingkup, ringkasan, definisi).
 */
import { formatDate, type CollectionModel } from '@sop/language/model';
import { esc, escLines } from './escape.js';
import { logoSlot, numbered } from './identity.js';
import type { Labels, OfficialLang } from './labels.js';

/** The cover: logo, "Standar Operasional Prosedur", the book's title, unit and year. */
export function coverPage(c: CollectionModel, l: Labels, logoDataUri?: string): string {
    return `<section class="sheet portrait cover">${logoSlot(logoDataUri, l)}<h1>${esc(l.sopBook)}</h1>`
        + `<h2>${esc(c.title)}</h2>${c.unit ? `<p class="unit center">${escLines(c.unit)}</p>` : ''}`
        + `${c.year ? `<p class="year">${esc(c.year)}</p>` : ''}</section>`;
}

/** The decree that enacts the book, with its date and signature; nothing when the book names none. */
export function enactmentPage(c: CollectionModel, l: Labels, lang: OfficialLang): string {
    const e = c.enactment;
    return e
        ? `<section class="sheet portrait enactment-page"><h1>${esc(l.enactment)}</h1><p class="decree">${esc(e.decree)}</p>`
            + (e.date ? `<p>${esc(l.date)}: ${esc(formatDate(e.date, lang))}</p>` : '')
            + `<div class="sign-right"><div class="signature"><div class="sign-role">${escLines(e.official ?? '')}</div><div class="sign-space"></div>`
            + `<div class="sign-name">${esc(e.person ?? '')}</div></div></div></section>`
        : '';
}

/** Ruang lingkup, ringkasan and definisi. */
export function explainPage(c: CollectionModel, l: Labels): string {
    return `<section class="sheet portrait explain-page"><h2>${esc(l.scope)}</h2>${numbered(c.scope)}`
        + `<h2>${esc(l.summary)}</h2>${numbered(c.summary)}<h2>${esc(l.definitions)}</h2>${numbered(c.definitions)}</section>`;
}

/** The pages of an SOP book's front matter (portrait A4). */
export function collectionHtml(c: CollectionModel, l: Labels, lang: OfficialLang, logoDataUri?: string): string {
    // An SOP that is not in the workspace is DOC-05 on the koleksi and is not printed: the contents
    // show each SOP's title and number, never a raw id (the whole book: book.ts).
    const listed = c.contents.filter(d => d.id === undefined || d.resolved);
    const contents = `<section class="sheet portrait contents-page"><h1>${esc(l.contents)}</h1>`
        + (listed.length
            ? `<table class="toc"><tbody>${listed.map((d, i) => `<tr data-ref="${esc(d.id ?? '')}"><td class="c-no">${i + 1}.</td><td>${esc(d.text)}</td><td class="toc-id">${esc(d.number ?? '')}</td></tr>`).join('')}</tbody></table>`
            : '<p class="none">-</p>')
        + '</section>';
    return coverPage(c, l, logoDataUri) + enactmentPage(c, l, lang) + contents + explainPage(c, l);
}
