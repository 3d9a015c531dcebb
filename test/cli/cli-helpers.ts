/**
 * Runs the CLI in-process (fast, for most tests) or as the built binary (for exit codes and
 * the real bundle), capturing its output.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { main } from '../../packages/cli/src/main.js';

export const repoRoot = path.resolve(__dirname, '../..');

/** Runs `sop` in this process. */
export async function runCli(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    const out: string[] = [], err: string[] = [];
    const code = await main(args, { out: l => out.push(l), err: l => err.push(l) });
    return { code, out, err };
}

/** Runs the bundled binary packages/cli/bin/sop.cjs as a child process. */
export function runBinary(args: string[], cwd = repoRoot): { code: number; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'packages/cli/bin/sop.cjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
