/**
 * Fixed geometry of the printed procedure table: page sizes, column widths, symbol sizes and
 * placement within a row, and the height estimate used for pagination. Everything is in CSS pixels
 * (96 per inch) and is a pure function of the model, so the same model always prints the same way.
 */
import type { Lane, NodeKind, PaperSize, ProcedureRow, ProcessNode, SopModel, TemplateInfo } from '@sop/language/model';

/** Paper sizes in millimetres (portrait: width × height). F4 is the Indonesian folio, 215 × 330 mm. */
export const paperMm: Record<PaperSize, { w: number; h: number }> = {
    A4: { w: 210, h: 297 }, F4: { w: 215, h: 330 }, Letter: { w: 215.9, h: 279.4 }, Legal: { w: 215.9, h: 355.6 },
};
/** Page margin of SOP pages, in millimetres. */
export const sheetMarginMm = 8;
const pxPerMm = 96 / 25.4;

/** The usable area of a page, in CSS px (rounded down). */
export interface PageArea {
    width: number;
    height: number;
}

/** Usable area of a page of the given paper and orientation with the SOP margins. */
export function pageArea(paper: PaperSize, orientation: 'portrait' | 'landscape'): PageArea {
    const p = paperMm[paper] ?? paperMm.A4;
    const [w, h] = orientation === 'landscape' ? [p.h, p.w] : [p.w, p.h];
    return { width: Math.floor((w - 2 * sheetMarginMm) * pxPerMm) - 2, height: Math.floor((h - 2 * sheetMarginMm) * pxPerMm) - 2 };
}

/** Usable width of an A4 landscape page with 8 mm side margins (281 mm), rounded down. */
export const pageContentWidth = pageArea('A4', 'landscape').width;
/** Usable height of an A4 landscape page with 8 mm top/bottom margins (194 mm), rounded down. */
export const pageContentHeight = pageArea('A4', 'landscape').height;
/** Minimum height of a procedure row: room for a symbol plus the arrow stubs above and below it. */
export const minStepRowHeight = 56;
/** Vertical distance between two symbols of one row drawn in the same pelaksana column. */
export const stackSpacing = 40;
/** Height of a `bagian` (section) heading row. */
export const sectionRowHeight = 24;
/** Height of the row of column numbers (1, 2, 3 ...). */
export const columnNumberRowHeight = 18;
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
    /** 0 when the template has no Keterangan column. */
    notes: number;
    /** Total table width in CSS px before zoom. */
    total: number;
    /** 1, or less than 1 when the table must shrink to fit the page width. */
    zoom: number;
    /** The page this table is printed on. */
    page: PageArea;
    /** The row of column numbers is printed. */
    columnNumbers: boolean;
}

/** Options of the table geometry taken from the template. */
export interface ColumnOptions {
    notesColumn?: boolean;
    columnNumbers?: boolean;
    page?: PageArea;
}

/** Column widths for a number of pelaksana columns. */
export function procedureColumns(laneCount: number, options: ColumnOptions = {}): ProcedureColumns {
    const page = options.page ?? { width: pageContentWidth, height: pageContentHeight };
    const withNotes = options.notesColumn !== false;
    const n = Math.max(1, laneCount);
    const roomy = { no: 30, activity: 210, inputs: 120, time: 64, output: 120, notes: withNotes ? 100 : 0 };
    const compact = { no: 26, activity: 170, inputs: 94, time: 56, output: 94, notes: withNotes ? 76 : 0 };
    const fixedOf = (c: typeof roomy) => c.no + c.activity + c.inputs + c.time + c.output + c.notes;
    let cols = roomy;
    if ((page.width - fixedOf(roomy)) / n < 76) cols = compact;
    let laneWidth = Math.floor((page.width - fixedOf(cols)) / n);
    let activity = cols.activity;
    if (laneWidth > 150) {
        // Few pelaksana: the spare width goes to the activity text, not to empty lanes.
        activity += (laneWidth - 150) * n;
        laneWidth = 150;
    }
    laneWidth = Math.max(laneWidth, 56);
    const total = cols.no + activity + cols.inputs + cols.time + cols.output + cols.notes + laneWidth * n;
    const zoom = total > page.width ? Math.floor((page.width / total) * 1000) / 1000 : 1;
    return { ...cols, activity, laneWidth, laneCount: n, total, zoom, page, columnNumbers: !!options.columnNumbers };
}

