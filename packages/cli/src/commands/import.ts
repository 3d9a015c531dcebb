/**
 * `sop import <pdf files|folders> [--out dir] [--format text|json] [--dry-run] [--lang id|en]`: reads
 * signed SOP PDFs (made in Word) and writes one `.sop` per PDF in the canonical format, never over an
 * existing file. What it cannot read with confidence is a `// import:` comment in the file and a line
 * of the report, both in the language of the messages (`--lang`, default from the locale like the
 * other commands); the JSON report gives each doubt its stable `code` besides the message.
 * Exit 0 when every file was imported, 1 when one failed or already existed, 2 bad usage.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { importFiles, type FileOutcome } from '@sop/import';
import { langFromLocale, phrase, type Lang, type Phrase } from '@sop/language';
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
  --lang id|en         Language of the report and of the "// import:" comments
                       (default: from LANG, else English)
  -h, --help           Show this help

Exit codes: 0 all imported, 1 a file failed, was scanned or already existed, 2 bad usage.`;

const shown = (f: string) => relative(process.cwd(), f) || f;

/** The report's own strings (the doubts' messages come from @sop/import's catalogue). */
const messages = {
    written: { id: '→ {0}', en: '→ {0}' },
    exists: { id: 'tidak ditulis: {0} sudah ada; impor tidak pernah menimpa berkas (pindahkan berkas itu atau pilih --out lain)', en: 'not written: {0} exists; an import never overwrites a file (move it away or choose another --out)' },
    scanned: { id: 'halaman hasil pindai (gambar tanpa teks): tidak ada yang dapat dibaca', en: 'scanned pages (images without text): nothing to read' },
    failed: { id: 'gagal: {0}', en: 'failed: {0}' },
    stats: { id: '({0} baris, {1} simbol, {2} panah, {3} keraguan)', en: '({0} rows, {1} symbols, {2} arrows, {3} doubt{4})' },
    syntax: { id: 'galat sintaks di teks yang ditulis: {0}', en: 'syntax error in the written text: {0}' },
    summary: {
        id: '{0} berkas: {1} diimpor, {2} tidak ditulis (sudah ada), {3} hasil pindai, {4} gagal; {5} baris, {6} simbol, {7} panah; {8} berkas dengan keraguan ({9}); {10} dtk',
        en: '{0} file(s): {1} imported, {2} not written (exist), {3} scanned, {4} failed; {5} rows, {6} symbols, {7} arrows; {8} file(s) with doubts ({9}); {10} s',
    },
} satisfies Record<string, Phrase>;

/** Runs `sop import` and returns the exit code. */
export async function importCommand(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseArgs({
        args, allowPositionals: true, strict: true,
        options: { out: { type: 'string' }, format: { type: 'string', default: 'text' }, 'dry-run': { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) { io.out(importUsage); return 0; }
    const format = values.format;
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
    if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new UsageError(`--lang must be id or en, not "${values.lang}"`);
    if (positionals.length === 0) throw new UsageError('sop import: name at least one PDF file or folder');
    const lang: Lang = (values.lang as Lang | undefined) ?? langFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG, 'en');
    const t = (key: keyof typeof messages, ...args: unknown[]) => phrase(messages[key], lang, ...args);
    const tty = process.stderr.isTTY && format === 'text';
    const line = (o: FileOutcome) => {
        const r = o.result;
        const what = o.status === 'imported' ? t('written', shown(o.sop!)) : o.status === 'exists' ? t('exists', shown(o.sop ?? o.pdf)) : o.status === 'scanned' ? t('scanned') : t('failed', o.error);
        const stats = r ? ' ' + t('stats', r.stats.rows, r.stats.symbols, r.stats.arrows, r.doubts.length, r.doubts.length === 1 ? '' : 's') : '';
        return `${shown(o.pdf)} ${what}${stats}`;
    };
    // the doubts and the comments written into the files speak the report's language
    const summary = await importFiles(positionals, {
        out: values.out,
        lang,
        dryRun: values['dry-run'],
        onProgress: (done, total, o) => {
            if (format === 'json') { if (tty) process.stderr.write(`\r${done}/${total}`); return; }
            io.err(`[${done}/${total}] ${line(o)}`);
            if (o.result) {
                for (const d of o.result.doubts) io.err(`    import: ${d.where}: ${d.message}`);
                for (const s of o.result.syntaxErrors) io.err(`    ${t('syntax', s)}`);
            }
        },
    });
    for (const p of summary.problems) io.err(`sop import: ${p}`);
    if (format === 'json') {
        io.out(JSON.stringify({
            files: summary.files, imported: summary.imported, failed: summary.failed, exists: summary.exists, scanned: summary.scanned,
            rows: summary.rows, symbols: summary.symbols, arrows: summary.arrows, withDoubts: summary.withDoubts, doubts: summary.doubts, ms: summary.ms,
            lang,
            results: summary.outcomes.map(o => ({
                pdf: o.pdf, sop: o.sop, status: o.status, error: o.status === 'exists' ? t('exists', o.sop ?? o.pdf) : o.error,
                stats: o.result?.stats, pages: o.result?.pages, scannedPages: o.result?.scannedPages,
                doubts: o.result?.doubts, syntaxErrors: o.result?.syntaxErrors,
            })),
        }, null, 2));
    } else {
        io.err(t('summary', summary.files, summary.imported, summary.exists, summary.scanned, summary.failed, summary.rows, summary.symbols, summary.arrows, summary.withDoubts, summary.doubts,
            (summary.ms / 1000).toFixed(1)));
    }
    if (summary.problems.length && !summary.files) return 2;
    return summary.failed || summary.exists || summary.scanned || summary.problems.length ? 1 : 0;
}
