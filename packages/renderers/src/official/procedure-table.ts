/**
 * The procedure table (bagian flowchart) of an SOP AP: No | Kegiatan | one column per pelaksana |
 * Mutu Baku (Kelengkapan, Waktu, Output) | Keterangan, split into printed page blocks with the
 * header repeated and off-page connectors where arrows cross a page break.
 */
import type { Lane, SopModel } from '@sop/language/model';
import { esc, escLines } from './escape.js';
import { sheetClasses } from './identity.js';
import type { Labels } from './labels.js';
import { columnNumberRowHeight, columnsFor, laneColumns, type ProcedureColumns } from './procedure-geometry.js';
import { displayRows, paginate, type DisplayRow, type PageBlock } from './procedure-pages.js';
import { routeEdges, type Routing } from './procedure-routing.js';
import { rowSvg, symbolSvg, symbolText } from './procedure-svg.js';

/** The laid-out procedure: rows, page blocks and routed arrows (exposed for tests and the DOCX renderer). */
export interface ProcedureLayout {
    cols: ProcedureColumns;
    lanes: Lane[];
    rows: DisplayRow[];
    pages: PageBlock[];
    routing: Routing;
}

/**
 * Lays out the procedure of an SOP for print, on the paper of its template. `rowsPerPage` (an
 * export option) overrides the template's `baris-per-halaman`.
 */
export function layoutProcedure(model: SopModel, rowsPerPage?: number): ProcedureLayout {
    const lanes = laneColumns(model);
    const cols = columnsFor(lanes.length, model.template);
    const rows = displayRows(model, cols);
    const pages = paginate(rows, cols, rowsPerPage ?? model.template.rowsPerPage, lanes.map(l => l.title));
    const routing = routeEdges(rows, pages, lanes, model.edges, cols);
    return { cols, lanes, rows, pages, routing };
}

function list(items: readonly string[]): string {
    if (items.length === 0) return '';
    if (items.length === 1) return escLines(items[0]);
    return `<ul class="cell-list">${items.map(i => `<li>${escLines(i)}</li>`).join('')}</ul>`;
}

function header(cols: ProcedureColumns, lanes: readonly Lane[], l: Labels): string {
    const notes = cols.notes > 0;
    const colgroup = [cols.no, cols.activity, ...lanes.map(() => cols.laneWidth), cols.inputs, cols.time, cols.output, ...(notes ? [cols.notes] : [])]
        .map(w => `<col style="width:${w}px">`).join('');
    const laneHeads = lanes.map(lane => `<th class="lane-head" data-lane="${esc(lane.id)}">${escLines(lane.title)}</th>`).join('');
    const count = 2 + lanes.length + 3 + (notes ? 1 : 0);
    const numbers = cols.columnNumbers
        ? `<tr class="col-numbers" style="height:${columnNumberRowHeight}px">${Array.from({ length: count }, (_, i) => `<th>${i + 1}</th>`).join('')}</tr>`
        : '';
    return `<colgroup>${colgroup}</colgroup><thead>`
        + `<tr><th rowspan="2" class="h-no">${esc(l.no)}</th><th rowspan="2" class="h-activity">${escLines(l.activity)}</th>`
        + `<th colspan="${lanes.length}" class="h-actors">${esc(l.actors)}</th><th colspan="3" class="h-quality">${esc(l.quality)}</th>`
        + (notes ? `<th rowspan="2" class="h-notes">${escLines(l.notes)}</th>` : '') + '</tr>'
        + `<tr>${laneHeads}<th class="h-inputs">${escLines(l.inputs)}</th><th class="h-time">${escLines(l.time)}</th><th class="h-output">${escLines(l.output)}</th></tr>${numbers}</thead>`;
}

