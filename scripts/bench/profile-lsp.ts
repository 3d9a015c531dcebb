// Profiles the language server on a generated 2,000-file workspace: start, wait for every file's
// diagnostics, then EDITS edits of a 500-step SOP. Node 20 refuses --cpu-prof in NODE_OPTIONS, so
// the server is started through scripts/bench/profiled-server.cjs, which profiles it with the
// inspector and writes <dir>/server-<pid>.cpuprofile when it exits.
//   npx tsx --require ./groupby-polyfill.cjs scripts/bench/profile-lsp.ts /tmp/prof/lsp [files]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSop, writeWorkspace } from './generate.js';

const dir = process.argv[2] ?? '/tmp/prof/lsp';
const files = Number(process.argv[3] ?? 2000);
process.env.SOP_PROFILE_DIR = dir;
process.env.SOP_SERVER_BIN = new URL('./profiled-server.cjs', import.meta.url).pathname;
const { startAndEdit } = await import('./lsp.js');
const tmp = mkdtempSync(join(tmpdir(), 'sop-prof-'));
try {
    const paths = writeWorkspace(tmp, files, 25);
    const edited = writeSop(tmp, 500);
    const r = await startAndEdit(tmp, files + 1, edited, paths[files / 2], Number(process.env.EDITS ?? 60));
    const sorted = [...r.edits].sort((a, b) => a - b);
    console.log(`open ${r.openFileMs.toFixed(0)} ms, workspace ${r.workspaceMs.toFixed(0)} ms, late open ${r.lateOpenMs.toFixed(0)} ms, edit p50 ${sorted[sorted.length >> 1].toFixed(1)} ms, peak ${r.peakRssMiB.toFixed(0)} MiB`);
} finally {
    rmSync(tmp, { recursive: true, force: true });
}
