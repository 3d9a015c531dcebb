/**
 * The preview toolbar: view toggle, zoom in/out/fit, export buttons, lock toggle. Built with DOM
 * calls and textContent only, so no string here is ever parsed as HTML.
 */
import type { ExportFormat, PreviewView, WebviewStrings } from '../shared/messages.js';

export interface ToolbarActions {
    setView(view: PreviewView): void;
    zoomIn(): void;
    zoomOut(): void;
    fit(): void;
    exportAs(format: ExportFormat): void;
    toggleLock(): void;
}

/** A small padlock drawn with DOM calls (no icon font needed under the strict CSP). */
function padlock(closed: boolean): SVGSVGElement {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('width', '14');
    svg.setAttribute('height', '14');
    svg.setAttribute('aria-hidden', 'true');
    const body = document.createElementNS(ns, 'rect');
    for (const [k, v] of Object.entries({ x: '3', y: '7', width: '10', height: '8', rx: '1', fill: 'currentColor' })) body.setAttribute(k, v);
    const shackle = document.createElementNS(ns, 'path');
    shackle.setAttribute('d', closed ? 'M5 7V5a3 3 0 0 1 6 0v2' : 'M5 7V5a3 3 0 0 1 6 0');
    shackle.setAttribute('transform', closed ? '' : 'translate(3 -1)');
    for (const [k, v] of Object.entries({ fill: 'none', stroke: 'currentColor', 'stroke-width': '1.6' })) shackle.setAttribute(k, v);
    svg.append(shackle, body);
    return svg;
}

function button(label: string, text: string, onClick: () => void, cls = ''): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.title = label;
    b.setAttribute('aria-label', label);
    b.textContent = text;
    b.className = cls;
    b.addEventListener('click', onClick);
    return b;
}

export class Toolbar {
    private readonly views = new Map<PreviewView, HTMLButtonElement>();
    private lockButton?: HTMLButtonElement;
    private titleEl?: HTMLSpanElement;
    private strings?: WebviewStrings;

    constructor(private readonly root: HTMLElement, private readonly actions: ToolbarActions) {}

    build(s: WebviewStrings): void {
        this.strings = s;
        this.root.replaceChildren();
        const group = (...els: HTMLElement[]) => {
            const g = document.createElement('span');
            g.className = 'group';
            g.append(...els);
            this.root.append(g);
        };
        const views: Array<[PreviewView, string]> = [['flowchart', s.flowchart], ['document', s.document], ['service-standard', s.serviceStandard]];
        this.views.clear();
        group(...views.map(([v, label]) => {
            const b = button(label, label, () => this.actions.setView(v), 'view');
            b.dataset.view = v;
            this.views.set(v, b);
            return b;
        }));
        group(
            button(s.zoomOut, '−', () => this.actions.zoomOut(), 'zoom-out'),
            button(s.zoomIn, '+', () => this.actions.zoomIn(), 'zoom-in'),
            button(s.fit, '⤢', () => this.actions.fit(), 'fit'),
        );
        const more = document.createElement('select');
        more.title = s.exportMore;
        more.className = 'export-more';
        const first = new Option(s.exportMore, '');
        more.append(first, ...(['md', 'mmd', 'html', 'pdf', 'docx'] as ExportFormat[]).map(f => new Option('.' + f, f)));
        more.addEventListener('change', () => {
            if (more.value) this.actions.exportAs(more.value as ExportFormat);
            more.value = '';
        });
        group(
            button(s.exportSvg, 'SVG', () => this.actions.exportAs('svg'), 'export-svg'),
            button(s.exportPng, 'PNG', () => this.actions.exportAs('png'), 'export-png'),
            more,
        );
        this.lockButton = button(s.lock, '', () => this.actions.toggleLock(), 'lock');
        this.lockButton.append(padlock(false));
        this.titleEl = document.createElement('span');
        this.titleEl.className = 'title';
        group(this.lockButton, this.titleEl);
    }

    setState(view: PreviewView, locked: boolean, title: string): void {
        for (const [v, b] of this.views) b.classList.toggle('active', v === view);
        if (this.lockButton && this.strings) {
            this.lockButton.replaceChildren(padlock(locked));
            this.lockButton.title = locked ? this.strings.unlock : this.strings.lock;
            this.lockButton.classList.toggle('active', locked);
        }
        if (this.titleEl) this.titleEl.textContent = title;
        document.body.classList.toggle('flowchart-view', view === 'flowchart' || view === 'compare');
    }
}
