// Parts of `npm run bench` for the export and the VS Code extension (issue 11, P4–P6):
//   export  `sop export` of generated SOPs to SVG and to PDF with one job and with one per core
//           (wall time through a fresh process, as a user runs it); the SVG export again after
//           one file changed (export-incremental.ts); one SOP cold, against mermaid-cli and
//           PlantUML when they are installed (export-cold.ts)
//   vscode  the figures of the last code-server end-to-end run (test-results/e2e/metrics.json:
//           activation, client ready, first diagnostics, keystroke → repainted preview) and the
//           sizes of the extension bundle and the .vsix
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { writeWorkspace } from './generate.js';
import { reexportRows } from './export-incremental.js';
import { coldSection } from './export-cold.js';

const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));

/** Times `sop export` of `files` generated SOPs of `steps` steps to SVG and PDF; returns the Markdown section. */
export function exportSection(tmp: string, cliBin: string, files: number, steps: number, say: (l: string) => void): string[] {
    const src = join(tmp, 'export-src');
    const sources = writeWorkspace(src, files, steps);
    const cores = availableParallelism();
    const rows: string[] = [];
    let reexport: string[] = [];
    for (const format of ['svg', 'pdf']) {
        const cells: string[] = [];
        for (const jobs of [1, cores]) {
            const out = join(tmp, `export-${format}-${jobs}`);
            const t0 = performance.now();
            const r = spawnSync(process.execPath, [cliBin, 'export', src, '--format', format, '-o', out, '--jobs', String(jobs)], { encoding: 'utf8' });
            const s = (performance.now() - t0) / 1000;
            // Into the folder of the full export with one page per core: only the changed file is drawn.
            if (format === 'svg' && jobs === cores && r.status === 0) reexport = reexportRows(cliBin, sources, [src, '--format', format, '-o', out, '--jobs', String(jobs)], s, 3, say);
            rmSync(out, { recursive: true, force: true });
            if (r.status !== 0) say(`P5 ${format} --jobs ${jobs}: exit ${r.status} ${r.stderr.split('\n')[0]}`);
            say(`P5 ${files} SOPs × ${steps} steps → ${format}, --jobs ${jobs}: ${f(s)} s`);
            cells.push(r.status === 0 ? f(s) : `failed (${r.status})`);
        }
        rows.push(`| ${format} | ${cells[0]} | ${cells[1]} | ${format === 'svg' ? '≤ 30' : '≤ 25'} |`);
    }
    rmSync(src, { recursive: true, force: true });
    const cold = coldSection(tmp, cliBin, steps, 5, say);
    return ['## P5: `sop export` of many SOPs', '',
        `Goal (issue 11): 100 SOPs of 60 steps to SVG ≤ 30 s and to PDF ≤ 25 s on 2 cores. ${files} generated SOPs of ${steps} steps, one fresh \`sop export\` process per figure (browser start included); \`--jobs ${cores}\` is one Mermaid page per core.`, '',
        `| format | --jobs 1 s | --jobs ${cores} s | goal s |`, '|---|---|---|---|', ...rows, '',
        '### Re-export after changing one file', '',
        `Goal (issue 11): ≤ 3 s; unchanged sources are skipped by the checksums of the folder's \`.sop-export.json\`. \`sop export\` of the same ${files} SOPs to SVG (\`--jobs ${cores}\`) into the folder of the full export above, each run after changing one step of another SOP (an SVG depends on its own file only), then with nothing changed.`, '',
        '| run | wall s | summary line |', '|---|---|---|', ...reexport, '',
        ...cold];
}

/** The VS Code figures of the last end-to-end run and the bundle sizes; the Markdown section. */
export function vscodeSection(root: string): string[] {
    const metricsFile = join(root, 'test-results', 'e2e', 'metrics.json');
    const size = (rel: string) => (existsSync(join(root, rel)) ? statSync(join(root, rel)).size : NaN);
    const kb = (n: number) => (Number.isNaN(n) ? '–' : `${Math.round(n / 1024).toLocaleString('en')} KB`);
    const lines = ['## P4 / P6: the VS Code extension', ''];
    if (existsSync(metricsFile)) {
        const m = JSON.parse(readFileSync(metricsFile, 'utf8')) as Record<string, number | number[] | string>;
        const ms = (k: string) => (typeof m[k] === 'number' ? `${m[k]} ms` : '–');
        const at = statSync(metricsFile).mtime.toISOString().slice(0, 16).replace('T', ' ');
        lines.push(`From the last code-server end-to-end run (\`SOP_E2E_REQUIRED=1 npx vitest run test/e2e\`, ${at} UTC; \`test-results/e2e/metrics.json\`). One run of each; the keystroke figure is the median of ${Array.isArray(m.keystrokeToPreviewMs) ? m.keystrokeToPreviewMs.length : '–'} edits on ${String(m.largestExample ?? 'the largest example')} (${String(m.largestSteps ?? '?')} steps) and includes the 300 ms debounce.`, '',
            '| figure | goal | measured |', '|---|---|---|',
            `| activation (\`activate()\`) | ≤ 150 ms | ${ms('activationMs')} |`,
            `| language client ready after activation | – | ${ms('clientReadyMs')} |`,
            `| open → first diagnostics | ≤ 1 s | ${ms('firstDiagnosticsMs')} from opening the workspace, ${ms('firstDiagnosticsAfterActivationMs')} after activation |`,
            `| keystroke → repainted preview | ≤ 150 ms after the debounce (60 steps) | ${ms('keystrokeToPreviewMedianMs')} |`, '');
    } else {
        lines.push('No end-to-end run yet on this machine: run `SOP_E2E_REQUIRED=1 npx vitest run test/e2e`, then `PARTS=vscode npm run bench`.', '');
    }
    lines.push('| bundle | goal | size |', '|---|---|---|',
        `| extension host (out/extension.cjs, minified) | ≤ 900 KB | ${kb(size('packages/vscode/out/extension.cjs'))} |`,
        `| browser extension (out/extension-web.js) | ≤ the desktop one | ${kb(size('packages/vscode/out/extension-web.js'))} |`,
        `| .vsix | ≤ 1.5 MB | ${kb(size('packages/vscode/sop-vscode.vsix'))} |`, '');
    return lines;
}
