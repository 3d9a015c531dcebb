/**
 * The facts of each row of the procedure table: kegiatan, pelaksana, mutu baku, keterangan,
 * bagian, symbols and flow. Ids inside them (pelaksana of the row, targets of the flow) pass
 * through {@link IdMaps}, so that the old version can be written in the new version's ids: a
 * renamed step or pelaksana then changes only its own entry, not every row that points to it.
 */
import type { ProcessEdge, ProcessNode, SopModel } from '@sop/language/model';
import { t } from '../i18n.js';
import type { ReviewLang } from '../types.js';
import { linkText, type Fact } from './document-facts.js';

/** Renames applied to the ids of one side (identity for the new side). */
export interface IdMaps {
    lane(id: string): string;
    row(id: string): string;
}

/** No renaming. */
export const sameIds: IdMaps = { lane: id => id, row: id => id };

/** The row keys in the order of the official table's columns, then drawing and flow. */
export const STEP_FIELDS = ['text', 'lane', 'inputs', 'time', 'outputs', 'notes', 'section', 'symbols', 'flow', 'pageBreak'] as const;

const kindWord: Record<ProcessNode['kind'], Parameters<typeof t>[0]> = {
    start: 'kindStart', end: 'kindEnd', process: 'kindProcess', decision: 'kindDecision', handover: 'kindHandover',
};

/** How a symbol is named inside its row: by pelaksana, by place when the pelaksana has two. */
function symbolNames(nodes: readonly ProcessNode[], maps: IdMaps): string[] {
    const lanes = nodes.map(n => maps.lane(n.lane));
    return lanes.map((lane, k) => (lanes.indexOf(lane) !== lanes.lastIndexOf(lane) ? `${lane}#${k + 1}` : lane));
}

/** A target symbol written as `row` or `row.pelaksana` / `row.2`, in mapped ids. */
function targetRef(model: SopModel, target: ProcessNode, maps: IdMaps): string {
    const row = model.rows[target.row];
    if (!row || target.id === row.id) return maps.row(row?.id ?? target.id);
    const suffix = target.id.slice(row.id.length + 1);
    return `${maps.row(row.id)}.${/^\d+$/.test(suffix) ? suffix : maps.lane(suffix)}`;
}

function flowOf(model: SopModel, nodes: readonly ProcessNode[], edgesFrom: Map<string, ProcessEdge[]>, byId: Map<string, ProcessNode>, maps: IdMaps, lang: ReviewLang): string[] {
    const names = symbolNames(nodes, maps);
    const inRow = new Set(nodes.map(n => n.id));
    const out: string[] = [];
    nodes.forEach((node, k) => {
        const prefix = nodes.length > 1 ? `${names[k]}: ` : '';
        if (node.isStart) out.push(prefix + t('start', lang));
        for (const e of edgesFrom.get(node.id) ?? []) {
            // The arrows between the symbols of one row are the row's own drawing, not its flow.
            if (e.kind === 'next' && inRow.has(e.to)) continue;
            const target = byId.get(e.to);
            if (!target) continue;
            out.push(`${prefix}${e.label ? `${e.label} ` : ''}→ ${targetRef(model, target, maps)}`);
        }
        if (node.handover) out.push(`${prefix}${t('handover', lang)} ${linkText(node.handover)}`);
        if (node.isEnd) out.push(prefix + t('end', lang));
        if (node.deadEnd) out.push(prefix + t('deadEnd', lang));
    });
    return out;
}

function symbolsOf(nodes: readonly ProcessNode[], lang: ReviewLang): string {
    return nodes.map(n => `${t(kindWord[n.kind], lang)}${n.label !== undefined ? ` "${n.label}"` : ''}${n.symbol ? ` [${n.symbol}]` : ''}`).join(' > ');
}

/** The facts of every row of an SOP, in table order, keyed as {@link STEP_FIELDS}. */
export function stepFacts(model: SopModel, maps: IdMaps, lang: ReviewLang): Fact[][] {
    const byId = new Map<string, ProcessNode>();
    for (const n of model.nodes) if (!byId.has(n.id)) byId.set(n.id, n);
    const edgesFrom = new Map<string, ProcessEdge[]>();
    for (const e of model.edges) {
        const list = edgesFrom.get(e.from);
        if (list) list.push(e); else edgesFrom.set(e.from, [e]);
    }
    // Symbols are grouped by row index: with duplicate step ids (SOP-P20) ids are ambiguous.
    const nodesOfRow: ProcessNode[][] = model.rows.map(() => []);
    for (const n of model.nodes) nodesOfRow[n.row]?.push(n);
    return model.rows.map((row, index) => {
        const nodes = nodesOfRow[index];
        return [
            { key: 'text', value: row.text },
            { key: 'lane', value: nodes.map(n => maps.lane(n.lane)).join(' > ') },
            { key: 'inputs', value: row.inputs },
            { key: 'time', value: row.time?.text ?? null },
            { key: 'outputs', value: row.outputs },
            { key: 'notes', value: row.notes },
            { key: 'section', value: row.section ?? null },
            { key: 'symbols', value: symbolsOf(nodes, lang) },
            { key: 'flow', value: flowOf(model, nodes, edgesFrom, byId, maps, lang) },
            { key: 'pageBreak', value: row.breakAfter ? 'true' : null },
        ];
    });
}
