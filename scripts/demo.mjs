// The demo's main job after the build, written in Node so that it runs the same in cmd.exe,
// PowerShell and sh: check the examples (findings are shown, not fatal: the examples include an
// incomplete SOP on purpose), then export every format; formats that need a browser are skipped
// with one line saying what to install when none is found. The incomplete example is written as
// a draft (marked KONSEP, listed in the summary); --allow-draft keeps that from failing the demo.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const sop = fileURLToPath(new URL('../packages/cli/bin/sop.cjs', import.meta.url));
const run = args => spawnSync(process.execPath, [sop, ...args], { stdio: 'inherit' }).status ?? 1;

// Usage: node scripts/demo.mjs [examples folder] [output folder]   (default: examples, out/examples)
const [examples = 'examples', out = 'out/examples'] = process.argv.slice(2);
const check = run(['check', examples, '--min-severity', 'warning']);
if (check === 2) process.exit(2); // bad usage or unreadable files: not a finding
process.exit(run(['export', examples, '--format', 'mmd,md,svg,png,html,pdf,docx', '--out', out, '--skip-unavailable', '--allow-draft']));
