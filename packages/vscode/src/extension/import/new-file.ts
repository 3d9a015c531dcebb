/**
 * Creates a new file and never replaces one: the text is written to a temporary file beside the
 * target, which is then renamed to the target's name with `overwrite: false` (the file appears
 * whole or not at all, and an existing file, or a link, makes the rename fail). Through
 * `vscode.workspace.fs`, so the same code serves local folders, remote ones and the web.
 */
import * as vscode from 'vscode';

/** The target exists; nothing was written. */
export class FileExistsError extends Error {}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}

/** Writes `text` to the new file `target`; throws FileExistsError when something is there already. */
export async function createNewFile(target: vscode.Uri, text: string): Promise<void> {
    if (await exists(target)) throw new FileExistsError(target.toString());
    const name = target.path.split('/').pop() ?? 'file';
    const suffix = Array.from(crypto.getRandomValues(new Uint8Array(4)), b => b.toString(16).padStart(2, '0')).join('');
    const temp = vscode.Uri.joinPath(target, '..', `.${name}.${suffix}.tmp`);
    await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
    try {
        await vscode.workspace.fs.rename(temp, target, { overwrite: false });
    } catch (e) {
        await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
        if (await exists(target)) throw new FileExistsError(target.toString());
        throw e;
    }
}

/** The first of `name`, `name-2`, `name-3` … (before `.sop`) that does not exist in `folder`. */
export async function freeName(folder: vscode.Uri, name: string): Promise<vscode.Uri> {
    for (let k = 1; ; k++) {
        const candidate = vscode.Uri.joinPath(folder, k === 1 ? name : name.replace(/\.sop$/, `-${k}.sop`));
        if (!(await exists(candidate))) return candidate;
    }
}
