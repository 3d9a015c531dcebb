/**
 * Writes one export file and never replaces an existing, different file without asking: a modal
 * question with Overwrite / Cancel (plus "Overwrite All" in batches). Identical content is left
 * alone without a question. The generated-by marker and manifest of '@sop/export' are kept so the
 * CLI and the extension agree on which files they wrote.
 */
import * as vscode from 'vscode';
import { existsSync, readFileSync } from 'node:fs';
import { markText, writeOutput } from './sop-export.js';
import { t } from '../i18n.js';

/** A batch-wide answer to the overwrite question. */
export interface OverwritePolicy {
    all?: boolean;
    /** Files the user already allowed to overwrite in this session (export on save). */
    remembered?: Set<string>;
}

export type WriteOutcome = 'written' | 'unchanged' | 'skipped';

const TEXT = new Set(['svg', 'md', 'mmd', 'html']);

/** Content ready for disk: text formats carry the generated-by marker. */
export function finalContent(format: string, content: string | Uint8Array, source: string): string | Uint8Array {
    return typeof content === 'string' && TEXT.has(format) ? markText(content, format as 'svg' | 'md' | 'mmd' | 'html', source) : content;
}

/** Writes `content` to `file`, asking first when a different file is already there. */
export async function writeWithConsent(file: string, content: string | Uint8Array, policy: OverwritePolicy = {}, batch = false): Promise<WriteOutcome> {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    if (existsSync(file)) {
        if (readFileSync(file).equals(bytes)) return 'unchanged';
        if (!policy.all && !policy.remembered?.has(file)) {
            const overwrite = t('overwrite');
            const all = batch ? t('overwrite') + ' (all)' : undefined;
            const answer = await vscode.window.showWarningMessage(t('overwriteQuestion', vscode.workspace.asRelativePath(file)),
                { modal: true }, ...(all ? [overwrite, all] : [overwrite]));
            if (answer === undefined) return 'skipped';
            if (answer === all) policy.all = true;
            policy.remembered?.add(file);
        }
    }
    // The user has agreed (or the file is new): force past the foreign-file guard of writeOutput.
    writeOutput(file, bytes, { force: true });
    policy.remembered?.add(file);
    return 'written';
}
