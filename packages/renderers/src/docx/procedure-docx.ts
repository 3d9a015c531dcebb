/**
 * The procedure table of an SOP in Word, with its flowchart drawn as Word shapes.
 *
 * The table is cut into the same printed pages as the HTML (official/procedure-pages.ts), one Word
 * table per page with its heading; the columns have the HTML's widths and every row an exact
 * height: the HTML layout's, or more when Word needs it for the row's text (an exact row would
 * clip it). So where each row and pelaksana column lies is known, and the
 * page's flowchart (symbols, arrows, labels, off-page connectors: the HTML's routing) is one
 * floating group of shapes over the pelaksana columns, anchored in the caption line above the
 * table. A page the HTML prints smaller (many pelaksana, or a table kept on one page) is scaled
 * the same way here: widths, heights, text and shapes.
 */
import type { ProcedureRow, ProcessNode, SopModel } from '@sop/language/model';
import { HeightRule, LineRuleType, Paragraph, Table, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType, type TableCell } from 'docx';
import type { Labels } from '../official/labels.js';
import { columnNumberRowHeight, headerHeight } from '../official/procedure-geometry.js';
import type { PageBlock } from '../official/procedure-pages.js';
import { layoutProcedure, type ProcedureLayout } from '../official/procedure-table.js';
import { cellHeight, cellPaddingPx } from './cell-text.js';
import { cell as plainCell, runs } from './docx-helpers.js';
import { pageDrawing } from './flowchart-page.js';
import { flowchartGroup } from './flowchart-shapes.js';

/** Twips per CSS px. */
const twipsPerPx = 15;
/** Height of the caption line above each table page (the HTML's 20 px caption and 4 px gap); a bare anchor line without one. */
const captionLine = (model: SopModel) => (model.template.tableCaption ? { line: 20, after: 4 } : { line: 1, after: 0 });

/** A paragraph of table text at a scaled size (half-points). */
function text(value: string, size: number, opts: { bold?: boolean; italics?: boolean; center?: boolean } = {}): Paragraph {
    return new Paragraph({ children: runs(value, { ...opts, size }), alignment: opts.center ? 'center' : undefined, spacing: { after: 0 } });
}

/** Numbered items as "1. ..." paragraphs, one item as it is, none as nothing. */
function list(items: readonly string[], size: number): Paragraph[] {
    if (items.length <= 1) return items.map(t => text(t, size));
    return items.map((t, i) => new Paragraph({ children: runs(`${i + 1}. ${t}`, { size }), indent: { left: 284, hanging: 284 }, spacing: { after: 0 } }));
}

/** One table page: its scale, the column widths and the row heights, in twips. */
interface PageGrid {
    k: number;
    widths: number[];
    headRows: number[];
    size: number;
}

/** A bordered cell with the HTML's padding at the page's scale (so the row heights of cell-text.ts hold). */
function cell(g: PageGrid, children: Paragraph[], opts: Parameters<typeof plainCell>[1] = {}): TableCell {
    const k = g.k;
    const y = Math.round(cellPaddingPx.y * k * twipsPerPx), x = Math.round(cellPaddingPx.x * k * twipsPerPx);
    return plainCell(children, { margins: { top: y, bottom: y, left: x, right: x }, ...opts });
}

/**
 * The grid of a page: the HTML's scale, made smaller still when rows grown for their text would
 * push the table past the page's foot (Word would then move rows to the next page, away from the
 * flowchart drawn for them).
 */
