// Benchmark (not a test): exports every example's flowchart to SVG, once with ONE browser for the
// whole batch and once with a NEW browser per file, RUNS times each, and prints the medians and
// their ratio. Models are built once up front; only launching, rendering and closing are timed.
// Usage: node scripts/bench-export.mjs [runs=5] [glob-root=examples]
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { register } from 'tsx/esm/api';

const require = createRequire(import.meta.url);
require('../groupby-polyfill.cjs');
register();

const root = path.resolve(new URL('..', import.meta.url).pathname);
const runs = Number(process.argv[2] ?? 5);
const inputDir = path.resolve(root, process.argv[3] ?? 'examples');

const { loadModelsFromTexts } = await import(path.join(root, 'test/fixtures/render/load.ts'));
const { renderMermaid } = await import(path.join(root, 'packages/renderers/src/index.ts'));
const { launchBrowser } = await import(path.join(root, 'packages/export/src/index.ts'));

function walk(dir) {
    return readdirSync(dir).sort().flatMap(n => {
        const f = path.join(dir, n);
        return statSync(f).isDirectory() ? walk(f) : n.endsWith('.sop') ? [f] : [];
    });
}

const files = walk(inputDir);
const models = await loadModelsFromTexts(Object.fromEntries(files.map(f => [f, readFileSync(f, 'utf8')])));
// One job list per source file: the Mermaid texts of its SOPs.
const perFile = files.map(f => models.filter(m => m.file === f && m.model.kind === 'sop').map(m => renderMermaid(m.model))).filter(l => l.length > 0);
const diagrams = perFile.flat().length;

async function batch() {
    const s = await launchBrowser();
    try {
        for (const list of perFile) for (const text of list) await s.renderMermaidSvg(text);
    } finally {
        await s.close();
    }
}

async function browserPerFile() {
    for (const list of perFile) {
        const s = await launchBrowser();
        try {
            for (const text of list) await s.renderMermaidSvg(text);
        } finally {
            await s.close();
        }
    }
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(fn) {
    const t = performance.now();
    await fn();
    return performance.now() - t;
}

console.log(`${diagrams} diagrams from ${perFile.length} files in ${path.relative(root, inputDir) || '.'}; ${runs} runs each`);
await batch(); // warm the file cache once, not measured
const a = [], b = [];
for (let i = 0; i < runs; i++) {
    a.push(await time(batch));
    b.push(await time(browserPerFile));
    console.log(`run ${i + 1}: one browser ${(a[i] / 1000).toFixed(2)} s, browser per file ${(b[i] / 1000).toFixed(2)} s`);
}
const ma = median(a), mb = median(b);
console.log(`median one browser for the batch: ${(ma / 1000).toFixed(2)} s (${(ma / diagrams).toFixed(0)} ms per diagram)`);
console.log(`median one browser per file:      ${(mb / 1000).toFixed(2)} s (${(mb / diagrams).toFixed(0)} ms per diagram)`);
console.log(`ratio per-file / batch: ${(mb / ma).toFixed(2)}x`);
