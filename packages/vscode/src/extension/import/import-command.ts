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

/** Asks for PDFs when the command was not run on them (Explorer context menu). */
async function pickPdfs(): Promise<vscode.Uri[]> {
    const picked = await vscode.window.showOpenDialog({
        canSelectMany: true, openLabel: t('importPick'),
        filters: { [t('importFilter')]: ['pdf', 'PDF'] },
        defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    return picked ?? [];
}

/** The PDFs the command runs on: the Explorer's selection (VS Code passes the clicked file and all selected), else the one given, else asked for. */
async function pdfsOf(arg: unknown, selection: unknown): Promise<vscode.Uri[]> {
    if (Array.isArray(selection) && selection.length > 1 && selection.every(u => u instanceof vscode.Uri)) return selection as vscode.Uri[];
    if (arg instanceof vscode.Uri) return [arg];
    return pickPdfs();
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

    /** Reads `bytes` in the view and has the server convert them. */
    const convert = async (pdf: vscode.Uri, bytes: Uint8Array): Promise<ImportPdfResult> => {
        const read = await panel.show(baseName(pdf), bytes, vscode.ViewColumn.Beside);
        const params: ImportPdfParams = { geometry: read.geometry, source: baseName(pdf), lang: uiLang() };
        return host.request<ImportPdfResult>(ImportPdfRequest, params);
    };

    /** Opens the `.sop` in the first group with the PDF's pages beside it. */
    const showSide = async (target: vscode.Uri, pdf: vscode.Uri, bytes?: Uint8Array): Promise<vscode.TextEditor> => {
        const editor = await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.One, preview: false });
        if (bytes) await panel.show(baseName(pdf), bytes, vscode.ViewColumn.Beside).catch(() => undefined);
        panel.keepBeside(editor.viewColumn);
        return editor;
    };

    const reportFailure = (pdf: vscode.Uri, e: unknown) => {
        if (e instanceof FileExistsError) {
            void vscode.window.showErrorMessage(t('importExists', vscode.workspace.asRelativePath(vscode.Uri.parse(e.message))));
            return;
        }
        const reason = e instanceof Error ? e.message : String(e);
        host.log.error(`import of ${pdf.toString()} failed: ${reason}`);
        void vscode.window.showErrorMessage(t('importFailed', reason));
    };

    /** One PDF: asks when the name is taken, opens the result beside the pages. */
    const importOne = async (pdf: vscode.Uri): Promise<void> => {
        try {
            const choice = await chooseTarget(pdf);
            if (!choice) return;
            const bytes = await vscode.workspace.fs.readFile(pdf);
            if (choice.existing) {
                await showSide(choice.target, pdf, bytes);
                return;
            }
            const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('importProgress', baseName(pdf)) }, () => convert(pdf, bytes));
            if (!result.text) {
                void vscode.window.showWarningMessage(t('importScanned', baseName(pdf)));
                return;
            }
            await createNewFile(choice.target, result.text);
            host.log.info(`imported ${pdf.toString()} → ${choice.target.toString()}: ${result.stats.rows} rows, ${result.stats.symbols} symbols, ${result.stats.arrows} arrows, ${result.doubts.length} doubts`);
            await showFirstDoubt(await showSide(choice.target, pdf));
            const done = t('importDone', vscode.workspace.asRelativePath(choice.target), result.stats.rows, result.stats.symbols, result.stats.arrows);
            const doubts = result.doubts.length ? ' ' + t('importDoubts', result.doubts.length) : '';
            const syntax = result.syntaxErrors.length ? ' ' + t('importSyntax', result.syntaxErrors.length) : '';
            void vscode.window.showInformationMessage(done + doubts + syntax);
        } catch (e) {
            reportFailure(pdf, e);
        }
    };

    /**
     * Several PDFs (a selection in the Explorer): each is imported beside itself without a
     * question; a name that is taken is left alone and counted. The first file imported opens
     * beside its pages at the end.
     */
    const importMany = async (pdfs: vscode.Uri[]): Promise<void> => {
        const tally = { imported: 0, existing: 0, scanned: 0, failed: 0, doubts: 0 };
        let first: { target: vscode.Uri; pdf: vscode.Uri; bytes: Uint8Array } | undefined;
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: t('importBatchProgress', pdfs.length), cancellable: true }, async (progress, token) => {
            for (const [i, pdf] of pdfs.entries()) {
                if (token.isCancellationRequested) break;
                progress.report({ message: `${i + 1}/${pdfs.length} ${baseName(pdf)}`, increment: 100 / pdfs.length });
                const target = vscode.Uri.joinPath(pdf, '..', sopNameFor(baseName(pdf)));
                try {
                    if ((await freeName(vscode.Uri.joinPath(pdf, '..'), baseName(target))).toString() !== target.toString()) { tally.existing++; continue; }
                    const bytes = await vscode.workspace.fs.readFile(pdf);
                    const result = await convert(pdf, bytes);
                    if (!result.text) { tally.scanned++; continue; }
                    await createNewFile(target, result.text);
                    host.log.info(`imported ${pdf.toString()} → ${target.toString()}: ${result.stats.rows} rows, ${result.stats.symbols} symbols, ${result.stats.arrows} arrows, ${result.doubts.length} doubts`);
                    tally.imported++;
                    tally.doubts += result.doubts.length;
                    first ??= { target, pdf, bytes };
                } catch (e) {
                    if (e instanceof FileExistsError) { tally.existing++; continue; }
                    tally.failed++;
                    host.log.error(`import of ${pdf.toString()} failed: ${e instanceof Error ? e.message : String(e)}`);
                }
            }
        });
        if (first) await showFirstDoubt(await showSide(first.target, first.pdf, first.bytes));
        const message = t('importBatchDone', tally.imported, pdfs.length, tally.existing, tally.scanned, tally.failed, tally.doubts);
        void (tally.failed ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
    };

    context.subscriptions.push(vscode.commands.registerCommand(ImportPdfCommand, async (arg?: unknown, selection?: unknown) => {
        const chosen = await pdfsOf(arg, selection);
        const pdfs = chosen.filter(u => /\.pdf$/i.test(u.path));
        for (const other of chosen.filter(u => !/\.pdf$/i.test(u.path))) void vscode.window.showErrorMessage(t('importNotPdf', baseName(other)));
        if (pdfs.length === 1) await importOne(pdfs[0]);
        else if (pdfs.length > 1) await importMany(pdfs);
    }));
}
