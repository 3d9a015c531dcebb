/**
 * `sop diff`: the semantic review of a change.
 * - `sop diff OLD.sop NEW.sop` compares two files;
 * - `sop diff [REV | REV..REV | REV...REV] [--] [paths]` compares git revisions (default: the
 *   working tree against HEAD);
 * - `sop diff --textconv FILE` prints the line-per-fact rendering git's textconv shows.
 * Exit status: 0 no change in meaning (also a cosmetic-only change), 1 changes, 2 bad usage.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalText, diffRevisions, formatMarkdown, formatText, type ReviewInput } from '@sop/review';
import { commonOptions } from '../main.js';
import { consoleIO, UsageError, type CommandIO } from '../io.js';
import { GitError } from '../git.js';
import { decodeUtf8, loadWorkspaceFromTexts, type WorkspaceOptions } from '../workspace.js';
import { resolveSides } from '../review/resolve-sides.js';
import type { Sides } from '../review/sides.js';
import { buildSnapshot } from '../review/snapshot.js';

/** Help text of `sop diff`. */
export const diffUsage = `Usage: sop diff [options] OLD.sop NEW.sop
       sop diff [options] [REV | REV..REV | REV...REV] [--] [paths]
       sop diff --textconv FILE

Semantic review of a change: identity fields, pelaksana, steps (added, removed, renamed, moved,
each changed field old → new), critical path, Standar Pelayanan time check, and the diagnostics
the change introduces or fixes. Inside a git repository without two files named, compares the
working tree (untracked .sop files included) with HEAD, or the revisions given, following renames.

Options:
  --format text|json|md    Output format (default: text); md is ready for a pull-request comment
  --lang id|en             Message language (default: from LANG, else English)
  --profile sop-ap|generic Validation profile for SOPs that do not name one
  --color auto|always|never  Colour the text output (default: auto = a terminal without NO_COLOR)
  --textconv FILE          Print the canonical line-per-fact text of one file (for git's textconv)
  -h, --help               Show this help

Exit codes: 0 no change in meaning (cosmetic changes included), 1 changes, 2 bad usage.`;

function parse(args: string[]) {
    const { values, tokens } = parseArgs({
        args, allowPositionals: true, strict: true, tokens: true,
        options: {
            format: { type: 'string', default: 'text' },
            lang: { type: 'string' }, profile: { type: 'string' }, today: { type: 'string' },
            color: { type: 'string', default: 'auto' },
            textconv: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    // Positionals written after `--` are paths, never revisions or the two files.
    const terminator = tokens.find(tk => tk.kind === 'option-terminator')?.index ?? Infinity;
    const words = (keep: (index: number) => boolean) => tokens.flatMap(tk => (tk.kind === 'positional' && keep(tk.index) ? [tk.value] : []));
    return { values, before: words(i => i < terminator), after: words(i => i > terminator), terminated: terminator !== Infinity };
}

/** `--textconv FILE`: the canonical text of one file, read on its own (git hands over a temporary copy). */
async function textconv(file: string, options: WorkspaceOptions, io: CommandIO): Promise<number> {
    let text: string | undefined;
    try {
        text = decodeUtf8(readFileSync(file));
    } catch (e) {
        throw new UsageError(`${file}: cannot read (${(e as Error).message})`);
    }
    if (text === undefined) throw new UsageError(`${file}: not UTF-8 text; save it as UTF-8`);
    const ws = await loadWorkspaceFromTexts([{ path: path.resolve(file), text }], options, false);
    io.out(canonicalText(ws.services.sop.Models.getModels(ws.documents[0]), options.lang).replace(/\n$/, ''));
    return 0;
}

/** Runs `sop diff` and returns the exit code. */
export async function diffCommand(args: string[], io: CommandIO): Promise<number> {
    const { values, before, after, terminated } = parse(args);
    if (values.help) { io.out(diffUsage); return 0; }
    const common = commonOptions(values);
    const options: WorkspaceOptions = { ...common, today: values.today };
    const format = values.format;
    if (format !== 'text' && format !== 'json' && format !== 'md') throw new UsageError(`--format must be text, json or md, not "${format}"`);
    const color = values.color;
    if (color !== 'auto' && color !== 'always' && color !== 'never') throw new UsageError(`--color must be auto, always or never, not "${color}"`);
    if (values.textconv) {
        if (before.length + after.length !== 1) throw new UsageError('sop diff --textconv: name exactly one file');
        return textconv([...before, ...after][0], options, io);
    }
    let sides: Sides;
    try {
        sides = resolveSides(before, after, terminated, common.lang, process.cwd());
    } catch (e) {
        if (e instanceof GitError) throw new UsageError(`git: ${e.message}`);
        throw e;
    }
    const input: ReviewInput = { old: await buildSnapshot(sides.old, options), new: await buildSnapshot(sides.new, options), pairs: sides.pairs };
    const report = diffRevisions(input, { lang: common.lang });
    if (format === 'json') io.out(JSON.stringify(report, null, 2));
    else if (format === 'md') io.out(formatMarkdown(report, input, { lang: common.lang }).replace(/\n$/, ''));
    else {
        // Colour only where a person reads it: a terminal, and NO_COLOR (https://no-color.org) unset.
        const tty = io === consoleIO && process.stdout.isTTY === true && !process.env.NO_COLOR;
        for (const line of formatText(report, { lang: common.lang, color: color === 'always' || (color === 'auto' && tty) })) io.out(line);
    }
    return report.summary.semanticChange ? 1 : 0;
}
