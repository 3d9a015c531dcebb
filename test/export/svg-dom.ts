/** Reads what a rendered flowchart SVG shows: lane titles with their x, step nodes with text and position. */
import { JSDOM } from 'jsdom';
import { mermaidLaneId, mermaidNodeId } from '@sop/renderers';

/** Whitespace-free text, for comparing labels that Mermaid wrapped into several lines. */
export function squash(s: string): string {
    return s.replace(/\s+/g, '');
}

function translate(el: Element | null): { x: number; y: number } | undefined {
    const m = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/.exec(el?.getAttribute('transform') ?? '');
    return m ? { x: Number(m[1]), y: Number(m[2]) } : undefined;
}

/** Parses an SVG document with jsdom (no scripts run). */
export function svgDocument(svg: string): Document {
    return new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
}

/** Lane boxes: title text and left edge x, by lane id. */
export function laneBoxes(doc: Document, laneIds: readonly string[]): Array<{ id: string; title: string; x: number } | undefined> {
    return laneIds.map(id => {
        const g = doc.getElementById(`sop-diagram-${mermaidLaneId(id)}`);
        const rect = g?.querySelector('rect');
        if (!g || !rect) return undefined;
        return { id, title: (g.querySelector('.cluster-label')?.textContent ?? '').trim(), x: Number(rect.getAttribute('x')) };
    });
}

/** The drawn node of a step: its text and centre. */
export function stepNode(doc: Document, stepId: string): { text: string; x: number; y: number } | undefined {
    const prefix = `sop-diagram-flowchart-${mermaidNodeId(stepId)}-`;
    const g = [...doc.querySelectorAll('g.node')].find(n => n.id.startsWith(prefix));
    const pos = translate(g ?? null);
    if (!g || !pos) return undefined;
    return { text: g.textContent ?? '', ...pos };
}
