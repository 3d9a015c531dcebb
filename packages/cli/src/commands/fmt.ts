/**
 * `sop fmt <inputs> [--check] [--lang id|en] [--width N] [--stdout]`: rewrites files in the canonical
 * layout (the language server's formatter), optionally with every keyword in one language and with
 * steps longer than N columns wrapped.
 * - default: writes changed files in place and names them;
 * - `--check`: writes nothing, names the files that would change, exit 1 if any;
 * - `--stdout`: writes nothing, prints the formatted text;
 * - a file with syntax errors is never touched: it is reported and the exit code is 2 at the end.
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { writeAtomic } from '@sop/export';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { langFromLocale, syntaxProblems, type Lang } from '@sop/language';
import { expandInputs } from '../inputs.js';
import { loadWorkspace } from '../workspace.js';
import { UsageError, type CommandIO } from '../io.js';

/** Help text of `sop fmt`. */
export const fmtUsage = `Usage: sop fmt [options] <files|folders|globs>

Rewrites .sop files in the canonical layout (aligned fields and step columns, comments kept).

Options:
  --check        Write nothing; list the files that would change (exit 1 if any)
  --stdout       Write nothing; print the formatted text
  --lang id|en   Also rewrite every keyword into Bahasa Indonesia (id) or English (en)
  --width N      Wrap a step longer than N columns; every continuation line starts with the
                 step's marker /*id*/ (default: 0, never wrap: one step, one line)
  -h, --help     Show this help

Exit codes: 0 done / nothing to change, 1 files would change (--check), 2 bad usage or files with syntax errors.`;

const messages = {
    formatted: { id: 'diformat: {0}', en: 'formatted: {0}' },
    wouldChange: { id: 'akan berubah: {0}', en: 'would change: {0}' },
    syntax: { id: '{0}:{1}:{2}: galat sintaks, berkas tidak diformat: {3}', en: '{0}:{1}:{2}: syntax error, file not formatted: {3}' },
    summary: { id: '{0} berkas: {1} berubah, {2} galat sintaks', en: '{0} files: {1} changed, {2} with syntax errors' },
} satisfies Record<string, Record<Lang, string>>;

function t(key: keyof typeof messages, lang: Lang, ...args: unknown[]): string {
    return messages[key][lang].replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** Runs `sop fmt` and returns the exit code. */
export async function fmtCommand(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseArgs({
        args, allowPositionals: true, strict: true,
        options: { check: { type: 'boolean' }, stdout: { type: 'boolean' }, lang: { type: 'string' }, width: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) { io.out(fmtUsage); return 0; }
    const lang = values.lang;
    if (lang !== undefined && lang !== 'id' && lang !== 'en') throw new UsageError(`--lang must be id or en, not "${lang}"`);
    const width = values.width === undefined ? undefined : /^\d+$/.test(values.width) ? Number(values.width) : Number.NaN;
    if (Number.isNaN(width)) throw new UsageError(`--width must be a number of columns (0: never wrap), not "${values.width}"`);
    if (values.check && values.stdout) throw new UsageError('--check and --stdout cannot be combined');
    if (positionals.length === 0) throw new UsageError('sop fmt: name at least one file, folder or glob');
    const ui = langFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG, 'en');
    const { files, problems } = expandInputs(positionals);
    for (const p of problems) io.err(`sop fmt: ${p}`);
    const ws = await loadWorkspace(files, { lang: ui }, false);
    for (const u of ws.unreadable) io.err(`sop fmt: ${u.file}: cannot read (${u.reason})`);
    let changed = 0, broken = 0;
    for (const doc of ws.documents) {
        const file = doc.uri.fsPath;
        const shown = relative(process.cwd(), file) || file;
        const syntax = syntaxProblems(doc, ui);
        if (syntax.length) {
            broken++;
            const first = syntax[0];
            io.err(t('syntax', ui, shown, first.line, first.column, first.message.replace(/\s+/g, ' ').trim().slice(0, 200)));
            continue;
        }
        const before = doc.textDocument.getText();
        const after = ws.services.sopLsp.Formatter.formatText(doc, lang as Lang | undefined, width || undefined);
        if (after === undefined) continue;
        if (values.stdout) { io.out(after.replace(/\n$/, '')); continue; }
        if (after === before) continue;
        changed++;
        if (values.check) {
            io.out(t('wouldChange', ui, shown));
        } else {
            // Re-read right before writing: never overwrite a file that changed since it was loaded.
            if (readFileSync(file, 'utf8') !== before) { io.err(`sop fmt: ${shown}: changed on disk, skipped`); broken++; continue; }
            // Atomic, and into the file itself: a linked .sop stays a link to the formatted file.
            const real = realpathSync(file);
            writeAtomic(real, new TextEncoder().encode(after), statSync(real).mode & 0o7777);
            io.out(t('formatted', ui, shown));
        }
    }
    if (!values.stdout) io.err(t('summary', ui, ws.documents.length, changed, broken));
    if (problems.length || ws.unreadable.length || broken) return 2;
    return values.check && changed > 0 ? 1 : 0;
}
