/**
 * A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe`: the browser reads
 * JSON commands on its file descriptor 3 and writes replies and events on 4, each message ended
 * by a NUL byte. No port is opened and no library is needed, so the VS Code extension can print
 * PDFs with the same code as `sop export` without shipping playwright.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** A reply's error, with the method that failed. */
export class CdpError extends Error { }

interface Pending { resolve(v: unknown): void; reject(e: Error): void; method: string }

/** One browser process driven over its debugging pipe. */
export class CdpPipe {
    private nextId = 1;
    private readonly pending = new Map<number, Pending>();
    private readonly listeners = new Set<(method: string, params: unknown, sessionId?: string) => void>();
    private buffer = '';
    private exited?: Error;

    private constructor(private readonly child: ChildProcess, private readonly input: Writable, output: Readable) {
        output.setEncoding('utf8');
        output.on('data', (chunk: string) => this.receive(chunk));
        const gone = (why: string) => {
            this.exited ??= new CdpError(why);
            for (const p of this.pending.values()) p.reject(this.exited);
            this.pending.clear();
        };
        child.on('exit', (code, signal) => gone(`the browser exited (${signal ?? code})`));
        child.on('error', e => gone(`the browser could not start: ${e.message}`));
        input.on('error', () => gone('the browser closed its pipe'));
    }

    /** Starts `executable` with `args` plus `--remote-debugging-pipe`. */
    static launch(executable: string, args: readonly string[]): CdpPipe {
        const child = spawn(executable, [...args, '--remote-debugging-pipe', 'about:blank'], {
            stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
            windowsHide: true,
        });
        return new CdpPipe(child, child.stdio[3] as Writable, child.stdio[4] as Readable);
    }

    private receive(chunk: string): void {
        this.buffer += chunk;
        let end: number;
        while ((end = this.buffer.indexOf('\0')) >= 0) {
            const text = this.buffer.slice(0, end);
            this.buffer = this.buffer.slice(end + 1);
            const msg = JSON.parse(text) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: unknown; sessionId?: string };
            if (msg.id !== undefined) {
                const p = this.pending.get(msg.id);
                this.pending.delete(msg.id);
                if (!p) continue;
                if (msg.error) p.reject(new CdpError(`${p.method}: ${msg.error.message}`));
                else p.resolve(msg.result);
            } else if (msg.method) {
                for (const l of this.listeners) l(msg.method, msg.params, msg.sessionId);
            }
        }
    }

    /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
    send<T = unknown>(method: string, params: object = {}, sessionId?: string): Promise<T> {
        if (this.exited) return Promise.reject(this.exited);
        const id = this.nextId++;
        return new Promise<T>((resolve, reject) => {
            this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
            this.input.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
        });
    }

    /** Resolves with the params of the first `method` event of `sessionId` that `accept` takes. */
    waitFor<T = unknown>(method: string, sessionId: string | undefined, accept: (params: T) => boolean = () => true): Promise<T> {
        return new Promise<T>((resolve, reject) => {
            if (this.exited) { reject(this.exited); return; }
            const listener = (m: string, params: unknown, s?: string) => {
                if (m !== method || s !== sessionId || !accept(params as T)) return;
                this.listeners.delete(listener);
                resolve(params as T);
            };
            this.listeners.add(listener);
        });
    }

    /** Calls `handler` with the params of every `method` event of `sessionId`; returns the way to stop. */
    on<T = unknown>(method: string, sessionId: string | undefined, handler: (params: T) => void): () => void {
        const listener = (m: string, params: unknown, s?: string) => {
            if (m === method && s === sessionId) handler(params as T);
        };
        this.listeners.add(listener);
        return () => { this.listeners.delete(listener); };
    }

    /** Asks the browser to close, then makes sure the process is gone. */
    async close(): Promise<void> {
        if (!this.exited) {
            const exit = new Promise<void>(r => this.child.once('exit', () => r()));
            await this.send('Browser.close').catch(() => undefined);
            // A browser that does not exit after agreeing to is killed rather than left behind.
            const stuck = setTimeout(() => this.child.kill(), 5000);
            if (this.child.exitCode === null && this.child.signalCode === null) await exit;
            clearTimeout(stuck);
        }
        this.child.kill();
    }
}
