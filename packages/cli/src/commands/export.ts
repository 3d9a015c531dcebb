/**
 * `sop export <inputs> --format mmd|md|svg|png|html|pdf|docx [--out dir] [--force] [--lang id|en]
 * [--split-sections]`: see packages/cli/src/export/ for the parts.
 */
import type { CommandIO } from '../io.js';
import { exportUsage, parseExportArgs } from '../export/options.js';
import { runExport } from '../export/run.js';

/** Runs `sop export` with its arguments and returns the exit code. */
export async function exportCommand(args: string[], io: CommandIO): Promise<number> {
    const options = parseExportArgs(args);
    if (options.help) {
        io.out(exportUsage);
        return 0;
    }
    return runExport(options, io);
}
