// P5 of `npm run bench`: one SOP to SVG in a cold process, as a user runs it once —
//   sop        node packages/cli/bin/sop.cjs export x.sop --format svg (fresh output folder each run)
//   mmdc       mermaid-cli on the .mmd that `sop export --format mmd` writes for the same SOP
//   plantuml   `plantuml -tsvg` on an activity diagram with swimlanes of the same SOP (plantuml.ts)
// mmdc and plantuml are measured only when they are on PATH (docs/benchmarks.md says how to install
// them); mmdc draws with the system's Chromium (CHROMIUM_PATH, else the one `sop export` finds), so
// puppeteer needs no browser download.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { findBrowser, isExecutableFile } from '../../packages/export/src/chromium-path.js';
import { generateSop } from './generate.js';
import { plantUmlOf } from './plantuml.js';

const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The program `name` on PATH, if any. */
function onPath(name: string): string | undefined {
    return (process.env.PATH ?? '').split(delimiter).filter(Boolean).map(dir => join(dir, name)).find(isExecutableFile);
}

/** Wall seconds of `runs` runs of a command (each after `before`), or why it failed. */
function timed(runs: number, before: () => string[], say: (l: string) => void, label: string): number[] | string {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
        const [cmd, ...args] = before();
        const t0 = performance.now();
        const p = spawnSync(cmd, args, { encoding: 'utf8' });
        const s = (performance.now() - t0) / 1000;
        if (p.status !== 0) return `failed (exit ${p.status}: ${(p.stderr || p.stdout).trim().split('\n')[0]})`;
        say(`P5 cold ${label}: ${f(s)} s`);
        times.push(s);
    }
    return times;
}

/** Times one `steps`-step SOP to SVG, cold, with sop, mmdc and plantuml; returns the Markdown section. */
export function coldSection(tmp: string, cliBin: string, steps: number, runs: number, say: (l: string) => void): string[] {
    const dir = join(tmp, 'export-cold');
    mkdirSync(dir, { recursive: true });
    const sop = join(dir, 'x.sop');
    const text = generateSop(steps, 'Dingin');
    writeFileSync(sop, text);
    const cell = (t: number[] | string) => (typeof t === 'string' ? t : `${f(median(t))} (${f(Math.min(...t))}–${f(Math.max(...t))})`);
    const rows: string[] = [];

    let n = 0;
    const ours = timed(runs, () => [process.execPath, cliBin, 'export', sop, '--format', 'svg', '-o', join(dir, `sop-${n++}`)], say, 'sop export');
    rows.push(`| \`sop export x.sop --format svg\` (this tool, Chromium + Mermaid) | ${cell(ours)} | ≤ 1.5 s, faster than mermaid-cli |`);

    const mmdc = onPath('mmdc');
    if (mmdc) {
        spawnSync(process.execPath, [cliBin, 'export', sop, '--format', 'mmd', '-o', join(dir, 'mmd')], { encoding: 'utf8' });
        const mmd = join(dir, 'mmd', readdirSync(join(dir, 'mmd')).find(x => x.endsWith('.mmd')) ?? 'x.mmd');
        let browser: string | undefined;
        try { browser = findBrowser({}); } catch { /* puppeteer's own, if it has one */ }
        const config = join(dir, 'puppeteer.json');
        // --no-sandbox: root in a container has no user namespaces (sop export starts Chromium so too).
        writeFileSync(config, JSON.stringify({ ...(browser ? { executablePath: browser } : {}), args: ['--no-sandbox'] }));
        const times = timed(runs, () => [mmdc, '-q', '-p', config, '-i', mmd, '-o', join(dir, `mmdc-${n++}.svg`)], say, 'mmdc');
        const version = spawnSync(mmdc, ['--version'], { encoding: 'utf8' }).stdout.trim();
        rows.push(`| \`mmdc -i x.mmd -o x.svg\` (mermaid-cli ${version}, the .mmd sop writes) | ${cell(times)} | – |`);
    } else {
        rows.push('| mermaid-cli (`mmdc`) | not on PATH: skipped (see "Installing mermaid-cli and PlantUML" below) | – |');
    }

    const plantuml = onPath('plantuml');
    if (plantuml) {
        const puml = join(dir, 'x.puml');
        writeFileSync(puml, plantUmlOf(text));
        const times = timed(runs, () => {
            rmSync(join(dir, 'x.svg'), { force: true });
            return [plantuml, '-tsvg', puml];
        }, say, 'plantuml');
        const version = /version ([\d.]+)/i.exec(spawnSync(plantuml, ['-version'], { encoding: 'utf8' }).stdout)?.[1] ?? '?';
        rows.push(`| \`plantuml -tsvg x.puml\` (PlantUML ${version}, Java; activity diagram with swimlanes, scripts/bench/plantuml.ts) | ${cell(times)} | – |`);
    } else {
        rows.push('| PlantUML (`plantuml`) | not on PATH: skipped (see "Installing mermaid-cli and PlantUML" below) | – |');
    }
    rmSync(dir, { recursive: true, force: true });
    return ['### One SOP cold', '',
        `One ${steps}-step SOP to SVG in a fresh process each time (program start, parsing, browser or JVM start and drawing included); median (min–max) of ${runs} runs, one tool after the other.`, '',
        '| command | wall s | goal |', '|---|---|---|', ...rows, ''];
}
