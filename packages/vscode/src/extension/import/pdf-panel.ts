/**
 * The "original PDF" view beside an imported `.sop`: a webview that draws the signed PDF's pages
 * and reads the PDF into geometry for the importer (webview/pdf-view.ts). One view at a time;
 * importing another PDF shows that one in it.
 */
import * as vscode from 'vscode';
import type { PdfGeometry } from '@sop/import/geometry';
import type { FromPdfView, ToPdfView } from '../../shared/pdf-messages.js';
import { toBase64 } from '../../shared/base64.js';
import { t, uiLang } from '../i18n.js';
import { pdfViewHtml } from './pdf-html.js';

/** What the view read from a PDF. */
export interface PdfRead {
    geometry: PdfGeometry;
    pages: number;
}

/** The view type of the panel (tests find it by this). */
export const PdfViewType = 'sop.pdfOriginal';

export class PdfPanel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private ready: Promise<void> | undefined;

    constructor(private readonly extensionUri: vscode.Uri) {}

    /**
     * Shows `bytes` (the PDF named `name`) in the view, beside the editors, and resolves once its
     * pages are drawn and read. Rejects when the PDF cannot be read or the view is closed first.
     */
    async show(name: string, bytes: Uint8Array, column: vscode.ViewColumn): Promise<PdfRead> {
        const panel = this.open(column);
        panel.title = t('importOriginalTitle', name);
        await this.ready;
        return new Promise<PdfRead>((resolve, reject) => {
            const listeners: vscode.Disposable[] = [];
            const done = () => listeners.forEach(l => l.dispose());
            listeners.push(panel.webview.onDidReceiveMessage((m: FromPdfView) => {
                if (m.type === 'read') { done(); resolve({ geometry: m.geometry, pages: m.pages }); }
                else if (m.type === 'failed') { done(); reject(new Error(m.message)); }
            }));
            listeners.push(panel.onDidDispose(() => { done(); reject(new Error(t('importViewClosed'))); }));
            const message: ToPdfView = {
                type: 'open', name, base64: toBase64(bytes),
                // The placeholders stay for the page to fill.
                strings: { page: t('importPage', '{0}', '{1}'), loading: t('importLoading'), failed: t('importReadFailed', '{0}') },
            };
            void panel.webview.postMessage(message);
        });
    }

    /** Moves the view out of `column` (where the `.sop` was just opened), so the two stand side by side. */
    keepBeside(column: vscode.ViewColumn | undefined): void {
        if (this.panel && column !== undefined && this.panel.viewColumn === column) {
            this.panel.reveal(column === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One, true);
        }
    }

    private open(column: vscode.ViewColumn): vscode.WebviewPanel {
        if (this.panel) {
            this.panel.reveal(column, true);
            return this.panel;
        }
        const panel = vscode.window.createWebviewPanel(PdfViewType, 'PDF', { viewColumn: column, preserveFocus: true }, {
            enableScripts: true,
            retainContextWhenHidden: true,
            localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'out')],
        });
        this.panel = panel;
        // The page says "ready" once its script listens; the PDF is sent after that.
        this.ready = new Promise<void>((resolve, reject) => {
            const sub = panel.webview.onDidReceiveMessage((m: FromPdfView) => {
                if (m.type === 'ready') { sub.dispose(); resolve(); }
            });
            panel.onDidDispose(() => { sub.dispose(); reject(new Error(t('importViewClosed'))); });
        });
        this.ready.catch(() => undefined); // also rejected when nobody waits
        panel.webview.html = pdfViewHtml(panel.webview, this.extensionUri, uiLang());
        panel.onDidDispose(() => { if (this.panel === panel) { this.panel = undefined; this.ready = undefined; } });
        return panel;
    }

    dispose(): void {
        this.panel?.dispose();
    }
}
