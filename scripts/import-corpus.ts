/**
 * Benchmark of `sop import` on the corpus of signed SOPs of BPS Provinsi Bengkulu
 * (ocidserver/openSOP, backend/static/sop/documents/): not a test, it needs the corpus and Chromium.
 *
 *   npx tsx --require ./groupby-polyfill.cjs scripts/import-corpus.ts [--corpus DIR] [--mirror GITDIR]
 *       [--no-roundtrip] [--limit N] [--write docs/import.md]
 *
 * 1. ground truth: every test/fixtures/import/*.json against the import of its PDF (found/correct/missed);
 * 2. the whole corpus through the CLI (`sop import`, 2 cores): files, rows, symbols, arrows, doubts, time;
 * 3. `sop check` of the written files (syntax and validation errors);
 * 4. round trip: export the official PDF of each imported file, import it again, compare the two models.
 * Prints progress on the terminal and the figures as Markdown (written into docs/import.md with --write).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { compareModels, importMessages, importPdf, type ImportedSop, type ImportMessageCode, type Tally } from '../packages/import/src/index.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'packages/cli/bin/sop.cjs');
const { values } = parseArgs({
    options: {
        corpus: { type: 'string' }, mirror: { type: 'string', default: '/work/.mirror/ocidserver+openSOP/repo' },
        'no-roundtrip': { type: 'boolean' }, limit: { type: 'string' }, write: { type: 'string' },
    },
});
const log = (s: string) => process.stderr.write(s + '\n');

/** The corpus as PDF files on disk: a folder, or extracted from the bare git mirror. */
function corpus(): string {
    if (values.corpus) return values.corpus;
    const dir = path.join(tmpdir(), 'sop-import-corpus');
    const mirror = values.mirror!;
    const names = execFileSync('git', ['-C', mirror, 'ls-tree', '-r', 'HEAD', '--name-only'], { encoding: 'utf8' })
        .split('\n').filter(n => n.startsWith('backend/static/sop/documents/') && n.toLowerCase().endsWith('.pdf'));
    for (const n of names) {
        const file = path.join(dir, n.slice('backend/static/sop/documents/'.length));
        if (existsSync(file)) continue;
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, execFileSync('git', ['-C', mirror, 'show', `HEAD:${n}`], { maxBuffer: 1 << 28 }));
    }
    return dir;
}

function pdfsIn(dir: string): string[] {
    const out: string[] = [];
    const walk = (d: string) => { for (const n of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) { const f = path.join(d, n.name); if (n.isDirectory()) walk(f); else if (/\.pdf$/i.test(n.name)) out.push(f); } };
    walk(dir);
    return out;
}

