/** Reads the unit logo named in a document (`logo "berkas.png"`) as a data: URI for the official renderers. */
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const mime: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.svg': 'image/svg+xml', '.gif': 'image/gif' };
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

/** The logo file, relative to the source file, as a data: URI; undefined when absent, unknown or too big. */
export function logoDataUri(sourceFile: string, logo: string | undefined): string | undefined {
    if (!logo || /^[a-z][a-z0-9+.-]*:/i.test(logo)) return undefined;
    const file = path.resolve(path.dirname(sourceFile), logo);
    const type = mime[path.extname(file).toLowerCase()];
    if (!type) return undefined;
    try {
        if (statSync(file).size > MAX_LOGO_BYTES) return undefined;
        return `data:${type};base64,${readFileSync(file).toString('base64')}`;
    } catch {
        return undefined;
    }
}
