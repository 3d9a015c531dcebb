/**
 * Expands CLI inputs (files, folders, simple globs with `*`, `**` and `?`) into `.sop` files.
 * Unreadable or missing inputs are collected as errors rather than thrown.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** Files found and inputs that matched nothing or could not be read. */
export interface ExpandedInputs {
    files: string[];
    problems: string[];
}

const skipDirs = new Set(['node_modules', '.git', 'out', 'dist']);

function walk(dir: string, out: string[], ext: string): void {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!skipDirs.has(entry.name) && !entry.name.startsWith('.')) walk(full, out, ext);
        } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(full))) && entry.name.endsWith(ext)) {
            // A linked .sop file is read like any other (linked folders are not walked: no cycles).
            out.push(full);
        }
    }
}

function isFile(file: string): boolean {
    try { return statSync(file).isFile(); } catch { return false; }
}

/** Converts a glob to a regular expression over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
                i += glob[i + 2] === '/' ? 2 : 1;
            } else re += '[^/]*';
        } else if (c === '?') re += '[^/]';
        else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}

/** Expands inputs into a sorted, de-duplicated list of absolute `.sop` file paths. */
export function expandInputs(inputs: readonly string[], ext = '.sop'): ExpandedInputs {
    const files = new Set<string>();
    const problems: string[] = [];
    for (const input of inputs) {
        if (/[*?]/.test(input)) {
            const parts = input.split(/[\\/]/);
            const firstGlob = parts.findIndex(p => /[*?]/.test(p));
            const base = parts.slice(0, firstGlob).join('/') || '.';
            const pattern = globToRegExp(parts.slice(firstGlob).join('/'));
            const found: string[] = [];
            if (existsSync(base) && statSync(base).isDirectory()) walk(base, found, ext);
            const matched = found.filter(f => pattern.test(path.relative(base, f).split(path.sep).join('/')));
            if (matched.length === 0) problems.push(`${input}: no ${ext} files match`);
            matched.forEach(f => files.add(path.resolve(f)));
            continue;
        }
        try {
            const st = statSync(input);
            if (st.isDirectory()) {
                const found: string[] = [];
                walk(input, found, ext);
                if (found.length === 0) problems.push(`${input}: folder holds no ${ext} files`);
                found.forEach(f => files.add(path.resolve(f)));
            } else if (!input.toLowerCase().endsWith(ext)) {
                problems.push(`${input}: not a ${ext} file`);
            } else {
                files.add(path.resolve(input));
            }
        } catch (e) {
            problems.push(`${input}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as Error).message}`);
        }
    }
    return { files: [...files].sort(), problems };
}
