/**
 * The texts `sop diff` compares: for each side, the compared files and their siblings (the other
 * `.sop` files of the same folder at the same revision, so that references between files resolve
 * as they did then), from two named files or from git revisions and the working tree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { FilePair } from '@sop/review';
import { changedPaths, filesInFolder, readAtRevision, untrackedPaths } from '../git.js';
import { UsageError } from '../io.js';
import { decodeUtf8 } from '../workspace.js';

/** One file of one side: the path shown, the absolute path it is built under, its text. */
export interface TextFile {
    path: string;
    abs: string;
    text: string;
}

/** The files of one side. */
export interface SideFiles {
    label: string;
    compared: TextFile[];
    siblings: TextFile[];
}

/** Both sides and which file became which. */
export interface Sides {
    old: SideFiles;
    new: SideFiles;
    pairs: FilePair[];
}

const isSop = (p: string) => p.toLowerCase().endsWith('.sop');

function decode(bytes: Uint8Array, where: string): string {
    const text = decodeUtf8(bytes);
    if (text === undefined) throw new UsageError(`${where}: not UTF-8 text; save it as UTF-8`);
    return text;
}

function readDisk(file: string): string {
    try {
        return decode(readFileSync(file), file);
    } catch (e) {
        if (e instanceof UsageError) throw e;
        throw new UsageError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message})`);
    }
}

/** The `.sop` files of a folder on disk (not its subfolders). */
function sopFilesOnDisk(dir: string): string[] {
    try {
        return readdirSync(dir).filter(isSop).map(n => path.join(dir, n)).filter(f => statSync(f).isFile()).sort();
    } catch {
        return [];
    }
}

/** `sop diff OLD.sop NEW.sop`: each file with the siblings of its own folder, neither file a sibling of the other. */
export function sidesFromFiles(oldFile: string, newFile: string): Sides {
    const both = new Set([path.resolve(oldFile), path.resolve(newFile)]);
    const side = (file: string): SideFiles => ({
        label: file,
        compared: [{ path: file, abs: path.resolve(file), text: readDisk(file) }],
        siblings: sopFilesOnDisk(path.dirname(path.resolve(file))).filter(f => !both.has(f)).map(f => ({ path: f, abs: f, text: readDisk(f) })),
    });
    return { old: side(oldFile), new: side(newFile), pairs: [{ old: oldFile, new: newFile, explicit: true }] };
}

/** Where a side's files come from: a commit, or the working tree (`rev` undefined). */
interface Source {
    rev?: string;
    label: string;
}

function readSide(root: string, source: Source, compared: readonly string[]): SideFiles {
    const folders = [...new Set(compared.map(p => path.posix.dirname(p)).map(d => (d === '.' ? '' : d)))];
    const chosen = new Set(compared);
    const siblings = folders.flatMap(dir => (source.rev ? filesInFolder(root, source.rev, dir) : sopFilesOnDisk(path.join(root, dir)).map(f => path.relative(root, f).split(path.sep).join('/'))))
        .filter(p => isSop(p) && !chosen.has(p));
    const all = [...compared, ...siblings];
    let texts: Map<string, string>;
    if (source.rev) {
        const blobs = readAtRevision(root, source.rev, all);
        texts = new Map([...blobs].map(([p, b]) => [p, decode(b, `${source.label}:${p}`)]));
    } else {
        texts = new Map(all.map(p => [p, readDisk(path.join(root, p))]));
    }
    const file = (p: string): TextFile => ({ path: p, abs: path.join(root, p), text: texts.get(p) ?? '' });
    return { label: source.label, compared: compared.map(file), siblings: siblings.filter(p => texts.has(p)).map(file) };
}

/**
 * `sop diff [REV[..REV]] [paths]` inside a repository: the `.sop` files git reports as changed
 * between the two sides (renames followed), plus, against the working tree, untracked ones.
 */
export function sidesFromGit(root: string, cwd: string, old: Source & { rev: string }, neu: Source, pathspecs: readonly string[]): Sides {
    const changed = changedPaths(cwd, old.rev, neu.rev, pathspecs).filter(c => isSop(c.old ?? '') || isSop(c.new ?? ''));
    if (!neu.rev) for (const p of untrackedPaths(cwd, pathspecs)) if (isSop(p)) changed.push({ new: p });
    const pairs: FilePair[] = changed.map(c => ({ old: c.old && isSop(c.old) ? c.old : undefined, new: c.new && isSop(c.new) ? c.new : undefined }))
        .sort((a, b) => (a.new ?? a.old ?? '').localeCompare(b.new ?? b.old ?? ''));
    return {
        old: readSide(root, old, pairs.flatMap(p => (p.old ? [p.old] : []))),
        new: readSide(root, neu, pairs.flatMap(p => (p.new ? [p.new] : []))),
        pairs,
    };
}
