/**
 * The `sop` command line: `check`, `export`, `fmt` and `diff`. Every failure is a message and an exit
 * code (1 = findings, 2 = bad usage or unreadable input), never a stack trace.
 */
import { parseArgs } from 'node:util';
import { langFromLocale, type Lang } from '@sop/language';
import { consoleIO, UsageError, type CommandIO } from './io.js';
import { runCheck } from './commands/check.js';
import { commandModules } from './commands/registry.js';

export const usage = `Usage: sop <command> [options] <files|folders|globs>

Commands:
  check    Validate SOP / Standar Pelayanan files against Permenpan RB 35/2012 and UU 25/2009
  export   Export flowcharts and official documents (mmd, md, svg, png, html, pdf, docx)
  fmt      Format files in the canonical layout
  diff     Review a change semantically: two files, or git revisions (sop diff --help)
  report   One page with every document: numbers, dates, size, diagnostics, monitoring (sop report --help)
  import   Import signed SOP PDFs into .sop files (sop import --help)

Common options:
  --lang id|en             Message language (default: from LANG, else English)
  --profile sop-ap|generic Validation profile for SOPs that do not name one (default: sop-ap)
  -h, --help               Show help for a command

check options:
  --format text|json       Output format (default: text)
  --min-severity LEVEL     Lowest severity shown: error, warning, info, hint (default: info)

diff:
  sop diff OLD.sop NEW.sop                     compare two files
  sop diff [REV | REV..REV] [--] [paths]       compare git revisions (default: working tree vs HEAD)
  --format text|json|md                        md: a pull-request comment with a styled flowchart
  Exit codes: 0 no change in meaning (cosmetic included), 1 changes, 2 bad usage
`;

/** Parses the common options shared by every command. */
export function commonOptions(values: Record<string, unknown>): { lang: Lang; profile?: 'sop-ap' | 'generic' } {
    const lang = values.lang as string | undefined;
    if (lang !== undefined && lang !== 'id' && lang !== 'en') throw new UsageError(`--lang must be id or en, not "${lang}"`);
    const profile = values.profile as string | undefined;
    if (profile !== undefined && profile !== 'sop-ap' && profile !== 'generic') throw new UsageError(`--profile must be sop-ap or generic, not "${profile}"`);
    return { lang: (lang as Lang | undefined) ?? langFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG, 'en'), profile };
}

async function check(args: string[], io: CommandIO): Promise<number> {
    const { values, positionals } = parseArgs({
        args, allowPositionals: true, strict: true,
        options: {
            format: { type: 'string', default: 'text' },
            'min-severity': { type: 'string', default: 'info' },
            lang: { type: 'string' }, profile: { type: 'string' }, today: { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
    });
    if (values.help) { io.out(usage); return 0; }
    const format = values.format;
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"`);
    const min = values['min-severity'];
    if (!['error', 'warning', 'info', 'hint'].includes(min)) throw new UsageError(`--min-severity must be error, warning, info or hint, not "${min}"`);
    return runCheck(positionals, { ...commonOptions(values), today: values.today, format, minSeverity: min as 'info' }, io);
}

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], io: CommandIO = consoleIO): Promise<number> {
    const [command, ...rest] = argv;
    try {
        if (!command || command === '-h' || command === '--help' || command === 'help') {
            io.out(usage);
            return command ? 0 : 2;
        }
        if (command === 'check') return await check(rest, io);
        const module = commandModules[command];
        if (module) return await module(rest, io);
        throw new UsageError(`unknown command "${command}"`);
    } catch (e) {
        if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
            io.err(`sop: ${(e as Error).message}`);
            io.err('Run "sop --help" for usage.');
            return 2;
        }
        io.err(`sop: internal error: ${(e as Error).message}`);
        return 2;
    }
}
