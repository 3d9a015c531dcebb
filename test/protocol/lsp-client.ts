/**
 * A real LSP client for protocol tests: starts the bundled standalone server as a child process
 * (`node packages/server/bin/sop-language-server.cjs --stdio`) and talks JSON-RPC to it with
 * vscode-languageserver-protocol over the child's stdin/stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, InitializedNotification, InitializeRequest, ShutdownRequest,
    LogMessageNotification, type LogMessageParams, PublishDiagnosticsNotification, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/**
 * The standalone server's launcher, as editors start it. SOP_SERVER_BIN runs the protocol tests
 * against another build (e.g. one of an older commit, to see a regression test fail there).
 */
export const serverBin = process.env.SOP_SERVER_BIN ?? 'packages/server/bin/sop-language-server.cjs';
const bundle = 'packages/server/out/sop-language-server.cjs';

function newest(dir: string): number {
    let t = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }
    return t;
}

/** Builds the bundles (node scripts/build.mjs) when the server bundle is missing or older than its sources. */
export function ensureServerBuilt(): void {
    if (process.env.SOP_SERVER_BIN) return;
    const sources = Math.max(newest('packages/language/src'), newest('packages/server/src'), newest('packages/import/src'));
    if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) return;
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}

/** A running server and a connection to it. */
export interface ServerSession {
    child: ChildProcess;
    connection: ProtocolConnection;
    /** Resolves with the first diagnostics published for `uri` (optionally for a given version). */
    diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
    /** Every diagnostics notification so far, in arrival order. */
    published: PublishDiagnosticsParams[];
    /** Resolves with the next diagnostics notification for `uri` that satisfies `accept`, from now on. */
    nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
    /** window/logMessage notifications (console output of the server in stdio mode). */
    logs: LogMessageParams[];
    /** Resolves with the params of the next notification `method` (one without a handler of its own) that satisfies `accept`. */
    nextNotification<P = unknown>(method: string, accept?: (params: P) => boolean): Promise<P>;
    /** Resolves with the exit code once the process has exited. */
    exited: Promise<number | null>;
    stderr: string[];
    /** Anything on stdout that is not a well-formed LSP frame (header, Content-Length, JSON-RPC 2.0 body). */
    stdoutProblems: string[];
    /** Number of well-formed frames the server wrote. */
    frames(): number;
}

/**
 * Checks the server's stdout independently of the JSON-RPC reader: every byte must belong to a
 * frame `Content-Length: n\r\n[Content-Type: ...\r\n]\r\n` + n bytes of a JSON-RPC 2.0 message.
 * A stray console.log would desynchronise a real editor's reader.
 */
function frameChecker(problems: string[]): { push(chunk: Buffer): void; count(): number } {
    let buffer = Buffer.alloc(0);
    let count = 0;
    const push = (chunk: Buffer) => {
        if (problems.length) return;
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const end = buffer.indexOf('\r\n\r\n');
            if (end < 0) {
                // A header block is short; anything longer without its end is stray output.
                if (buffer.length > 256) problems.push(`not a header: ${JSON.stringify(buffer.subarray(0, 80).toString())}`);
                return;
            }
            const headers = buffer.subarray(0, end).toString().split('\r\n');
            const length = headers.map(h => /^Content-Length: (\d+)$/.exec(h)).find(Boolean);
            if (!length || headers.some(h => !/^Content-(Length|Type): /.test(h))) {
                problems.push(`bad header: ${JSON.stringify(headers)}`);
                return;
            }
            const size = Number(length[1]);
            if (buffer.length < end + 4 + size) return;
            const body = buffer.subarray(end + 4, end + 4 + size).toString();
            buffer = buffer.subarray(end + 4 + size);
            try {
                if (JSON.parse(body).jsonrpc !== '2.0') problems.push(`not JSON-RPC 2.0: ${body.slice(0, 80)}`);
            } catch {
                problems.push(`body is not JSON: ${body.slice(0, 80)}`);
            }
            count++;
        }
    };
    return { push, count: () => count };
}

