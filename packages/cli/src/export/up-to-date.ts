/**
 * Which planned outputs `sop export` can skip: those the output folder's manifest records as
 * made from the same inputs (dependencies.ts), whose file still holds the bytes written.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { isUpToDate, MANIFEST_NAME, readManifest, type ExportManifest } from '@sop/export';
import type { ExportJob } from './jobs.js';

/** The source of a job as named from its output's folder (`/`-separated), as the manifest and the generated-by comment name it. */
export function sourceFromOutput(job: ExportJob): string {
    return path.relative(path.dirname(job.target), job.source).split(path.sep).join('/');
}

/**
 * Splits the planned jobs into those to run, in their order, and the number skipped as up to
 * date. Nothing is skipped with `force`. A job whose target another job also names is never
 * skipped, so that the clash is still reported.
 */
export function skipUpToDate(jobs: readonly ExportJob[], force: boolean): { run: ExportJob[]; skipped: number } {
    if (force) return { run: [...jobs], skipped: 0 };
    const manifests = new Map<string, ExportManifest>();
    const manifestOf = (dir: string) => {
        let m = manifests.get(dir);
        if (!m) manifests.set(dir, m = readManifest(dir));
        return m;
    };
    const targets = new Map<string, number>();
    for (const job of jobs) targets.set(job.target, (targets.get(job.target) ?? 0) + 1);
    const run = jobs.filter(job => !(job.inputs && targets.get(job.target) === 1 && isUpToDate(manifestOf(path.dirname(job.target)), job.target, sourceFromOutput(job), job.inputs)));
    return { run, skipped: jobs.length - run.length };
}

/**
 * A guess, before anything is parsed, whether this run will make outputs: true when an input is
 * newer than the manifest of its output folder (or there is none). Only the start of the browser
 * hangs on it (early, beside parsing, when work is likely; else on first use), never what is
 * skipped, so a wrong guess costs time, not correctness.
 */
export function likelyWork(files: readonly string[], out: string | undefined, force: boolean): boolean {
    if (force) return true;
    const mtime = (file: string) => {
        try {
            return statSync(file).mtimeMs;
        } catch {
            return undefined;
        }
    };
    return files.some(file => {
        const written = mtime(path.join(out ?? path.dirname(file), MANIFEST_NAME));
        const changed = mtime(file);
        return written === undefined || changed === undefined || changed >= written;
    });
}
