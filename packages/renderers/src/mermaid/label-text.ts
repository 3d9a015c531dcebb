/**
 * User text inside generated Mermaid: quoted labels ({@link mermaidLabel}) and `%%` comments
 * ({@link mermaidComment}).
 *
 * A label must show its text as written when stock Mermaid 11 draws the `.mmd` (and the Mermaid
 * block of the `.md`, as GitHub does), with the `htmlLabels: false` our front matter pins and
 * with HTML labels. Measured in Chromium (test/export/mermaid-stock.test.ts), Mermaid's own
 * `#35;`-style codes do not do that: Mermaid turns them into `&#35;` and then, for SVG text
 * labels, sets that string as text, so `&#35;` is what the reader sees. What does work:
 *
 * - `&amp;` `&lt;` `&gt;`: SVG text labels decode exactly these three; HTML labels decode all.
 *   A `&` stays bare where it cannot start an entity (ampersand.ts).
 * - Other named HTML entities (`&quot;` …) are decoded only when Mermaid's sanitizer parses the
 *   label as HTML, which DOMPurify skips for a string without `<`; an empty HTML comment
 *   (`<!---->`, {@link PARSE_MARK}) makes it parse, and the sanitizer removes the comment itself.
 *   These entities are decoded before Mermaid looks for `\n` breaks, Markdown or KaTeX, so they
 *   are used only for characters that mean nothing at that point.
 * - Everything else is written as is: Mermaid gives meaning only to the sequences handled below.
 *
 * What stock Mermaid cannot show at all, so our own SVG export restores it (svg-text.ts): with SVG
 * text labels a backslash before `n`/`N` (always a line break there) and an `&` `<` `>` in a word
 * too long for its box (Mermaid may cut `&amp;` in two); in any label Mermaid's own entity
 * placeholders `ﬂ°` and `¶ß`. The first character of those three sequences is written as a
 * Mermaid code (`#92;`, `#64258;`, `#182;`; HTML labels show `#92;` right). With HTML labels,
 * which our front matter does not ask for, `$$…$$` is drawn as KaTeX and `fa:fa-…` as an icon:
 * escaping them for that would show codes with SVG text labels.
 */
import { oneLine } from '../shared/escape.js';
import { ampersandNeedsEscape } from './ampersand.js';

/** Appended to a label that uses a named entity other than `&amp;` `&lt;` `&gt;` (see the file comment). */
export const PARSE_MARK = '<!---->';

/** Named entities that need {@link PARSE_MARK}. */
const PARSED = { quot: '&quot;', num: '&num;', percnt: '&percnt;', grave: '&grave;', colon: '&colon;' } as const;

/** Every named entity {@link mermaidLabel} writes; any other `&` in a label is the user's own. */
export const LABEL_ENTITIES: readonly string[] = ['&amp;', '&lt;', '&gt;', ...Object.values(PARSED)];

interface Piece { char: string; out: string }

/** The encoding of character `c` of a label line, which `line.slice(after)` follows. */
function encodeChar(c: string, line: string, after: number): string {
    const next = line[after];
    switch (c) {
        case '&': return ampersandNeedsEscape(line.slice(after)) ? '&amp;' : c;
        // `<` would start a tag; a bare `>` is dropped from SVG text labels.
        case '<': return '&lt;';
        case '>': return '&gt;';
        // Ends the quoted label.
        case '"': return PARSED.quot;
        // `%%{…}%%` is a directive wherever it appears in the text.
        case '%': return next === '%' ? PARSED.percnt : c;
        // `\n` and `\N` are line breaks; `ﬂ°`, `ﬂ°°` and `¶ß` are Mermaid's entity placeholders.
        case '\\': return next === 'n' || next === 'N' ? '#92;' : c;
        case '\uFB02': return next === '\u00B0' ? '#64258;' : c;
        case '\u00B6': return next === '\u00DF' ? '#182;' : c;
        default: return c;
    }
}

/**
 * Escapes lines of user text for one double-quoted Mermaid label (`id["…"]`, `-->|"…"|`,
 * `subgraph id["…"]`); the lines are joined with Mermaid's `\n` break. Whitespace runs become one
 * space and control characters are dropped ({@link oneLine}).
 */
export function mermaidLabel(lines: readonly string[]): string {
    const pieces: Piece[] = [];
    lines.forEach((line, index) => {
        if (index > 0) pieces.push({ char: '\n', out: '\\n' });
        const text = oneLine(line);
        let after = 0;
        for (const c of text) {
            after += c.length;
            pieces.push({ char: c, out: encodeChar(c, text, after) });
        }
    });
    // "` starts a Markdown string.
    if (pieces[0]?.char === '`') pieces[0].out = PARSED.grave;
    // Mermaid reads `#word;` as an entity code before parsing, and a line holding `style` or
    // `classDef`, a colon, a `#` and a `;` loses that `;` (it takes the line for a style rule).
    // So a `#` stays bare only where no `;` follows it in the label.
    let lastSemicolon = -1;
    pieces.forEach((p, i) => { if (p.out.includes(';')) lastSemicolon = i; });
    pieces.forEach((p, i) => { if (p.char === '#' && i < lastSemicolon) p.out = PARSED.num; });
    // A Mermaid code is a `#` before a `;`: then no bare colon may precede it (the style rule again).
    if (pieces.some(p => /^#\d+;$/.test(p.out))) pieces.forEach(p => { if (p.char === ':') p.out = PARSED.colon; });
    const text = pieces.map(p => p.out).join('');
    return Object.values(PARSED).some(e => text.includes(e)) ? text + PARSE_MARK : text;
}

/**
 * User text for a `%%` comment line: one line, with no `%`, `{` or `}` (so no `%%{…}%%`
 * directive, which Mermaid finds even inside a comment) and no control or line-separator
 * character. Those characters, and the backslash, become `\uXXXX`, so the text stays readable
 * and can be read back.
 */
export function mermaidComment(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029%{}\\]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
