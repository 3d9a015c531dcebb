/**
 * `node:path` for the web build of the extension host (scripts/build.mjs maps the import here):
 * POSIX path operations on URI paths, which is what `uri.path` and `uri.fsPath` are in a browser.
 * Only what the shared code calls; `process.cwd()` does not exist, so relative paths resolve
 * against `/`.
 */
export const sep = '/';
export const delimiter = ':';

export function isAbsolute(p: string): boolean {
    return p.startsWith('/');
}

export function normalize(p: string): string {
    const abs = isAbsolute(p);
    const out: string[] = [];
    for (const part of p.split('/')) {
        if (!part || part === '.') continue;
        if (part === '..') {
            if (out.length && out[out.length - 1] !== '..') out.pop();
            else if (!abs) out.push('..');
        } else {
            out.push(part);
        }
    }
    const joined = out.join('/');
    return abs ? '/' + joined : joined || '.';
}

export function join(...parts: string[]): string {
    return normalize(parts.filter(Boolean).join('/'));
}

export function resolve(...parts: string[]): string {
    let p = '';
    for (const part of parts) p = isAbsolute(part) ? part : p ? `${p}/${part}` : part;
    return normalize(isAbsolute(p) ? p : '/' + p);
}

export function dirname(p: string): string {
    const n = p.replace(/\/+$/, '');
    const i = n.lastIndexOf('/');
    if (i < 0) return '.';
    return i === 0 ? '/' : n.slice(0, i);
}

export function basename(p: string, ext?: string): string {
    const b = p.replace(/\/+$/, '').split('/').pop() ?? '';
    return ext && b.endsWith(ext) && b !== ext ? b.slice(0, -ext.length) : b;
}

export function extname(p: string): string {
    const b = basename(p);
    const i = b.lastIndexOf('.');
    return i <= 0 ? '' : b.slice(i);
}

export function relative(from: string, to: string): string {
    const a = resolve(from).split('/').filter(Boolean);
    const b = resolve(to).split('/').filter(Boolean);
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

export const posix = { sep, delimiter, isAbsolute, normalize, join, resolve, dirname, basename, extname, relative };
/** Shared code that picks `path.win32` on Windows (finding a browser for PDF) is never run here. */
export const win32 = posix;
export default posix;
