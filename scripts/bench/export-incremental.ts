// P5 of `npm run bench`: `sop export` again after one source changed, into the folder a full export
// of the same run wrote (its manifest records what each output was made from, so the unchanged
// sources are skipped), and again with nothing changed. A fresh process per run, as a user runs it.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** What one measured run did: its wall seconds and the summary line of `sop export`. */
interface Run { s: number; summary: string; status: number | null }

function exportOnce(cliBin: string, args: string[]): Run {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cliBin, 'export', ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    const s = (performance.now() - t0) / 1000;
    return { s, summary: r.stdout.trim().split('\n').filter(l => !l.startsWith('drafts ')).at(-1) ?? '', status: r.status };
}

/**
 * Re-exports `files` (generated SOPs that a full run of `fullSeconds` already exported with `args`)
 * `runs` times, each after changing one step text of a file the runs before did not change, then
 * once with nothing changed; puts the files back as they were. Returns the Markdown rows
 * `| run | s | summary line |`.
 */
export function reexportRows(cliBin: string, files: readonly string[], args: string[], fullSeconds: number, runs: number, say: (l: string) => void): string[] {
    const originals = files.map(file => readFileSync(file, 'utf8'));
    const changed: Run[] = [];
    try {
        for (let r = 0; r < runs; r++) {
            // Spread over the set; each file stays changed, so every later run has exactly one change.
            const i = Math.floor(((r + 0.5) * files.length) / runs);
            writeFileSync(files[i], originals[i].replace('"Memproses berkas 1"', `"Memproses berkas 1 (revisi ${r + 1})"`));
            const run = exportOnce(cliBin, args);
            say(`P5 re-export after changing ${files[i].split('/').at(-1)}: ${f(run.s)} s (${run.summary})`);
            changed.push(run);
        }
        const unchanged = exportOnce(cliBin, args);
        say(`P5 re-export, nothing changed: ${f(unchanged.s)} s (${unchanged.summary})`);
        const failed = [...changed, unchanged].find(r => r.status !== 0);
        if (failed) say(`P5 re-export: exit ${failed.status}`);
        const times = changed.map(r => r.s);
        return [
            `| full export into the same folder (above) | ${f(fullSeconds)} | ${files.length} of ${files.length} files written |`,
            `| one file changed: median (min–max) of ${runs} | ${f(median(times))} (${f(Math.min(...times))}–${f(Math.max(...times))}) | ${changed[0]?.summary ?? ''} |`,
            `| nothing changed | ${f(unchanged.s)} | ${unchanged.summary} |`,
        ];
    } finally {
        files.forEach((file, i) => writeFileSync(file, originals[i]));
    }
}
