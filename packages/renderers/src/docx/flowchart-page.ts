/**
 * The flowchart of one printed page of the procedure table, in page coordinates, from the same
 * layout and arrow routing as the HTML (official/procedure-*.ts).
 *
 * The HTML draws each table row as its own SVG, so an arrow is cut into pieces: one in the row
 * it leaves, full-height pieces in the rows it passes, one in the row it enters. Word has no
 * per-row drawing, so here the pieces of each arrow on a page are placed at the rows' known
 * heights and joined back into one polyline, which becomes one arrow shape with its arrowhead.
 * Units are unscaled CSS px; x from the left edge of the first pelaksana column, y from the top
 * of the page's first body row.
 */
import type { ProcessNode, SopModel } from '@sop/language/model';
import type { Labels } from '../official/labels.js';
import { symbolSize } from '../official/procedure-geometry.js';
import type { PageBlock } from '../official/procedure-pages.js';
import { far, type Prim } from '../official/procedure-routing.js';
import { connectorLine, symbolText } from '../official/procedure-svg.js';
import type { ProcedureLayout } from '../official/procedure-table.js';

/** A point on the page's flowchart. */
export interface Point {
    x: number;
    y: number;
}

/** A symbol (capsule, box, diamond, hand-over pentagon) centred at (x, y). */
export interface DrawnSymbol {
    node: ProcessNode;
    x: number;
    y: number;
    w: number;
    h: number;
    /** Text inside the symbol, as the HTML prints it ('' for none). */
    text: string;
}

/** One arrow of an edge on this page, as a polyline; `head`: it ends in an arrowhead at its last point. */
export interface DrawnArrow {
    /** Index of the edge in `model.edges`. */
    edge: number;
    points: Point[];
    head: boolean;
}

/** A branch label with its baseline point and text anchor, as in the SVG. */
export interface DrawnLabel {
    edge: number;
    text: string;
    x: number;
    y: number;
    anchor: 'start' | 'end' | 'middle';
}

/** An off-page connector (pentagon, 20 × 20 px) centred at (x, y). */
export interface DrawnConnector {
    label: string;
    role: 'out' | 'in';
    edge: number;
    x: number;
    y: number;
}

/** Everything drawn over one page's table body. */
export interface PageDrawing {
    /** Width of the pelaksana columns together. */
    width: number;
    /** Height of the page's body rows together. */
    height: number;
    /** Top of each of the page's display rows (global index → y). */
    rowTops: Map<number, number>;
    symbols: DrawnSymbol[];
    arrows: DrawnArrow[];
    labels: DrawnLabel[];
    connectors: DrawnConnector[];
}

const near = (a: Point, b: Point) => Math.abs(a.x - b.x) < 0.6 && Math.abs(a.y - b.y) < 0.6;

/** Points of an SVG path of the routing (M, L, H and V commands, absolute), in row coordinates. */
function pathPoints(d: string): Point[] {
    const pts: Point[] = [];
    let cur: Point = { x: 0, y: 0 };
    for (const m of d.matchAll(/([MLHV])\s*(-?[\d.]+)(?:[ ,]\s*(-?[\d.]+))?/g)) {
        const a = Number(m[2]);
        if (m[1] === 'H') cur = { x: a, y: cur.y };
        else if (m[1] === 'V') cur = { x: cur.x, y: a };
        else cur = { x: a, y: Number(m[3]) };
        pts.push(cur);
    }
    return pts;
}

/** Drops repeated points and the middle point of three on one straight line. */
function simplify(points: Point[]): Point[] {
    const out: Point[] = [];
    for (const p of points) {
        if (out.length && near(out[out.length - 1], p)) continue;
        if (out.length >= 2) {
            const a = out[out.length - 2], b = out[out.length - 1];
            const straight = (Math.abs(a.x - b.x) < 0.01 && Math.abs(b.x - p.x) < 0.01) || (Math.abs(a.y - b.y) < 0.01 && Math.abs(b.y - p.y) < 0.01);
            if (straight) out.pop();
        }
        out.push(p);
    }
    return out;
}

