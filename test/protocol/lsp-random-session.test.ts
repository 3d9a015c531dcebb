/**
 * Random LSP sessions over stdio against the bundled server. A seeded generator (replayable:
 * SOP_LSP_SEED, SOP_LSP_SESSIONS, SOP_LSP_STEPS) writes sessions of opens, edits (characters,
 * quotes, braces and slices of the real examples), closes, saves, files created and deleted on
 * disk, configuration changes, every document request, cancelled requests and malformed params.
 * Requests are left in flight so that they race with edits, closes and rebuilds.
 *
 * After each session: the process is alive, every request was answered (none with InternalError,
 * every malformed one with InvalidParams), stdout carried only LSP frames, nothing was logged as an
 * error, closed unsaved documents have their diagnostics cleared and are gone from workspace
 * symbols, and a final request answers correctly. A failure prints the seed and the steps.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    CancellationTokenSource, DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification,
    DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, DidSaveTextDocumentNotification, ErrorCodes, FileChangeType,
    ResponseError, WorkspaceSymbolRequest, type SymbolInformation, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { ensureServerBuilt, Probe, startOnWorkspace, stopServer } from './lsp-client.js';
import { documentRequests, malformedNotifications, malformedRequests, type RequestCase } from './request-fixtures.js';

const SEED = Number(process.env.SOP_LSP_SEED ?? 20261201);
const SESSIONS = Number(process.env.SOP_LSP_SESSIONS ?? 16);
const STEPS = Number(process.env.SOP_LSP_STEPS ?? 80);
/** How long a session may wait for the server to catch up before it counts as hung (a failure, not a pause). */
const HANG_MS = 20_000;

/** mulberry32: small, fast, and the same sequence on every machine. */
class Random {
    constructor(private state: number) {}
    next(): number {
        let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    }
    int(n: number): number { return Math.floor(this.next() * n); }
    pick<T>(items: readonly T[]): T { return items[this.int(items.length)]; }
    chance(p: number): boolean { return this.next() < p; }
}

/** Example files, read at run time (other engineers add examples). */
function exampleTexts(dir = 'examples'): Array<{ name: string; text: string }> {
    const out: Array<{ name: string; text: string }> = [];
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const p = join(dir, e.name);
        if (e.isDirectory()) out.push(...exampleTexts(p));
        else if (e.name.endsWith('.sop')) out.push({ name: e.name, text: readFileSync(p, 'utf8') });
    }
    return out;
}

/** A document of the session as the client sees it. */
interface Doc {
    uri: string;
    /** The file behind a `file:` URI; untitled buffers have none. */
    path?: string;
    text: string;
    version: number;
    open: boolean;
    /**
     * The server was told that the document is gone: closed when no file backed it, or its file's
     * deletion announced while closed. A deletion nobody announced cannot be known.
     */
    gone: boolean;
}

/** What became of one request. */
interface Outcome {
    step: number;
    method: string;
    malformed: boolean;
    error?: { code: number; message: string };
}

/** A session failure: its message holds the replay line and the steps. */
class SessionFailure extends Error {}

const fragments = ['"', '""', '{', '}', '{\n', '}\n', '|', ' | ', '->', '\n', ' ', '  ', 'sop ', 'pelaksana ', 'prosedur {', 'selesai', '5 menit', 'ya -> ', 'tidak -> ', '"teks"', 'nomor "1"', '\\', '/*', '//', '\t', 'é'];

