/**
 * `sop check <inputs>`: validates files and prints one line per diagnostic and a summary.
 * Exit code 1 when any error was found, 0 otherwise (2 is handled by the caller for bad usage).
 */
import { expandInputs } from '../inputs.js';
import { loadWorkspace, type WorkspaceOptions } from '../workspace.js';
import { formatText, sortDiagnostics, toCliDiagnostic, type CliDiagnostic } from '../diagnostics-format.js';
import { UsageError, type CommandIO } from '../io.js';

export interface CheckOptions extends WorkspaceOptions {
    format: 'text' | 'json';
    /** Lowest severity to print: error, warning, info (default) or hint. */
    minSeverity: CliDiagnostic['severity'];
}

const rank = { error: 0, warning: 1, info: 2, hint: 3 } as const;

/** Runs the check and returns the exit code. */
export async function runCheck(inputs: string[], options: CheckOptions, io: CommandIO): Promise<number> {
    if (inputs.length === 0) throw new UsageError('sop check: name at least one file, folder or glob');
    const { files, problems } = expandInputs(inputs);
    for (const p of problems) io.err(`sop check: ${p}`);
    if (files.length === 0) return 2;
    const ws = await loadWorkspace(files, options);
    for (const u of ws.unreadable) io.err(`sop check: ${u.file}: cannot read (${u.reason})`);
    const all: CliDiagnostic[] = [];
    for (const doc of ws.documents) {
        for (const d of doc.diagnostics ?? []) all.push(toCliDiagnostic(doc.uri.fsPath, d));
    }
    sortDiagnostics(all);
    const shown = all.filter(d => rank[d.severity] <= rank[options.minSeverity]);
    const count = (s: CliDiagnostic['severity']) => all.filter(d => d.severity === s).length;
    const summary = { files: ws.documents.length, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
    if (options.format === 'json') {
        io.out(JSON.stringify({ summary, diagnostics: shown }, null, 2));
    } else {
        for (const d of shown) io.out(formatText(d));
        const lang = options.lang;
        io.out(lang === 'id'
            ? `${summary.files} berkas diperiksa: ${summary.errors} galat, ${summary.warnings} peringatan, ${summary.infos} info`
            : `${summary.files} file${summary.files === 1 ? '' : 's'} checked: ${summary.errors} error${summary.errors === 1 ? '' : 's'}, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}, ${summary.infos} info`);
    }
    if (problems.length > 0 || ws.unreadable.length > 0) return 2;
    return summary.errors > 0 ? 1 : 0;
}
