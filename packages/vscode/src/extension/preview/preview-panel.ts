/**
 * One preview panel: owns a webview, the document it shows, its view and lock state, the last
 * valid models of that document, and the message traffic with the page.
 */
import * as vscode from 'vscode';
import type { ModelsResult, WorkspaceModelsResult } from '@sop/language/protocol';
import type { CompareContent, ExportRequestMessage, FromWebview, PreviewView, ToWebview, UpdateMessage } from '../../shared/messages.js';
import { PREVIEW_VIEW_TYPE } from '../../shared/messages.js';
import { t, webviewStrings } from '../i18n.js';
import { previewSettings } from '../settings.js';
import { buildUpdate, modelAt, stepAt } from './content.js';
import { previewHtml } from './html.js';

/** What the webview keeps in its state and gives back after a window reload. */
export interface PanelState {
    uri: string;
    view: PreviewView;
    locked: boolean;
}

/** Callbacks into the manager and the rest of the extension. */
export interface PanelHost {
    fetchModels(uri: string): Promise<ModelsResult | null>;
    /** Every model of the workspace: the document view of an SOP book prints its SOPs from it. */
    fetchWorkspaceModels?(): Promise<WorkspaceModelsResult | null>;
    onMessage(panel: PreviewPanel, message: FromWebview): void;
    onDispose(panel: PreviewPanel): void;
    onFocus(panel: PreviewPanel): void;
    log?(message: string): void;
}

export class PreviewPanel {
    /** The last models with no errors, shown while the file has errors. */
    private lastValid?: ModelsResult;
    private current?: ModelsResult;
    /** The workspace's models, fetched with the models of a file that holds an SOP book. */
    private workspace?: WorkspaceModelsResult;
    private ready = false;
    /** Messages held until the page says it is ready (only the newest update is kept). */
    private pending: ToWebview[] = [];
    private timer?: ReturnType<typeof setTimeout>;
    private refreshing = 0;
    private exportRequests = new Map<number, { resolve: (data: string) => void; reject: (e: Error) => void }>();
    private nextRequest = 1;
    private readonly disposables: vscode.Disposable[] = [];
    /** The compare view's content and how to compute it again after an edit. */
    private compare?: { content: CompareContent; recompute: () => Promise<CompareContent> };