function stepRow(display: Extract<DisplayRow, { type: 'step' }>, g: number, layout: ProcedureLayout, l: Labels, blankCapsules: boolean): string {
    const { row, nodes } = display;
    const { cols, lanes } = layout;
    const prims = layout.routing.prims.get(`r${g}`) ?? [];
    const notes = [...row.notes];
    for (const n of nodes) if (n.handover) notes.push(`${l.handoverTo}: ${n.handover.text}`);
    const symbols = nodes.map(n => {
        const at = layout.routing.positions.get(n.id) ?? { x: cols.laneWidth * ((lanes.find(x => x.id === n.lane)?.index ?? 0) + 0.5), y: 0 };
        return symbolSvg(n, { x: at.x, y: at.y, text: symbolText(n, l, blankCapsules) }, cols);
    }).join('');
    return `<tr class="step-row" data-step="${esc(row.id)}" data-row="${g}" data-number="${row.number}">`
        + `<td class="c-no">${row.number}</td>`
        + `<td class="c-activity">${escLines(row.text)}</td>`
        + `<td class="lanes" colspan="${lanes.length}" style="height:${display.height}px">${rowSvg(cols, prims, symbols)}</td>`
        + `<td class="c-inputs">${list(row.inputs)}</td>`
        + `<td class="c-time">${row.time ? esc(row.time.text) : ''}</td>`
        + `<td class="c-output">${list(row.outputs)}</td>`
        + (cols.notes > 0 ? `<td class="c-notes">${list(notes)}</td>` : '') + '</tr>';
}

function sectionRow(row: Extract<DisplayRow, { type: 'section' }>, g: number, layout: ProcedureLayout): string {
    const prims = layout.routing.prims.get(`r${g}`) ?? [];
    return `<tr class="section-row" data-row="${g}"><td colspan="2" class="c-section">${esc(row.title)}</td>`
        + `<td class="lanes" colspan="${layout.lanes.length}" style="height:${row.height}px">${rowSvg(layout.cols, prims)}</td><td colspan="${layout.cols.notes > 0 ? 4 : 3}"></td></tr>`;
}

/** The procedure table as page blocks (`<section class="sheet landscape proc-page">` each). */
export function procedureHtml(model: SopModel, layout: ProcedureLayout, l: Labels): string {
    const { cols, lanes, rows, pages } = layout;
    const head = header(cols, lanes, l);
    const caption = [model.header.number, model.title].filter(Boolean).map(s => esc(s)).join(' &#8212; ');
    // The caption line is ours; a template that reproduces signed tables without one turns it off.
    const captionOf = (more: string) => (model.template.tableCaption ? `<div class="proc-caption">${caption}${more}</div>` : '');
    const zoom = cols.zoom < 1 ? ` style="zoom:${cols.zoom}"` : '';
    if (rows.length === 0) {
        return `<section class="${sheetClasses(model.template.paper, model.template.tableOrientation)} proc-page" data-page="0">${captionOf('')}`
            + `<div class="proc-wrap"${zoom}><table class="proc" style="width:${cols.total}px">${head}<tbody></tbody></table></div></section>`;
    }
    return pages.map(page => {
        const body: string[] = [];
        for (let g = page.first; g <= page.last; g++) {
            const row = rows[g];
            body.push(row.type === 'step' ? stepRow(row, g, layout, l, model.template.blankCapsules) : sectionRow(row, g, layout));
        }
        const scale = Math.round(cols.zoom * (page.scale ?? 1) * 1000) / 1000;
        const pageZoom = scale < 1 ? ` style="zoom:${scale}"` : '';
        const more = pages.length > 1 ? ` <span class="proc-pageno">(${esc(l.page)} ${page.index + 1} ${esc(l.of)} ${pages.length})</span>` : '';
        return `<section class="${sheetClasses(model.template.paper, model.template.tableOrientation)} proc-page" data-page="${page.index}">${captionOf(more)}`
            + `<div class="proc-wrap"${pageZoom}><table class="proc" style="width:${cols.total}px">${head}<tbody>${body.join('')}</tbody></table></div></section>`;
    }).join('\n');
}
