/**
 * The one way export files (and the manifest) reach the disk: a complete temporary file renamed
 * over the old one.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Writes bytes to a temporary file beside `file` and renames it over `file` (atomic on one file
 * system): a crash leaves the old file or the new one, never half of it. `mode` sets the
 * permissions of the new file (e.g. those of the file it replaces).
 */
export function writeAtomic(file: string, bytes: Uint8Array, mode?: number): void {
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
        writeFileSync(temp, bytes, { flag: 'wx', mode });
        renameSync(temp, file);
    } catch (e) {
        rmSync(temp, { force: true });
        throw e;
    }
}
