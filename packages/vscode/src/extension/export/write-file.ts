/**
 * Writes one export file and never replaces an existing, different file without asking: a modal
 * question with Overwrite / Cancel (plus "Overwrite All" in batches). Identical content is left
 * alone without a question. The generated-by marker and manifest of '@sop/export' are kept so the
 * CLI and the extension agree on which files they wrote.
 */
import * as vscode from 'vscode';
import { existsSync, readFileSync } from 'node:fs';
import { writeOutput } from '@sop/export/pipeline';
import { t } from '../i18n.js';

/** A batch-wide answer to the overwrite question. */
export interface OverwritePolicy {
    all?: boolean;
    /** Files the user already allowed to overwrite in this session (export on save). */
    remembered?: Set<string>;
}

export type WriteOutcome = 'written' | 'unchanged' | 'skipped';

/**
 * Writes `content` to `file`, asking first when a different file is already there. `file` is a
 * path, or a URI string for a source on another file system (a virtual workspace, see
 * `exportedFileUri`), which is written through the editor instead, without the manifest.
 */
export async function writeWithConsent(file: string, content: string | Uint8Array, policy: OverwritePolicy = {}, batch = false): Promise<WriteOutcome> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const uri = /^[a-z][a-z0-9+.-]+:\/\//i.test(file) ? vscode.Uri.parse(file) : undefined;
    const existing = uri ? await vscode.workspace.fs.readFile(uri).then(b => Buffer.from(b), () => undefined) : existsSync(file) ? readFileSync(file) : undefined;
    if (existing) {
        if (existing.equals(bytes)) return 'unchanged';
        if (!policy.all && !policy.remembered?.has(file)) {
            const overwrite = t('overwrite');
            const all = batch ? t('overwrite') + ' (all)' : undefined;
            const answer = await vscode.window.showWarningMessage(t('overwriteQuestion', vscode.workspace.asRelativePath(uri ?? file)),
                { modal: true }, ...(all ? [overwrite, all] : [overwrite]));
            if (answer === undefined) return 'skipped';
            if (answer === all) policy.all = true;
            policy.remembered?.add(file);
        }
    }
    // The user has agreed (or the file is new): force past the foreign-file guard of writeOutput.
    if (uri) await vscode.workspace.fs.writeFile(uri, bytes);
    else writeOutput(file, bytes, { force: true });
    policy.remembered?.add(file);
    return 'written';
}
