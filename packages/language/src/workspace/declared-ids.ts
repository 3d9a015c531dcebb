/**
 * The document ids a file declares (`sop X`, `standar-pelayanan X`, `koleksi X`, `templat X`).
 * DOC-01 (duplicate id) of one file depends on the declarations of every other file, so when a
 * file changes or goes away the files that share one of its ids must be validated again.
 */
import type { LangiumDocument } from 'langium';
import type * as ast from '../generated/ast.js';

/** The document keywords of the grammar (Document: Sop | ServiceStandard | Collection | Template), both languages. */
const declaration = /\b(?:sop|standar-pelayanan|service-standard|koleksi|collection|templat|template)\s+([_a-zA-Z]\w*)/g;

/** Ids declared by a parsed document, as the last build saw them. */
export function parsedIds(document: LangiumDocument): string[] {
    const model = document.parseResult?.value as ast.Model | undefined;
    return (model?.documents ?? []).flatMap(d => (d.name ? [d.name] : []));
}

/**
 * Ids a text seems to declare, read without parsing it (the text of a changed file is parsed only
 * later in the build). May over-report, e.g. the template use `templat Dinas`; that only costs one
 * more file validated.
 */
export function idsInText(text: string): string[] {
    return [...text.matchAll(declaration)].map(m => m[1]);
}
