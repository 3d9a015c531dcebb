/**
 * Repairs label text in SVG produced by Mermaid 11 with `htmlLabels: false`.
 *
 * Mermaid decodes an entity code such as `#60;` to the string `&#60;` and then sets it as text
 * content, so the SVG shows `&amp;#60;` (the visible text "&#60;") instead of `<`. Because the
 * generator escapes every `&` of user text as `#38;`, every `&amp;#NNN;` in the SVG comes from an
 * entity code, and turning it back into a numeric character reference is unambiguous. A character
 * reference is text in XML, never markup, so this cannot inject anything.
 */
export function repairSvgLabelEntities(svg: string): string {
    return svg.replace(/&amp;#(\d{1,7});/g, (whole, digits: string) => {
        const cp = Number(digits);
        const ok = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
        return ok ? `&#${cp};` : whole;
    });
}
