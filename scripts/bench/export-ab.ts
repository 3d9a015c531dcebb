// P5 A/B (issue 11): `sop export` of the same generated SOPs to one format with two or more CLI
// bundles, alternated (A, B, B, A, A, B, …) so that both see the same load; prints each run and
// the median per bundle. Each run is a fresh process, browser start included, as in `npm run bench`.
// Usage: npx tsx --require ./groupby-polyfill.cjs scripts/bench/export-ab.ts <cli.cjs> <cli.cjs> […]
//   ROUNDS=4 FILES=100 STEPS=60 FORMAT=svg JOBS=2
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkspace } from './generate.js';

const bins = process.argv.slice(2);
if (bins.length === 0) {
    console.error('usage: export-ab.ts <cli.cjs> <cli.cjs> […]  (ROUNDS, FILES, STEPS, FORMAT, JOBS)');
    process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 4);
const files = Number(process.env.FILES ?? 100);
const steps = Number(process.env.STEPS ?? 60);
const format = process.env.FORMAT ?? 'svg';
const jobs = process.env.JOBS ?? '2';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const tmp = mkdtempSync(join(tmpdir(), 'sop-export-ab-'));
try {
    const src = join(tmp, 'src');
    writeWorkspace(src, files, steps);
    const times: number[][] = bins.map(() => []);
    for (let r = 0; r < rounds; r++) {
        const order = bins.map((_, i) => i);
        if (r % 2 === 1) order.reverse();
        for (const i of order) {
            const out = join(tmp, `out-${i}`);
            const t0 = performance.now();
            const p = spawnSync(process.execPath, [bins[i], 'export', src, '--format', format, '-o', out, '--jobs', jobs], { encoding: 'utf8' });
            const s = (performance.now() - t0) / 1000;
            rmSync(out, { recursive: true, force: true });
            if (p.status !== 0) throw new Error(`${bins[i]}: exit ${p.status}: ${p.stderr.split('\n')[0]}`);
            times[i].push(s);
            console.log(`round ${r + 1} ${bins[i]}: ${s.toFixed(1)} s`);
        }
    }
    for (let i = 0; i < bins.length; i++) {
        console.log(`${bins[i]}: median ${median(times[i]).toFixed(1)} s (${times[i].map(t => t.toFixed(1)).join(', ')}), ${files} SOPs × ${steps} steps → ${format}, --jobs ${jobs}`);
    }
} finally {
    rmSync(tmp, { recursive: true, force: true });
}
