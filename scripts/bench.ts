// `npm run bench`: the language benchmarks of issue 11 (P1–P3) that need nothing but this
// repository. Inputs are generated under a temp folder (scripts/bench/generate.ts: SOPs of 4
// pelaksana, a decision every 7 steps, complete identity, no errors or warnings).
//   P1  in this process, medians of RUNS warm runs per size: the floors (Langium's lexer alone,
//       lexer + parser, JSON.parse of the same content) and parse + link + validate, with the
//       ratios to the floors and the growth per size (a quadratic step shows as a growth well above
//       the size ratio); the build phases of the largest size; `sop check` of a 50,000-step file
//       (wall time and peak RSS through /usr/bin/time -v).
//   P2  edit → publishDiagnostics over stdio through the bundled server, a 500-step SOP alone and
//       inside a 2,000-file workspace (scripts/bench/lsp.ts), p50 / p90.
//   P3  `sop check` of the 2,000-file workspace (50,000 steps), time and peak RSS; the server's
//       start → diagnostics of the open file and → of the whole workspace.
// It writes the tables to docs/benchmarks.md with the machine it ran on; anything below the line
// `<!-- kept by npm run bench -->` in that file is kept. Benchmarks never run in `npm test`; the
// machine is noisy, so read ratios to the floors of the same run, not absolutes.
// Usage: npm run bench
//   SIZES=250,1000,4000,10000 RUNS=7   P1 sizes and warm runs
//   CLI_RUNS=3 EDITS=40                runs of each `sop check`, measured edits per P2 figure
//   PARTS=p1,check,lsp,export,vscode   which parts to run (export and vscode: scripts/bench/export-vscode.ts;
//                                      vscode also scripts/bench/vscode-figures.ts)
//   EXPORT_FILES=100                   generated SOPs (60 steps) exported to SVG and PDF for P5
//   SOP_SERVER_BIN=… SOP_CLI_BIN=…     other builds (e.g. copies of the bundles before a change)
//   SOP_LANGUAGE_SRC=…/packages/language/src   another copy of the language sources for P1
//   BENCH_OUT=docs/benchmarks.md       where to write the tables
import { cpus, totalmem, tmpdir } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { generateSop, writeSop, writeWorkspace } from './bench/generate.js';
import { exportSection, vscodeSection } from './bench/export-vscode.js';
import { vscodeFigures } from './bench/vscode-figures.js';
import type { createSopServices as CreateSopServices } from '../packages/language/src/index.js';