    constructor(
        readonly panel: vscode.WebviewPanel,
        extensionUri: vscode.Uri,
        private readonly host: PanelHost,
        public uri: vscode.Uri,
        public view: PreviewView,
        public locked: boolean,
    ) {
        panel.webview.options = { enableScripts: true, localResourceRoots: [extensionUri] };
        panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'preview-icon.svg');
        panel.webview.html = previewHtml(panel.webview, extensionUri);
        this.disposables.push(
            panel.webview.onDidReceiveMessage((m: FromWebview) => this.receive(m)),
            panel.onDidDispose(() => this.dispose()),
            panel.onDidChangeViewState(e => { if (e.webviewPanel.active) host.onFocus(this); }),
        );
        this.updateTitle();
    }

    /** Creates a panel beside (or in) the given column. */
    static create(extensionUri: vscode.Uri, host: PanelHost, uri: vscode.Uri, column: vscode.ViewColumn, view: PreviewView, preserveFocus: boolean): PreviewPanel {
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'SOP', { viewColumn: column, preserveFocus },
            { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [extensionUri] });
        return new PreviewPanel(panel, extensionUri, host, uri, view, false);
    }

    /** Shows another document (a follow of the active editor). */
    setDocument(uri: vscode.Uri): void {
        if (uri.toString() === this.uri.toString()) return;
        this.uri = uri;
        this.compare = undefined;
        if (this.view === 'compare') this.view = 'flowchart';
        this.lastValid = undefined;
        this.current = undefined;
        this.updateTitle();
        this.refresh(0);
    }

    setLocked(locked: boolean): void {
        this.locked = locked;
        this.updateTitle();
        this.repaint();
    }

    /** Asks the server again after `delay` ms; a newer call replaces a pending one (debounce). */
    refresh(delay = previewSettings(this.uri).debounceMs): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => { this.timer = undefined; void this.load(); }, delay);
    }

    /** A validation finished: refresh unless a keystroke already scheduled a refresh (it waits for validation anyway). */
    validated(): void {
        if (!this.timer) this.refresh();
    }

    private async load(): Promise<void> {
        const ticket = ++this.refreshing;
        const asked = Date.now();
        const result = await this.host.fetchModels(this.uri.toString());
        this.host.log?.(`models v${result?.version} of ${this.uri.toString()} in ${Date.now() - asked} ms`);
        if (ticket !== this.refreshing || !result) return; // a newer request is on its way
        // A book's document view prints its SOPs, which may be in any file of the workspace.
        const workspace = result.models.some(m => m.kind === 'collection') ? await this.host.fetchWorkspaceModels?.() : undefined;
        if (ticket !== this.refreshing) return;
        this.workspace = workspace ?? undefined;
        this.current = result;
        if (result.errors === 0) this.lastValid = result;
        if (this.compare && this.view === 'compare') {
            const compare = this.compare;
            try {
                const content = await compare.recompute();
                if (ticket !== this.refreshing || compare !== this.compare) return;
                compare.content = content;
            } catch (e) {
                this.host.log?.(`compare failed: ${e instanceof Error ? e.message : String(e)}`);
            }
        }
        this.repaint();
    }

    /** Shows the compare view (a revision against the current text) and keeps it current on edits. */
    showCompare(content: CompareContent, recompute: () => Promise<CompareContent>): void {
        this.compare = { content, recompute };
        this.view = 'compare';
        this.repaint();
    }

    private compareUpdate(c: CompareContent): UpdateMessage {
        return {
            type: 'update', uri: this.uri.toString(), version: this.current?.version ?? 0, view: 'compare', title: c.title,
            errors: 0, stale: false, locked: this.locked, mermaid: c.mermaid, nodes: c.nodes, tooltips: c.tooltips, summary: c.summary,
            empty: c.mermaid === undefined ? t('compareNoSop') : undefined,
        };
    }

    /** The cursor line of the visible editor of this document, if any. */
    cursorLine(): number | undefined {
        const editor = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.uri.toString());
        return editor?.selection.active.line;
    }

    /** Sends the current content (no server round trip: view switch, cursor moved to another document). */
    repaint(): void {
        if (this.view === 'compare') {
            if (this.compare) { this.post(this.compareUpdate(this.compare.content)); this.saveState(); return; }
            this.view = 'flowchart'; // restored after a reload: the compare is not kept
        }
        if (!this.current) return;
        const shown = this.current.errors > 0 && this.lastValid ? this.lastValid : this.current;
        const line = previewSettings(this.uri).followCursor ? this.cursorLine() : undefined;
        this.post(buildUpdate(this.current, shown, this.view, line, webviewStrings(), this.locked, this.workspace));
        this.saveState();
    }

    /** The cursor moved: highlight its step, or switch document when it moved into another one. */
    cursorMoved(line: number): void {
        const models = this.current?.models ?? [];
        const before = this.shownModelId;
        const model = modelAt(models, line);
        if (model && model.id !== before) { this.repaint(); return; }
        this.post({ type: 'highlight', stepId: stepAt(model, line) });
    }

    /** The models of the document on screen (for exports from the preview). */
    get models(): ModelsResult | undefined {
        return this.current?.errors && this.lastValid ? this.lastValid : this.current;
    }

    private get shownModelId(): string | undefined {
        return modelAt(this.models?.models ?? [], this.cursorLine())?.id;
    }

    /** Renders Mermaid text in the page for export; resolves with SVG text or a PNG data URL. */
    renderExport(req: Omit<ExportRequestMessage, 'type' | 'requestId'>, timeoutMs = 30000): Promise<string> {
        const requestId = this.nextRequest++;
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => { this.exportRequests.delete(requestId); reject(new Error(t('renderTimeout'))); }, timeoutMs);
            this.exportRequests.set(requestId, {
                resolve: d => { clearTimeout(timer); resolve(d); },
                reject: e => { clearTimeout(timer); reject(e); },
            });
            this.post({ type: 'renderExport', requestId, ...req });
        });
    }

    post(message: ToWebview): void {
        if (!this.ready) {
            if (message.type === 'highlight') return;
            this.pending = this.pending.filter(m => m.type !== message.type || m.type === 'renderExport');
            this.pending.push(message);
            return;
        }
        void this.panel.webview.postMessage(message);
    }

    /** Sends the UI strings and view settings again (the UI language or a preview setting changed). */
    reinit(): void {
        if (!this.ready) return;
        const s = previewSettings(this.uri);
        void this.panel.webview.postMessage({ type: 'init', strings: webviewStrings(), wheelZoom: s.wheelZoom, theme: s.theme });
        this.repaint();
    }

    private receive(message: FromWebview): void {
        if (message.type === 'ready') {
            this.ready = true;
            const s = previewSettings(this.uri);
            void this.panel.webview.postMessage({ type: 'init', strings: webviewStrings(), wheelZoom: s.wheelZoom, theme: s.theme });
            const held = this.pending;
            this.pending = [];
            held.forEach(m => void this.panel.webview.postMessage(m));
            if (!this.current) this.refresh(0);
            else if (!held.some(m => m.type === 'update')) this.repaint();
            return;
        }
        if (message.type === 'exported') {
            const req = this.exportRequests.get(message.requestId);
            this.exportRequests.delete(message.requestId);
            if (req && message.data) req.resolve(message.data);
            else req?.reject(new Error(message.error ?? 'render failed'));
            return;
        }
        if (message.type === 'setView') { this.view = message.view; this.repaint(); return; }
        this.host.onMessage(this, message);
    }

    private updateTitle(): void {
        const name = this.uri.path.split('/').pop() ?? '';
        this.panel.title = this.locked ? t('previewTitleLocked', name) : t('previewTitle', name);
    }

    private saveState(): void {
        // The webview keeps the state (vscode.setState) so the serializer can restore the panel.
        const state: PanelState = { uri: this.uri.toString(), view: this.view, locked: this.locked };
        this.post({ type: 'state', state });
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        for (const r of this.exportRequests.values()) r.reject(new Error('preview closed'));
        this.exportRequests.clear();
        this.disposables.forEach(d => d.dispose());
        this.host.onDispose(this);
    }
}
