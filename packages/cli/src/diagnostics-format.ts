/**
 * Formats diagnostics for the terminal (`file:line:col severity code message`) and as JSON.
 */
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';

/** One diagnostic of one file, in the CLI's flat shape (1-based lines and columns). */
export interface CliDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    code: string;
    message: string;
    source?: string;
}

const severities = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** Flattens an LSP diagnostic of a file. Syntax and linking errors without a rule code get `syntax`. */
export function toCliDiagnostic(file: string, d: Diagnostic): CliDiagnostic {
    const data = d.data as { code?: string } | undefined;
    const code = typeof d.code === 'string' ? d.code : data?.code === 'parsing-error' || data?.code === 'lexing-error' ? 'syntax' : String(d.code ?? data?.code ?? 'syntax');
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: severities[d.severity ?? 1],
        code,
        message: typeof d.message === 'string' ? d.message : d.message.value,
        source: d.source && d.source !== 'sop' ? d.source : undefined,
    };
}

/** Orders diagnostics by file, position, then code, so output is stable. */
export function sortDiagnostics(list: CliDiagnostic[]): CliDiagnostic[] {
    return list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** The one-line text form, with the path relative to the working directory. */
export function formatText(d: CliDiagnostic, cwd = process.cwd()): string {
    const rel = path.relative(cwd, d.file) || d.file;
    return `${rel}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message.replace(/\s*\n\s*/g, ' ')}`;
}
