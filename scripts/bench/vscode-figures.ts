// Part `vscode` of `npm run bench` (issue 11, P4): the figures of the last run of the VS Code
// performance end-to-end test (test/e2e/performance.e2e.test.ts, code-server + Chromium), read from
// test-results/e2e/performance-metrics.json: activation, open → first diagnostics, and keystroke →
// repainted preview on a generated 60-step SOP, with the 2,000 generated SOPs of the bench in the
// workspace and alone. The test measures; this file only writes the table, and owns the metrics'
// types, which the test writes.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The metrics file the performance e2e test writes, relative to the repository. */
export const PERFORMANCE_METRICS = 'test-results/e2e/performance-metrics.json';

/** Median, min and max of samples (ms), and the samples. */
export interface Stats { medianMs: number; minMs: number; maxMs: number; samplesMs: number[] }
/** One kind of edit, typed letter by letter. */
export interface EditFigures {
    /** Keydown → the frame after the preview applied the update of that keystroke's version. */
    keystrokeToPreview: Stats;
    /** The same minus the debounce. */
    afterDebounce: Stats;
    /** The test's own clock: before the key is sent → the condition seen (includes Playwright's round trips). */
    wall: Stats;
    /** The extension's log: sop/models request → answer (the server validates the new text first). */
    serverModels?: Stats;
    /** The extension's log: the page's update (Mermaid included when it ran). */
    pageDraw?: Stats;
    /** Of the page's update: Mermaid's render() (timed in the page), per keystroke that ran it. */
    mermaid?: Stats;
    /** Mermaid runs during these keystrokes, and updates applied. */
    mermaidRuns: number;
    updates: number;
    keystrokes: number;
}
/** One workspace: the 60-step SOP with the 2,000 generated SOPs, or alone. */
export interface ScenarioFigures {
    files: number;
    activationMs?: number;
    clientReadyMs?: number;
    /** Workspace page opened → the open file's first diagnostic drawn (its info squiggle). */
    firstDiagnosticsFromWorkspaceOpenMs: number;
    /** The file clicked in the Explorer → its first diagnostic drawn. */
    firstDiagnosticsFromFileOpenMs: number;
    /** activate() called (log time stamp) → the open file's first diagnostic drawn. */
    firstDiagnosticsAfterActivationMs?: number;
    /** The extension's own log: the first diagnostics of any .sop file after activation. */
    anyDiagnosticsAfterActivationMs?: number;
    workspaceOpenToActivateMs?: number;
    /** The Explorer's SOP Documents view was expanded (it refreshes from the server after edits). */
    overviewViewOpen: boolean;
    /** The SOP Documents view opened after the edits → it lists the SOP (it asks the server only while shown). */
    overviewCatchUpMs: number;
    flowchartEdit: EditFigures;
    mutuBakuEdit: EditFigures;
}
/** What the performance e2e test writes to {@link PERFORMANCE_METRICS} and this part reads. */
export interface PerformanceMetrics { measuredAt: string; debounceMs: number; steps: number; keystrokes: number; workspace?: ScenarioFigures; alone?: ScenarioFigures }

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en'));
const stat = (s: Stats | undefined) => (s ? `${ms(s.medianMs)} (${ms(s.minMs)}–${ms(s.maxMs)})` : '–');

/** The Markdown section of the VS Code performance figures, or a note that the test has not run here. */
export function vscodeFigures(root: string): string[] {
    const file = join(root, PERFORMANCE_METRICS);
    const lines = ['## P4: the VS Code extension on a generated 60-step SOP', ''];
    if (!existsSync(file)) {
        return [...lines, `No run of the performance end-to-end test on this machine: run \`node scripts/build.mjs && npm run package:vscode\`, \`SOP_E2E_REQUIRED=1 npx vitest run test/e2e/performance.e2e.test.ts\`, then \`PARTS=vscode npm run bench\`.`, ''];
    }
    const m = JSON.parse(readFileSync(file, 'utf8')) as PerformanceMetrics;
    const at = (m.measuredAt ?? statSync(file).mtime.toISOString()).slice(0, 16).replace('T', ' ');
    lines.push(`Goals (issue 11): activation ≤ 150 ms; open → first diagnostics ≤ 1 s; keystroke → repainted preview ≤ 150 ms after the debounce when the flowchart changes, ≤ 50 ms when it does not (an edit to mutu baku or keterangan does not run Mermaid again). `
        + `From the last run of \`SOP_E2E_REQUIRED=1 npx vitest run test/e2e/performance.e2e.test.ts\` (${at} UTC, \`${PERFORMANCE_METRICS}\`): code-server with the built .vsix in Chromium, one generated ${m.steps}-step SOP open beside its preview, `
        + `with the bench's 2,000 generated SOPs (25 steps each) in the workspace and alone. Keystroke → preview is from the keydown in the workbench to the first animation frame after the preview page applied the update of that text (medians, min–max, of ${m.keystrokes} keystrokes, one letter each, each after the one before was drawn); `
        + `it includes the preview's debounce (\`sop.preview.debounceMs\` = ${m.debounceMs} ms), which "after the debounce" subtracts. The flowchart edit types into a step's text (Mermaid draws again); the mutu baku edit types into the row's kelengkapan (the test asserts that Mermaid does not run and the SVG element stays). `
        + 'The parts after the debounce are from the extension log: the server\'s answer to `sop/models` (it waits for the new text to be validated) and the page\'s update (Mermaid when it runs; its `render()` is timed in the page). First diagnostics: the open file\'s first diagnostic drawn in the editor (its info squiggle), from opening the workspace in the browser, from clicking the file, and from VS Code calling `activate()`.', '',
    '| workspace | activation ms | client ready ms | open → first diagnostics ms (workspace / file / activation) | flowchart edit → preview ms | after the debounce | server `sop/models` ms | page draw ms | of which Mermaid ms | mutu baku edit → preview ms | after the debounce | Mermaid runs for mutu baku edits |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const [label, s] of [[`${m.steps}-step SOP + 2,000 SOPs`, m.workspace], [`${m.steps}-step SOP alone`, m.alone]] as const) {
        if (!s) { lines.push(`| ${label} | not measured in this run | | | | | | | | | | |`); continue; }
        const a = s.flowchartEdit, b = s.mutuBakuEdit;
        lines.push(`| ${label} | ${ms(s.activationMs)} | ${ms(s.clientReadyMs)} | ${ms(s.firstDiagnosticsFromWorkspaceOpenMs)} / ${ms(s.firstDiagnosticsFromFileOpenMs)} / ${ms(s.firstDiagnosticsAfterActivationMs)} | `
            + `${stat(a.keystrokeToPreview)} | ${stat(a.afterDebounce)} | ${stat(a.serverModels)} | ${stat(a.pageDraw)} | ${stat(a.mermaid)} | ${stat(b.keystrokeToPreview)} | ${stat(b.afterDebounce)} | ${b.mermaidRuns} in ${b.keystrokes} |`);
    }
    lines.push('');
    return lines;
}
