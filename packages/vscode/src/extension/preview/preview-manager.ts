/**
 * Owns the preview panels: opens them (to the side or in place), makes the unlocked one follow
 * the active .sop editor, forwards edits (debounced) and cursor moves, restores panels after a
 * window reload, and reveals a step in the editor when its node is clicked.
 */
import * as vscode from 'vscode';
import type { ModelsResult, WorkspaceModelsResult } from '@sop/language/protocol';
import type { FromWebview, PreviewView } from '../../shared/messages.js';
import { PREVIEW_VIEW_TYPE } from '../../shared/messages.js';
import { t } from '../i18n.js';
import { previewSettings } from '../settings.js';
import { PreviewPanel, type PanelHost, type PanelState } from './preview-panel.js';
import { compareWithRevision, type IsolatedBuild } from '../compare/compare.js';
import { previousRevision, repositoryOf } from '../compare/git-api.js';

/** How the manager reaches the language server and the export commands. */
export interface PreviewServices {
    fetchModels(uri: string): Promise<ModelsResult | null>;
    /** Every model of the workspace (the document view of an SOP book). */
    fetchWorkspaceModels(): Promise<WorkspaceModelsResult | null>;
    /** Builds texts outside the workspace in the language server (the compare view's old revision). */
    buildIsolated: IsolatedBuild;
    runExport(format: string, panel: PreviewPanel): void;
    log: vscode.LogOutputChannel;
}

export class PreviewManager implements PanelHost, vscode.WebviewPanelSerializer<PanelState> {
    private readonly panels = new Set<PreviewPanel>();
    private activePanel?: PreviewPanel;

    constructor(private readonly context: vscode.ExtensionContext, private readonly services: PreviewServices) {
        const reg = (id: string, f: (...a: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, f));
        reg('sop.preview.openToSide', (uri?: vscode.Uri) => this.open(uri, true));
        reg('sop.preview.open', (uri?: vscode.Uri) => this.open(uri, false));
        reg('sop.preview.toggleLock', () => this.toggleLock());
        reg('sop.preview.showSource', () => this.showSource());
        reg('sop.compare.head', (arg?: unknown) => this.compare(arg, false));
        reg('sop.compare.previous', (arg?: unknown) => this.compare(arg, true));
        context.subscriptions.push(
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
            vscode.window.onDidChangeActiveTextEditor(e => this.followEditor(e)),
            vscode.workspace.onDidChangeTextDocument(e => this.documentChanged(e.document.uri)),
            vscode.window.onDidChangeTextEditorSelection(e => this.selectionChanged(e)),
            vscode.workspace.onDidChangeConfiguration(e => {
                if (!e.affectsConfiguration('sop')) return;
                // The toolbar and banner speak the UI language: rebuild them when it changes, no reload needed.
                if (e.affectsConfiguration('sop.language') || e.affectsConfiguration('sop.preview')) this.panels.forEach(p => p.reinit());
                this.panels.forEach(p => p.refresh(0));
            }),
            vscode.window.onDidChangeActiveColorTheme(() => this.panels.forEach(p => p.repaint())),
        );
    }

    /** The server validated these documents: refresh the previews that show one of them. */
    documentsValidated(uris: readonly string[]): void {
        const set = new Set(uris);
        for (const p of this.panels) if (set.has(p.uri.toString())) p.validated();
    }

    /** The panel an export from the command palette refers to: the focused one, else any showing `uri`. */
    panelFor(uri?: vscode.Uri): PreviewPanel | undefined {
        if (!uri) return this.activePanel ?? [...this.panels][0];
        const key = uri.toString();
        if (this.activePanel?.uri.toString() === key) return this.activePanel;
        return [...this.panels].find(p => p.uri.toString() === key);
    }

    /** The document shown in the focused preview, if a preview has focus. */
    focusedPreviewUri(): vscode.Uri | undefined {
        return this.activePanel?.panel.active ? this.activePanel.uri : undefined;
    }

    /** Opens (or reveals) the preview of `uri` or the active .sop editor. */
    async open(uri: vscode.Uri | undefined, toSide: boolean, preserveFocus = true): Promise<PreviewPanel | undefined> {
        const editor = vscode.window.activeTextEditor;
        const target = uri ?? (editor?.document.languageId === 'sop' ? editor.document.uri : this.activePanel?.uri);
        if (!target) { void vscode.window.showWarningMessage(t('noActiveSop')); return undefined; }
        const column = toSide ? vscode.ViewColumn.Beside : (editor?.viewColumn ?? vscode.ViewColumn.Active);
        const existing = [...this.panels].find(p => p.uri.toString() === target.toString())
            ?? [...this.panels].find(p => !p.locked);
        if (existing) {
            existing.setDocument(target);
            existing.panel.reveal(existing.panel.viewColumn ?? column, preserveFocus);
            return existing;
        }
        const panel = PreviewPanel.create(this.context.extensionUri, this, target, column, previewSettings(target).defaultView, preserveFocus);
        this.add(panel);
        return panel;
    }

    /** Restores a panel after a window reload (WebviewPanelSerializer). */
    async deserializeWebviewPanel(webviewPanel: vscode.WebviewPanel, state: PanelState | undefined): Promise<void> {
        if (!state?.uri) { webviewPanel.dispose(); return; }
        const view: PreviewView = state.view ?? previewSettings().defaultView;
        this.add(new PreviewPanel(webviewPanel, this.context.extensionUri, this, vscode.Uri.parse(state.uri), view, !!state.locked));
    }

