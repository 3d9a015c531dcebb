/**
 * The flowchart of the new version of an SOP with the review drawn on it: added steps green,
 * changed (edited, renamed, moved) steps orange, removed steps as red dashed ghost nodes in the
 * lane and at the place where they stood. The drawing itself is the renderers' Mermaid of a copy
 * of the new model into which the ghosts are inserted; the review adds only `classDef`/`class`
 * lines, so it looks like every other flowchart of the project and GitHub renders it.
 */
import type { Lane, ProcedureRow, ProcessNode, SopModel } from '@sop/language/model';
import { mermaidNodeId, renderMermaid } from '@sop/renderers/text';
import { t } from '../i18n.js';
import type { DocumentReport, ReviewLang } from '../types.js';

/** The class names of the styled steps, for tests and for readers of the Mermaid text. */
export const DIFF_CLASSES = { added: 'sopAdded', changed: 'sopChanged', removed: 'sopRemoved' } as const;

const CLASS_DEFS = [
    `classDef ${DIFF_CLASSES.added} fill:#dafbe1,stroke:#1a7f37,stroke-width:3px,color:#111111`,
    `classDef ${DIFF_CLASSES.changed} fill:#ffdfb6,stroke:#bc4c00,stroke-width:3px,color:#111111`,
    `classDef ${DIFF_CLASSES.removed} fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:6 4,color:#111111`,
];

/**
 * Ghost ids cannot clash with a real step: grammar ids are word characters, a ghost id starts
 * with `-`, and the renderers give such ids a prefix of their own.
 */
function ghostId(id: string): string {
    return `-${id}`;
}

interface Ghost { row: ProcedureRow; nodes: ProcessNode[]; after: string | null }

function ghostsOf(doc: DocumentReport, old: SopModel, lang: ReviewLang, laneOf: (oldLane: string) => string): Ghost[] {
    const ghosts: Ghost[] = [];
    for (const s of doc.steps) {
        if (s.status !== 'removed') continue;
        const index = old.rows.findIndex(r => r.id === s.id && r.number === s.number.old);
        if (index < 0) continue;
        const row = old.rows[index];
        const nodes = old.nodes.filter(n => n.row === index).map(n => ({
            ...n, id: ghostId(n.id), lane: laneOf(n.lane), isStart: false, isEnd: false, handover: undefined,
            label: [n.label, t('removedMark', lang)].filter(Boolean).join(' '),
        }));
        ghosts.push({ row: { ...row, id: ghostId(row.id), nodeIds: nodes.map(n => n.id) }, nodes, after: s.after ?? null });
    }
    return ghosts;
}

/** A copy of the new model with the ghosts inserted in table order and lanes for removed pelaksana. */
function withGhosts(neu: SopModel, old: SopModel | undefined, ghosts: readonly Ghost[]): SopModel {
    const rows: ProcedureRow[] = [];
    const nodes: ProcessNode[] = [];
    const push = (row: ProcedureRow, rowNodes: readonly ProcessNode[]) => {
        const index = rows.length;
        rows.push(row);
        nodes.push(...rowNodes.map(n => ({ ...n, row: index })));
    };
    const place = (after: string | null) => ghosts.filter(g => g.after === after).forEach(g => push(g.row, g.nodes));
    place(null);
    neu.rows.forEach((row, i) => {
        push(row, neu.nodes.filter(n => n.row === i));
        place(row.id);
    });
    const lanes: Lane[] = [...neu.lanes];
    for (const g of ghosts) {
        for (const n of g.nodes) {
            if (lanes.some(l => l.id === n.lane)) continue;
            const was = old?.lanes.find(l => l.id === n.lane);
            lanes.push({ id: n.lane, title: was?.title ?? n.lane, system: was?.system ?? false, index: lanes.length });
        }
    }
    return { ...neu, rows, nodes, lanes };
}

/** The Mermaid text of the new version of an SOP with its changed steps styled. */
export function diffMermaid(doc: DocumentReport, neu: SopModel, old: SopModel | undefined, lang: ReviewLang): string {
    const renamedLanes = new Map(doc.lanes.filter(l => l.oldId).map(l => [l.oldId!, l.id] as const));
    const ghosts = old ? ghostsOf(doc, old, lang, id => renamedLanes.get(id) ?? id) : [];
    const model = withGhosts(neu, old, ghosts);
    const classes: Record<keyof typeof DIFF_CLASSES, string[]> = { added: [], changed: [], removed: [] };
    const nodesOfRow = (id: string) => neu.rows.find(r => r.id === id)?.nodeIds ?? [];
    if (doc.status === 'added') classes.added.push(...neu.nodes.map(n => n.id));
    for (const s of doc.steps) {
        if (s.status === 'added') classes.added.push(...nodesOfRow(s.id));
        else if (s.status === 'changed') classes.changed.push(...nodesOfRow(s.id));
    }
    for (const g of ghosts) classes.removed.push(...g.nodes.map(n => n.id));
    const lines = [...CLASS_DEFS];
    for (const kind of ['added', 'changed', 'removed'] as const) {
        const ids = [...new Set(classes[kind])].map(mermaidNodeId);
        if (ids.length) lines.push(`class ${ids.join(',')} ${DIFF_CLASSES[kind]}`);
    }
    return renderMermaid(model, { lang }) + lines.map(l => `    ${l}\n`).join('');
}
