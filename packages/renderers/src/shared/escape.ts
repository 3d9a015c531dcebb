/**
 * Escaping of user text for each output language. Every renderer passes every piece of user
 * text through one of these (Mermaid labels and comments: mermaid/label-text.ts); nothing
 * user-written reaches an output unescaped.
 */

/** Collapses all whitespace (newlines, tabs) to single spaces and drops control characters. */
export function oneLine(text: string): string {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
}

/** Escapes text for HTML element content and attribute values. */
export function htmlText(text: string): string {
    return text.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * Escapes user text for one GitHub-flavoured Markdown table cell, list item or heading: HTML is
 * neutralised with entities, inline Markdown (emphasis, code, links) is backslash-escaped, a pipe
 * cannot end a table cell and a newline cannot end the row. Only what changes the meaning is
 * escaped, so the Markdown source stays readable in a diff.
 */
export function markdownText(text: string): string {
    const t = oneLine(text);
    // A lone dash is how the documents write "none"; it is left readable.
    if (t === '-') return t;
    return t
        .replace(/[&<>]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
        .replace(/[\\`*_[\]|~#]/g, c => '\\' + c)
        // Block syntax only matters at the start: list markers, ordered lists, setext underlines.
        .replace(/^([-+=]|\d+(?=[.)]))/, m => (/\d/.test(m) ? m.replace(/(\d)$/, '$1\\') : '\\' + m));
}
