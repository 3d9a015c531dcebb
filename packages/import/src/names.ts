/**
 * The name of the `.sop` file an imported PDF gets. No Node API and no Langium: the VS Code
 * extension host (desktop and web) names the file the same way `sop import` does.
 */

/** The last part of a path, `/` or `\` separated (no node:path: this also runs in a web worker). */
export function baseName(file: string): string {
    return file.split(/[\\/]/).pop() ?? file;
}

/** The `.sop` name for a PDF: its base name without "signed", lower case, words joined by "-". */
export function sopNameFor(pdf: string): string {
    const base = baseName(pdf).replace(/\.pdf$/i, '').replace(/\bsigned\b/ig, '');
    const slug = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
    return (slug || 'sop') + '.sop';
}
