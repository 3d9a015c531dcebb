/**
 * Whether a `&` in label text must be written `&amp;`. A bare `&` reads better (`Surat & Arsip`,
 * `?nama=budi&nik=1`) and, unlike `&amp;`, stock Mermaid can never cut it in two when it breaks a
 * long word; but it must not start something that HTML or Mermaid would decode.
 */

/**
 * The HTML named character references a browser decodes without a closing `;` (WHATWG HTML,
 * "named character references": the legacy entries; checked against Chromium by
 * test/export/mermaid-stock.test.ts).
 */
export const LEGACY_ENTITY_NAMES: readonly string[] = (
    'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave Iuml LT '
    + 'Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig '
    + 'agrave amp aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 '
    + 'frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve ordf ordm '
    + 'oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ugrave uml '
    + 'uuml yacute yen yuml'
).split(' ');

/**
 * True when a `&` followed by `rest` could be read as a character reference: `&#…`, `&word;`
 * (any name, with its `;`) or a legacy name without `;` at the start of the word (`&copy2024`).
 */
export function ampersandNeedsEscape(rest: string): boolean {
    if (rest.startsWith('#')) return true;
    const word = /^[A-Za-z0-9]+/.exec(rest)?.[0];
    if (word === undefined) return false;
    return rest[word.length] === ';' || LEGACY_ENTITY_NAMES.some(name => word.startsWith(name));
}
