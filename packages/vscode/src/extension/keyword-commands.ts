/**
 * "Rewrite keywords in English / Bahasa Indonesia": runs the language server's source actions
 * (`source.rewriteKeywords.en|id`) on the active `.sop` editor.
 */
import * as vscode from 'vscode';

/** Registers `sop.rewriteKeywords.en` and `sop.rewriteKeywords.id`. */
export function registerKeywordCommands(context: vscode.ExtensionContext): void {
    for (const lang of ['en', 'id'] as const) {
        context.subscriptions.push(vscode.commands.registerCommand(`sop.rewriteKeywords.${lang}`, () =>
            vscode.commands.executeCommand('editor.action.sourceAction', { kind: `source.rewriteKeywords.${lang}`, apply: 'first' })));
    }
}