/** Joins pieces that meet end to end into as few polylines as possible (in the pieces' order, so the result is stable). */
export function chainPieces(pieces: readonly Point[][]): Point[][] {
    const left = pieces.filter(p => p.length >= 2).map(p => [...p]);
    const chains: Point[][] = [];
    while (left.length) {
        let chain = left.shift()!;
        for (let grown = true; grown;) {
            grown = false;
            for (let i = 0; i < left.length; i++) {
                const p = left[i];
                const head = chain[0], tail = chain[chain.length - 1];
                if (near(tail, p[0])) chain = [...chain, ...p.slice(1)];
                else if (near(tail, p[p.length - 1])) chain = [...chain, ...[...p].reverse().slice(1)];
                else if (near(head, p[p.length - 1])) chain = [...p.slice(0, -1), ...chain];
                else if (near(head, p[0])) chain = [...[...p].reverse().slice(0, -1), ...chain];
                else continue;
                left.splice(i, 1);
                grown = true;
                break;
            }
        }
        chains.push(simplify(chain));
    }
    return chains;
}

/**
 * The drawing of one page block of a laid-out procedure. `heights` gives rows a height of their
 * own (taller than the layout's, for text); symbols stay centred in their rows, as in the HTML.
 */
export function pageDrawing(model: SopModel, layout: ProcedureLayout, page: PageBlock, l: Labels, heights: ReadonlyMap<number, number> = new Map()): PageDrawing {
    const { cols, rows, routing } = layout;
    const heightOf = (g: number) => heights.get(g) ?? rows[g].height;
    const rowTops = new Map<number, number>();
    let y = 0;
    for (let g = page.first; g <= page.last; g++) { rowTops.set(g, y); y += heightOf(g); }
    const pieces = new Map<number, Point[][]>();
    const tips = new Map<number, Point[]>();
    const add = <T>(map: Map<number, T[]>, k: number, v: T) => { const list = map.get(k) ?? []; list.push(v); map.set(k, list); };
    const symbols: DrawnSymbol[] = [];
    const labels: DrawnLabel[] = [];
    const connectors: DrawnConnector[] = [];
    for (let g = page.first; g <= page.last; g++) {
        const top = rowTops.get(g)!, h = heightOf(g), mid = top + h / 2;
        // Pieces that leave the row are drawn to ±far in the SVG and clipped there: here they end at the row's edge.
        const at = (p: Point): Point => ({ x: p.x, y: p.y >= far ? top + h : p.y <= -far ? top : mid + p.y });
        const prims: readonly Prim[] = routing.prims.get(`r${g}`) ?? [];
        for (const p of prims) {
            if (p.t === 'through') add(pieces, p.edge, [{ x: p.x, y: top }, { x: p.x, y: top + h }]);
            else if (p.t === 'path') add(pieces, p.edge, pathPoints(p.d).map(at));
            else if (p.t === 'arrow') add(tips, p.edge, at(p));
            else if (p.t === 'label') labels.push({ edge: p.edge, text: p.text, x: p.x, y: mid + p.y, anchor: p.anchor });
            else if (p.t === 'connector') {
                const line = connectorLine(p);
                add(pieces, p.edge, pathPoints(line.d).map(at));
                if (line.arrow) add(tips, p.edge, at(line.arrow));
                connectors.push({ label: p.label, role: p.role, edge: p.edge, x: p.xDraw, y: mid + p.y });
            }
        }
        const row = rows[g];
        if (row.type !== 'step') continue;
        for (const node of row.nodes) {
            const pos = routing.positions.get(node.id);
            if (!pos || pos.row !== g) continue;
            const size = symbolSize(node.kind, cols.laneWidth);
            const text = node.kind === 'handover'
                ? symbolText(node, l, model.template.blankCapsules) || node.handover?.id || node.handover?.text || ''
                : symbolText(node, l, model.template.blankCapsules);
            symbols.push({ node, x: pos.x, y: mid + pos.y, w: size.w, h: size.h, text });
        }
    }
    const arrows: DrawnArrow[] = [];
    for (const [edge, list] of [...pieces].sort((a, b) => a[0] - b[0])) {
        const ends = tips.get(edge) ?? [];
        for (const chain of chainPieces(list)) {
            // The routing writes the pieces of a loop top-down; the arrowhead says which way it runs.
            const points = ends.some(t => near(t, chain[0])) && !ends.some(t => near(t, chain[chain.length - 1])) ? [...chain].reverse() : chain;
            arrows.push({ edge, points, head: ends.some(t => near(t, points[points.length - 1])) });
        }
    }
    return { width: cols.laneWidth * cols.laneCount, height: y, rowTops, symbols, arrows, labels, connectors };
}