/** One random session; returns the figures, throws with the seed and the steps on any failure. */
async function runSession(index: number, seed: number, examples: Array<{ name: string; text: string }>): Promise<{ steps: number; requests: number }> {
    const rnd = new Random(seed);
    const ws = mkdtempSync(join(tmpdir(), 'sop-random-'));
    const docs = new Map<string, Doc>();
    const addFile = (name: string, text: string) => {
        const path = join(ws, name);
        writeFileSync(path, text);
        const uri = pathToFileURL(path).toString();
        docs.set(uri, { uri, path, text, version: 0, open: false, gone: false });
        return uri;
    };
    for (let i = 0; i < 3; i++) {
        const ex = rnd.pick(examples);
        addFile(`${i}-${basename(ex.name)}`, ex.text);
    }
    const s = await startOnWorkspace(ws);
    const probe = new Probe(s);
    const steps: string[] = [];
    const outcomes: Array<Promise<Outcome>> = [];
    const problems: string[] = [];
    let unsavedCount = 0;

    const fail = (message: string) => new SessionFailure(`${message}\n  replay: SOP_LSP_SEED=${seed} SOP_LSP_SESSIONS=1 SOP_LSP_STEPS=${STEPS} (session ${index} of seed ${SEED})\n  steps:\n    ${steps.join('\n    ')}`);
    const withinHang = <T>(p: Promise<T>, what: string): Promise<T> => {
        let timer: NodeJS.Timeout | undefined;
        const hang = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(fail(`${what}: no answer within ${HANG_MS} ms`)), HANG_MS); });
        return Promise.race([p, hang]).finally(() => clearTimeout(timer));
    };

    const request = (step: number, { method, params }: RequestCase, malformed = false, cancel = false): Promise<Outcome> => {
        const source = cancel ? new CancellationTokenSource() : undefined;
        // A server that exits leaves its requests unanswered: they end with the exit, not with the test's timeout.
        const exited = s.exited.then(code => { throw new Error(`the server exited with code ${code}`); });
        const sent = Promise.race([s.connection.sendRequest(method, params, source?.token), exited]);
        source?.cancel();
        const outcome = sent.then(
            () => ({ step, method, malformed }),
            (error: unknown) => ({ step, method, malformed, error: error instanceof ResponseError ? { code: error.code, message: error.message } : { code: 0, message: String(error) } }),
        );
        outcomes.push(outcome);
        return outcome;
    };
    const openDocs = () => [...docs.values()].filter(d => d.open);
    const randomPosition = (text: string) => {
        if (rnd.chance(0.1)) return { line: 10_000, character: rnd.int(5) };
        return TextDocument.create('x', 'sop', 0, text).positionAt(rnd.int(text.length + 1));
    };
    const randomEdit = (text: string): TextDocumentContentChangeEvent & { next: string } => {
        const doc = TextDocument.create('x', 'sop', 0, text);
        const kind = rnd.int(10);
        if (kind === 0) {
            const ex = rnd.pick(examples).text;
            const next = rnd.chance(0.5) ? ex : ex.slice(0, rnd.int(ex.length));
            return { text: next, next };
        }
        const start = rnd.int(text.length + 1);
        const end = kind < 4 ? Math.min(text.length, start + 1 + rnd.int(40)) : start;
        let insert = '';
        if (kind >= 3) {
            const ex = rnd.pick(examples).text;
            const from = rnd.int(ex.length);
            insert = rnd.chance(0.7) ? rnd.pick(fragments) : ex.slice(from, from + 1 + rnd.int(60));
        }
        return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: insert, next: text.slice(0, start) + insert + text.slice(end) };
    };
    const watched = (uri: string, type: FileChangeType) => s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type }] });

    /** Plays the random steps; stops at the first step after which the server is gone. */
    const playSteps = async () => {
        for (let step = 0; step < STEPS; step++) {
            const roll = rnd.next();
            const open = openDocs();
            if (roll < 0.14 || open.length === 0) {
                // Open a closed document, or a new unsaved one (untitled or a file: URI with no file).
                const closed = [...docs.values()].filter(d => !d.open);
                let doc: Doc;
                if (closed.length && rnd.chance(0.6)) {
                    doc = rnd.pick(closed);
                    doc.text = doc.path && existsSync(doc.path) ? readFileSync(doc.path, 'utf8') : rnd.pick(examples).text;
                } else {
                    const n = unsavedCount++;
                    const uri = rnd.chance(0.5) ? `untitled:Untitled-${n}` : pathToFileURL(join(ws, `unsaved-${n}.sop`)).toString();
                    doc = { uri, path: uri.startsWith('file:') ? join(ws, `unsaved-${n}.sop`) : undefined, text: rnd.pick(examples).text, version: 0, open: false, gone: false };
                    docs.set(uri, doc);
                }
                doc.open = true;
                doc.gone = false;
                doc.version++;
                steps.push(`${step}: open ${doc.uri} (${doc.text.length} chars)`);
                await s.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: doc.uri, languageId: 'sop', version: doc.version, text: doc.text } });
            } else if (roll < 0.40) {
                const doc = rnd.pick(open);
                const changes: TextDocumentContentChangeEvent[] = [];
                for (let i = 1 + rnd.int(3); i > 0; i--) {
                    const { next, ...change } = randomEdit(doc.text);
                    changes.push(change);
                    doc.text = next;
                }
                doc.version++;
                steps.push(`${step}: change ${doc.uri} v${doc.version} ${JSON.stringify(changes).slice(0, 200)}`);
                await s.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: doc.uri, version: doc.version }, contentChanges: changes });
            } else if (roll < 0.50) {
                const doc = rnd.pick(open);
                doc.open = false;
                doc.gone = !(doc.path && existsSync(doc.path));
                steps.push(`${step}: close ${doc.uri}`);
                await s.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: doc.uri } });
            } else if (roll < 0.54) {
                const saved = open.filter(d => d.path);
                if (!saved.length) continue;
                const doc = rnd.pick(saved);
                const existed = existsSync(doc.path!);
                writeFileSync(doc.path!, doc.text);
                steps.push(`${step}: save ${doc.uri}`);
                await s.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: doc.uri } });
                await watched(doc.uri, existed ? FileChangeType.Changed : FileChangeType.Created);
            } else if (roll < 0.58) {
                const ex = rnd.pick(examples);
                const uri = addFile(`created-${step}-${basename(ex.name)}`, ex.text);
                const notify = rnd.chance(0.8);
                steps.push(`${step}: create file ${uri}${notify ? '' : ' (no file event)'}`);
                if (notify) await watched(uri, FileChangeType.Created);
            } else if (roll < 0.62) {
                const onDisk = [...docs.values()].filter(d => d.path && existsSync(d.path));
                if (!onDisk.length) continue;
                const doc = rnd.pick(onDisk);
                unlinkSync(doc.path!);
                const notify = rnd.chance(0.8);
                if (notify && !doc.open) doc.gone = true;
                steps.push(`${step}: delete file ${doc.uri}${notify ? '' : ' (no file event)'}${doc.open ? ' (open)' : ''}`);
                if (notify) await watched(doc.uri, FileChangeType.Deleted);
            } else if (roll < 0.64) {
                const language = rnd.pick(['id', 'en', 'auto']);
                steps.push(`${step}: configuration sop.language=${language}`);
                await s.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { sop: { language } } });
            } else if (roll < 0.70) {
                const uri = rnd.pick([...open.map(d => d.uri), probe.uri]);
                const c = rnd.pick(malformedRequests(uri));
                steps.push(`${step}: malformed ${c.method} ${JSON.stringify(c.params)}`);
                const outcome = request(step, c, true);
                if (rnd.chance(0.5)) await outcome;
            } else if (roll < 0.72) {
                const n = rnd.pick(malformedNotifications(rnd.pick(open).uri));
                steps.push(`${step}: malformed notification ${n.method} ${JSON.stringify(n.params)}`);
                await s.connection.sendNotification(n.method, n.params);
            } else if (roll < 0.75) {
                steps.push(`${step}: workspace/symbol`);
                const outcome = request(step, { method: WorkspaceSymbolRequest.method, params: { query: rnd.pick(['', 'Surat', 'a']) } });
                if (rnd.chance(0.5)) await outcome;
            } else {
                // A document request: mostly on an open document, sometimes on a closed or unknown one.
                const where = rnd.next();
                const doc = where < 0.75 ? rnd.pick(open) : where < 0.9 ? rnd.pick([...docs.values()]) : undefined;
                const uri = doc?.uri ?? rnd.pick(['untitled:Nothing', pathToFileURL(join(ws, 'nothing.sop')).toString()]);
                const text = doc?.text ?? '';
                const start = randomPosition(text);
                const c = rnd.pick(documentRequests(uri, start, { start, end: randomPosition(text) }, rnd.pick(['Baru', 'X1', 'bad name', ''])));
                const cancel = rnd.chance(0.08);
                steps.push(`${step}: ${c.method} ${JSON.stringify(c.params).slice(0, 200)}${cancel ? ' (cancelled)' : ''}`);
                const outcome = request(step, c, false, cancel);
                if (rnd.chance(0.4)) await outcome;
            }
            if (s.child.exitCode !== null) throw fail(`the server exited with code ${s.child.exitCode} after step ${step}; stderr: ${s.stderr.join('').slice(0, 2000)}`);
        }
    };

    try {
        expect(await withinHang(probe.open(), 'opening the probe')).toBe('alive');
        await withinHang(playSteps(), 'the session');
        // The server caught up with everything sent, and answered every request.
        const caughtUp = await withinHang(probe.sync(), 'waiting for the server to catch up');
        if (caughtUp !== 'alive') throw fail(`server ${caughtUp}; stderr: ${s.stderr.join('').slice(0, 2000)}`);
        for (const o of await withinHang(Promise.all(outcomes), 'waiting for every response')) {
            if (o.malformed && o.error?.code !== ErrorCodes.InvalidParams) problems.push(`step ${o.step}: malformed ${o.method} answered ${JSON.stringify(o.error ?? 'a result')}`);
            if (!o.malformed && o.error && (o.error.code === ErrorCodes.InternalError || o.error.code === ErrorCodes.MethodNotFound || /TypeError|Cannot read/.test(o.error.message))) {
                problems.push(`step ${o.step}: ${o.method} answered ${o.error.code} ${o.error.message}`);
            }
        }
        // Closed documents without a file are gone: diagnostics cleared, not in workspace symbols.
        const gone = [...docs.values()].filter(d => d.gone).map(d => d.uri);
        for (const uri of gone) {
            const last = s.published.filter(p => p.uri === uri).at(-1);
            if (last && last.diagnostics.length) problems.push(`${uri} is gone but keeps ${last.diagnostics.length} diagnostics`);
        }
        const symbols = (await withinHang(s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' }), 'workspace/symbol')) as SymbolInformation[];
        for (const uri of new Set(symbols.map(x => x.location.uri).filter(u => gone.includes(u)))) problems.push(`${uri} is gone but still in workspace symbols`);
        // A final request answers correctly.
        const outline = (await withinHang(s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: probe.uri } }), 'final request')) as Array<{ name: string }>;
        if (!outline?.[0]?.name.startsWith('Probe_')) problems.push(`final documentSymbol answered ${JSON.stringify(outline)}`);
        problems.push(...s.stdoutProblems.map(p => `stdout: ${p}`));
        problems.push(...s.logs.filter(l => l.type === 1).map(l => `error logged: ${l.message.slice(0, 300)}`));
        if (s.child.exitCode !== null) problems.push(`server exited with code ${s.child.exitCode}`);
        if (problems.length) throw fail(problems.join('\n'));
        const code = await withinHang(stopServer(s), 'shutdown');
        if (code !== 0) throw fail(`shutdown ended with code ${code}`);
        return { steps: steps.length, requests: outcomes.length };
    } catch (error) {
        // Whatever went wrong (an assertion, a closed connection), the report carries the seed and the steps.
        throw error instanceof SessionFailure ? error : fail(String(error instanceof Error ? error.stack ?? error.message : error));
    } finally {
        if (s.child.exitCode === null) s.child.kill();
        rmSync(ws, { recursive: true, force: true });
    }
}

describe(`random LSP sessions over stdio (seed ${SEED})`, () => {
    const totals = { sessions: 0, steps: 0, requests: 0, ms: 0 };
    let examples: Array<{ name: string; text: string }>;
    beforeAll(() => {
        ensureServerBuilt();
        examples = exampleTexts();
    });
    afterAll(() => {
        console.log('LSP random sessions', JSON.stringify({ seed: SEED, ...totals, ms: Math.round(totals.ms) }));
    });

    test.each(Array.from({ length: SESSIONS }, (_, i) => i))('session %i', async (i) => {
        const started = performance.now();
        const figures = await runSession(i, (SEED + i * 7919) >>> 0, examples);
        totals.sessions++;
        totals.steps += figures.steps;
        totals.requests += figures.requests;
        totals.ms += performance.now() - started;
    }, 90_000);
});
