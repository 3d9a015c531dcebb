/**
 * Repairs label text in SVG produced by Mermaid 11 with `htmlLabels: false`.
 *
 * Mermaid decodes an entity code such as `#60;` to the string `&#60;` and then sets it as text
 * content, so the SVG shows `&amp;#60;` (the visible text "&#60;") instead of `<`; when it wraps
 * a long word it may even cut such a string in two tspans (`&#3` | `7;`). Because the generator
 * escapes every `&` of user text as `#38;`, every `&#NNN;` in label text comes from an entity
 * code, so decoding them is unambiguous. Only the text inside `<text>` elements is touched, and
 * it is written back XML-escaped, so this cannot inject markup.
 */

const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
    return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (whole, name: string) => {
        if (name[0] !== '#') return xmlEntities[name];
        const cp = name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
        return validCodePoint(cp) ? String.fromCodePoint(cp) : whole;
    });
}

function escapeXml(s: string): string {
    return s.replace(/[&<>]/g, c => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

function validCodePoint(cp: number): boolean {
    return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Moves the pieces of an entity cut over several text nodes back into the first one. */
function joinCutEntities(texts: string[]): void {
    for (let i = 0; i < texts.length; i++) {
        const partial = /&(#\d*)?$/.exec(texts[i])?.[0];
        if (!partial) continue;
        let tail = partial;
        for (let j = i + 1; j < texts.length && !/^&#\d+;/.test(tail); j++) {
            if (texts[j].length === 0) continue;
            const need = /^[#\d]*;?/.exec(texts[j])![0];
            // Take only what can continue "&#digits;" from this node.
            const take = (tail + need).match(/^&#?\d*;?/)![0].slice(tail.length);
            if (take.length === 0) break;
            tail += take;
            texts[i] += take;
            texts[j] = texts[j].slice(take.length);
            if (texts[j].length > 0) break;
        }
    }
}

function repairTextElement(block: string): string {
    const tokens = block.split(/(<[^>]*>)/);
    const textIndexes = tokens.map((t, i) => (t.startsWith('<') ? -1 : i)).filter(i => i >= 0);
    const texts = textIndexes.map(i => unescapeXml(tokens[i]));
    joinCutEntities(texts);
    textIndexes.forEach((tokenIndex, k) => {
        const decoded = texts[k].replace(/&#(\d{1,7});/g, (whole, d: string) => (validCodePoint(Number(d)) ? String.fromCodePoint(Number(d)) : whole));
        tokens[tokenIndex] = escapeXml(decoded);
    });
    return tokens.join('');
}

/** Decodes Mermaid's left-over entity strings in every `<text>` element of an SVG document. */
export function repairSvgLabelEntities(svg: string): string {
    return svg.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, repairTextElement);
}
