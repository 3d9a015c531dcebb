/**
 * The little of git that `sop diff` needs, through the `git` executable (no library: the user's
 * own git, with its configuration, is the one that knows the repository). Every call is
 * synchronous and returns bytes; a failing call throws a {@link GitError} with git's message.
 * Paths given to and returned by these functions are relative to the repository root and use
 * `/`, except pathspecs, which git reads relative to the working directory as on its own
 * command line.
 */
import { spawnSync } from 'node:child_process';

/** git failed or is missing; the message is git's own. */
export class GitError extends Error { }

/** Enough for the texts of a large batch of SOP files in one `cat-file` answer. */
const MAX_OUTPUT = 512 * 1024 * 1024;

/**
 * Runs git and returns its standard output. `--no-optional-locks`: a review must not take the
 * index lock that an editor's own git may be holding.
 */
export function git(args: readonly string[], cwd: string, input?: string): Buffer {
    const r = spawnSync('git', ['--no-optional-locks', ...args], { cwd, input, maxBuffer: MAX_OUTPUT, windowsHide: true });
    if (r.error) throw new GitError((r.error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed or not on PATH' : r.error.message);
    if (r.status !== 0) throw new GitError(r.stderr.toString('utf8').trim() || `git ${args[0]} failed`);
    return r.stdout;
}

function text(args: readonly string[], cwd: string): string {
    return git(args, cwd).toString('utf8');
}

/** The root of the repository holding `cwd`, or undefined outside a repository. */
export function gitRoot(cwd: string): string | undefined {
    try {
        return text(['rev-parse', '--show-toplevel'], cwd).trim() || undefined;
    } catch {
        return undefined;
    }
}

/** The commit a revision names, or undefined when it names none. */
export function resolveCommit(rev: string, cwd: string): string | undefined {
    try {
        return text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], cwd).trim() || undefined;
    } catch {
        return undefined;
    }
}

/** The best common ancestor of two commits (`A...B` compares it with B). */
export function mergeBase(a: string, b: string, cwd: string): string {
    return text(['merge-base', a, b], cwd).trim();
}

/** One changed path between two trees: added (no old), deleted (no new), renamed or modified. */
export interface ChangedPath {
    old?: string;
    new?: string;
}

/**
 * Paths changed between `oldRev` and `newRev` (or the working tree when `newRev` is undefined),
 * with renames followed (`-M`), restricted to the pathspecs.
 */
export function changedPaths(cwd: string, oldRev: string, newRev: string | undefined, pathspecs: readonly string[]): ChangedPath[] {
    const out = text(['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', oldRev, ...(newRev ? [newRev] : []), '--', ...pathspecs], cwd);
    const fields = out.split('\0');
    const changes: ChangedPath[] = [];
    for (let i = 0; i < fields.length - 1;) {
        const status = fields[i++];
        if (status.startsWith('R') || status.startsWith('C')) {
            const from = fields[i++], to = fields[i++];
            changes.push(status.startsWith('R') ? { old: from, new: to } : { new: to });
        } else {
            const path = fields[i++];
            changes.push(status === 'A' ? { new: path } : status === 'D' ? { old: path } : { old: path, new: path });
        }
    }
    return changes;
}

/** Files in the working tree that git does not track and does not ignore. */
export function untrackedPaths(cwd: string, pathspecs: readonly string[]): string[] {
    return text(['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ...pathspecs], cwd).split('\0').filter(Boolean);
}

/** The files (not folders) directly inside `dir` at a revision; `''` is the root. */
export function filesInFolder(root: string, rev: string, dir: string): string[] {
    const out = text(['ls-tree', '-z', rev, ...(dir ? ['--', `${dir}/`] : [])], root);
    return out.split('\0').filter(Boolean).flatMap(line => {
        const tab = line.indexOf('\t');
        return line.slice(0, tab).split(' ')[1] === 'blob' ? [line.slice(tab + 1)] : [];
    });
}

/**
 * The contents of files at a revision, all in one `git cat-file --batch` run; a path missing at
 * that revision is absent from the result.
 */
export function readAtRevision(root: string, rev: string, paths: readonly string[]): Map<string, Buffer> {
    const result = new Map<string, Buffer>();
    // A path holding a line break cannot be asked for on a batch line; such a file is left out.
    const asked = paths.filter(p => !/[\r\n]/.test(p));
    if (asked.length === 0) return result;
    const out = git(['cat-file', '--batch'], root, asked.map(p => `${rev}:${p}\n`).join(''));
    let at = 0;
    for (const path of asked) {
        const eol = out.indexOf(0x0a, at);
        const header = out.subarray(at, eol).toString('utf8');
        at = eol + 1;
        const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!m) continue; // "<rev>:<path> missing"
        const size = Number(m[2]);
        if (m[1] === 'blob') result.set(path, out.subarray(at, at + size));
        at += size + 1;
    }
    return result;
}
