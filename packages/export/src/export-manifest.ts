/**
 * The sidecar manifest `.sop-export.json` of an output folder: what `sop export` wrote there.
 *
 * - `files`: every file written, with the SHA-256 of its bytes; a file is "ours" while its bytes
 *   still match (see write-output.ts).
 * - `sources`: per source file (named relative to the folder), per output file of it: `inputs`,
 *   the checksum of everything that output was made from (see the CLI's export/dependencies.ts),
 *   and `output`, the checksum of the bytes written. An output whose inputs and bytes are both
 *   unchanged need not be made again ({@link isUpToDate}). Only `sop export` records sources; the
 *   VS Code extension writes through the same code and keeps them.
 *
 * No time stamps, keys sorted: re-exporting unchanged sources changes no byte of it.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { writeAtomic } from './atomic-write.js';

/** The sidecar manifest listing the files we wrote in a folder. */
export const MANIFEST_NAME = '.sop-export.json';

/** What one output of a source was made from, and what was written. */
export interface OutputRecord {
    /** Checksum of everything the output depends on. */
    inputs: string;
    /** Checksum of the bytes written. */
    output: string;
}

/** The manifest of one folder, as read. */
export interface ExportManifest {
    generator: string;
    /** File name → checksum of the bytes written. */
    files: Record<string, string>;
    /** Source (relative to the folder, `/`-separated) → output file name → record. */
    sources: Record<string, Record<string, OutputRecord>>;
}

/** `sha256-<hex>` of some bytes or text: the checksum format of the manifest. */
export function checksum(bytes: Uint8Array | string): string {
    return 'sha256-' + createHash('sha256').update(bytes).digest('hex');
}

/** The kind of what is at a path, without following a link: absent, a link, a file, or something else. */
export function entryKind(file: string): 'none' | 'link' | 'file' | 'other' {
    try {
        const st = lstatSync(file);
        return st.isSymbolicLink() ? 'link' : st.isFile() ? 'file' : 'other';
    } catch {
        return 'none';
    }
}

function isRecord(v: unknown): v is OutputRecord {
    return typeof v === 'object' && v !== null && typeof (v as OutputRecord).inputs === 'string' && typeof (v as OutputRecord).output === 'string';
}

/** Only well-formed source records are kept: a hand-edited manifest cannot make a file look up to date by accident. */
function readSources(raw: unknown): ExportManifest['sources'] {
    const sources: ExportManifest['sources'] = {};
    if (typeof raw !== 'object' || raw === null) return sources;
    for (const [source, outputs] of Object.entries(raw)) {
        if (typeof outputs !== 'object' || outputs === null) continue;
        const kept: Record<string, OutputRecord> = {};
        for (const [name, r] of Object.entries(outputs as Record<string, unknown>)) if (isRecord(r)) kept[name] = { inputs: r.inputs, output: r.output };
        if (Object.keys(kept).length) sources[source] = kept;
    }
    return sources;
}

/** The manifest of `dir`; an empty one when there is none, it is unreadable, or it is not a plain file. */
export function readManifest(dir: string): ExportManifest {
    const file = path.join(dir, MANIFEST_NAME);
    const empty = { generator: 'sop export', files: {}, sources: {} };
    // A manifest that is not a plain file is never read (a link could point anywhere).
    if (entryKind(file) !== 'file') return empty;
    try {
        const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<ExportManifest>;
        if (m && typeof m.files === 'object' && m.files) return { generator: 'sop export', files: { ...m.files }, sources: readSources(m.sources) };
    } catch { /* unreadable: start a new one */ }
    return empty;
}

/** An object with its keys in code-point order, so the JSON does not depend on the order of writes. */
function sorted<T>(o: Record<string, T>): Record<string, T> {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Writes the manifest of `dir` atomically, keys sorted; `sources` only when there are any (a
 * folder written only by the extension keeps the manifest it always had).
 * @throws Error when the manifest is a link or not a regular file (it is then left alone).
 */
export function writeManifest(dir: string, m: ExportManifest): void {
    const file = path.join(dir, MANIFEST_NAME);
    const kind = entryKind(file);
    if (kind === 'link') throw new Error(`${MANIFEST_NAME} is a symbolic link; remove it and export again`);
    if (kind === 'other') throw new Error(`${MANIFEST_NAME} is not a regular file`);
    const sources = sorted(Object.fromEntries(Object.entries(m.sources).map(([s, outputs]) => [s, sorted(outputs)])));
    const json = Object.keys(sources).length ? { generator: m.generator, files: sorted(m.files), sources } : { generator: m.generator, files: sorted(m.files) };
    writeAtomic(file, new TextEncoder().encode(JSON.stringify(json, null, 2) + '\n'));
}

/**
 * True when `file` need not be made again: `manifest` (that of the file's folder) records it as
 * an output of `source` made from `inputs`, and the file is a plain file whose bytes are still
 * those written (not deleted, not replaced by a link, not edited by hand, not rewritten by another
 * export since: `files` would then hold another checksum).
 */
export function isUpToDate(manifest: ExportManifest, file: string, source: string, inputs: string): boolean {
    const name = path.basename(file);
    const record = manifest.sources[source]?.[name];
    if (!record || record.inputs !== inputs || manifest.files[name] !== record.output) return false;
    if (entryKind(file) !== 'file') return false;
    try {
        return checksum(readFileSync(file)) === record.output;
    } catch {
        return false;
    }
}