function grid(layout: ProcedureLayout, page: PageBlock | undefined, rowsPx: number, captionPx: number): PageGrid {
    const { cols, lanes } = layout;
    const numbers = cols.columnNumbers ? columnNumberRowHeight : 0;
    // The heading as the HTML's pagination counts it: group row, pelaksana titles, column numbers;
    // the titles' row taller when a title needs more lines in Word (8pt bold).
    const estimate = headerHeight(cols, lanes.map(l => l.title)) - 24 - numbers;
    const titles = Math.max(estimate, ...lanes.map(l => Math.ceil(cellHeight([l.title], cols.laneWidth, 32 / 3, true))));
    const head = 24 + titles + numbers;
    const html = cols.zoom * (page?.scale ?? 1);
    const room = cols.page.height - captionPx - 4;
    const k = Math.floor(Math.min(html, room / (head + rowsPx)) * 1000) / 1000;
    const px = [cols.no, cols.activity, ...lanes.map(() => cols.laneWidth), cols.inputs, cols.time, cols.output, ...(cols.notes > 0 ? [cols.notes] : [])];
    const tw = (v: number) => Math.round(v * k * twipsPerPx);
    const headRows = [24, titles, ...(numbers ? [numbers] : [])].map(tw);
    return { k, widths: px.map(tw), headRows, size: Math.max(10, Math.round(18 * k)) };
}

/** The notes of a step row: its own, then where each hand-over continues. */
function notesOf(row: ProcedureRow, nodes: readonly ProcessNode[], l: Labels): string[] {
    return [...row.notes, ...nodes.flatMap(n => (n.handover ? [`${l.handoverTo}: ${n.handover.text}`] : []))];
}

/** Heights (unscaled px) of a page's rows: the layout's, or more when a cell's text needs it. */
function rowHeights(layout: ProcedureLayout, page: PageBlock, l: Labels): Map<number, number> {
    const { cols, rows } = layout;
    const out = new Map<number, number>();
    for (let g = page.first; g <= page.last; g++) {
        const r = rows[g];
        const need = r.type === 'section' ? cellHeight([r.title], cols.no + cols.activity) : Math.max(
            cellHeight([r.row.text], cols.activity), cellHeight(r.row.inputs, cols.inputs), cellHeight(r.row.time ? [r.row.time.text] : [], cols.time),
            cellHeight(r.row.outputs, cols.output), cols.notes > 0 ? cellHeight(notesOf(r.row, r.nodes, l), cols.notes) : 0,
        );
        out.set(g, Math.max(r.height, Math.ceil(need)));
    }
    return out;
}

function headRows(layout: ProcedureLayout, g: PageGrid, l: Labels): TableRow[] {
    const { lanes, cols } = layout;
    const notes = cols.notes > 0;
    const b = (t: string, size = g.size) => [text(t, size, { bold: true, center: true })];
    const c = (paras: Paragraph[], opts: Parameters<typeof cell>[2] = {}) => cell(g, paras, { verticalAlign: VerticalAlign.CENTER, ...opts });
    const height = (i: number) => ({ value: g.headRows[i], rule: HeightRule.EXACT });
    const rows = [
        new TableRow({
            tableHeader: true, cantSplit: true, height: height(0),
            children: [
                c(b(l.no), { rowSpan: 2 }), c(b(l.activity), { rowSpan: 2 }),
                c(b(l.actors), { columnSpan: Math.max(1, lanes.length) }), c(b(l.quality), { columnSpan: 3 }),
                ...(notes ? [c(b(l.notes), { rowSpan: 2 })] : []),
            ],
        }),
        new TableRow({
            tableHeader: true, cantSplit: true, height: height(1),
            children: [...lanes.map(lane => c(b(lane.title, Math.round(g.size * 8 / 9)))), c(b(l.inputs)), c(b(l.time)), c(b(l.output))],
        }),
    ];
    if (cols.columnNumbers) {
        rows.push(new TableRow({
            tableHeader: true, cantSplit: true, height: height(2),
            children: g.widths.map((_, i) => c([text(String(i + 1), Math.round(g.size * 8 / 9), { italics: true, center: true })], { margins: { top: 0, bottom: 0, left: 30, right: 30 } })),
        }));
    }
    return rows;
}

