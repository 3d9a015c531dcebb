/**
 * A real LSP client for protocol tests: starts the bundled standalone server as a child process
 * (`node packages/server/bin/sop-language-server.cjs --stdio`) and talks JSON-RPC to it with
 * vscode-languageserver-protocol over the child's stdin/stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
    PublishDiagnosticsNotification, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** The standalone server's launcher, as editors start it. */
export const serverBin = 'packages/server/bin/sop-language-server.cjs';
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
    const sources = Math.max(newest('packages/language/src'), newest('packages/server/src'));
    if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) return;
    execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}

/** A running server and a connection to it. */
export interface ServerSession {
    child: ChildProcess;
    connection: ProtocolConnection;
    /** Resolves with the first diagnostics published for `uri` (optionally for a given version). */
    diagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams>;
    /** Resolves with the exit code once the process has exited. */
    exited: Promise<number | null>;
    stderr: string[];
}

/** Starts the server and connects; answers the requests a server sends to its client. */
export function startServer(settings: Record<string, unknown> = {}): ServerSession {
    const child = spawn(process.execPath, [serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stderr: string[] = [];
    child.stderr!.on('data', d => stderr.push(String(d)));
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const published: PublishDiagnosticsParams[] = [];
    const waiters: Array<{ uri: string; version?: number; resolve: (p: PublishDiagnosticsParams) => void }> = [];
    // Langium publishes without a version; when one is sent it must match.
    const matches = (p: PublishDiagnosticsParams, w: { uri: string; version?: number }) => p.uri === w.uri && (w.version === undefined || p.version === undefined || p.version === w.version);
    connection.onNotification(PublishDiagnosticsNotification.type, p => {
        published.push(p);
        for (const w of waiters.filter(w => matches(p, w))) { waiters.splice(waiters.indexOf(w), 1); w.resolve(p); }
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map(i => (i.section === 'sop' ? settings : null)));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    return {
        child, connection, exited, stderr,
        diagnostics: (uri, version) => new Promise(resolve => {
            const hit = published.find(p => matches(p, { uri, version }));
            if (hit) resolve(hit); else waiters.push({ uri, version, resolve });
        }),
    };
}
