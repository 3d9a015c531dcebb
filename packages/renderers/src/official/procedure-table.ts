/**
 * The procedure table (bagian flowchart) of an SOP AP: No | Kegiatan | one column per pelaksana |
 * Mutu Baku (Kelengkapan, Waktu, Output) | Keterangan, split into printed page blocks with the
 * header repeated and off-page connectors where arrows cross a page break.
 */
import type { Lane, SopModel } from '@sop/language';
import { esc, escLines } from './escape.js';
import type { Labels } from './labels.js';
import { connectorRowHeight, laneColumns, procedureColumns, type ProcedureColumns } from './procedure-geometry.js';
import { displayRows, paginate, type DisplayRow, type PageBlock } from './procedure-pages.js';
import { routeEdges, type Prim, type Routing } from './procedure-routing.js';
import { rowSvg, symbolSvg } from './procedure-svg.js';

/** The laid-out procedure: rows, page blocks and routed arrows (exposed for tests and the DOCX renderer). */
export interface ProcedureLayout {
    cols: ProcedureColumns;
    lanes: Lane[];
    rows: DisplayRow[];
    pages: PageBlock[];
    routing: Routing;
}

/** Lays out the procedure of an SOP for print. */
export function layoutProcedure(model: SopModel, rowsPerPage?: number): ProcedureLayout {
    const lanes = laneColumns(model);
    const cols = procedureColumns(lanes.length);
    const rows = displayRows(model.nodes, cols);
    const pages = paginate(rows, cols, rowsPerPage);
    const routing = routeEdges(rows, pages, lanes, model.edges, cols);
    return { cols, lanes, rows, pages, routing };
}

function list(items: readonly string[]): string {
    if (items.length === 0) return '';
    if (items.length === 1) return escLines(items[0]);
    return `<ul class="cell-list">${items.map(i => `<li>${escLines(i)}</li>`).join('')}</ul>`;
}

function header(cols: ProcedureColumns, lanes: readonly Lane[], l: Labels): string {
    const colgroup = [cols.no, cols.activity, ...lanes.map(() => cols.laneWidth), cols.inputs, cols.time, cols.output, cols.notes]
        .map(w => `<col style="width:${w}px">`).join('');
    const laneHeads = lanes.map(lane => `<th class="lane-head" data-lane="${esc(lane.id)}">${esc(lane.title)}</th>`).join('');
    return `<colgroup>${colgroup}</colgroup><thead>`
        + `<tr><th rowspan="2" class="h-no">${esc(l.no)}</th><th rowspan="2" class="h-activity">${esc(l.activity)}</th>`
        + `<th colspan="${lanes.length}" class="h-actors">${esc(l.actors)}</th><th colspan="3" class="h-quality">${esc(l.quality)}</th>`
        + `<th rowspan="2" class="h-notes">${esc(l.notes)}</th></tr>`
        + `<tr>${laneHeads}<th>${esc(l.inputs)}</th><th>${esc(l.time)}</th><th>${esc(l.output)}</th></tr></thead>`;
}

function connectorRow(key: string, prims: readonly Prim[] | undefined, cols: ProcedureColumns, lanes: number): string {
    if (!prims?.length) return '';
    return `<tr class="conn-row" data-row="${key}" style="height:${connectorRowHeight}px"><td colspan="2"></td>`
        + `<td class="lanes" colspan="${lanes}">${rowSvg(cols, prims)}</td><td colspan="4"></td></tr>`;
}

function stepRow(row: Extract<DisplayRow, { type: 'step' }>, g: number, layout: ProcedureLayout, l: Labels): string {
    const { node } = row;
    const { cols, lanes } = layout;
    const laneIndex = lanes.find(x => x.id === node.lane)?.index ?? 0;
    const prims = layout.routing.prims.get(`r${g}`) ?? [];
    const notes = [...node.notes];
    if (node.handover) notes.push(`${l.handoverTo}: ${node.handover.text}`);
    return `<tr class="step-row" data-step="${esc(node.id)}" data-row="${g}">`
        + `<td class="c-no">${node.number}</td>`
        + `<td class="c-activity">${escLines(node.text)}</td>`
        + `<td class="lanes" colspan="${lanes.length}" style="height:${row.height}px">${rowSvg(cols, prims, symbolSvg(node, laneIndex, cols, l))}</td>`
        + `<td class="c-inputs">${list(node.inputs)}</td>`
        + `<td class="c-time">${node.time ? esc(node.time.text) : ''}</td>`
        + `<td class="c-output">${list(node.outputs)}</td>`
        + `<td class="c-notes">${list(notes)}</td></tr>`;
}

function sectionRow(row: Extract<DisplayRow, { type: 'section' }>, g: number, layout: ProcedureLayout): string {
    const prims = layout.routing.prims.get(`r${g}`) ?? [];
    return `<tr class="section-row" data-row="${g}"><td colspan="2" class="c-section">${esc(row.title)}</td>`
        + `<td class="lanes" colspan="${layout.lanes.length}" style="height:${row.height}px">${rowSvg(layout.cols, prims)}</td><td colspan="4"></td></tr>`;
}

/** The procedure table as page blocks (`<section class="sheet landscape proc-page">` each). */
export function procedureHtml(model: SopModel, layout: ProcedureLayout, l: Labels): string {
    const { cols, lanes, rows, pages } = layout;
    const head = header(cols, lanes, l);
    const caption = [model.header.number, model.title].filter(Boolean).map(s => esc(s)).join(' &#8212; ');
    const zoom = cols.zoom < 1 ? ` style="zoom:${cols.zoom}"` : '';
    if (rows.length === 0) {
        return `<section class="sheet landscape proc-page" data-page="0"><div class="proc-caption">${caption}</div>`
            + `<div class="proc-wrap"${zoom}><table class="proc" style="width:${cols.total}px">${head}<tbody></tbody></table></div></section>`;
    }
    return pages.map(page => {
        const body: string[] = [connectorRow(`top${page.index}`, layout.routing.prims.get(`top${page.index}`), cols, lanes.length)];
        for (let g = page.first; g <= page.last; g++) {
            const row = rows[g];
            body.push(row.type === 'step' ? stepRow(row, g, layout, l) : sectionRow(row, g, layout));
        }
        body.push(connectorRow(`bottom${page.index}`, layout.routing.prims.get(`bottom${page.index}`), cols, lanes.length));
        const more = pages.length > 1 ? ` <span class="proc-pageno">(${esc(l.page)} ${page.index + 1} ${esc(l.of)} ${pages.length})</span>` : '';
        return `<section class="sheet landscape proc-page" data-page="${page.index}"><div class="proc-caption">${caption}${more}</div>`
            + `<div class="proc-wrap"${zoom}><table class="proc" style="width:${cols.total}px">${head}<tbody>${body.join('')}</tbody></table></div></section>`;
    }).join('\n');
}
