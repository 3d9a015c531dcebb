/**
 * How a related SOP (`keterkaitan`) is printed: the linked SOP's title and number, as an office
 * names it, never the id of the source text. An id that resolves to nothing is printed as written
 * (the language reports it as SOP-H14, so the author knows before signing).
 */
import type { DocumentLink } from '@sop/language/model';

/** "Title (Number)" for a resolved link with a number, the title alone without one, else the text. */
export function documentLinkText(link: DocumentLink): string {
    if (!link.resolved) return link.text;
    return link.number ? `${link.text} (${link.number})` : link.text;
}