/** Runs the CLI; resolves with stdout, stderr and the exit code; stderr lines are shown as progress. */
function run(args: string[], showProgress = true): Promise<{ out: string; err: string; code: number }> {
    return new Promise(resolve => {
        const child = spawn(process.execPath, [cli, ...args], { cwd: root });
        let out = '', err = '';
        child.stdout.on('data', d => { out += d; });
        child.stderr.on('data', d => {
            err += d;
            if (showProgress) for (const l of String(d).split('\n')) if (/^\[\d+\/\d+\]/.test(l)) process.stderr.write(`\r  ${l.slice(0, 110).padEnd(110)}`);
        });
        child.on('close', code => { if (showProgress) process.stderr.write('\n'); resolve({ out, err, code: code ?? 1 }); });
    });
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
const sum = (ts: Tally[]) => ts.reduce((a, t) => ({ truth: a.truth + t.truth, found: a.found + t.found, correct: a.correct + t.correct, missed: a.missed + t.missed, extra: a.extra + t.extra, wrong: [] }), { truth: 0, found: 0, correct: 0, missed: 0, extra: 0, wrong: [] as string[] });

async function main(): Promise<void> {
    const md: string[] = [];
    const dir = corpus();
    let pdfs = pdfsIn(dir);
    if (values.limit) pdfs = pdfs.slice(0, Number(values.limit));
    log(`corpus: ${pdfs.length} PDF files in ${dir}`);

    // 1. ground truth
    const fixtures = readdirSync(path.join(root, 'test/fixtures/import')).filter(f => f.endsWith('.json')).sort();
    const cats = ['identity', 'columns', 'rows', 'symbols', 'arrows', 'labels'] as const;
    const perCat: Record<string, Tally[]> = Object.fromEntries(cats.map(c => [c, []]));
    // a fixture transcribed from the rendered pages without the importer says so at the start of its note
    const independent = (t: { note?: string }) => /^Transcribed independently/.test(t.note ?? '');
    const cell = (t: Tally) => `${t.found} / ${t.correct} / ${t.missed}`;
    md.push('### Hand-checked documents', '', '| Document | truth | ' + cats.join(' | ') + ' |', '|---|---|' + cats.map(() => '---|').join(''));
    const perGroup: Record<string, Record<string, Tally[]>> = { independent: {}, draft: {} };
    for (const f of fixtures) {
        const truth = JSON.parse(readFileSync(path.join(root, 'test/fixtures/import', f), 'utf8')) as ImportedSop & { pdf: string; note?: string };
        const local = path.join(dir, truth.pdf.replace(/^backend\/static\/sop\/documents\//, ''));
        const bytes = existsSync(local) ? readFileSync(local) : undefined;
        if (!bytes) { log(`ground truth: ${f}: ${local} not found`); continue; }
        const found = (await importPdf(bytes, { source: local })).model;
        const c = compareModels(truth, found);
        const group = independent(truth) ? 'independent' : 'draft';
        for (const k of cats) { perCat[k].push(c[k]); (perGroup[group][k] ??= []).push(c[k]); }
        md.push(`| ${path.basename(truth.pdf).replace(/ signed\.pdf$/, '')} | ${group === 'independent' ? 'transcribed independently' : 'importer draft, checked'} | ` + cats.map(k => cell(c[k])).join(' | ') + ' |');
        for (const k of cats) for (const w of c[k].wrong) log(`  ${f} ${k}: ${w}`);
    }
    const totals = Object.fromEntries(cats.map(k => [k, sum(perCat[k])])) as Record<string, Tally>;
    for (const [group, label] of [['independent', 'transcribed independently'], ['draft', 'importer drafts, checked']] as const) {
        if (!perGroup[group].rows?.length) continue;
        md.push(`| *subtotal* | *${label}* | ` + cats.map(k => { const t = sum(perGroup[group][k]); return `*${cell(t)}* (${pct(t.correct, t.truth)})`; }).join(' | ') + ' |');
    }
    md.push('| **total** | | ' + cats.map(k => `**${cell(totals[k])}** (${pct(totals[k].correct, totals[k].truth)})`).join(' | ') + ' |', '');
    md.push('Cells: found / correct / missed, and in brackets correct / in the ground truth. Found: the items the import read (correct + extra: read but not in the truth); missed: in the truth and not read correctly. Identity counts fields (a list, as Dasar Hukum, is one field, correct when every item is); symbols are compared by row, pelaksana column and kind; arrows by the row, column and kind of both ends; labels by the arrow and its text.', '');
    md.push('| Category | truth | found | correct | missed | extra |', '|---|---|---|---|---|---|');
    for (const k of cats) md.push(`| ${k} | ${totals[k].truth} | ${totals[k].found} | ${totals[k].correct} | ${totals[k].missed} | ${totals[k].extra} |`);
    md.push('');

    // 2. the corpus through the CLI
    const out = mkdtempSync(path.join(tmpdir(), 'sop-import-out-'));
    log(`import → ${out}`);
    const t0 = Date.now();
    // two processes (2 cores): each imports half of the files
    const halves = [pdfs.filter((_, i) => i % 2 === 0), pdfs.filter((_, i) => i % 2 === 1)].filter(h => h.length);
    const results = await Promise.all(halves.map((h, i) => run(['import', ...h, '--out', path.join(out, `p${i}`), '--format', 'json', '--lang', 'en'], false)));
    const importMs = Date.now() - t0;
    type R = { pdf: string; sop?: string; status: string; stats?: { rows: number; symbols: number; arrows: number }; doubts?: Array<{ where: string; code: ImportMessageCode; message: string }>; syntaxErrors?: string[]; scannedPages?: number[]; pages?: number };
    const all: R[] = results.flatMap(r => (JSON.parse(r.out) as { results: R[] }).results);
    const imported = all.filter(r => r.status === 'imported');
    const noSyntax = imported.filter(r => !r.syntaxErrors?.length);
    const rows = imported.reduce((n, r) => n + (r.stats?.rows ?? 0), 0), syms = imported.reduce((n, r) => n + (r.stats?.symbols ?? 0), 0), arrows = imported.reduce((n, r) => n + (r.stats?.arrows ?? 0), 0);
    const doubts = imported.map(r => r.doubts?.length ?? 0);
    const buckets: Array<[string, (n: number) => boolean]> = [['0', n => n === 0], ['1–2', n => n >= 1 && n <= 2], ['3–5', n => n >= 3 && n <= 5], ['6–10', n => n >= 6 && n <= 10], ['> 10', n => n > 10]];
    const kinds = new Map<string, number>();
    for (const r of imported) for (const d of r.doubts ?? []) kinds.set(d.code, (kinds.get(d.code) ?? 0) + 1);

    // 3. sop check of the written files
    log('sop check …');
    const check = await run(['check', out, '--format', 'json', '--lang', 'en'], false);
    let checkErrors = 0, filesWithErrors = 0;
    try {
        const j = JSON.parse(check.out) as { diagnostics: Array<{ file: string; severity: string }> };
        const errs = j.diagnostics.filter(d => d.severity === 'error');
        checkErrors = errs.length;
        filesWithErrors = new Set(errs.map(d => d.file)).size;
    } catch { log('sop check: output not understood'); }

    md.push('### The corpus', '');
    md.push(`| Figure | Value |`, '|---|---|');
    md.push(`| PDF files | ${all.length} |`);
    md.push(`| imported (a .sop written) | ${imported.length} (${pct(imported.length, all.length)}) |`);
    md.push(`| scanned (images without text) | ${all.filter(r => r.status === 'scanned').length} |`);
    md.push(`| failed | ${all.filter(r => r.status === 'failed').length} |`);
    md.push(`| **no syntax error** (parsed by the language) | **${noSyntax.length} (${pct(noSyntax.length, all.length)})** |`);
    md.push(`| \`sop check\`: files with validation errors | ${filesWithErrors} (${checkErrors} errors; warnings not counted) |`);
    md.push(`| rows / symbols / arrows recovered | ${rows} / ${syms} / ${arrows} |`);
    md.push(`| files with doubts | ${doubts.filter(n => n > 0).length} (${doubts.reduce((a, b) => a + b, 0)} doubts) |`);
    md.push(`| time (2 processes on ${cpus().length} cores) | ${(importMs / 1000).toFixed(1)} s |`);
    md.push('');
    md.push('Doubts per file:', '', '| doubts | files |', '|---|---|');
    for (const [label, test] of buckets) md.push(`| ${label} | ${doubts.filter(test).length} |`);
    md.push('', 'Most frequent doubts (the code is what `sop import --format json` gives each doubt):', '', '| code | doubt | times |', '|---|---|---|');
    const template = (code: string) => (importMessages[code as ImportMessageCode]?.en ?? code).replace(/\{\d+\}/g, '…');
    for (const [k, n] of [...kinds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) md.push(`| \`${k}\` | ${template(k).replace(/\|/g, '\\|')} | ${n} |`);
    md.push('');

    // 4. round trip
    if (!values['no-roundtrip']) {
        const sops = noSyntax.map(r => r.sop!).filter(Boolean);
        const pdfOut = path.join(out, 'pdf');
        log(`round trip: export ${sops.length} official PDFs …`);
        const t1 = Date.now();
        const exportHalves = [sops.filter((_, i) => i % 2 === 0), sops.filter((_, i) => i % 2 === 1)].filter(h => h.length);
        await Promise.all(exportHalves.map((h, i) => run(['export', ...h, '--format', 'pdf', '--out', path.join(pdfOut, `p${i}`), '--allow-draft'], i === 0)));
        const exportMs = Date.now() - t1;
        let pass = 0, exported = 0;
        const fails = new Map<string, number>();
        const failing: string[] = [];
        for (const r of noSyntax) {
            const base = path.basename(r.sop!, '.sop');
            const candidates = ['p0', 'p1'].map(p => path.join(pdfOut, p)).filter(existsSync).flatMap(d => readdirSync(d).filter(n => n.startsWith(base + '.') && n.endsWith('.pdf')).map(n => path.join(d, n)));
            if (!candidates.length) { fails.set('not exported', (fails.get('not exported') ?? 0) + 1); continue; }
            exported++;
            const first = (await importPdf(readFileSync(r.pdf), { source: r.pdf })).model;
            const second = (await importPdf(readFileSync(candidates[0]), { source: candidates[0] })).model;
            const c = compareModels(first, second);
            if (c.equal) pass++;
            else {
                for (const k of cats) if (c[k].missed || c[k].extra) fails.set(k, (fails.get(k) ?? 0) + 1);
                if (failing.length < 15) failing.push(`${path.basename(r.pdf)}: ${cats.filter(k => c[k].missed || c[k].extra).map(k => `${k} ${c[k].wrong.slice(0, 2).join('; ')}`).join(' / ')}`);
            }
        }
        md.push('### Round trip', '', 'import → `sop check` → `sop export --format pdf` → import again → the two models equal (identity fields, columns, rows with their mutu baku, symbols by row, column and kind, arrows and their labels).', '');
        md.push('| Figure | Value |', '|---|---|');
        md.push(`| imported without syntax error | ${noSyntax.length} |`);
        md.push(`| official PDF exported | ${exported} (${(exportMs / 1000).toFixed(0)} s) |`);
        md.push(`| **round trip equal** | **${pass} of ${all.length} corpus files (${pct(pass, all.length)})**; ${pct(pass, exported)} of the exported |`);
        md.push('');
        if (fails.size) {
            md.push('Where the second import differs (files):', '', '| part | files |', '|---|---|');
            for (const [k, n] of [...fails.entries()].sort((a, b) => b[1] - a[1])) md.push(`| ${k} | ${n} |`);
            md.push('');
        }
        for (const f of failing) log(`  round trip: ${f}`);
    }
    const text = md.join('\n');
    process.stdout.write(text + '\n');
    if (values.write) {
        const file = path.resolve(root, values.write);
        const before = existsSync(file) ? readFileSync(file, 'utf8') : '';
        const start = '<!-- figures:start -->', end = '<!-- figures:end -->';
        const stamp = `_Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npx tsx --require ./groupby-polyfill.cjs scripts/import-corpus.ts --write docs/import.md\`._\n\n`;
        const block = `${start}\n${stamp}${text}\n${end}`;
        writeFileSync(file, before.includes(start) ? before.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : before + '\n' + block + '\n');
        log(`figures written into ${values.write}`);
    }
}

main().catch(e => { console.error(e); process.exit(1); });