/** Starts the server and connects; answers the requests a server sends to its client. */
export function startServer(settings: Record<string, unknown> = {}): ServerSession {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    child.stderr!.on('data', d => stderr.push(String(d)));
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    const stdoutProblems: string[] = [];
    const frames = frameChecker(stdoutProblems);
    child.stdout!.on('data', (d: Buffer) => frames.push(d));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    const waiters: Array<{ uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
    // Langium publishes without a version; when one is sent it must match.
    const matches = (p: PublishDiagnosticsParams, w: { uri: string; version?: number }) => p.uri === w.uri && (w.version === undefined || p.version === undefined || p.version === w.version);
    const nextWaiters: Array<{ uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, p => {
        published.push(p);
        for (const w of waiters.filter(w => matches(p, w))) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
        for (const w of nextWaiters.filter(w => w.uri === p.uri && w.accept(p))) { nextWaiters.splice(nextWaiters.indexOf(w), 1); w.resolve(p); }
    });
    const logs: LogMessageParams[] = [];
    connection.onNotification(LogMessageNotification.type, p => { logs.push(p); });
    const notificationWaiters: Array<{ method: string; accept: (params: never) => boolean; resolve: (params: never) => void }> = [];
    connection.onUnhandledNotification(({ method, params }) => {
        for (const w of notificationWaiters.filter(w => w.method === method && w.accept(params as never))) {
            notificationWaiters.splice(notificationWaiters.indexOf(w), 1);
            w.resolve(params as never);
        }
    });
    // A server that died leaves a broken pipe; the test reports the exit, not an EPIPE.
    child.stdin!.on('error', () => undefined);
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map(i => (i.section === 'sop' ? settings : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    return {
        child, connection, exited, stderr, published, logs, stdoutProblems, frames: frames.count,
        diagnostics: (uri, version) => new Promise(resolve => {
            const hit = published.find(p => matches(p, { uri, version }));
            if (hit) resolve(hit); else waiters.push({ uri, version, resolve });
        }),
        nextDiagnostics: (uri, accept = () => true) => new Promise(resolve => { nextWaiters.push({ uri, accept, resolve }); }),
        nextNotification: <P>(method: string, accept: (params: P) => boolean = () => true) => new Promise<P>(resolve => {
            notificationWaiters.push({ method, accept: accept as (params: never) => boolean, resolve: resolve as (params: never) => void });
        }),
    };
}

/** Starts a server on a workspace folder: initialize (with watched-file and configuration support), initialized. */
export async function startOnWorkspace(folder: string, settings: Record<string, unknown> = {}, locale = 'id'): Promise<ServerSession> {
    const s = startServer(settings);
    const root = pathToFileURL(folder).toString();
    await s.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid, locale, rootUri: root, workspaceFolders: [{ uri: root, name: 'ws' }],
        capabilities: { workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: false } }, textDocument: { publishDiagnostics: {} } },
    });
    await s.connection.sendNotification(InitializedNotification.type, {});
    return s;
}

/** Shuts the server down the polite way; resolves with its exit code. */
export async function stopServer(s: ServerSession): Promise<number | null> {
    if (s.child.exitCode === null) {
        await s.connection.sendRequest(ShutdownRequest.type);
        await s.connection.sendNotification(ExitNotification.type);
    }
    const code = await s.exited;
    s.connection.dispose();
    return code;
}

/**
 * A document the tests edit to learn that the server has processed everything sent before.
 * Updates run one after the other in arrival order, so once the probe's new text is validated
 * (its DOC-01 names the fresh id) and that build has validated all its documents
 * (sop/documentsValidated), every earlier open, change, close and file event has been applied.
 */
export class Probe {
    private round = 0;

    constructor(private readonly s: ServerSession, readonly uri = 'untitled:Probe') {}

    /** Opens the probe and waits for the workspace to settle. */
    async open(): Promise<string> {
        return this.settle(() => this.s.connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: this.uri, languageId: 'sop', version: 1, text: this.text() },
        }));
    }

    /** Resolves with 'alive' once the server caught up, or says how it exited. */
    async sync(): Promise<string> {
        return this.settle(() => this.s.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri: this.uri, version: this.round + 1 }, contentChanges: [{ text: this.text() }],
        }));
    }

    private text(): string {
        // Declared twice: DOC-01 then names the id, which tells this round's diagnostics from older ones.
        return `sop Probe_${this.round} "Probe" {\n}\nsop Probe_${this.round} "Probe" {\n}\n`;
    }

    private async settle(send: () => Promise<void>): Promise<string> {
        this.round++;
        const id = `Probe_${this.round}`;
        let validatedText = false;
        const published = this.s.nextDiagnostics(this.uri, p => (validatedText = p.diagnostics.some(d => String(d.message).includes(id))));
        const built = this.s.nextNotification<{ uris: string[] }>('sop/documentsValidated', p => validatedText && p.uris.includes(this.uri));
        const exited = this.s.exited.then(code => `exited with code ${code}`);
        try {
            await send();
        } catch {
            return exited;
        }
        return Promise.race([Promise.all([published, built]).then(() => 'alive'), exited]);
    }
}
