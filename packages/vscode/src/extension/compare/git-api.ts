/**
 * The few parts of the built-in git extension's API (vscode.git, API version 1) the compare
 * commands use: file contents at a revision and a file's history. No other git dependency.
 */
import * as vscode from 'vscode';

interface Commit { readonly hash: string; readonly message: string }
export interface GitRepository {
    readonly rootUri: vscode.Uri;
    show(ref: string, path: string): Promise<string>;
    log(options?: { maxEntries?: number; path?: string }): Promise<Commit[]>;
}
interface GitApi {
    readonly state: 'uninitialized' | 'initialized';
    readonly repositories: GitRepository[];
    getRepository(uri: vscode.Uri): GitRepository | null;
    openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
    onDidChangeState(listener: (state: string) => void): vscode.Disposable;
}

/** The git API, or undefined when the git extension is missing or disabled. */
async function gitApi(): Promise<GitApi | undefined> {
    const ext = vscode.extensions.getExtension<{ enabled: boolean; getAPI(version: 1): GitApi }>('vscode.git');
    if (!ext) return undefined;
    const exports = ext.isActive ? ext.exports : await ext.activate();
    if (!exports?.enabled) return undefined;
    const api = exports.getAPI(1);
    if (api.state !== 'initialized') {
        await new Promise<void>(resolve => {
            const timer = setTimeout(() => { sub.dispose(); resolve(); }, 10000);
            const sub = api.onDidChangeState(s => { if (s === 'initialized') { clearTimeout(timer); sub.dispose(); resolve(); } });
        });
    }
    return api;
}

/** The repository holding `uri`; opens it when git has not discovered it yet (a repository created after start). */
export async function repositoryOf(uri: vscode.Uri): Promise<GitRepository | undefined> {
    const api = await gitApi();
    if (!api) return undefined;
    const found = api.getRepository(uri);
    if (found) return found;
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri;
    if (folder && api.openRepository) return (await api.openRepository(folder)) ?? api.getRepository(uri) ?? undefined;
    return undefined;
}

/** The revision "Compare with Previous Revision" compares with: the one before the file's last commit. */
export async function previousRevision(repo: GitRepository, uri: vscode.Uri): Promise<string | undefined> {
    const commits = await repo.log({ maxEntries: 2, path: uri.fsPath });
    return commits[1]?.hash;
}
