/**
 * The labels of an injectionSop() flowchart (test/fixtures/render/injection.ts) as drawn, and
 * what they must show: every step, lane title and branch label holds the text as written.
 */
import { mermaidLaneId, mermaidNodeId } from '@sop/renderers';
import { collapsed } from '../fixtures/render/injection.js';
import { squash } from './svg-dom.js';

/** The text each kind of label shows: nodes by Mermaid node id, lanes by the SVG id of their cluster. */
export interface DrawnLabels {
    nodes: Record<string, string>;
    lanes: Record<string, string>;
    edges: string[];
    /** Mermaid's error message, when it could not draw the text. */
    error?: string;
}

/** Reads the labels of a drawn flowchart (textContent: SVG text and HTML labels alike). */
export function readLabels(root: ParentNode): DrawnLabels {
    const labels: DrawnLabels = { nodes: {}, lanes: {}, edges: [] };
    for (const g of root.querySelectorAll('g.node')) {
        const id = /flowchart-(.+)-\d+$/.exec(g.id)?.[1];
        if (id) labels.nodes[id] = g.querySelector('.label')?.textContent ?? '';
    }
    for (const g of root.querySelectorAll('g.cluster')) labels.lanes[g.id] = g.querySelector('.cluster-label')?.textContent ?? '';
    for (const g of root.querySelectorAll('g.edgeLabel')) if (g.textContent) labels.edges.push(g.textContent);
    return labels;
}

/** What every label of the injectionSop() diagram of `p` shows (whitespace aside: Mermaid wraps lines). */
function expectedLabels(p: string): { nodes: Record<string, string>; lanes: Record<string, string>; edge: string } {
    const c = collapsed(p);
    return {
        nodes: {
            [mermaidNodeId('mulai1')]: `1. ${c} (5 menit)`,
            [mermaidNodeId('cek')]: `2. ${c} (${c})`,
            [mermaidNodeId('akhir')]: `3. ${c} Dilanjutkan ke SOP: ${c} (1 menit)`,
        },
        lanes: { [mermaidLaneId('a')]: c, [mermaidLaneId('b')]: c },
        edge: c,
    };
}

/** The labels that do not show `p` exactly, as readable lines (empty when all do). */
export function wrongLabels(p: string, drawn: DrawnLabels): string[] {
    if (drawn.error) return [`not drawn: ${drawn.error}`];
    const want = expectedLabels(p);
    const wrong: string[] = [];
    for (const [id, text] of Object.entries(want.nodes)) {
        if (squash(drawn.nodes[id] ?? '') !== squash(text)) wrong.push(`${id}: ${JSON.stringify(drawn.nodes[id])}`);
    }
    for (const [id, text] of Object.entries(want.lanes)) {
        const shown = Object.entries(drawn.lanes).find(([svgId]) => svgId === id || svgId.endsWith(`-${id}`))?.[1];
        if (squash(shown ?? '') !== squash(text)) wrong.push(`${id}: ${JSON.stringify(shown)}`);
    }
    if (!drawn.edges.some(e => squash(e) === squash(want.edge))) wrong.push(`branch label: ${JSON.stringify(drawn.edges)}`);
    return wrong;
}
