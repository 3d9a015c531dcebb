/**
 * Draws the flowchart: renders Mermaid text to SVG (one render at a time; a newer text replaces
 * a queued one), swaps it into the canvas in place, maps SVG nodes to step ids for clicks and
 * highlights, and renders export copies with the export theme.
 */
import { DIAGRAM_ID, MERMAID_INIT } from '@sop/export/mermaid-config';
import { protectSvgLabelText, repairSvgLabelEntities } from '@sop/renderers/svg-text';
import { mermaidApi, previewConfig, withoutFrontMatterTheme } from './mermaid-api.js';

/** The step id of a Mermaid node element, through the node map. */
function stepOf(el: Element, nodes: Record<string, string>): string | undefined {
    const dataId = el.getAttribute('data-id');
    if (dataId && nodes[dataId]) return nodes[dataId];
    const m = /flowchart-(.+)-\d+$/.exec(el.id);
    return m ? nodes[m[1]] : undefined;
}

export class Diagram {
    private chain: Promise<unknown> = Promise.resolve();
    private queued?: { text: string; nodes: Record<string, string> };
    private shownText?: string;
    private shownConfig?: string;
    private nodes: Record<string, string> = {};
    private highlighted?: string;
    private counter = 0;
    theme: 'auto' | 'light' | 'dark' = 'auto';

    constructor(private readonly canvas: HTMLElement, onReveal: (stepId: string) => void, private readonly onError: (message: string | undefined) => void) {
        canvas.addEventListener('click', e => {
            const node = (e.target as Element).closest('g.node');
            const step = node && stepOf(node, this.nodes);
            if (step) onReveal(step);
        });
    }

    /** Shows `text`; resolves after it is on screen (or was replaced by a newer text). */
    show(text: string, nodes: Record<string, string>, force = false): Promise<boolean> {
        const config = JSON.stringify(previewConfig(this.theme));
        if (!force && text === this.shownText && config === this.shownConfig && !this.queued) {
            // Same drawing as on screen: an error of an in-between text no longer applies.
            this.nodes = nodes;
            this.onError(undefined);
            return Promise.resolve(false);
        }
        this.queued = { text, nodes };
        return this.enqueue(async () => {
            const job = this.queued;
            if (!job) return false; // a newer show() already drew
            this.queued = undefined;
            const cfg = previewConfig(this.theme);
            mermaidApi().initialize(cfg);
            try {
                const { svg } = await mermaidApi().render(`sop-preview-${++this.counter}`, protectSvgLabelText(withoutFrontMatterTheme(job.text)));
                // Mermaid output, sanitised by securityLevel 'strict'; the sequences stock Mermaid cannot
                // show in SVG text were protected before drawing and are put back as in exports.
                this.canvas.innerHTML = repairSvgLabelEntities(svg);
                this.naturalSize();
                this.nodes = job.nodes;
                this.shownText = job.text;
                this.shownConfig = JSON.stringify(cfg);
                this.onError(undefined);
                if (this.highlighted) this.highlight(this.highlighted);
                return true;
            } catch (e) {
                this.onError(e instanceof Error ? e.message : String(e));
                return false;
            } finally {
                document.getElementById(`dsop-preview-${this.counter}`)?.remove(); // mermaid's scratch element
            }
        }) as Promise<boolean>;
    }

    /** Draws the SVG at its own size so the pan/zoom transform alone decides the scale. */
    private naturalSize(): void {
        const svg = this.canvas.querySelector('svg');
        if (!svg) return;
        const vb = svg.viewBox.baseVal;
        if (vb && vb.width) {
            svg.setAttribute('width', String(vb.width));
            svg.setAttribute('height', String(vb.height));
        }
        svg.style.maxWidth = 'none';
    }

    /** Sets each node's tooltip (an SVG <title>) from Mermaid node id → text; other nodes get none. */
    tooltips(tips: Record<string, string>): void {
        this.canvas.querySelectorAll('g.node').forEach(n => {
            n.querySelector(':scope > title.sop-tip')?.remove();
            const dataId = n.getAttribute('data-id') ?? /flowchart-(.+)-\d+$/.exec(n.id)?.[1];
            const text = dataId ? tips[dataId] : undefined;
            if (!text) return;
            const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
            title.classList.add('sop-tip');
            title.textContent = text;
            n.prepend(title);
        });
    }

    /** Marks the node of `stepId` (and clears the previous mark). */
    highlight(stepId: string | undefined): void {
        this.highlighted = stepId;
        this.canvas.querySelectorAll('g.node.sop-highlight').forEach(n => n.classList.remove('sop-highlight'));
        if (!stepId) return;
        this.canvas.querySelectorAll('g.node').forEach(n => { if (stepOf(n, this.nodes) === stepId) n.classList.add('sop-highlight'); });
    }

    /** Renders `text` for export with the export theme; SVG text, or a PNG data URL. */
    renderExport(text: string, format: 'svg' | 'png', theme: string, background: string, scale: number): Promise<string> {
        return this.enqueue(async () => {
            mermaidApi().initialize({ ...MERMAID_INIT, theme });
            try {
                const { svg } = await mermaidApi().render(DIAGRAM_ID, protectSvgLabelText(text));
                // SVG is repaired on the extension side (formats.ts); the PNG is drawn here, so repair it first.
                return format === 'svg' ? svg : await svgToPng(repairSvgLabelEntities(svg), background, scale);
            } finally {
                mermaidApi().initialize(previewConfig(this.theme));
                document.getElementById(`d${DIAGRAM_ID}`)?.remove();
            }
        }) as Promise<string>;
    }

    private enqueue<T>(job: () => Promise<T>): Promise<T> {
        const next = this.chain.then(job, job);
        this.chain = next.catch(() => undefined);
        return next;
    }
}

/** Rasterises SVG text on a canvas at `scale` × its size, over `background`. */
async function svgToPng(svg: string, background: string, scale: number): Promise<string> {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    const vb = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    const w = vb[2] || 800, h = vb[3] || 600;
    root.setAttribute('width', String(w));
    root.setAttribute('height', String(h));
    root.removeAttribute('style');
    const bytes = new TextEncoder().encode(new XMLSerializer().serializeToString(root));
    let bin = '';
    for (const b of bytes) bin += String.fromCharCode(b);
    const img = new Image();
    img.src = 'data:image/svg+xml;base64,' + btoa(bin);
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    if (background && background !== 'transparent') {
        ctx.fillStyle = background;
        ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
}
