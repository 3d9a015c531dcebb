/**
 * Fixed geometry of the printed procedure table (A4 landscape): column widths, symbol sizes and
 * the height estimate used for pagination. Everything is in CSS pixels (96 per inch) and is a
 * pure function of the model, so the same model always prints the same way.
 */
import type { Lane, NodeKind, ProcessNode, SopModel } from '@sop/language';

/** Usable width of an A4 landscape page with 8 mm side margins (281 mm), rounded down. */
export const pageContentWidth = 1060;
/** Usable height of an A4 landscape page with 8 mm top/bottom margins (194 mm), rounded down. */
export const pageContentHeight = 730;
/** Minimum height of a procedure row: room for a symbol plus the arrow stubs above and below it. */
export const minStepRowHeight = 56;
/** Height of a `bagian` (section) heading row. */
export const sectionRowHeight = 24;
/** Height of the rows that hold off-page connectors at the top and bottom of a page block. */
export const connectorRowHeight = 40;
/** Height reserved for the caption and the two-row header of every page block. */
const pageChromeHeight = 24 + 48;
/** Line height of 9pt text (12px) with 1.25 leading, and a conservative average glyph width. */
const lineHeight = 15;
const glyphWidth = 6.2;

/** Widths of the table columns, the lanes area, and the zoom needed when many lanes overflow the page. */
export interface ProcedureColumns {
    no: number;
    activity: number;
    laneWidth: number;
    laneCount: number;
    inputs: number;
    time: number;
    output: number;
    notes: number;
    /** Total table width in CSS px before zoom. */
    total: number;
    /** 1, or less than 1 when the table must shrink to fit the page width. */
    zoom: number;
}

/** Column widths for a number of pelaksana columns. */
export function procedureColumns(laneCount: number): ProcedureColumns {
    const n = Math.max(1, laneCount);
    const roomy = { no: 30, activity: 210, inputs: 120, time: 64, output: 120, notes: 100 };
    const compact = { no: 26, activity: 170, inputs: 94, time: 56, output: 94, notes: 76 };
    const fixedOf = (c: typeof roomy) => c.no + c.activity + c.inputs + c.time + c.output + c.notes;
    let cols = roomy;
    if ((pageContentWidth - fixedOf(roomy)) / n < 76) cols = compact;
    let laneWidth = Math.floor((pageContentWidth - fixedOf(cols)) / n);
    let activity = cols.activity;
    if (laneWidth > 150) {
        // Few pelaksana: the spare width goes to the activity text, not to empty lanes.
        activity += (laneWidth - 150) * n;
        laneWidth = 150;
    }
    laneWidth = Math.max(laneWidth, 56);
    const total = cols.no + activity + cols.inputs + cols.time + cols.output + cols.notes + laneWidth * n;
    const zoom = total > pageContentWidth ? Math.floor((pageContentWidth / total) * 1000) / 1000 : 1;
    return { ...cols, activity, laneWidth, laneCount: n, total, zoom };
}

/** Size of a drawn symbol. */
export interface SymbolSize {
    w: number;
    h: number;
}

/** The symbol size of a step kind in a lane of the given width. */
export function symbolSize(kind: NodeKind, laneWidth: number): SymbolSize {
    const w = Math.max(34, Math.min(Math.round(laneWidth * 0.6), 90));
    switch (kind) {
        case 'start':
        case 'end': return { w, h: 22 };
        case 'decision': return { w, h: 32 };
        case 'handover': return { w: Math.round(w * 0.9), h: 30 };
        default: return { w, h: 24 };
    }
}

/** The pelaksana columns: declared lanes, plus any undeclared pelaksana a (broken) step names, so every step can be drawn. */
export function laneColumns(model: SopModel): Lane[] {
    const lanes = [...model.lanes];
    const known = new Set(lanes.map(l => l.id));
    for (const n of model.nodes) {
        if (!known.has(n.lane)) {
            known.add(n.lane);
            lanes.push({ id: n.lane, title: n.lane || '?', system: false, index: lanes.length });
        }
    }
    return lanes.map((l, index) => ({ ...l, index }));
}

function textLines(items: readonly string[], width: number): number {
    const perLine = Math.max(4, Math.floor((width - 8) / glyphWidth));
    return items.reduce((sum, t) => sum + t.split(/\r?\n/).reduce((s, line) => s + Math.max(1, Math.ceil(line.length / perLine)), 0), 0);
}

/** Estimated printed height of a step row: the tallest text cell, at least the symbol room. */
export function estimateRowHeight(node: ProcessNode, cols: ProcedureColumns): number {
    const lines = Math.max(
        textLines([node.text], cols.activity),
        textLines(node.inputs, cols.inputs),
        textLines(node.time ? [node.time.text] : [], cols.time),
        textLines(node.outputs, cols.output),
        textLines(node.notes, cols.notes) + (node.handover ? 2 : 0),
    );
    return Math.max(minStepRowHeight, lines * lineHeight + 10);
}

/** Height available for rows on one printed page block, in unzoomed CSS px. */
export function rowBudget(cols: ProcedureColumns): number {
    return (pageContentHeight - pageChromeHeight) / cols.zoom - 2 * connectorRowHeight - 16;
}