/** Column geometry of an SOP's table from its template. */
export function columnsFor(laneCount: number, template: TemplateInfo): ProcedureColumns {
    return procedureColumns(laneCount, {
        notesColumn: template.notesColumn, columnNumbers: template.columnNumbers,
        page: pageArea(template.paper, template.tableOrientation),
    });
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

/**
 * Vertical offsets of a row's symbols from the row's middle: 0 for a symbol alone in its column,
 * stacked `stackSpacing` apart (in flow order, top to bottom) when a column holds several.
 */
export function symbolOffsets(nodes: readonly ProcessNode[]): Map<string, number> {
    const byLane = new Map<string, ProcessNode[]>();
    for (const n of nodes) { const l = byLane.get(n.lane) ?? []; l.push(n); byLane.set(n.lane, l); }
    const out = new Map<string, number>();
    for (const list of byLane.values()) list.forEach((n, j) => out.set(n.id, (j - (list.length - 1) / 2) * stackSpacing));
    return out;
}

/** The most symbols one pelaksana column holds in a row. */
function stackDepth(nodes: readonly ProcessNode[]): number {
    const count = new Map<string, number>();
    for (const n of nodes) count.set(n.lane, (count.get(n.lane) ?? 0) + 1);
    return Math.max(1, ...count.values());
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

/** Estimated printed height of a table row: the tallest text cell, at least the room its symbols need. */
export function estimateRowHeight(row: ProcedureRow, nodes: readonly ProcessNode[], cols: ProcedureColumns): number {
    const handover = nodes.some(n => n.handover);
    const lines = Math.max(
        textLines([row.text], cols.activity),
        textLines(row.inputs, cols.inputs),
        textLines(row.time ? [row.time.text] : [], cols.time),
        textLines(row.outputs, cols.output),
        cols.notes ? textLines(row.notes, cols.notes) + (handover ? 2 : 0) : 0,
    );
    const symbols = minStepRowHeight + (stackDepth(nodes) - 1) * stackSpacing;
    return Math.max(symbols, lines * lineHeight + 10);
}

/** Room an off-page connector needs beyond the symbols of its row: gap, pentagon, line. */
export const connectorRoom = 32;

/** The height a row needs to hold an off-page connector below (or above) its symbols. */
export function connectorRowNeed(nodes: readonly ProcessNode[], laneWidth: number): number {
    const offsets = symbolOffsets(nodes);
    const extent = Math.max(0, ...nodes.map(n => Math.abs(offsets.get(n.id) ?? 0) + symbolSize(n.kind, laneWidth).h / 2));
    return 2 * (extent + connectorRoom);
}

/** Estimated height of the table heading: the group row, the pelaksana titles (wrapped), the column numbers. */
export function headerHeight(cols: ProcedureColumns, laneTitles: readonly string[]): number {
    const perLine = Math.max(4, Math.floor((cols.laneWidth - 8) / 6));
    const lines = Math.max(2, ...laneTitles.map(t => t.split(/\s+/).reduce((acc, w) => {
        const last = acc[acc.length - 1];
        if (last !== undefined && last.length + 1 + w.length <= perLine) acc[acc.length - 1] = `${last} ${w}`; else acc.push(w);
        return acc;
    }, [] as string[]).length));
    return 24 + lines * 13 + 8 + (cols.columnNumbers ? columnNumberRowHeight : 0);
}

/**
 * Height available for rows on one printed page block, in unzoomed CSS px: the page less the
 * caption, the heading and a small margin of safety.
 */
export function rowBudget(cols: ProcedureColumns, laneTitles: readonly string[] = []): number {
    return (cols.page.height - 24) / cols.zoom - headerHeight(cols, laneTitles) - 8;
}
