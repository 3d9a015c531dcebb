/**
 * Reads the unit logo named in a document (`logo "berkas.png"`) as a data: URI for the official
 * renderers, and only such a file: a path relative to the document, inside the folder the export
 * runs in (or, for a document outside it, inside the document's own folder), a regular file (never
 * a FIFO or a device; a link only when its target is inside too), at most 2 MB, whose bytes are the
 * image its name says. Anything else is a problem the export reports; it goes on without the logo.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { logoImageType } from '@sop/language/model';

const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** The logo as a data: URI, or why it was not used. */
export type LogoResult = { uri: string } | { problem: string } | undefined;

function inside(root: string, file: string): boolean {
    const rel = path.relative(root, file);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** True when the bytes are the image type the name says. */
function matchesType(type: string, bytes: Buffer): boolean {
    if (type === 'image/png') return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (type === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    if (type === 'image/gif') return bytes.subarray(0, 4).toString('latin1') === 'GIF8';
    return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(bytes.toString('utf8'));
}

/** Reads the logo of a document (see the file comment). `root` is the folder the export runs in. */
export function readLogo(sourceFile: string, logo: string | undefined, root = process.cwd()): LogoResult {
    if (!logo) return undefined;
    if (/^[a-z][a-z0-9+.-]*:/i.test(logo) && !/^[a-z]:[\\/]/i.test(logo)) return { problem: 'a URL is never fetched; name a file beside the document' };
    if (path.isAbsolute(logo)) return { problem: 'an absolute path is not used; name the file relative to the document' };
    const type = logoImageType(logo);
    if (!type) return { problem: 'not a .png, .jpg, .gif or .svg file' };
    const sourceDir = path.dirname(path.resolve(sourceFile));
    const base = inside(path.resolve(root), sourceDir) ? path.resolve(root) : sourceDir;
    const file = path.resolve(sourceDir, logo);
    if (!inside(base, file)) return { problem: `outside ${base}` };
    let real: string;
    try {
        real = realpathSync(file);
    } catch {
        return { problem: 'no such file' };
    }
    if (!inside(realpathSync(base), real)) return { problem: `a link that leads outside ${base}` };
    const st = statSync(real);
    if (!st.isFile()) return { problem: 'not a regular file' };
    if (st.size > MAX_LOGO_BYTES) return { problem: `larger than ${MAX_LOGO_BYTES / 1024 / 1024} MB` };
    // Read at most the size just checked (a file that grows meanwhile is cut, never read forever).
    const bytes = Buffer.alloc(st.size);
    const fd = openSync(real, 'r');
    try {
        readSync(fd, bytes, 0, st.size, 0);
    } finally {
        closeSync(fd);
    }
    if (!matchesType(type, bytes)) return { problem: `its bytes are not a ${type.replace('image/', '').replace('+xml', '')} image` };
    return { uri: `data:${type};base64,${bytes.toString('base64')}` };
}

/** The logo as a data: URI, or undefined (absent or refused); see {@link readLogo} for why. */
export function logoDataUri(sourceFile: string, logo: string | undefined, root?: string): string | undefined {
    const r = readLogo(sourceFile, logo, root);
    return r && 'uri' in r ? r.uri : undefined;
}
