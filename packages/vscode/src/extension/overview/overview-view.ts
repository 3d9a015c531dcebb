/**
 * The "SOP Documents" view in the Explorer: every SOP, Standar Pelayanan, SOP book and monitoring
 * round of the workspace, grouped by kind, with the facts of `sop report` (number, steps, critical
 * path, errors and warnings, last monitoring, next review). The icon says the worst severity; a
 * review that is due is marked. A click opens the document at its line; the context menu opens its
 * preview. The server computes the entries (`sop/overview`); the view refreshes when it validates.
 */
import * as vscode from 'vscode';
import type { OverviewEntry } from '@sop/language/model';
import type { OverviewResult } from '@sop/language/protocol';
import { t } from '../i18n.js';

type Kind = OverviewEntry['kind'];
const KINDS: readonly Kind[] = ['sop', 'sp', 'collection', 'monitoring'];

type Node = { group: Kind; count: number } | { entry: OverviewEntry };

/** Minutes as the review shows them: "25 min", "2 h 5 min", "3 d". */
function duration(min: number): string {
    if (min >= 24 * 60 && min % (24 * 60) === 0) return `${min / (24 * 60)} d`;
    if (min >= 60) return `${Math.floor(min / 60)} h${min % 60 ? ` ${min % 60} min` : ''}`;
    return `${min} min`;
}

/** The one-line facts after an entry's title. */
export function describe(e: OverviewEntry): string {
    const parts: string[] = [];
    if (e.number) parts.push(e.number);
    if (e.steps !== undefined) parts.push(t(e.kind === 'collection' ? 'overviewSops' : e.steps === 1 ? 'overviewStep' : 'overviewSteps', e.steps));
    if (e.criticalPath) {
        const { minMinutes: a, maxMinutes: b } = e.criticalPath;
        parts.push(a === b ? duration(a) : `${duration(a)}–${duration(b)}`);
    }
    if (e.overdue) parts.push(t('overviewReviewDue', e.nextReview ?? ''));
    return parts.join(' · ');
}

/** The hover of an entry: every fact of the report. */
export function tooltip(e: OverviewEntry): vscode.MarkdownString {
    const md = new vscode.MarkdownString();
    const line = (label: string, value: string | undefined) => { if (value) md.appendMarkdown(`**${label}:** `).appendText(value).appendMarkdown('  \n'); };
    md.appendMarkdown('**').appendText(e.title).appendMarkdown('**  \n');
    line(t('overviewId'), e.id);
    line(t('overviewUnit'), e.unit);
    line(t('overviewCreated'), e.created?.text);
    line(t('overviewRevised'), e.revised?.text);
    line(t('overviewEffective'), e.effective?.text);
    line(t('overviewPelaksana'), e.pelaksana?.join(', '));
    line(t('overviewProblems'), t('overviewProblemCount', e.errors, e.warnings));
    if (e.lastMonitoring) line(t('overviewLastMonitoring'), `${e.lastMonitoring.date.text} (${e.lastMonitoring.round}): ${t(e.lastMonitoring.result === 'good' ? 'overviewGood' : 'overviewNotGood')}`);
    line(t('overviewNextReview'), e.nextReview);
    return md;
}

/**
 * How long validation must have been quiet before the view asks the server again. Every keystroke
 * in a .sop file validates it, and the server's overview reads every document of the workspace
 * (0.6–2.2 s of its time after an edit in 2,000 files, where the next keystroke's diagnostics and
 * preview then wait): the view catches up once typing pauses.
 */
export const OVERVIEW_QUIET_MS = 1500;

/** Tree data of the view. */
export class OverviewProvider implements vscode.TreeDataProvider<Node> {
    private entries: OverviewEntry[] = [];
    private readonly changed = new vscode.EventEmitter<void>();
    readonly onDidChangeTreeData = this.changed.event;
    private pending?: ReturnType<typeof setTimeout>;
    /** Whether the view is on screen; a hidden view asks nothing and catches up when shown. */
    private visible = true;
    private stale = false;

    constructor(private readonly fetch: () => Promise<OverviewResult | null>) { }

    /** Asks the server again once validation has been quiet for `quietMs` (it comes in bursts). */
    refresh(quietMs = OVERVIEW_QUIET_MS): void {
        if (!this.visible) { this.stale = true; return; }
        if (this.pending) clearTimeout(this.pending);
        this.pending = setTimeout(() => {
            this.pending = undefined;
            void this.fetch().then(r => {
                if (!r) return;
                this.entries = r.entries;
                this.changed.fire();
            });
        }, quietMs);
    }

    /** The view was shown or hidden (TreeView.onDidChangeVisibility). */
    setVisible(visible: boolean): void {
        this.visible = visible;
        if (visible && this.stale) { this.stale = false; this.refresh(0); }
    }

    getChildren(node?: Node): Node[] {
        if (!node) {
            return KINDS.map(group => ({ group, count: this.entries.filter(e => e.kind === group).length })).filter(g => g.count > 0);
        }
        if ('group' in node) {
            return this.entries.filter(e => e.kind === node.group)
                .sort((a, b) => (a.number ?? a.title).localeCompare(b.number ?? b.title) || a.uri.localeCompare(b.uri))
                .map(entry => ({ entry }));
        }
        return [];
    }

    getTreeItem(node: Node): vscode.TreeItem {
        if ('group' in node) {
            const item = new vscode.TreeItem(t(`overviewGroup_${node.group}` as const), vscode.TreeItemCollapsibleState.Expanded);
            item.description = String(node.count);
            item.id = `group:${node.group}`;
            return item;
        }
        const e = node.entry;
        const item = new vscode.TreeItem(e.title, vscode.TreeItemCollapsibleState.None);
        item.id = `${e.uri}#${e.id}@${e.line}`;
        item.description = describe(e);
        item.tooltip = tooltip(e);
        item.resourceUri = vscode.Uri.parse(e.uri);
        item.contextValue = `sop.overview.${e.kind}`;
        item.iconPath = e.errors ? new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'))
            : e.warnings ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
            : e.overdue ? new vscode.ThemeIcon('history', new vscode.ThemeColor('problemsWarningIcon.foreground'))
            : new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
        const at = new vscode.Position(Math.max(0, e.line - 1), 0);
        item.command = { command: 'vscode.open', title: t('overviewOpen'), arguments: [vscode.Uri.parse(e.uri), { selection: new vscode.Range(at, at) }] };
        return item;
    }
}

/** Registers the view and its refresh; `fetch` asks the server for the overview. */
export function registerOverview(context: vscode.ExtensionContext, fetch: () => Promise<OverviewResult | null>): OverviewProvider {
    const provider = new OverviewProvider(fetch);
    const view = vscode.window.createTreeView('sop.overview', { treeDataProvider: provider, showCollapseAll: true });
    provider.setVisible(view.visible);
    context.subscriptions.push(
        view,
        view.onDidChangeVisibility(e => provider.setVisible(e.visible)),
        vscode.commands.registerCommand('sop.overview.refresh', () => provider.refresh(0)),
        vscode.commands.registerCommand('sop.overview.openPreview', (node?: { entry?: OverviewEntry }) => {
            if (node?.entry) void vscode.commands.executeCommand('sop.preview.openToSide', vscode.Uri.parse(node.entry.uri));
        }),
    );
    provider.refresh(0);
    return provider;
}
