// Mermaid render time of flowchart texts, A/B in one browser (issue 11, P5): every round draws
// each file once, in turn (A, B, A, B, …, the order flipped every other round), on the same
// Mermaid page, with `renderMermaidSvg` as `sop export` uses it; one warm-up render of each first.
// Prints the median, fastest and slowest ms per file, the median ratio to the first file, and the
// SVG size and the counts of nodes, edges and invisible links in the text.
// Usage: npx tsx --require ./groupby-polyfill.cjs scripts/bench/mermaid-ab.ts <a.mmd> <b.mmd> […] [--rounds 15]
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { launchBrowser } from '../../packages/export/src/index.js';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args.splice(roundsAt, 2)[1]) : 15;
const files = args;
if (files.length === 0) {
    console.error('usage: mermaid-ab.ts <a.mmd> <b.mmd> […] [--rounds 15]');
    process.exit(2);
}
const texts = files.map(f => readFileSync(f, 'utf8'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const session = await launchBrowser({ parallel: 1 });
try {
    const sizes = await Promise.all(texts.map(t => session.renderMermaidSvg(t).then(s => s.length)));
    const times: number[][] = files.map(() => []);
    for (let r = 0; r < rounds; r++) {
        const order = files.map((_, i) => i);
        if (r % 2 === 1) order.reverse();
        for (const i of order) {
            const t0 = performance.now();
            await session.renderMermaidSvg(texts[i]);
            times[i].push(performance.now() - t0);
        }
    }
    const base = median(times[0]);
    for (let i = 0; i < files.length; i++) {
        const t = texts[i];
        const invisible = (t.match(/ ~~~ /g) ?? []).length;
        const edges = (t.match(/ (?:-->|-\.->|~~~)/g) ?? []).length;
        const m = median(times[i]);
        console.log(`${basename(dirname(files[i]))}/${basename(files[i])}: median ${m.toFixed(0)} ms (${Math.min(...times[i]).toFixed(0)}–${Math.max(...times[i]).toFixed(0)}, ${rounds} rounds), ×${(m / base).toFixed(2)}; `
            + `${edges} links of which ${invisible} invisible; SVG ${sizes[i].toLocaleString('en')} B`);
    }
} finally {
    await session.close();
}
