/**
 * `sop report <inputs>`: one page with every document of the inputs (SOPs, Standar Pelayanan,
 * SOP books, monitoring rounds): id, nomor, title, unit, kind, dates, steps, pelaksana,
 * critical-path time, errors and warnings, the last monitoring and its result, the next review.
 * HTML (sortable table) or Markdown, written with `-o FILE` (safely: atomically, never over a
 * file it did not write unless --force) or printed; `--format json` for tools.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { langFromLocale, workspaceOverview, type Lang } from '@sop/language';
import { renderOverviewHtml, renderOverviewMarkdown, type OverviewRow } from '@sop/renderers';
import { ForeignFileError, writeOutput } from '@sop/export';
import { URI } from 'langium';
import { expandInputs } from '../inputs.js';
import { loadWorkspace } from '../workspace.js';
import { UsageError, type CommandIO } from '../io.js';

export const reportUsage = `Usage: sop report <files|folders|globs> [--format html|md|json] [-o FILE] [options]

One page listing every document: id, nomor, title, unit, kind, dates (created, revised,
effective), steps, pelaksana, critical-path time, errors and warnings, the last monitoring round
and its result, and when the next six-monthly monitoring is due.

Options:
  --format html|md|json    html: a page with a table sortable by any column (default);
                           md: a Markdown table; json: the facts for tools
  -o, --out FILE           Write to FILE (atomically; an existing file not written by sop is
                           kept unless --force); default: print
      --force              Overwrite FILE even if sop did not write it
      --lang id|en         Language of the page (default: from LANG)
      --profile sop-ap|generic  Profile for SOPs that do not name one
      --today YYYY-MM-DD   The date the report is made for (default: today)`;

/** Runs `sop report`; returns the exit code (0 written, 1 a write failed, 2 bad usage or no input). */
export async function reportCommand(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseArgs({
        args, allowPositionals: true, strict: true,
        options: {
            format: { type: 'string', default: 'html' },
            out: { type: 'string', short: 'o' },
            force: { type: 'boolean', default: false },
            lang: { type: 'string' }, profile: { type: 'string' }, today: { type: 'string' },
            help: { type: 'boolean', short: 'h', default: false },
        },
    });
    if (values.help) { io.out(reportUsage); return 0; }
    const format = values.format;
    if (format !== 'html' && format !== 'md' && format !== 'json') throw new UsageError(`--format must be html, md or json, not "${format}"`);
    const lang = values.lang;
    if (lang !== undefined && lang !== 'id' && lang !== 'en') throw new UsageError(`--lang must be id or en, not "${lang}"`);
    const profile = values.profile;
    if (profile !== undefined && profile !== 'sop-ap' && profile !== 'generic') throw new UsageError(`--profile must be sop-ap or generic, not "${profile}"`);
    const today = values.today ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today must be a date YYYY-MM-DD, not "${today}"`);
    if (values.out === '') throw new UsageError('--out needs a file');
    if (positionals.length === 0) throw new UsageError('sop report: name at least one file, folder or glob');
    const messages: Lang = (lang as Lang | undefined) ?? langFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG, 'en');

    const { files, problems } = expandInputs(positionals);
    for (const p of problems) io.err(`sop report: ${p}`);
    if (files.length === 0) return 2;
    const ws = await loadWorkspace(files, { lang: messages, profile: profile as 'sop-ap' | 'generic' | undefined, today }, true);
    for (const u of ws.unreadable) io.err(`sop report: ${u.file}: cannot read (${u.reason})`);
    const base = values.out ? path.dirname(path.resolve(values.out)) : process.cwd();
    const rows: OverviewRow[] = workspaceOverview(ws.services, ws.documents, today).map(e => ({
        ...e, file: (path.relative(base, URI.parse(e.uri).fsPath) || path.basename(URI.parse(e.uri).fsPath)).split(path.sep).join('/'),
    }));
    const content = format === 'json'
        ? JSON.stringify({ format: 'sop-report', version: 1, today, documents: rows.map(({ uri: _uri, ...r }) => r) }, null, 2) + '\n'
        : format === 'md' ? renderOverviewMarkdown(rows, { lang: messages, today }) : renderOverviewHtml(rows, { lang: messages, today });
    if (!values.out) {
        io.out(content.replace(/\n$/, ''));
    } else {
        try {
            writeOutput(values.out, content, { force: values.force });
        } catch (e) {
            io.err(`sop report: ${e instanceof ForeignFileError ? e.message : (e as Error).message.split('\n')[0]}`);
            return 1;
        }
        io.err(`sop report: ${rows.length} document${rows.length === 1 ? '' : 's'} → ${values.out}`);
    }
    return problems.length > 0 || ws.unreadable.length > 0 ? 2 : 0;
}