const sizes = (process.env.SIZES ?? '250,1000,4000,10000').split(',').map(Number);
const runs = Number(process.env.RUNS ?? 7);
const cliRuns = Number(process.env.CLI_RUNS ?? 3);
const editCount = Number(process.env.EDITS ?? 40);
const parts = new Set((process.env.PARTS ?? 'p1,check,lsp,export,vscode').split(','));
const exportFiles = Number(process.env.EXPORT_FILES ?? 100);
const cliBin = process.env.SOP_CLI_BIN ?? 'packages/cli/bin/sop.cjs';
const out = process.env.BENCH_OUT ?? new URL('../docs/benchmarks.md', import.meta.url).pathname;
const bigSteps = 50_000;
const wsFiles = 2000;
const wsSteps = 25;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const f = (x: number) => (Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const range = (xs: number[]) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;
async function time(f: () => unknown, n = runs): Promise<number[]> {
    await f(); // warm
    const t: number[] = [];
    for (let r = 0; r < n; r++) {
        const t0 = performance.now();
        await f();
        t.push(performance.now() - t0);
    }
    return t;
}

// SOP_LANGUAGE_SRC: another copy of packages/language/src (e.g. `git archive` of an older commit).
const languageSrc = process.env.SOP_LANGUAGE_SRC ?? new URL('../packages/language/src', import.meta.url).pathname;
const { createSopServices } = await import(`${languageSrc}/index.js`) as { createSopServices: typeof CreateSopServices };
const { shared, Sop } = createSopServices(EmptyFileSystem);
/** Times of each function over `n` rounds (one unmeasured round first), run one after the other in each round. */
async function timeTogether(fs: Array<() => unknown>, n = runs): Promise<number[][]> {
    for (const f of fs) await f();
    const t: number[][] = fs.map(() => []);
    for (let r = 0; r < n; r++) {
        for (let i = 0; i < fs.length; i++) {
            const t0 = performance.now();
            await fs[i]();
            t[i].push(performance.now() - t0);
        }
    }
    return t;
}
Sop.sop.Settings.locale = 'en';
let n = 0;
const floors = {
    lex: (text: string) => Sop.parser.Lexer.tokenize(text),
    parse: (text: string) => Sop.parser.LangiumParser.parse(text),
};
const tmp = mkdtempSync(join(tmpdir(), 'sop-bench-'));
const md: string[] = [];
const say = (line: string) => console.log(line);

try {
    md.push('# Benchmarks', '',
        `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB. `
        + 'Generated SOPs (4 pelaksana, a decision every 7 steps, a section every 30 rows, complete identity, no errors or warnings). '
        + 'The machine is shared and noisy: compare the ratios to the floors measured in the same run, not the milliseconds.', '');

    if (parts.has('p1')) {
        type Row = { steps: number; lex: number[]; parse: number[]; json: number[]; full: number[]; diagnostics: number };
        const rows: Row[] = [];
        let phases = '';
        for (const steps of sizes) {
            const text = generateSop(steps);
            const json = JSON.stringify({ rows: text.split('\n') });
            let diagnostics = 0;
            const build = async () => {
                const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/b${n++}.sop`));
                shared.workspace.LangiumDocuments.addDocument(doc);
                await shared.workspace.DocumentBuilder.build([doc], { validation: true });
                diagnostics = doc.diagnostics?.filter(d => d.severity === 1 || d.severity === 2).length ?? 0;
                await shared.workspace.DocumentBuilder.update([], [doc.uri]);
            };
            // Interleaved, so that the floors and the build see the same load of a shared machine.
            const [lex, parse, jsonMs, full] = await timeTogether([() => floors.lex(text), () => floors.parse(text), () => JSON.parse(json), build]);
            rows.push({ steps, lex, parse, json: jsonMs, full, diagnostics });
            say(`P1 ${steps} steps: lexer ${f(median(lex))} ms, lexer+parser ${f(median(parse))} ms, JSON.parse ${f(median(jsonMs))} ms, parse+link+validate ${f(median(full))} ms (${(median(full) / median(parse)).toFixed(2)}× lexer+parser; fastest runs ${f(Math.min(...full))} / ${f(Math.min(...parse))} ms = ${(Math.min(...full) / Math.min(...parse)).toFixed(2)}×), ${diagnostics} errors/warnings`);
            if (steps === sizes[sizes.length - 1]) phases = await buildPhases(text);
        }
        const first = rows[0];
        md.push('## P1: parse + link + validate one SOP', '',
            'Goal (issue 11): 1,000 steps ≤ 60 ms warm and at most 3× lexer + parser; linear in the steps. '
            + `In-process, medians (min–max) of ${runs} warm runs after one unmeasured run; in each run the floors and the build are timed one after the other, so that they see the same load.`, '',
            '| steps | lexer ms | lexer + parser ms | JSON.parse ms | parse + link + validate ms | × lexer + parser (fastest runs) | × lexer | growth vs first size (steps ×) | errors + warnings |',
            '|---|---|---|---|---|---|---|---|---|',
            ...rows.map(r => `| ${r.steps} | ${f(median(r.lex))} | ${f(median(r.parse))} (${range(r.parse)}) | ${f(median(r.json))} | ${f(median(r.full))} (${range(r.full)}) | ${(median(r.full) / median(r.parse)).toFixed(2)} (${(Math.min(...r.full) / Math.min(...r.parse)).toFixed(2)}) | ${(median(r.full) / median(r.lex)).toFixed(1)} | ${(median(r.full) / median(first.full)).toFixed(1)} (${(r.steps / first.steps).toFixed(0)}) | ${r.diagnostics} |`),
            '', `Where the time of one build of ${sizes[sizes.length - 1]} steps goes (one run, ms): ${phases}.`, '');
    }

    if (parts.has('check')) {
        const bigFile = writeSop(join(tmp, 'big'), bigSteps);
        const wsDir = join(tmp, 'ws-check');
        const wsPaths = writeWorkspace(wsDir, wsFiles, wsSteps);
        const bigText = readFileSync(bigFile, 'utf8');
        const wsTexts = wsPaths.map(p => readFileSync(p, 'utf8'));
        const big = checkRuns(bigFile, () => floors.parse(bigText));
        const bigFloor = median(big.floor);
        say(`P1 sop check ${bigSteps} steps: ${f(median(big.ms))} ms, peak ${f(median(big.rss))} MiB (lexer+parser in process ${f(bigFloor)} ms, ${median(big.ratio).toFixed(1)}×)`);
        const ws = checkRuns(wsDir, () => wsTexts.forEach(t => floors.parse(t)));
        const wsFloor = median(ws.floor);
        say(`P3 sop check ${wsFiles} files: ${f(median(ws.ms))} ms, peak ${f(median(ws.rss))} MiB (lexer+parser in process ${f(wsFloor)} ms, ${median(ws.ratio).toFixed(1)}×)`);
        md.push('## P1 / P3: `sop check` (the CLI bundle, a fresh process per run)', '',
            `Goals (issue 11): one ${bigSteps.toLocaleString('en')}-step file ≤ 10 s and ≤ 500 MB; ${wsFiles.toLocaleString('en')} files (${wsSteps} steps each, every SOP lists the one before under keterkaitan) ≤ 4 s and ≤ 400 MB. `
            + `Medians (min–max) of ${cliRuns} runs of \`node ${cliBin} check\`; wall time and peak RSS from /usr/bin/time -v. The floor is lexer + parser of the same texts in the bench process, timed right before each run; × floor is the median of the runs' ratios.`, '',
            '| input | wall ms | peak RSS MiB | floor: lexer + parser ms | × floor | output |',
            '|---|---|---|---|---|---|',
            `| 1 file, ${bigSteps.toLocaleString('en')} steps | ${f(median(big.ms))} (${range(big.ms)}) | ${f(median(big.rss))} (${range(big.rss)}) | ${f(bigFloor)} | ${median(big.ratio).toFixed(1)} | ${big.summary} |`,
            `| ${wsFiles.toLocaleString('en')} files, ${(wsFiles * wsSteps).toLocaleString('en')} steps | ${f(median(ws.ms))} (${range(ws.ms)}) | ${f(median(ws.rss))} (${range(ws.rss)}) | ${f(wsFloor)} | ${median(ws.ratio).toFixed(1)} | ${ws.summary} |`, '');
    }

    if (parts.has('lsp')) {
        const { ensureServerBuilt } = await import('../test/protocol/lsp-client.js');
        const { editAlone, startAndEdit } = await import('./bench/lsp.js');
        try {
            ensureServerBuilt();
        } catch (error) {
            // Another package failing to build (work in progress) leaves the server bundle as it is.
            say(`bundles not rebuilt (${error instanceof Error ? error.message : String(error)}); using ${process.env.SOP_SERVER_BIN ?? 'packages/server/out'} as it is`);
        }
        const aloneDir = join(tmp, 'alone');
        const aloneFile = writeSop(aloneDir, 500);
        const text500 = readFileSync(aloneFile, 'utf8');
        const floor500 = await time(() => floors.parse(text500), 15);
        const lex500 = await time(() => floors.lex(text500), 15);
        const alone = await editAlone(aloneDir, aloneFile, editCount);
        floor500.push(...await time(() => floors.parse(text500), 15));
        say(`P2 alone: edit → diagnostics p50 ${f(median(alone.edits))} ms, p90 ${f(pct(alone.edits, 0.9))} ms (lexer+parser ${f(median(floor500))} ms)`);
        const wsDir = join(tmp, 'ws-lsp');
        const wsPaths = writeWorkspace(wsDir, wsFiles, wsSteps);
        const edited = writeSop(wsDir, 500);
        const wsTexts = [...wsPaths, edited].map(p => readFileSync(p, 'utf8'));
        const wsFloor = await time(() => wsTexts.forEach(t => floors.parse(t)), 1);
        const start = await startAndEdit(wsDir, wsFiles + 1, edited, wsPaths[wsFiles / 2], editCount);
        wsFloor.push(...await time(() => wsTexts.forEach(t => floors.parse(t)), 1));
        floor500.push(...await time(() => floors.parse(text500), 15));
        say(`P2 in ${wsFiles} files: edit → diagnostics p50 ${f(median(start.edits))} ms, p90 ${f(pct(start.edits, 0.9))} ms`);
        say(`P3 server: open file diagnostics ${f(start.openFileMs)} ms after start, whole workspace ${f(start.workspaceMs)} ms, a file opened later ${f(start.lateOpenMs)} ms, peak RSS ${f(start.peakRssMiB)} MiB (lexer+parser of the workspace ${f(median(wsFloor))} ms)`);
        md.push('## P2: edit → diagnostics over the protocol', '',
            'Goal (issue 11): p50 ≤ 30 ms for a 500-step SOP, alone and inside a 2,000-file workspace. '
            + `The bundled server over stdio (test/protocol/lsp-client.ts); one character typed into a row's text, ${editCount} edits after 5 unmeasured ones, each waiting for the diagnostics of the one before. The floor is lexer + parser of the 500-step text in the bench process.`, '',
            '| workspace | p50 ms | p90 ms | min–max ms | floor: lexer ms | floor: lexer + parser ms | p50 × lexer + parser |',
            '|---|---|---|---|---|---|---|',
            `| the file alone | ${f(median(alone.edits))} | ${f(pct(alone.edits, 0.9))} | ${range(alone.edits)} | ${f(median(lex500))} | ${f(median(floor500))} | ${(median(alone.edits) / median(floor500)).toFixed(1)} |`,
            `| with ${wsFiles.toLocaleString('en')} other files | ${f(median(start.edits))} | ${f(pct(start.edits, 0.9))} | ${range(start.edits)} | ${f(median(lex500))} | ${f(median(floor500))} | ${(median(start.edits) / median(floor500)).toFixed(1)} |`, '',
            '## P3: the language server on the 2,000-file workspace', '',
            'Goal (issue 11): the open file\'s diagnostics ≤ 1 s after start, the whole workspace ≤ 8 s, whenever the file is opened. '
            + 'From spawning the server: the 500-step file is opened right after `initialized`; another file is opened once every file has its diagnostics. One run. The floor is lexer + parser of every file of the workspace in the bench process (before and after the run): the server cannot publish before it has parsed them.', '',
            '| start → open file\'s diagnostics ms | start → every file\'s diagnostics ms | later open → diagnostics ms | server peak RSS MiB | floor: lexer + parser of the workspace ms | open file × floor | every file × floor |',
            '|---|---|---|---|---|---|---|',
            `| ${f(start.openFileMs)} | ${f(start.workspaceMs)} | ${f(start.lateOpenMs)} | ${f(start.peakRssMiB)} | ${f(median(wsFloor))} | ${(start.openFileMs / median(wsFloor)).toFixed(1)} | ${(start.workspaceMs / median(wsFloor)).toFixed(1)} |`, '');
    }
    if (parts.has('export')) {
        md.push(...exportSection(tmp, cliBin, exportFiles, 60, say));
        write();
    }
    if (parts.has('vscode')) md.push(...vscodeSection(new URL('..', import.meta.url).pathname), ...vscodeFigures(new URL('..', import.meta.url).pathname));
} finally {
    rmSync(tmp, { recursive: true, force: true });
    write();
    say(`written: ${out}`);
}

/** Phase times of one build of `text`, e.g. "parse 40, IndexedContent 0, …". */
async function buildPhases(text: string): Promise<string> {
    const marks: string[] = [];
    let last = performance.now();
    const mark = (label: string) => { const t = performance.now(); marks.push(`${label} ${f(t - last)}`); last = t; };
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/phases${n++}.sop`));
    mark('parse');
    shared.workspace.LangiumDocuments.addDocument(doc);
    const listeners = [DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated]
        .map(s => shared.workspace.DocumentBuilder.onBuildPhase(s, () => mark(DocumentState[s])));
    await shared.workspace.DocumentBuilder.build([doc], { validation: true });
    listeners.forEach(l => l.dispose());
    await shared.workspace.DocumentBuilder.update([], [doc.uri]);
    return marks.join(', ');
}

/** `sop check` of `input`, CLI_RUNS times, each after timing `floor` in this process: wall ms, peak RSS MiB, floors, ratios, summary line. */
function checkRuns(input: string, floor: () => void): { ms: number[]; rss: number[]; floor: number[]; ratio: number[]; summary: string } {
    const ms: number[] = [];
    const rss: number[] = [];
    const floorMs: number[] = [];
    const ratio: number[] = [];
    let summary = '';
    const timed = existsSync('/usr/bin/time');
    floor(); // warm
    for (let r = 0; r < cliRuns; r++) {
        const f0 = performance.now();
        floor();
        floorMs.push(performance.now() - f0);
        const args = timed ? ['-v', process.execPath, cliBin, 'check', input] : [cliBin, 'check', input];
        const t0 = performance.now();
        const run = spawnSync(timed ? '/usr/bin/time' : process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
        ms.push(performance.now() - t0);
        ratio.push(ms[ms.length - 1] / floorMs[floorMs.length - 1]);
        const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
        rss.push(peak ? Number(peak[1]) / 1024 : NaN);
        summary = (run.stdout ?? '').trim().split('\n').pop() ?? '';
    }
    return { ms, rss, floor: floorMs, ratio, summary };
}

/** Writes the tables so far, keeping what is below the `kept` line of the file. */
function write(): void {
    const kept = '<!-- kept by npm run bench -->';
    const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
    const tail = previous.includes(kept) ? previous.slice(previous.indexOf(kept)) : '';
    writeFileSync(out, md.join('\n') + (tail ? '\n' + tail : ''));
}
