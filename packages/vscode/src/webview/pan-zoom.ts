/**
 * Zoom (buttons, wheel, fit) and pan (drag) of the diagram. The transform lives outside the
 * SVG, on the canvas element, so replacing the SVG on an edit keeps the view where it was.
 */
export interface View {
    x: number;
    y: number;
    scale: number;
}

const MIN = 0.1, MAX = 8;

export class PanZoom {
    view: View = { x: 0, y: 0, scale: 1 };
    /** True until the user zooms or pans: then updates keep fitting the diagram. */
    autoFit = true;
    wheelZoom = true;

    constructor(private readonly stage: HTMLElement, private readonly canvas: HTMLElement, private readonly onChange: (v: View) => void) {
        stage.addEventListener('wheel', e => this.wheel(e), { passive: false });
        let drag: { x: number; y: number; vx: number; vy: number; moved: boolean } | undefined;
        stage.addEventListener('pointerdown', e => {
            if (e.button !== 0 && e.button !== 1) return;
            drag = { x: e.clientX, y: e.clientY, vx: this.view.x, vy: this.view.y, moved: false };
        });
        window.addEventListener('pointermove', e => {
            if (!drag) return;
            const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
            if (!drag.moved && Math.hypot(dx, dy) < 4) return; // a click, not a drag
            drag.moved = true;
            stage.classList.add('panning');
            this.set({ ...this.view, x: drag.vx + dx, y: drag.vy + dy });
        });
        window.addEventListener('pointerup', () => {
            if (drag?.moved) {
                // Swallow the click that ends a drag so it does not reveal a step.
                stage.addEventListener('click', ev => ev.stopPropagation(), { capture: true, once: true });
            }
            drag = undefined;
            stage.classList.remove('panning');
        });
    }

    set(view: View, user = true): void {
        this.view = { ...view, scale: Math.min(MAX, Math.max(MIN, view.scale)) };
        if (user) this.autoFit = false;
        this.canvas.style.transform = `translate(${this.view.x}px, ${this.view.y}px) scale(${this.view.scale})`;
        this.onChange(this.view);
    }

    /** Zooms by `factor` around a point of the stage (default: its centre). */
    zoom(factor: number, cx = this.stage.clientWidth / 2, cy = this.stage.clientHeight / 2): void {
        const s = Math.min(MAX, Math.max(MIN, this.view.scale * factor));
        const k = s / this.view.scale;
        this.set({ scale: s, x: cx - (cx - this.view.x) * k, y: cy - (cy - this.view.y) * k });
    }

    /**
     * Scales the diagram to the stage's width, centred, but never so small that its text is
     * smaller than the editor's (see {@link readableScale}): a long or wide flowchart then starts
     * at its top left, readable, and is panned or zoomed for the rest.
     */
    fit(user = true): void {
        const svg = this.canvas.querySelector('svg');
        if (!svg) return;
        const w = svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width / this.view.scale;
        const h = svg.viewBox.baseVal?.height || svg.getBoundingClientRect().height / this.view.scale;
        if (!w || !h) return;
        const pad = 16;
        const sw = this.stage.clientWidth - 2 * pad, sh = this.stage.clientHeight - 2 * pad;
        const scale = Math.min(MAX, Math.max(MIN, Math.min(sw / w, 2), Math.min(readableScale(svg), 2)));
        this.set({ scale, x: pad + Math.max(0, (sw - w * scale) / 2), y: pad + Math.max(0, (sh - h * scale) / 2) }, false);
        if (user) this.autoFit = true;
    }

    private wheel(e: WheelEvent): void {
        if (!this.wheelZoom && !e.ctrlKey) {
            e.preventDefault();
            this.set({ ...this.view, x: this.view.x - e.deltaX, y: this.view.y - e.deltaY });
            return;
        }
        e.preventDefault();
        const r = this.stage.getBoundingClientRect();
        this.zoom(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
    }
}

/** The editor's font size in CSS pixels (VS Code sets `--vscode-editor-font-size` on the page). */
function editorFontPx(): number {
    const v = parseFloat(getComputedStyle(document.body).getPropertyValue('--vscode-editor-font-size'));
    return Number.isFinite(v) && v > 0 ? v : 14;
}

/** The scale at which the diagram's node text is as large as the editor's text. */
export function readableScale(svg: SVGSVGElement): number {
    const text = svg.querySelector('g.node text, g.node .label, text');
    const px = text ? parseFloat(getComputedStyle(text).fontSize) : NaN;
    return Number.isFinite(px) && px > 0 ? editorFontPx() / px : 1;
}