    private add(panel: PreviewPanel): void {
        this.panels.add(panel);
        this.activePanel = panel;
        void vscode.commands.executeCommand('setContext', 'sop.previewOpen', true);
    }

    /**
     * "Compare with HEAD / Previous Revision" of a .sop file: from an editor (also a diff editor,
     * whose git: side maps to the file), the SCM view (a resource state) or the command palette.
     */
    private async compare(arg: unknown, previous: boolean): Promise<void> {
        const given = arg instanceof vscode.Uri ? arg
            : (arg as { resourceUri?: unknown } | undefined)?.resourceUri instanceof vscode.Uri ? (arg as { resourceUri: vscode.Uri }).resourceUri
            : vscode.window.activeTextEditor?.document.languageId === 'sop' ? vscode.window.activeTextEditor.document.uri : this.activePanel?.uri;
        if (!given) { void vscode.window.showWarningMessage(t('noActiveSop')); return; }
        const file = given.scheme === 'file' ? given : vscode.Uri.file(given.fsPath);
        const name = file.path.split('/').pop() ?? '';
        try {
            const repo = await repositoryOf(file);
            if (!repo) { void vscode.window.showWarningMessage(t('compareNoGit', name)); return; }
            const ref = previous ? await previousRevision(repo, file) : 'HEAD';
            if (!ref) { void vscode.window.showWarningMessage(t('compareNoPrevious', name)); return; }
            const label = previous ? ref.slice(0, 7) : 'HEAD';
            const recompute = () => compareWithRevision(this.services.buildIsolated, repo, file, ref, label);
            const started = Date.now();
            const content = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `SOP: ${name} ↔ ${label}` }, recompute);
            this.services.log.info(`compare ${file.toString()} with ${label} in ${Date.now() - started} ms`);
            const panel = await this.open(file, true);
            panel?.showCompare(content, recompute);
        } catch (e) {
            const message = e instanceof Error ? e.message : String(e);
            this.services.log.warn(`compare failed: ${message}`);
            void vscode.window.showErrorMessage(t('compareFailed', message));
        }
    }

    private toggleLock(): void {
        const panel = this.activePanel ?? [...this.panels][0];
        if (!panel) return;
        panel.setLocked(!panel.locked);
        if (!panel.locked) this.followEditor(vscode.window.activeTextEditor);
    }

    private async showSource(): Promise<void> {
        const panel = this.activePanel;
        if (!panel) return;
        const doc = await vscode.workspace.openTextDocument(panel.uri);
        await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    }

    private followEditor(editor: vscode.TextEditor | undefined): void {
        if (!editor || editor.document.languageId !== 'sop') return;
        const uri = editor.document.uri;
        if ([...this.panels].some(p => p.uri.toString() === uri.toString())) return;
        const follower = [...this.panels].find(p => !p.locked);
        follower?.setDocument(uri);
    }

    private documentChanged(uri: vscode.Uri): void {
        // Start the quiet-period timer at the keystroke; the request waits for validation on the server.
        for (const p of this.panels) if (p.uri.toString() === uri.toString()) p.refresh();
    }

    private selectionChanged(e: vscode.TextEditorSelectionChangeEvent): void {
        const key = e.textEditor.document.uri.toString();
        for (const p of this.panels) if (p.uri.toString() === key) p.cursorMoved(e.selections[0].active.line);
    }

    fetchModels(uri: string): Promise<ModelsResult | null> {
        return this.services.fetchModels(uri);
    }

    fetchWorkspaceModels(): Promise<WorkspaceModelsResult | null> {
        return this.services.fetchWorkspaceModels();
    }

    log(message: string): void {
        this.services.log.info(message);
    }

    onFocus(panel: PreviewPanel): void {
        this.activePanel = panel;
    }

    onDispose(panel: PreviewPanel): void {
        this.panels.delete(panel);
        if (this.activePanel === panel) this.activePanel = [...this.panels][0];
        if (this.panels.size === 0) void vscode.commands.executeCommand('setContext', 'sop.previewOpen', false);
    }

    onMessage(panel: PreviewPanel, message: FromWebview): void {
        switch (message.type) {
            case 'reveal': void this.reveal(panel, message.stepId); break;
            case 'toggleLock': panel.setLocked(!panel.locked); break;
            case 'openProblems': void vscode.commands.executeCommand('workbench.actions.view.problems'); break;
            case 'export': this.services.runExport(message.format, panel); break;
            case 'rendered': this.services.log.info(`preview drew v${message.version} of ${message.uri} in ${message.ms} ms`); break;
            default: break;
        }
    }

    /** Puts the cursor on the step's line in an editor of the panel's document. */
    private async reveal(panel: PreviewPanel, stepId: string): Promise<void> {
        const model = panel.models?.models.find(m => m.kind === 'sop' && m.nodes.some(n => n.id === stepId));
        const node = model?.kind === 'sop' ? model.nodes.find(n => n.id === stepId) : undefined;
        this.services.log.info(`reveal ${stepId} at line ${node?.range ? node.range.start.line + 1 : '?'} of ${panel.uri.toString()}`);
        if (!node?.range) return;
        const start = new vscode.Position(node.range.start.line, node.range.start.character);
        const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === panel.uri.toString());
        const doc = visible?.document ?? await vscode.workspace.openTextDocument(panel.uri);
        const column = visible?.viewColumn ?? (panel.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false });
        editor.selection = new vscode.Selection(start, start);
        editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}
