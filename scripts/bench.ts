// `npm run bench`: the language benchmarks of issue 11 that need nothing but this repository.
// For each size of a generated SOP (4 pelaksana, a decision every 7 steps, complete identity) it
// times, as medians of several warm runs in this one process:
//   - the floors: Langium's lexer alone, lexer + parser, and JSON.parse of the same content;
//   - parse + link + validate of the document (what every edit costs the language server);
// and prints the ratios to the floors and the growth per size, so a quadratic step shows as a
// growth well above the size ratio. It writes the table to docs/benchmarks.md with the machine it
// ran on. Benchmarks never run in `npm test`; the machine is noisy, so read ratios, not absolutes.
// Usage: npm run bench            (SIZES=250,1000,4000 RUNS=7 to change)
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices } from '../packages/language/src/index.js';

const sizes = (process.env.SIZES ?? '250,1000,4000,10000').split(',').map(Number);
const runs = Number(process.env.RUNS ?? 7);

/** A generated SOP AP of `steps` rows that validates without diagnostics. */
function generate(steps: number): string {
    const actors = ['admin', 'kasi', 'kabid', 'kepala'];
    const rows: string[] = [];
    for (let i = 0; i < steps; i++) {
        // A section every 30 rows: a long procedure without sections is SOP-P22.
        if (i % 30 === 0) rows.push(`    bagian "Bagian ${i / 30 + 1}"`);
        const actor = actors[i % actors.length];
        const last = i === steps - 1;
        const decision = !last && i % 7 === 6 && i + 2 < steps;
        const flow = last ? 'selesai' : decision ? `ya -> s${i + 1}  tidak -> s${i + 2}` : '';
        const text = decision ? `Memeriksa berkas ${i}: lengkap?` : `Memproses berkas ${i}`;
        rows.push(`    s${i} ${actor} "${text}" | "Berkas ${i}" | ${1 + (i % 7)} menit | "Berkas ${i + 1}"  ${i === 0 ? 'mulai ' : ''}${flow}`);
    }
    return `sop Besar "SOP besar" {
  nomor "1" unit "Unit" dibuat 2024-01-01 direvisi - efektif 2024-02-01
  disahkan "Kepala" nama "Nama" nip "196407091988032007"
  dasar-hukum { "Permenpan RB 35/2012" } keterkaitan - kualifikasi { "S1" } peralatan { "PC" } peringatan "x" pencatatan { "Buku" }
  pelaksana admin "Admin"  pelaksana kasi "Kasi"  pelaksana kabid "Kabid"  pelaksana kepala "Kepala"
  prosedur {
${rows.join('\n')}
  }
}
`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(f: () => unknown): Promise<number> {
    await f(); // warm
    const t: number[] = [];
    for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        await f();
        t.push(performance.now() - t0);
    }
    return median(t);
}

const { shared, Sop } = createSopServices(EmptyFileSystem);
Sop.sop.Settings.locale = 'en';
let n = 0;
type Row = { steps: number; lex: number; parse: number; json: number; full: number; diagnostics: number };
const rows: Row[] = [];
for (const steps of sizes) {
    const text = generate(steps);
    const json = JSON.stringify({ rows: text.split('\n') });
    const lex = await time(() => Sop.parser.Lexer.tokenize(text));
    const parse = await time(() => Sop.parser.LangiumParser.parse(text));
    const jsonMs = await time(() => JSON.parse(json));
    let diagnostics = 0;
    const full = await time(async () => {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/b${n++}.sop`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        await shared.workspace.DocumentBuilder.build([doc], { validation: true });
        diagnostics = doc.diagnostics?.filter(d => d.severity === 1 || d.severity === 2).length ?? 0;
        await shared.workspace.DocumentBuilder.update([], [doc.uri]);
    });
    rows.push({ steps, lex, parse, json: jsonMs, full, diagnostics });
    console.log(`${steps} steps: lexer ${lex.toFixed(1)} ms, lexer+parser ${parse.toFixed(1)} ms, JSON.parse ${jsonMs.toFixed(2)} ms, parse+link+validate ${full.toFixed(1)} ms (${(full / parse).toFixed(1)}x lexer+parser), ${diagnostics} errors/warnings`);
}

const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
const lines = [
    '# Benchmarks',
    '',
    `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB. `
        + `Medians of ${runs} warm runs in one process; generated SOPs (4 pelaksana, a decision every 7 steps, complete identity). `
        + 'The machine is shared and noisy: compare the ratios, not the milliseconds.',
    '',
    '## P1: parse + link + validate one SOP (issue 11: ≤ 60 ms for 1,000 steps, at most 3× lexer + parser, linear)',
    '',
    '| steps | lexer ms | lexer + parser ms | JSON.parse ms | parse + link + validate ms | × lexer + parser | growth vs first size (steps ×) | errors + warnings |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(r => `| ${r.steps} | ${f(r.lex)} | ${f(r.parse)} | ${f(r.json)} | ${f(r.full)} | ${(r.full / r.parse).toFixed(1)} | ${(r.full / rows[0].full).toFixed(1)} (${(r.steps / rows[0].steps).toFixed(0)}) | ${r.diagnostics} |`),
    '',
    'Not yet in this table (issue 11): edit → diagnostics over the protocol, `sop check` of 2,000 files, the language server start, export throughput, the VS Code figures and bundle sizes.',
    '',
];
writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), lines.join('\n'));
console.log('written: docs/benchmarks.md');
