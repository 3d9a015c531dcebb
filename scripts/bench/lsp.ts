// P2 and P3 of `npm run bench` (issue 11), over the protocol: the bundled language server is
// started over stdio by the protocol tests' client (test/protocol/lsp-client.ts; SOP_SERVER_BIN
// runs another build, e.g. a copy of the bundle before a change).
//   - P2: didChange (one character typed into a row's text) → publishDiagnostics of that file,
//     each edit waiting for the diagnostics of the one before, p50 / p90;
//   - P3: server start → first diagnostics of a file opened right after `initialized`, → the
//     diagnostics of every file of the workspace, → the diagnostics of a file opened once the
//     workspace is built; the server's peak RSS.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { startOnWorkspace, stopServer, type ServerSession } from '../../test/protocol/lsp-client.js';

export interface EditFigures {
    /** Latency of each measured edit, ms. */
    edits: number[];
}

export interface StartFigures extends EditFigures {
    /** Start (spawn) → diagnostics of the file opened right after `initialized`. */
    openFileMs: number;
    /** Start → diagnostics published for every file of the workspace. */
    workspaceMs: number;
    /** Once the workspace is built: didOpen of another file → its diagnostics. */
    lateOpenMs: number;
    /** Peak resident set size of the server process, MiB (VmHWM), or NaN off Linux. */
    peakRssMiB: number;
}

function peakRss(pid: number | undefined): number {
    try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) / 1024 : NaN;
    } catch {
        return NaN;
    }
}

/** Opens `file` in the editor; resolves with its text once its next diagnostics are published. */
async function open(s: ServerSession, file: string): Promise<{ uri: string; text: string }> {
    const uri = pathToFileURL(file).toString();
    const text = readFileSync(file, 'utf8');
    const published = s.nextDiagnostics(uri);
    await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'sop', version: 1, text } });
    await published;
    return { uri, text };
}

/**
 * Types one character `edits` times (after `warm` unmeasured ones) into the text of a row in the
 * middle of the open file and waits for each edit's diagnostics.
 */
async function typeInto(s: ServerSession, uri: string, text: string, edits: number, warm: number): Promise<number[]> {
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i >= lines.length / 2 && l.includes('"Memproses berkas'));
    const character = lines[line].indexOf('"Memproses berkas') + '"Memproses'.length;
    const times: number[] = [];
    for (let k = 0; k < warm + edits; k++) {
        const published = s.nextDiagnostics(uri);
        const t0 = performance.now();
        await s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version: k + 2 },
            contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }],
        });
        await published;
        if (k >= warm) times.push(performance.now() - t0);
    }
    return times;
}

/** P2 alone: a server on a folder holding only `file`. */
export async function editAlone(folder: string, file: string, edits = 40, warm = 5): Promise<EditFigures> {
    const s = await startOnWorkspace(folder, {}, 'en');
    try {
        const { uri, text } = await open(s, file);
        return { edits: await typeInto(s, uri, text, edits, warm) };
    } finally {
        await stopServer(s);
    }
}

/**
 * P3 and P2 in a workspace: a server on `folder` (`files` .sop files); `first` is opened right
 * after `initialized`, `late` once every file has its diagnostics, then `first` is edited.
 */
export async function startAndEdit(folder: string, files: number, first: string, late: string, edits = 40, warm = 5): Promise<StartFigures> {
    const t0 = performance.now();
    const s = await startOnWorkspace(folder, {}, 'en');
    try {
        // Polls the client's record of notifications (a second handler would replace the client's).
        const seen = new Set<string>();
        let read = 0;
        const all = (async () => {
            for (;;) {
                while (read < s.published.length) seen.add(s.published[read++].uri);
                if (seen.size >= files) return performance.now() - t0;
                await new Promise(resolve => setTimeout(resolve, 10));
            }
        })();
        const { uri, text } = await open(s, first);
        const openFileMs = performance.now() - t0;
        const workspaceMs = await all;
        const lateOpen = performance.now();
        await open(s, late);
        const lateOpenMs = performance.now() - lateOpen;
        const times = await typeInto(s, uri, text, edits, warm);
        return { edits: times, openFileMs, workspaceMs, lateOpenMs, peakRssMiB: peakRss(s.child.pid) };
    } finally {
        await stopServer(s);
    }
}
