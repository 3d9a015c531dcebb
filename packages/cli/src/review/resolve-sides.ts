/**
 * Which two sides the words of `sop diff` name: two existing files, or a revision, a range
 * (`A..B`, `A...B` from the merge base) or nothing (HEAD) against the working tree, with git
 * pathspecs. Words are read as git reads them; a typo is an error, never an empty review.
 */
import { existsSync, statSync } from 'node:fs';
import { gitRoot, mergeBase, resolveCommit } from '../git.js';
import { UsageError } from '../io.js';
import { sidesFromFiles, sidesFromGit, type Sides } from './sides.js';

const isFile = (p: string) => { try { return statSync(p).isFile(); } catch { return false; } };

/**
 * The two sides from the command line: `before` and `after` are the words before and after `--`.
 * Revisions are resolved to commits before git sees them, so no word can pass as a git option.
 */
export function resolveSides(before: string[], after: string[], terminated: boolean, lang: 'id' | 'en', cwd: string): Sides {
    if (!terminated && before.length === 2 && before.every(isFile)) return sidesFromFiles(before[0], before[1]);
    const root = gitRoot(cwd);
    if (!root) {
        throw new UsageError(before.length === 2 ? `${before.find(p => !isFile(p))}: no such file` : 'not inside a git repository: name two files, sop diff OLD.sop NEW.sop');
    }
    const worktree = lang === 'id' ? 'direktori kerja' : 'working tree';
    // As on git's command line: a word before `--` is a revision (or range); without `--`, the
    // first word is one when it is no path in the working tree and git knows it.
    if (terminated && before.length > 1) throw new UsageError(`one revision or range before "--", not ${before.length}`);
    const first = before[0];
    const looksLikeRevision = first !== undefined && (terminated || (!existsSync(first) && (first.includes('..') || resolveCommit(first, cwd) !== undefined)));
    const spec = looksLikeRevision ? first : undefined;
    const paths = [...(spec === undefined ? before : before.slice(1)), ...after];
    // Like git: a word that is no revision and no path is a typo, unless `--` says it is a path
    // (a deleted file) or it is a pattern.
    const unknown = (spec === undefined ? before : before.slice(1)).find(w => !terminated && !existsSync(w) && !/[*?[]|^:/.test(w));
    if (unknown !== undefined) throw new UsageError(`"${unknown}" is no revision and no path in the working tree (write paths after "--")`);
    const commit = (rev: string) => {
        const sha = resolveCommit(rev || 'HEAD', cwd);
        if (!sha) throw new UsageError(rev ? `unknown revision "${rev}"` : 'the repository has no commit yet: nothing to compare with');
        return sha;
    };
    if (spec === undefined) return sidesFromGit(root, cwd, { rev: commit('HEAD'), label: 'HEAD' }, { label: worktree }, paths);
    const range = /^(.*?)(\.\.\.?)(.*)$/.exec(spec);
    if (!range) return sidesFromGit(root, cwd, { rev: commit(spec), label: spec }, { label: worktree }, paths);
    const [, a, dots, b] = range;
    const left = commit(a), right = commit(b);
    const base = dots === '...' ? mergeBase(left, right, cwd) : left;
    return sidesFromGit(root, cwd, { rev: base, label: dots === '...' ? `${a || 'HEAD'}...${b || 'HEAD'} (merge-base ${base.slice(0, 7)})` : a || 'HEAD' }, { rev: right, label: b || 'HEAD' }, paths);
}
