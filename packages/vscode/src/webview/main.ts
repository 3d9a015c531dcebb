/**
 * The preview page script. Receives updates from the extension and applies them in place:
 * the SVG is swapped, zoom and pan stay, the page is never reloaded. Clicks on nodes go back
 * to the extension, which reveals the step in the editor.
 */
import type { FromWebview, PreviewView, ToWebview, UpdateMessage, WebviewStrings } from '../shared/messages.js';
import { Diagram } from './diagram.js';
import { PanZoom, type View } from './pan-zoom.js';
import { Toolbar } from './toolbar.js';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): SavedState | undefined;
    setState(state: SavedState): void;
}
interface SavedState {
    uri?: string;
    view?: PreviewView;
    locked?: boolean;
    zoom?: View;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const byId = (id: string) => document.getElementById(id) as HTMLElement;
const stage = byId('stage'), canvas = byId('canvas'), doc = byId('doc'), banner = byId('banner'), summary = byId('summary');
let saved: SavedState = vscode.getState() ?? {};
let strings: WebviewStrings | undefined;
let errorText: string | undefined;
let errorCount = 0;
let stale = false;
let renders = 0;

const save = (patch: Partial<SavedState>) => { saved = { ...saved, ...patch }; vscode.setState(saved); };
const panZoom = new PanZoom(stage, canvas, v => save({ zoom: v }));
if (saved.zoom) panZoom.set(saved.zoom, true);
const diagram = new Diagram(canvas, stepId => vscode.postMessage({ type: 'reveal', stepId }), e => { errorText = e; showBanner(); });
const toolbar = new Toolbar(byId('toolbar'), {
    setView: view => vscode.postMessage({ type: 'setView', view }),
    zoomIn: () => panZoom.zoom(1.25),
    zoomOut: () => panZoom.zoom(0.8),
    fit: () => panZoom.fit(true),
    exportAs: format => vscode.postMessage({ type: 'export', format }),
    toggleLock: () => vscode.postMessage({ type: 'toggleLock' }),
});

/** The error banner: the error count (links to the Problems view) or a render failure. */
function showBanner(): void {
    banner.replaceChildren();
    if (!strings || (!errorCount && !errorText)) { banner.hidden = true; return; }
    banner.hidden = false;
    if (errorCount) {
        const a = document.createElement('a');
        a.href = '#';
        a.className = 'problems-link';
        a.textContent = (stale ? strings.errorBanner : strings.errorCount).replace('{0}', String(errorCount));
        a.addEventListener('click', e => { e.preventDefault(); vscode.postMessage({ type: 'openProblems' }); });
        banner.append(a);
    }
    if (errorText) {
        const span = document.createElement('span');
        span.className = 'render-error';
        span.textContent = strings.renderFailed.replace('{0}', errorText);
        banner.append(span);
    }
}

/** The compare view's review summary above the flowchart (plain text lines). */
function showSummary(lines: string[] | undefined): void {
    summary.hidden = !lines?.length;
    if (!lines?.length) { summary.replaceChildren(); return; }
    const [first, ...rest] = lines;
    const head = document.createElement('div');
    head.className = 'summary-line';
    head.textContent = first;
    const details = document.createElement('pre');
    details.textContent = rest.join('\n').replace(/^\n+/, '');
    summary.replaceChildren(head, details);
}

async function update(m: UpdateMessage): Promise<void> {
    const started = performance.now();
    errorCount = m.errors;
    stale = m.stale;
    toolbar.setState(m.view, m.locked, m.title);
    save({ uri: m.uri, view: m.view, locked: m.locked });
    document.body.dataset.view = m.view;
    const drawsFlowchart = m.view === 'flowchart' || m.view === 'compare';
    showSummary(m.view === 'compare' ? m.summary : undefined);
    if (m.empty) {
        stage.hidden = !drawsFlowchart;
        canvas.replaceChildren();
        doc.hidden = drawsFlowchart;
        const p = document.createElement('p');
        p.className = 'empty';
        p.textContent = m.empty;
        (drawsFlowchart ? canvas : doc).replaceChildren(p);
        showBanner();
        return;
    }
    if (drawsFlowchart && m.mermaid !== undefined) {
        stage.hidden = false;
        doc.hidden = true;
        const drawn = await diagram.show(m.mermaid, m.nodes ?? {});
        if (drawn && panZoom.autoFit) panZoom.fit(false);
        diagram.highlight(m.highlight);
        if (m === last) diagram.tooltips(m.tooltips ?? {});
    } else {
        stage.hidden = true;
        doc.hidden = false;
        const style = document.createElement('style');
        style.textContent = m.css ?? '';
        const body = document.createElement('div');
        body.className = 'official';
        body.innerHTML = m.html ?? ''; // rendered by @sop/renderers with every user text escaped
        doc.replaceChildren(style, body);
    }
    showBanner();
    renders++;
    document.body.dataset.renderCount = String(renders);
    document.body.dataset.version = String(m.version);
    vscode.postMessage({ type: 'rendered', uri: m.uri, version: m.version, ms: Math.round(performance.now() - started) });
}

let last: UpdateMessage | undefined;
window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const m = event.data;
    switch (m.type) {
        case 'init':
            strings = m.strings;
            diagram.theme = m.theme;
            panZoom.wheelZoom = m.wheelZoom;
            toolbar.build(m.strings);
            break;
        case 'update':
            last = m;
            void update(m);
            break;
        case 'highlight':
            diagram.highlight(m.stepId);
            break;
        case 'state':
            save(m.state);
            break;
        case 'renderExport':
            diagram.renderExport(m.mermaid, m.format, m.theme, m.background, m.scale).then(
                data => vscode.postMessage({ type: 'exported', requestId: m.requestId, data }),
                e => vscode.postMessage({ type: 'exported', requestId: m.requestId, error: e instanceof Error ? e.message : String(e) }));
            break;
    }
});

// The editor theme changed (VS Code swaps the body classes): redraw with the matching colours.
new MutationObserver(() => {
    const m = last;
    if ((m?.view === 'flowchart' || m?.view === 'compare') && m.mermaid !== undefined) {
        void diagram.show(m.mermaid, m.nodes ?? {}, true).then(() => diagram.tooltips(m.tooltips ?? {}));
    }
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });
window.addEventListener('resize', () => { if (panZoom.autoFit) panZoom.fit(false); });

vscode.postMessage({ type: 'ready' });
