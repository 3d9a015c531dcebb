// A/B of the P2 / P3 figures of two server builds, alternated so that both see the same load of a
// shared machine; each measurement runs in a process of its own (the protocol client reads
// SOP_SERVER_BIN when loaded):
//   npx tsx --require ./groupby-polyfill.cjs scripts/bench/compare-lsp.ts <bundle A> <bundle B> [rounds]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSop, writeWorkspace } from './generate.js';

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const edits = Number(process.env.EDITS ?? 20);

if (process.env.SOP_AB_CHILD) {
    // One measurement: argv = alone folder, alone file, workspace folder, edited file, late file.
    const [alone, aloneFile, ws, edited, late] = process.argv.slice(2);
    const { editAlone, startAndEdit } = await import('./lsp.js');
    const one = await editAlone(alone, aloneFile, edits, 3);
    const all = await startAndEdit(ws, 2001, edited, late, edits, 3);
    console.log(JSON.stringify({ alone: median(one.edits), inWorkspace: median(all.edits), open: all.openFileMs, every: all.workspaceMs, late: all.lateOpenMs, peak: all.peakRssMiB }));
} else {
    const [a, b] = process.argv.slice(2, 4);
    const rounds = Number(process.argv[4] ?? 2);
    const tmp = mkdtempSync(join(tmpdir(), 'sop-ab-'));
    try {
        const alone = join(tmp, 'alone');
        const aloneFile = writeSop(alone, 500);
        const ws = join(tmp, 'ws');
        const paths = writeWorkspace(ws, 2000, 25);
        const edited = writeSop(ws, 500);
        for (let r = 0; r < rounds; r++) {
            for (const [label, bin] of [['A', a], ['B', b]]) {
                const out = execFileSync(process.execPath, [...process.execArgv, new URL(import.meta.url).pathname, alone, aloneFile, ws, edited, paths[1000]],
                    { env: { ...process.env, SOP_AB_CHILD: '1', SOP_SERVER_BIN: bin }, encoding: 'utf8' });
                const m = JSON.parse(out.trim().split('\n').pop()!);
                console.log(`${label} round ${r + 1}: alone p50 ${m.alone.toFixed(1)} ms; in 2,000 files p50 ${m.inWorkspace.toFixed(1)} ms; open file ${m.open.toFixed(0)} ms, every file ${m.every.toFixed(0)} ms, later open ${m.late.toFixed(0)} ms, peak ${m.peak.toFixed(0)} MiB`);
            }
        }
    } finally {
        rmSync(tmp, { recursive: true, force: true });
    }
}
