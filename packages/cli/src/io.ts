/**
 * Output channels of a command (so tests can capture them) and the usage error type.
 */

/** Where a command writes. */
export interface CommandIO {
    out(line: string): void;
    err(line: string): void;
}

/** The real terminal. */
export const consoleIO: CommandIO = {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
};

/** Bad command-line usage: reported with the usage text, exit code 2. */
export class UsageError extends Error { }
