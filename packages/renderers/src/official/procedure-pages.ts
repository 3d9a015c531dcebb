/**
 * Splits the procedure into display rows (steps and `bagian` headings) and the rows into printed
 * page blocks: a fixed number of steps per page when `rowsPerPage` is given, otherwise as many
 * rows as fit an A4 landscape page by the deterministic height estimate.
 */
import type { ProcessNode } from '@sop/language';
import { estimateRowHeight, minStepRowHeight, rowBudget, sectionRowHeight, type ProcedureColumns } from './procedure-geometry.js';

/** One row of the procedure table. */
export type DisplayRow =
    | { type: 'step'; node: ProcessNode; nodeIndex: number; height: number }
    | { type: 'section'; title: string; height: number };

/** A printed page block: display rows `first..last` (inclusive, global indices). */
export interface PageBlock {
    index: number;
    first: number;
    last: number;
}

/** The display rows in table order: a section heading before the first step of each `bagian`. */
export function displayRows(nodes: readonly ProcessNode[], cols: ProcedureColumns): DisplayRow[] {
    const rows: DisplayRow[] = [];
    let section: string | undefined;
    nodes.forEach((node, nodeIndex) => {
        if (node.section !== undefined && node.section !== section) {
            rows.push({ type: 'section', title: node.section, height: sectionRowHeight });
        }
        section = node.section;
        rows.push({ type: 'step', node, nodeIndex, height: estimateRowHeight(node, cols) });
    });
    return rows;
}

/**
 * Page blocks. A section heading always stays on the page of the step that follows it, and a
 * page holds at least one step even if that step alone is taller than the page.
 */
export function paginate(rows: readonly DisplayRow[], cols: ProcedureColumns, rowsPerPage?: number): PageBlock[] {
    const limit = rowsPerPage !== undefined && rowsPerPage >= 1 ? Math.floor(rowsPerPage) : undefined;
    const budget = rowBudget(cols);
    const greedy = split(rows, budget, limit);
    if (limit !== undefined || greedy.length < 2) return greedy;
    // Balance the pages so the last one is not a lone row: same page count, evenly filled.
    const total = rows.reduce((sum, r) => sum + r.height, 0);
    const balanced = split(rows, Math.min(budget, total / greedy.length + minStepRowHeight), undefined);
    return balanced.length === greedy.length ? balanced : greedy;
}

function split(rows: readonly DisplayRow[], budget: number, limit: number | undefined): PageBlock[] {
    const pages: PageBlock[] = [];
    let first = 0, steps = 0, height = 0;
    let i = 0;
    while (i < rows.length) {
        // A unit is a step with the section heading(s) directly above it.
        let j = i;
        let unitHeight = 0;
        while (j < rows.length && rows[j].type === 'section') unitHeight += rows[j++].height;
        if (j < rows.length) unitHeight += rows[j].height;
        const end = Math.min(j, rows.length - 1);
        const full = limit !== undefined ? steps >= limit : height + unitHeight > budget;
        if (steps > 0 && full) {
            pages.push({ index: pages.length, first, last: i - 1 });
            first = i; steps = 0; height = 0;
        }
        steps++;
        height += unitHeight;
        i = end + 1;
    }
    if (rows.length > 0) pages.push({ index: pages.length, first, last: rows.length - 1 });
    return pages;
}
