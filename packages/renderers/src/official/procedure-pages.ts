/**
 * Splits the procedure into display rows (table rows and `bagian` headings) and the rows into
 * printed page blocks: a fixed number of rows per page when asked, else as many rows as fit the
 * page by the deterministic height estimate; a table that fits one page is never split, and a
 * page break the author wrote (`halaman-baru`) is always honoured.
 */
import type { ProcedureRow, ProcessNode, SopModel } from '@sop/language/model';
import { connectorRowNeed, estimateRowHeight, minStepRowHeight, rowBudget, sectionRowHeight, type ProcedureColumns } from './procedure-geometry.js';

/** One row of the procedure table. */
export type DisplayRow =
    | { type: 'step'; row: ProcedureRow; nodes: ProcessNode[]; rowIndex: number; height: number }
    | { type: 'section'; title: string; height: number };

/** A printed page block: display rows `first..last` (inclusive, global indices). */
export interface PageBlock {
    index: number;
    first: number;
    last: number;
    /**
     * Below 1 when the rows are printed a little smaller so that a table (or the part of it up to a
     * page break the author wrote) stays on one page, as signed originals do, rather than split.
     */
    scale?: number;
}

/** The smallest print scale used to keep a table on one page (about 7.5 pt text). */
export const minPageScale = 0.82;

/** The display rows in table order: a section heading before the first row of each `bagian`. */
export function displayRows(model: Pick<SopModel, 'rows' | 'nodes'>, cols: ProcedureColumns): DisplayRow[] {
    const byId = new Map(model.nodes.map(n => [n.id, n]));
    const rows: DisplayRow[] = [];
    let section: string | undefined;
    model.rows.forEach((row, rowIndex) => {
        if (row.section !== undefined && row.section !== section) {
            rows.push({ type: 'section', title: row.section, height: sectionRowHeight });
        }
        section = row.section;
        const nodes = row.nodeIds.map(id => byId.get(id)).filter((n): n is ProcessNode => !!n);
        rows.push({ type: 'step', row, nodes, rowIndex, height: estimateRowHeight(row, nodes, cols) });
    });
    return rows;
}

/**
 * Page blocks. A section heading always stays on the page of the row that follows it, and a page
 * holds at least one row even if that row alone is taller than the page. A row at a page break
 * is counted at the height it needs to hold its off-page connector.
 */
export function paginate(rows: readonly DisplayRow[], cols: ProcedureColumns, rowsPerPage?: number, laneTitles: readonly string[] = []): PageBlock[] {
    const limit = rowsPerPage !== undefined && rowsPerPage >= 1 ? Math.floor(rowsPerPage) : undefined;
    const budget = rowBudget(cols, laneTitles);
    const need = rows.map(r => (r.type === 'step' ? Math.max(r.height, connectorRowNeed(r.nodes, cols.laneWidth)) : r.height));
    const fit: Fit = { rows, need, budget, limit, end: rows.length - 1 };
    // Segments between the page breaks the author wrote; each is paginated on its own.
    const pages: PageBlock[] = [];
    let start = 0;
    for (let g = 0; g < rows.length; g++) {
        const r = rows[g];
        if ((r.type === 'step' && r.row.breakAfter) || g === rows.length - 1) {
            for (const p of paginateSegment(fit, start, g)) pages.push({ ...p, index: pages.length });
            start = g + 1;
        }
    }
    return pages;
}

interface Fit {
    rows: readonly DisplayRow[];
    /** Height of each row when it holds an off-page connector. */
    need: readonly number[];
    budget: number;
    limit: number | undefined;
    /** Index of the table's last row. */
    end: number;
}

/** Height of the rows first..last printed as one page: rows at a break (not the table's ends) hold a connector. */
function pageHeight(f: Fit, first: number, last: number): number {
    let sum = 0;
    for (let g = first; g <= last; g++) sum += (g === first && g > 0) || (g === last && g < f.end) ? f.need[g] : f.rows[g].height;
    return sum;
}

function paginateSegment(f: Fit, first: number, last: number): PageBlock[] {
    const height = pageHeight(f, first, last);
    if (f.limit === undefined && height <= f.budget) return [{ index: 0, first, last }];
    // Slightly too tall: print it smaller on one page rather than split it.
    if (f.limit === undefined && height * minPageScale <= f.budget) return [{ index: 0, first, last, scale: Math.floor((f.budget / height) * 1000) / 1000 }];
    const greedy = split(f, first, last, f.budget);
    if (f.limit !== undefined || greedy.length < 2) return greedy;
    // Balance the pages so the last one is not a lone row: same page count, evenly filled.
    const balanced = split(f, first, last, Math.min(f.budget, pageHeight(f, first, last) / greedy.length + minStepRowHeight));
    return balanced.length === greedy.length ? balanced : greedy;
}

function split(f: Fit, from: number, to: number, budget: number): PageBlock[] {
    const pages: PageBlock[] = [];
    let first = from, steps = 0;
    let i = from;
    while (i <= to) {
        // A unit is a row with the section heading(s) directly above it.
        let j = i;
        while (j <= to && f.rows[j].type === 'section') j++;
        const end = Math.min(j, to);
        const full = f.limit !== undefined ? steps >= f.limit : pageHeight(f, first, end) > budget;
        if (steps > 0 && full) {
            pages.push({ index: pages.length, first, last: i - 1 });
            first = i; steps = 0;
        }
        steps++;
        i = end + 1;
    }
    if (to >= from) pages.push({ index: pages.length, first, last: to });
    return pages;
}
