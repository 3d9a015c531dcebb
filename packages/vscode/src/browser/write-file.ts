/**
 * The web build's `writeWithConsent` (scripts/build.mjs puts it in place of
 * extension/export/write-file.ts): the same questions before replacing a different file, written
 * with `vscode.workspace.fs` to the file named by its URI string. The sidecar manifest of
 * `sop export` (.sop-export.json) is not kept here, so `sop export` later treats these files as
 * someone else's and asks for `--force` before replacing them.
 */
import * as vscode from 'vscode';
import { t } from '../extension/i18n.js';

/** A batch-wide answer to the overwrite question. */
export interface OverwritePolicy {
    all?: boolean;
    /** Files the user already allowed to overwrite in this session (export on save). */
    remembered?: Set<string>;
}

export type WriteOutcome = 'written' | 'unchanged' | 'skipped';

function same(a: Uint8Array, b: Uint8Array): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
}

/** Writes `content` to `file` (a URI string), asking first when a different file is already there. */
export async function writeWithConsent(file: string, content: string | Uint8Array, policy: OverwritePolicy = {}, batch = false): Promise<WriteOutcome> {
    const uri = vscode.Uri.parse(file);
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    let existing: Uint8Array | undefined;
    try {
        existing = await vscode.workspace.fs.readFile(uri);
    } catch {
        existing = undefined;
    }
    if (existing) {
        if (same(existing, bytes)) return 'unchanged';
        if (!policy.all && !policy.remembered?.has(file)) {
            const overwrite = t('overwrite');
            const all = batch ? t('overwrite') + ' (all)' : undefined;
            const answer = await vscode.window.showWarningMessage(t('overwriteQuestion', vscode.workspace.asRelativePath(uri)),
                { modal: true }, ...(all ? [overwrite, all] : [overwrite]));
            if (answer === undefined) return 'skipped';
            if (answer === all) policy.all = true;
            policy.remembered?.add(file);
        }
    }
    await vscode.workspace.fs.writeFile(uri, bytes);
    policy.remembered?.add(file);
    return 'written';
}
