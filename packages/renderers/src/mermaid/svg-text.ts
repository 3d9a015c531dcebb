/**
 * Exact label text in our own SVG export (Mermaid 11, `htmlLabels: false`).
 *
 * The generated labels (label-text.ts) already show as written when stock Mermaid draws them,
 * except where Mermaid itself cannot: a backslash before `n`, its `ﬂ°`/`¶ß` placeholders, and an
 * `&` `<` `>`, which Mermaid holds as `&amp;` `&lt;` `&gt;` and may cut in two when it breaks a
 * word too long for its box (`&am` | `p;`). So the export draws a protected copy of the text ({@link protectSvgLabelText}):
 * each of those is replaced by a {@link MARK} character and a letter, which Mermaid treats as
 * plain text, and {@link repairSvgLabelEntities} puts the real characters back into the SVG.
 */

import { LABEL_ENTITIES } from './label-text.js';

/** U+FDD0, a Unicode noncharacter: reserved for internal use, never part of real text. */
const MARK = '\uFDD0';

/** What each MARK + letter pair stands for. */
const DECODED: Record<string, string> = { a: '&', l: '<', g: '>', b: '\\', f: '\uFB02', p: '\u00B6', m: MARK };

/** The pair for each sequence of generated Mermaid text it replaces. */
const ENCODED: Record<string, string> = { '&amp;': 'a', '&': 'a', '&lt;': 'l', '&gt;': 'g', '#92;': 'b', '#64258;': 'f', '#182;': 'p', [MARK]: 'm' };

/**
 * What is replaced (in labels: nothing else of generated text has these): MARK itself, `&amp;` `&lt;` `&gt;`, the user's own bare `&` (any `&` that does
 * not start an entity the generator writes, see LABEL_ENTITIES) and the generator's Mermaid codes.
 */
const PROTECTED = new RegExp(`${MARK}|&amp;|&lt;|&gt;|&(?!${LABEL_ENTITIES.map(e => e.slice(1)).join('|')})|#92;|#64258;|#182;`, 'g');

/**
 * The Mermaid text to draw for the SVG export: the text of {@link renderMermaid}, with the
 * sequences listed in the file comment replaced by MARK pairs. In generated text a `#digits;`
 * code is always one of the generator's (label-text.ts).
 */
export function protectSvgLabelText(mermaidText: string): string {
    return mermaidText.replace(PROTECTED, s => MARK + ENCODED[s]);
}

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
    return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (whole, name: string) => {
        if (name[0] !== '#') return xmlEntities[name];
        const cp = name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    });
}

function escapeXml(s: string): string {
    return s.replace(/[&<>]/g, c => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** A MARK that ends one text node (Mermaid broke the word after it) takes its letter from the next. */
function joinCutPairs(texts: string[]): void {
    for (let i = 0; i < texts.length; i++) {
        if (!texts[i].endsWith(MARK)) continue;
        const j = texts.findIndex((t, k) => k > i && t.length > 0);
        if (j < 0) continue;
        const letter = String.fromCodePoint(texts[j].codePointAt(0)!);
        texts[i] += letter;
        texts[j] = texts[j].slice(letter.length);
    }
}

function repairTextElement(block: string): string {
    const tokens = block.split(/(<[^>]*>)/);
    const textIndexes = tokens.map((t, i) => (t.startsWith('<') ? -1 : i)).filter(i => i >= 0);
    const texts = textIndexes.map(i => unescapeXml(tokens[i]));
    joinCutPairs(texts);
    textIndexes.forEach((tokenIndex, k) => {
        tokens[tokenIndex] = escapeXml(texts[k].replace(/\uFDD0([\s\S])/g, (pair, letter: string) => DECODED[letter] ?? pair));
    });
    return tokens.join('');
}

/**
 * Puts back the characters {@link protectSvgLabelText} replaced, in every `<text>` element of an
 * SVG drawn from protected text. Text is written back XML-escaped, so this cannot inject markup;
 * an SVG drawn from unprotected text holds no MARK and comes back unchanged.
 */
export function repairSvgLabelEntities(svg: string): string {
    if (!svg.includes(MARK)) return svg;
    return svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, repairTextElement);
}
