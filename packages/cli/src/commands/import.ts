/**
 * `sop import <pdf files|folders> [--out dir] [--format text|json] [--dry-run]`: reads signed SOP
 * PDFs (made in Word) and writes one `.sop` per PDF in the canonical format, never over an existing
 * file. What it cannot read with confidence is a `// import:` comment in the file and a line of the
 * report. Exit 0 when every file was imported, 1 when one failed or already existed, 2 bad usage.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { importFiles, type FileOutcome } from '@sop/import';
import { UsageError, type CommandIO } from '../io.js';

export const importUsage = `Usage: sop import [options] <pdf files|folders>

Reads signed SOP PDFs (text and vector drawings, as Word writes them) and writes one .sop file per PDF:
identity, procedure table, flowchart symbols and arrows. Doubts are written into the file as
"// import: ..." comments at the place they concern and listed in the report. An existing file is
never overwritten.

Options:
  --out DIR            Write the .sop files into DIR (default: beside each PDF)
  --format text|json   Report format (default: text)
  --dry-run            Read and report, write nothing
  -h, --help           Show this help

Exit codes: 0 all imported, 1 a file failed, was scanned or already existed, 2 bad usage.`;

const shown = (f: string) => relative(process.cwd(), f) || f;

/** Runs `sop import` and returns the exit code. */
export async function importCommand(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseArgs({
        args, allowPositionals: true, strict: true,
        options: { out: { type: 'string' }, format: { type: 'string', default: 'text' }, 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) { io.out(importUsage); return 0; }
    const format = values.format;
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
    if (positionals.length === 0) throw new UsageError('sop import: name at least one PDF file or folder');
    const tty = process.stderr.isTTY && format === 'text';
    const line = (o: FileOutcome) => {
        const r = o.result;
        const what = o.status === 'imported' ? `→ ${shown(o.sop!)}` : o.status === 'exists' ? `not written: ${o.error}` : o.status === 'scanned' ? 'scanned pages (images without text): nothing to read' : `failed: ${o.error}`;
        const stats = r ? ` (${r.stats.rows} rows, ${r.stats.symbols} symbols, ${r.stats.arrows} arrows, ${r.doubts.length} doubt${r.doubts.length === 1 ? '' : 's'})` : '';
        return `${shown(o.pdf)} ${what}${stats}`;
    };
    const summary = await importFiles(positionals, {
        out: values.out,
        dryRun: values['dry-run'],
        onProgress: (done, total, o) => {
            if (format === 'json') { if (tty) process.stderr.write(`\r${done}/${total}`); return; }
            io.err(`[${done}/${total}] ${line(o)}`);
            if (o.result) {
                for (const d of o.result.doubts) io.err(`    import: ${d.where}: ${d.message}`);
                for (const s of o.result.syntaxErrors) io.err(`    syntax error in the written text: ${s}`);
            }
        },
    });
    for (const p of summary.problems) io.err(`sop import: ${p}`);
    if (format === 'json') {
        io.out(JSON.stringify({
            files: summary.files, imported: summary.imported, failed: summary.failed, exists: summary.exists, scanned: summary.scanned,
            rows: summary.rows, symbols: summary.symbols, arrows: summary.arrows, withDoubts: summary.withDoubts, doubts: summary.doubts, ms: summary.ms,
            results: summary.outcomes.map(o => ({
                pdf: o.pdf, sop: o.sop, status: o.status, error: o.error,
                stats: o.result?.stats, pages: o.result?.pages, scannedPages: o.result?.scannedPages,
                doubts: o.result?.doubts, syntaxErrors: o.result?.syntaxErrors,
            })),
        }, null, 2));
    } else {
        io.err(`${summary.files} file(s): ${summary.imported} imported, ${summary.exists} not written (exist), ${summary.scanned} scanned, ${summary.failed} failed; ` +
            `${summary.rows} rows, ${summary.symbols} symbols, ${summary.arrows} arrows; ${summary.withDoubts} file(s) with doubts (${summary.doubts}); ${(summary.ms / 1000).toFixed(1)} s`);
    }
    if (summary.problems.length && !summary.files) return 2;
    return summary.failed || summary.exists || summary.scanned || summary.problems.length ? 1 : 0;
}
