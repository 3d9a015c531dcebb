/**
 * The draft guard: a document with errors is never printed as if it could be signed. Every page
 * of such a document carries a large diagonal "KONSEP" (DRAFT) and a note of its error count, in
 * the HTML and PDF (here) and in the DOCX (a watermark and a header note on every page, see
 * docx/draft-header.ts).
 */
import { esc } from './escape.js';
import type { OfficialLang } from './labels.js';

/** A document that still has errors: how many. */
export interface DraftInfo {
    errors: number;
}

/** The watermark word and the note of one draft page, in the document's language. */
export function draftTexts(draft: DraftInfo, lang: OfficialLang): { mark: string; note: string } {
    const n = draft.errors;
    return lang === 'en'
        ? { mark: 'DRAFT', note: `DRAFT: ${n} error${n === 1 ? '' : 's'}; not ready to sign` }
        : { mark: 'KONSEP', note: `KONSEP: ${n} galat; belum dapat disahkan` };
}

/** Puts the draft mark on every printed page (`<section class="sheet ...">`) of the body. */
export function withDraftMark(inner: string, draft: DraftInfo | undefined, lang: OfficialLang): string {
    if (!draft || draft.errors <= 0) return inner;
    const { mark, note } = draftTexts(draft, lang);
    const marks = `<div class="draft-mark" aria-hidden="true">${esc(mark)}</div><p class="draft-note">${esc(note)}</p>`;
    // A function replacement: no `$` pattern in the inserted text can be interpreted.
    return inner.replace(/<section class="sheet([^"]*)"([^>]*)>/g, (_, cls: string, rest: string) => `<section class="sheet draft${cls}"${rest}>${marks}`);
}
