/**
 * "SOP: Import from PDF…": a signed SOP PDF becomes a `.sop` file beside it, opened next to a
 * view of the PDF's pages so the two can be compared line by line. The webview reads the PDF
 * (pdf-panel.ts), the language server converts it (`sop/importPdf`, the same code as `sop import`),
 * and the file is created without ever replacing one (new-file.ts).
 */
import * as vscode from 'vscode';
import { sopNameFor } from '@sop/import/names';
import { ImportPdfRequest, type ImportPdfParams, type ImportPdfResult } from '@sop/import/protocol';
import { t, uiLang } from '../i18n.js';
import { createNewFile, FileExistsError, freeName } from './new-file.js';
import { PdfPanel } from './pdf-panel.js';

/** What the command needs from the rest of the extension. */
export interface ImportHost {
    /** Sends a request to the language server (rejects with the server's error). */
    request<R>(method: string, params: object): Promise<R>;
    log: vscode.LogOutputChannel;
}

/** The command id (package.json). */
export const ImportPdfCommand = 'sop.import.pdf';

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

/** Asks for a PDF when the command was not run on one (Explorer context menu). */
async function pickPdf(): Promise<vscode.Uri | undefined> {
    const picked = await vscode.window.showOpenDialog({
        canSelectMany: false, openLabel: t('importPick'),
        filters: { [t('importFilter')]: ['pdf', 'PDF'] },
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    return picked?.[0];
}

/** Where the `.sop` goes: beside the PDF; when that name is taken, the user chooses. */
async function chooseTarget(pdf: vscode.Uri): Promise<{ target: vscode.Uri; existing: boolean } | undefined> {
    const folder = vscode.Uri.joinPath(pdf, '..');
    const target = vscode.Uri.joinPath(folder, sopNameFor(baseName(pdf)));
    const free = await freeName(folder, baseName(target));
    if (free.toString() === target.toString()) return { target, existing: false };
    const open = t('importOpenExisting');
    const asNew = t('importAsNew', baseName(free));
    const answer = await vscode.window.showWarningMessage(t('importExists', vscode.workspace.asRelativePath(target)), { modal: true }, open, asNew);
    if (answer === open) return { target, existing: true };
    if (answer === asNew) return { target: free, existing: false };
    return undefined;
}

/** Puts the cursor on the first `// import:` doubt, so the user starts where the importer was unsure. */
async function showFirstDoubt(editor: vscode.TextEditor): Promise<void> {
    const text = editor.document.getText();
    const at = text.search(/\/\/ import:/);
    if (at < 0) return;
    const pos = editor.document.positionAt(at);
    editor.selection = new vscode.Selection(pos, editor.document.lineAt(pos.line).range.end);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Registers the command. */
export function registerImportCommand(context: vscode.ExtensionContext, host: ImportHost): void {
    const panel = new PdfPanel(context.extensionUri);
    context.subscriptions.push(panel);
    context.subscriptions.push(vscode.commands.registerCommand(ImportPdfCommand, async (arg?: vscode.Uri) => {
        const pdf = arg instanceof vscode.Uri ? arg : await pickPdf();
        if (!pdf) return;
        if (!/\.pdf$/i.test(pdf.path)) {
            void vscode.window.showErrorMessage(t('importNotPdf', baseName(pdf)));
            return;
        }
        try {
            const choice = await chooseTarget(pdf);
            if (!choice) return;
            const bytes = await vscode.workspace.fs.readFile(pdf);
            if (choice.existing) {
                const editor = await vscode.window.showTextDocument(choice.target, { viewColumn: vscode.ViewColumn.One, preview: false });
                await panel.show(baseName(pdf), bytes, vscode.ViewColumn.Beside).catch(() => undefined);
                panel.keepBeside(editor.viewColumn);
                return;
            }
            const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('importProgress', baseName(pdf)) }, async () => {
                const read = await panel.show(baseName(pdf), bytes, vscode.ViewColumn.Beside);
                const params: ImportPdfParams = { geometry: read.geometry, source: baseName(pdf), lang: uiLang() };
                return host.request<ImportPdfResult>(ImportPdfRequest, params);
            });
            if (!result.text) {
                void vscode.window.showWarningMessage(t('importScanned', baseName(pdf)));
                return;
            }
            await createNewFile(choice.target, result.text);
            host.log.info(`imported ${pdf.toString()} → ${choice.target.toString()}: ${result.stats.rows} rows, ${result.stats.symbols} symbols, ${result.stats.arrows} arrows, ${result.doubts.length} doubts`);
            const editor = await vscode.window.showTextDocument(choice.target, { viewColumn: vscode.ViewColumn.One, preview: false });
            panel.keepBeside(editor.viewColumn);
            await showFirstDoubt(editor);
            const done = t('importDone', vscode.workspace.asRelativePath(choice.target), result.stats.rows, result.stats.symbols, result.stats.arrows);
            const doubts = result.doubts.length ? ' ' + t('importDoubts', result.doubts.length) : '';
            const syntax = result.syntaxErrors.length ? ' ' + t('importSyntax', result.syntaxErrors.length) : '';
            void vscode.window.showInformationMessage(done + doubts + syntax);
        } catch (e) {
            if (e instanceof FileExistsError) {
                void vscode.window.showErrorMessage(t('importExists', vscode.workspace.asRelativePath(vscode.Uri.parse(e.message))));
                return;
            }
            const reason = e instanceof Error ? e.message : String(e);
            host.log.error(`import of ${pdf.toString()} failed: ${reason}`);
            void vscode.window.showErrorMessage(t('importFailed', reason));
        }
    }));
}
