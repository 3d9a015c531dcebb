/**
 * Starts and stops a private code-server for the end-to-end test: a free 127.0.0.1 port, no
 * auth, and every config/user-data/extension folder inside one temporary directory, so the
 * run touches nothing in $HOME and leaves nothing behind.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '..', '..');

/** The code-server launcher installed by scripts/install-code-server.sh, or undefined. */
export function codeServerBin(): string | undefined {
    const home = process.env.SOP_E2E_HOME ?? path.join(REPO, '.e2e');
    const bin = path.join(home, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
    return existsSync(bin) ? bin : undefined;
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const srv = createServer();
        srv.once('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const port = (srv.address() as { port: number }).port;
            srv.close(() => resolve(port));
        });
    });
}

/** Editor settings for a quiet, deterministic workbench (no welcome page, trust or telemetry). */
export const USER_SETTINGS = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    // Typing in the test must produce exactly the typed text.
    'editor.autoClosingQuotes': 'never',
    'editor.autoClosingBrackets': 'never',
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'editor.suggestOnTriggerCharacters': false,
    'editor.acceptSuggestionOnEnter': 'off',
    'editor.minimap.enabled': false,
    'editor.stickyScroll.enabled': false,
    'workbench.editor.enablePreview': false,
    'files.autoSave': 'off',
    'workbench.colorTheme': 'Default Light Modern',
};

export interface CodeServer {
    url: string;
    workspace: string;
    userDataDir: string;
    process: ChildProcess;
    stop(): Promise<void>;
}

/** Installs the .vsix and starts code-server on `workspace`; resolves once /healthz answers. */
export async function startCodeServer(bin: string, vsix: string, workspace: string, settings: Record<string, unknown> = {}): Promise<CodeServer> {
    const root = mkdtempSync(path.join(tmpdir(), 'sop-e2e-cs-'));
    const config = path.join(root, 'config.yaml');
    const userDataDir = path.join(root, 'user');
    const extDir = path.join(root, 'ext');
    mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    writeFileSync(config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
    writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
    const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extDir];
    // The extension gallery points at a closed loopback port: the server never goes online.
    const env = { ...process.env, XDG_CONFIG_HOME: path.join(root, 'xdg'), NODE_OPTIONS: '',
        EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: 'http://127.0.0.1:9/gallery', itemUrl: 'http://127.0.0.1:9/item' }) };
    execFileSync(process.execPath, [bin, ...common, '--install-extension', vsix], { env, stdio: 'pipe', timeout: 60000 });
    const port = await freePort();
    const child = spawn(process.execPath, [bin, ...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let log = '';
    child.stdout?.on('data', d => { log += d; });
    child.stderr?.on('data', d => { log += d; });
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30000;
    for (;;) {
        if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log}`);
        try {
            const r = await fetch(`${url}/healthz`);
            if (r.ok) break;
        } catch { /* not listening yet */ }
        if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 30 s:\n${log}`);
        await new Promise(r => setTimeout(r, 200));
    }
    const stop = async () => {
        if (child.exitCode === null && child.pid) {
            try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
            const gone = await Promise.race([new Promise(r => child.once('exit', () => r(true))), new Promise(r => setTimeout(() => r(false), 5000))]);
            if (!gone) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
        }
        rmSync(root, { recursive: true, force: true });
    };
    return { url, workspace, userDataDir, process: child, stop };
}

/** The SOP output channel's text (a log channel: VS Code keeps it under the user data's logs folder). */
export function extensionLog(server: CodeServer): string {
    const find = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap(e =>
        e.isDirectory() ? find(path.join(dir, e.name)) : /SOP\.log$/.test(e.name) ? [path.join(dir, e.name)] : []);
    const logs = path.join(server.userDataDir, 'logs');
    return existsSync(logs) ? find(logs).map(f => readFileSync(f, 'utf8')).join('\n') : '';
}