function stepRow(row: ProcedureRow, nodes: readonly ProcessNode[], layout: ProcedureLayout, g: PageGrid, l: Labels, height: number): TableRow {
    const notes = notesOf(row, nodes, l);
    const children: TableCell[] = [
        cell(g, [text(String(row.number), g.size, { center: true })]),
        cell(g, [text(row.text, g.size)]),
        // The pelaksana cells stay empty: the flowchart group lies over them.
        ...layout.lanes.map(() => cell(g, [])),
        cell(g, list(row.inputs, g.size)),
        cell(g, [text(row.time?.text ?? '', g.size, { center: true })]),
        cell(g, list(row.outputs, g.size)),
        ...(layout.cols.notes > 0 ? [cell(g, list(notes, g.size))] : []),
    ];
    return new TableRow({ cantSplit: true, height: { value: height, rule: HeightRule.EXACT }, children });
}

function sectionRow(title: string, layout: ProcedureLayout, g: PageGrid, height: number): TableRow {
    return new TableRow({
        cantSplit: true, height: { value: height, rule: HeightRule.EXACT },
        children: [
            cell(g, [text(title, g.size, { bold: true, italics: true })], { columnSpan: 2 }),
            ...layout.lanes.map(() => cell(g, [])),
            cell(g, [], { columnSpan: layout.cols.notes > 0 ? 4 : 3 }),
        ],
    });
}

/** The caption line of a table page; it also anchors the page's flowchart. */
function caption(model: SopModel, l: Labels, page: PageBlock | undefined, pageCount: number, drawing: TextRun[], newPage: boolean): Paragraph {
    const captionPx = captionLine(model);
    const title = [model.header.number, model.title].filter(Boolean).join(' — ');
    const more = pageCount > 1 && page ? ` (${l.page} ${page.index + 1} ${l.of} ${pageCount})` : '';
    // A template that reproduces signed tables without a caption keeps the (empty) line as the anchor.
    const words = model.template.tableCaption ? [new TextRun({ text: title, bold: true, size: 20 }), ...(more ? [new TextRun({ text: more, size: 20 })] : [])] : [];
    return new Paragraph({
        children: [...words, ...drawing],
        pageBreakBefore: newPage,
        spacing: { before: 0, after: captionPx.after * twipsPerPx, line: captionPx.line * twipsPerPx, lineRule: LineRuleType.EXACT },
    });
}

/**
 * The procedure as Word paragraphs and tables: for each printed page, the caption line holding the
 * page's flowchart group, then the page's table; every page after the first starts a new page, and
 * so does the first when `newPage`.
 */
export function procedureBlocks(model: SopModel, l: Labels, rowsPerPage?: number, newPage = false): Array<Paragraph | Table> {
    const layout = layoutProcedure(model, rowsPerPage);
    const pages: Array<PageBlock | undefined> = layout.pages.length ? layout.pages : [undefined];
    const out: Array<Paragraph | Table> = [];
    const captionPx = captionLine(model);
    const captionHeight = captionPx.line + captionPx.after;
    for (const page of pages) {
        const heights = page ? rowHeights(layout, page, l) : new Map<number, number>();
        const g = grid(layout, page, [...heights.values()].reduce((s, h) => s + h, 0), captionHeight);
        const rows = headRows(layout, g, l);
        const drawing: TextRun[] = [];
        if (page) {
            for (let r = page.first; r <= page.last; r++) {
                const row = layout.rows[r];
                const height = Math.round(heights.get(r)! * g.k * twipsPerPx);
                rows.push(row.type === 'step' ? stepRow(row.row, row.nodes, layout, g, l, height) : sectionRow(row.title, layout, g, height));
            }
            const d = pageDrawing(model, layout, page, l, heights);
            // The group's corner: right of the No. and Kegiatan columns, below the caption line and the heading.
            const left = (g.widths[0] + g.widths[1]) / twipsPerPx;
            const top = captionHeight + g.headRows.reduce((s, h) => s + h, 0) / twipsPerPx;
            drawing.push(flowchartGroup(d, g.k, { left, top }, model.edges, page.index + 1));
        }
        out.push(caption(model, l, page, layout.pages.length, drawing, newPage || (!!page && page.index > 0)));
        out.push(new Table({ rows, columnWidths: g.widths, layout: TableLayoutType.FIXED, width: { size: g.widths.reduce((s, w) => s + w, 0), type: WidthType.DXA } }));
    }
    return out;
}
