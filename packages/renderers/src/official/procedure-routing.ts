/**
 * Orthogonal routing of the arrows of the procedure table.
 *
 * Every printed row gets its own SVG that stretches to the row's real height, so the routing
 * never depends on how tall the text makes a row. Coordinates are horizontal pixels in the lanes
 * area and vertical pixels relative to the row's middle (where the symbols sit); a segment that
 * leaves the row is drawn to ±`far` and clipped by the row's SVG. An arrow therefore consists of:
 * a piece in the source row (from a port of the symbol to its vertical track), full-height pieces
 * in the rows it passes, and a piece in the target row (from the track into the symbol). Arrows
 * between symbols of one row stay in that row. Arrows that cross a page break end in a pair of
 * off-page connectors with the same label: the outgoing one under the source's column, the
 * incoming one above the target's column.
 *
 * Ports are handed out so that two lines never share one side of a symbol: arrows inside a row
 * first, then forward arrows (shortest first), then loops, each taking the first route whose
 * pieces miss every symbol.
 */
import type { Lane, NodeKind, ProcessEdge } from '@sop/language/model';
import type { ProcedureColumns, SymbolSize } from './procedure-geometry.js';
import { connectorRoom, symbolOffsets, symbolSize } from './procedure-geometry.js';
import type { DisplayRow, PageBlock } from './procedure-pages.js';

/** Far enough to leave any row; clipped by the row's SVG. */
export const far = 4000;

/** A drawing primitive of one row. */
export type Prim =
    | { t: 'through'; x: number; edge: number }
    | { t: 'path'; d: string; edge: number }
    | { t: 'arrow'; x: number; y: number; dir: 'down' | 'up' | 'left' | 'right'; edge: number }
    | { t: 'label'; x: number; y: number; text: string; anchor: 'start' | 'end' | 'middle'; edge: number }
    /**
     * An off-page connector drawn at (xDraw, y) in a row, joined to its arrow's track at xTrack;
     * `linked`: the arrow reaches the row from beyond it (else it ends at the connector in the row).
     */
    | { t: 'connector'; xTrack: number; xDraw: number; y: number; linked: boolean; label: string; role: 'out' | 'in'; flow: 'down' | 'up'; edge: number };

/** Key of a row's primitives: `r<global row>`. */
export type RowKey = string;

/** The routed drawing of a whole procedure. */
export interface Routing {
    prims: Map<RowKey, Prim[]>;
    /** Off-page connector pairs, in label order. */
    connectors: Array<{ label: string; edge: number; edges: number[]; fromPage: number; toPage: number }>;
    /** Where each symbol is drawn: display row, centre x, offset y from the row's middle. */
    positions: Map<string, { row: number; x: number; y: number; lane: number }>;
}

interface NodeInfo {
    id: string;
    kind: NodeKind;
    row: number;
    x: number;
    y: number;
    lane: number;
    size: SymbolSize;
}

interface Track {
    x: number;
    lo: number;
    hi: number;
    forward: boolean;
    target: string;
}

type Side = -1 | 1;
type Exit = 'bottom' | 'jog' | 'top' | Side;
type Entry = 'top' | 'bottom' | Side;

/** Spreadsheet-style connector labels: A..Z, AA, AB ... */
export function connectorLabel(i: number): string {
    let s = '';
    let n = i + 1;
    while (n > 0) {
        const r = (n - 1) % 26;
        s = String.fromCharCode(65 + r) + s;
        n = Math.floor((n - 1) / 26);
    }
    return s;
}

/** Horizontal distance from a symbol's centre to its outline at height dy from its centre. */
function sideOffset(n: NodeInfo, dy: number): number {
    const w = n.size.w / 2, h = n.size.h / 2;
    if (n.kind === 'decision') return w * (1 - Math.min(1, Math.abs(dy) / h));
    if (n.kind === 'start' || n.kind === 'end') {
        const rad = h;
        return w - rad + Math.sqrt(Math.max(0, rad * rad - dy * dy));
    }
    return w;
}

/** Routes every edge of the procedure over the display rows and page blocks. */
export function routeEdges(rows: readonly DisplayRow[], pages: readonly PageBlock[], lanes: readonly Lane[], edges: readonly ProcessEdge[], cols: ProcedureColumns): Routing {
    const lw = cols.laneWidth;
    const laneIndex = new Map(lanes.map(l => [l.id, l.index]));
    const nodes = new Map<string, NodeInfo>();
    const inRow = new Map<number, NodeInfo[]>();
    rows.forEach((r, g) => {
        if (r.type !== 'step') return;
        const offsets = symbolOffsets(r.nodes);
        const list: NodeInfo[] = [];
        for (const n of r.nodes) {
            if (nodes.has(n.id)) continue;
            const lane = laneIndex.get(n.lane) ?? 0;
            const info: NodeInfo = { id: n.id, kind: n.kind, row: g, x: lw * (lane + 0.5), y: offsets.get(n.id) ?? 0, lane, size: symbolSize(n.kind, lw) };
            nodes.set(n.id, info);
            list.push(info);
        }
        inRow.set(g, list);
    });
    const pageOf: number[] = [];
    for (const p of pages) for (let g = p.first; g <= p.last; g++) pageOf[g] = p.index;

    const prims = new Map<RowKey, Prim[]>();
    const put = (key: RowKey, p: Prim) => { let list = prims.get(key); if (!list) prims.set(key, list = []); list.push(p); };
    const tracks: Track[] = [];
    const ports = new Map<string, Set<string>>();
    const use = (id: string, what: string) => { let s = ports.get(id); if (!s) ports.set(id, s = new Set()); s.add(what); };
    const used = (id: string, what: string) => ports.get(id)?.has(what) ?? false;

    /** True when a vertical line at x between rows lo..hi (exclusive) misses every symbol. */
    const missesSymbols = (x: number, lo: number, hi: number) => {
        for (let g = Math.min(lo, hi) + 1; g < Math.max(lo, hi); g++) {
            for (const n of inRow.get(g) ?? []) if (Math.abs(x - n.x) < n.size.w / 2 + 3) return false;
        }
        return true;
    };
    /** True when a horizontal line in row g at height y between x1 and x2 misses the symbols (but `skip`). */
    const clearH = (g: number, x1: number, x2: number, y: number, skip: readonly string[]) => {
        const lo = Math.min(x1, x2), hi = Math.max(x1, x2);
        return !(inRow.get(g) ?? []).some(n => !skip.includes(n.id)
            && n.x + n.size.w / 2 + 2 > lo && n.x - n.size.w / 2 - 2 < hi && Math.abs(y - n.y) < n.size.h / 2 + 2);
    };
    /** True when a vertical line in row g at x between y1 and y2 misses the symbols (but `skip`). */
    const clearV = (g: number, x: number, y1: number, y2: number, skip: readonly string[]) => {
        const lo = Math.min(y1, y2), hi = Math.max(y1, y2);
        return !(inRow.get(g) ?? []).some(n => !skip.includes(n.id)
            && Math.abs(x - n.x) < n.size.w / 2 + 2 && n.y + n.size.h / 2 + 2 > lo && n.y - n.size.h / 2 - 2 < hi);
    };
    const trackFree = (x: number, lo: number, hi: number, forward: boolean, target: string) =>
        !tracks.some(t => Math.abs(t.x - x) < 4 && t.lo < hi && lo < t.hi && !(forward && t.forward && t.target === target));
    /** Channel x positions in a lane on one side, from the lane border inwards. */
    const channels = (lane: number, side: Side, w: number): number[] => {
        const c = lw * (lane + 0.5);
        const xs: number[] = [];
        for (let k = 0; ; k++) {
            const off = lw / 2 - 8 - 6 * k;
            if (off < w / 2 + 3) break;
            xs.push(c + side * off);
        }
        return xs;
    };

    const valid = edges.map((e, k) => ({ e, k, a: nodes.get(e.from), b: nodes.get(e.to) }))
        .filter((v): v is { e: ProcessEdge; k: number; a: NodeInfo; b: NodeInfo } => !!v.a && !!v.b);

    // 1. Arrows inside one row (several symbols in a row): straight across, or over the top when
    //    the row already joins the two symbols the other way.
    for (const { e, k, a, b } of valid.filter(v => v.a.row === v.b.row && v.a !== v.b).sort((p, q) => Number(p.e.back) - Number(q.e.back) || p.k - q.k)) {
        const g = a.row;
        const key = `r${g}`;
        if (a.lane === b.lane) {
            // Stacked in one column: straight down (or up) between them.
            const down = b.y > a.y;
            const y1 = a.y + (down ? a.size.h / 2 : -a.size.h / 2), y2 = b.y + (down ? -b.size.h / 2 : b.size.h / 2);
            put(key, { t: 'path', d: `M${r(a.x)},${r(y1)} V${r(y2)}`, edge: k });
            put(key, { t: 'arrow', x: b.x, y: y2, dir: down ? 'down' : 'up', edge: k });
            use(a.id, down ? 'outB' : 'outT'); use(b.id, down ? 'inT' : 'inB');
            if (e.label) put(key, { t: 'label', x: a.x + 4, y: y1 + (down ? 8 : -3), text: e.label, anchor: 'start', edge: k });
            continue;
        }
        const s: Side = b.x > a.x ? 1 : -1;
        const straight = a.y === b.y && !used(a.id, `out${s}`) && !used(a.id, `in${s}`) && !used(b.id, `in${-s}`) && !used(b.id, `out${-s}`)
            && clearH(g, a.x, b.x, a.y, [a.id, b.id]);
        if (straight) {
            const x1 = a.x + s * sideOffset(a, 0), x2 = b.x - s * sideOffset(b, 0);
            put(key, { t: 'path', d: `M${r(x1)},${r(a.y)} H${r(x2)}`, edge: k });
            put(key, { t: 'arrow', x: x2, y: b.y, dir: s > 0 ? 'right' : 'left', edge: k });
            use(a.id, `out${s}`); use(b.id, `in${-s}`);
            if (e.label) put(key, { t: 'label', x: x1 + s * 3, y: a.y - 4, text: e.label, anchor: s > 0 ? 'start' : 'end', edge: k });
            continue;
        }
        // Over the top: up from the source, across above the symbols, down into the target's top
        // beside any arrow that already enters there.
        const yTop = Math.min(a.y - a.size.h / 2, b.y - b.size.h / 2) - 7;
        const bx = b.x - s * Math.min(10, b.size.w / 2 - 4);
        const tipY = b.y - b.size.h / 2 + (b.kind === 'decision' ? sideDrop(b, bx) : 0);
        put(key, { t: 'path', d: `M${r(a.x)},${r(a.y - a.size.h / 2)} V${r(yTop)} H${r(bx)} V${r(tipY)}`, edge: k });
        put(key, { t: 'arrow', x: bx, y: tipY, dir: 'down', edge: k });
        use(a.id, 'outT'); use(b.id, 'inT2');
        // The label sits under the line, between the two symbols, where the row always has room.
        if (e.label) put(key, { t: 'label', x: (a.x + s * sideOffset(a, 0) + bx) / 2, y: yTop + 9, text: e.label, anchor: 'middle', edge: k });
    }

    type Plan = { edge: ProcessEdge; k: number; a: NodeInfo; b: NodeInfo; x: number; exit: Exit; entry: Entry; high?: boolean; tipX?: number };
    const plans: Plan[] = [];
    const cross = valid.filter(v => v.a.row !== v.b.row);
    const isForward = (v: { a: NodeInfo; b: NodeInfo }) => v.b.row > v.a.row;

    // 2. Forward arrows, shortest first, so that simple next-row arrows get the straight track.
    const forward = cross.filter(isForward).sort((p, q) => (p.b.row - p.a.row) - (q.b.row - q.a.row) || p.k - q.k);
    for (const { e, k, a, b } of forward) {
        const lo = a.row + 0.01, hi = b.row - 0.3;
        const side: Side = a.lane <= b.lane ? -1 : 1;
        const yIn = b.y - b.size.h / 2 - 6;
        const fits = (x: number) => missesSymbols(x, a.row, b.row) && trackFree(x, lo, hi, true, e.to)
            && (Math.abs(x - a.x) < 1 || clearH(a.row, a.x, x, a.y, [a.id]))
            && clearV(a.row, x, a.y, far, [a.id])
            && (Math.abs(x - b.x) < 1 || clearH(b.row, x, b.x, yIn, [b.id]))
            && clearV(b.row, x, -far, Math.abs(x - b.x) < 1 ? b.y : yIn, [b.id]);
        // Across a page break the arrow leaves straight down the source's column to its connector.
        const own = pageOf[a.row] !== pageOf[b.row] ? [a.x, b.x] : [b.x, a.x];
        const candidates = [...own, ...channels(b.lane, side, b.size.w).reverse(), ...channels(b.lane, (-side) as Side, b.size.w).reverse()];
        // Into a diamond in another column: straight down from the source, then across into the
        // diamond's side vertex (its top stays free for a loop to leave from), as signed tables draw it.
        const toward: Side = a.x < b.x ? -1 : 1;
        // ... unless the diamond itself needs that side: one branch straight down and another out of
        // this side towards a later row.
        const exits = valid.filter(v => v.a === b && v.b.row > b.row);
        const needsSide = exits.some(v => v.b.lane === b.lane) && exits.some(v => Math.sign(v.b.x - b.x) === toward);
        if (b.kind === 'decision' && !needsSide && a.lane !== b.lane && pageOf[a.row] === pageOf[b.row]
            && !used(b.id, `in${toward}`) && !used(b.id, `out${toward}`) && missesSymbols(a.x, a.row, b.row) && trackFree(a.x, lo, b.row, true, e.to)
            && clearV(a.row, a.x, a.y, far, [a.id]) && clearV(b.row, a.x, -far, b.y, [b.id]) && clearH(b.row, a.x, b.x, b.y, [b.id])) {
            tracks.push({ x: a.x, lo, hi: b.row, forward: true, target: e.to });
            plans.push({ edge: e, k, a, b, x: a.x, exit: 'bottom', entry: toward });
            use(b.id, `in${toward}`);
            continue;
        }
        const x = candidates.find(fits) ?? b.x;
        tracks.push({ x, lo, hi, forward: true, target: e.to });
        plans.push({ edge: e, k, a, b, x, exit: 'bottom', entry: 'top' });
    }
    // Exit ports of forward arrows: straight down, or out of the side facing the track; a side that
    // an arrow inside the row already uses, or that two branches would share, drops first and turns.
    const bySource = new Map<string, Plan[]>();
    for (const p of plans) { const l = bySource.get(p.edge.from) ?? []; l.push(p); bySource.set(p.edge.from, l); }
    for (const [id, list] of bySource) {
        for (const p of list) {
            const s: Side = p.x < p.a.x ? -1 : 1;
            p.exit = Math.abs(p.x - p.a.x) < 1 ? 'bottom' : (used(id, `out${s}`) || used(id, `in${s}`)) && !used(id, 'outB') && !list.some(q => q !== p && Math.abs(q.x - q.a.x) < 1) ? 'jog' : s;
        }
        for (const s of [-1, 1] as Side[]) {
            const same = list.filter(p => p.exit === s).sort((p, q) => Math.abs(p.x - p.a.x) - Math.abs(q.x - q.a.x));
            if (same.length > 1 && !list.some(p => p.exit === 'bottom' || p.exit === 'jog')) same[0].exit = 'jog';
        }
        for (const p of list) use(id, p.exit === 'bottom' || p.exit === 'jog' ? 'outB' : `out${p.exit}`);
    }
    for (const p of plans) if (p.entry === 'top') use(p.b.id, 'inT');

    // 3. Back arrows (loops). Tried in order: up the target's own column into its bottom; up the
    //    source's column from its top and across into the target's side; along a side channel.
    // Longest loops first: they take the outer channels, so nested loops never cross each other.
    const loops = cross.filter(v => !isForward(v)).sort((p, q) => (q.a.row - q.b.row) - (p.a.row - p.b.row) || p.k - q.k);
    for (const { e, k, a, b } of loops) {
        const toB: Side = b.x > a.x ? 1 : -1;
        const lo = b.row - 0.45, hi = a.row;
        let plan: Plan | undefined;
        if (a.lane !== b.lane && !used(b.id, 'outB') && !used(b.id, 'inB') && !used(a.id, `out${toB}`) && !used(a.id, `in${toB}`)
            && missesSymbols(b.x, b.row, a.row) && trackFree(b.x, b.row, a.row, false, e.to)
            && clearH(a.row, a.x, b.x, a.y, [a.id]) && clearV(a.row, b.x, -far, a.y, [a.id]) && clearV(b.row, b.x, b.y, far, [b.id])) {
            plan = { edge: e, k, a, b, x: b.x, exit: toB, entry: 'bottom' };
            use(a.id, `out${toB}`); use(b.id, 'inB');
        } else if (a.lane !== b.lane && !used(a.id, 'outT') && !used(a.id, 'inT') && !used(a.id, 'inT2') && !used(b.id, `in${-toB}`) && !used(b.id, `out${-toB}`)
            && missesSymbols(a.x, b.row, a.row) && trackFree(a.x, b.row, a.row, false, e.to)
            && clearH(b.row, a.x, b.x, b.y, [b.id]) && clearV(b.row, a.x, b.y, far, [b.id]) && clearV(a.row, a.x, -far, a.y, [a.id])) {
            plan = { edge: e, k, a, b, x: a.x, exit: 'top', entry: (-toB) as Side };
            use(a.id, 'outT'); use(b.id, `in${-toB}`);
        } else {
            let side: Side = used(a.id, 'out-1') || used(a.id, 'in-1') ? 1 : -1;
            if (side === 1 && (used(a.id, 'out1') || used(a.id, 'in1'))) side = -1;
            const lane = a.lane === b.lane ? a.lane : side < 0 ? Math.min(a.lane, b.lane) : Math.max(a.lane, b.lane);
            const w = Math.max(a.size.w, b.size.w);
            const candidates = [...channels(lane, side, w), ...channels(lane, (-side) as Side, w)];
            const x = candidates.find(c => missesSymbols(c, b.row, a.row) && trackFree(c, lo, hi, false, e.to)) ?? candidates[0] ?? a.x + side * (a.size.w / 2 + 6);
            const exit: Side = x < a.x ? -1 : 1;
            use(a.id, `out${exit}`);
            const entrySide: Side = x < b.x ? -1 : 1;
            // A loop enters the side of its target. When that side is taken, entering a little higher
            // would put the loop a millimetre from the other line (a defect seen on signed tables):
            // it comes over the top instead, beside the arrow that enters there; only when the top is
            // taken twice does it enter higher up on the side.
            const sideTaken = used(b.id, `out${entrySide}`) || used(b.id, `in${entrySide}`);
            if (sideTaken && !used(b.id, 'inT2') && !used(b.id, 'outT')) {
                use(b.id, 'inT2');
                plan = { edge: e, k, a, b, x, exit, entry: 'top', tipX: b.x + entrySide * Math.min(10, b.size.w / 2 - 4) };
            } else {
                use(b.id, `in${entrySide}`);
                plan = { edge: e, k, a, b, x, exit, entry: entrySide, high: sideTaken };
            }
        }
        tracks.push({ x: plan.x, lo, hi, forward: false, target: e.to });
        plans.push(plan);
    }

    // 4. Off-page connectors sit inside the last row of a page and the first row of the next, as on
    //    signed originals: those rows are made tall enough to hold them below (above) their symbols.
    const pageOfRow = (g: number) => pageOf[g];
    const extent = (g: number, side: 1 | -1) => Math.max(0, ...(inRow.get(g) ?? []).map(n => side * n.y + n.size.h / 2));
    const crossing = plans.filter(p => p.a !== p.b && pageOfRow(p.a.row) !== pageOfRow(p.b.row));
    const needs = new Map<number, number>();
    const need = (g: number, side: 1 | -1) => needs.set(g, Math.max(needs.get(g) ?? 0, 2 * (extent(g, side) + connectorRoom)));
    for (const p of crossing) {
        const forward = p.b.row > p.a.row;
        const pa = pageOfRow(p.a.row), pb = pageOfRow(p.b.row);
        need(forward ? pages[pa].last : pages[pa].first, forward ? 1 : -1);
        need(forward ? pages[pb].first : pages[pb].last, forward ? -1 : 1);
    }
    for (const [g, h] of needs) {
        const row = rows[g] as { height: number };
        row.height = Math.max(row.height, h);
    }
    /** Centre of a connector in row g, below (side 1) or above (side -1) the row's symbols. */
    const connectorY = (g: number, side: 1 | -1) => side * (rows[g].height / 2 - 15);

    // 5. Emit primitives, in model edge order so output is stable.
    plans.sort((p, q) => p.k - q.k);
    const connectors: Routing['connectors'] = [];
    const shared = new Map<string, string>();
    const last = (page: number) => pages[page].last;
    const first = (page: number) => pages[page].first;
    const selfLoops: Plan[] = valid.filter(v => v.a === v.b).map(v => ({ edge: v.e, k: v.k, a: v.a, b: v.b, x: 0, exit: 'bottom', entry: 'top' }));
    for (const p of [...plans, ...selfLoops]) {
        const { a, b, k } = p;
        const back = b.row <= a.row;
        const ha = a.size.h / 2, wa = a.size.w / 2, hb = b.size.h / 2;
        const ka = `r${a.row}`, kb = `r${b.row}`;
        if (a === b) {
            // A step that loops onto itself: out of a free side, up and into its own top.
            const s: Side = used(a.id, 'out1') || used(a.id, 'in1') ? -1 : 1;
            const x = a.x + s * Math.min(lw / 2 - 6, wa + 10);
            const top = a.y - (ha + 8);
            put(ka, { t: 'path', d: `M${r(a.x + s * wa)},${r(a.y)} H${r(x)} V${r(top)} H${r(a.x)} V${r(a.y - ha)}`, edge: k });
            put(ka, { t: 'arrow', x: a.x, y: a.y - ha, dir: 'down', edge: k });
            if (p.edge.label) put(ka, { t: 'label', x: a.x + s * (wa + 3), y: a.y - 4, text: p.edge.label, anchor: s < 0 ? 'end' : 'start', edge: k });
            continue;
        }
        const x = p.x;
        const pa = pageOf[a.row], pb = pageOf[b.row];
        const dir: 1 | -1 = back ? -1 : 1;
        // Where the source piece ends: leaving the row, or at its connector when the connector is in this row.
        const ga = pa === pb ? -1 : back ? first(pa) : last(pa);
        const gb = pa === pb ? -1 : back ? last(pb) : first(pb);
        const toward = ga === a.row ? r(connectorY(ga, dir) - dir * 15) : String(dir * far);
        // Source piece.
        let d: string;
        if (p.exit === 'bottom') d = `M${r(a.x)},${r(a.y + ha)} V${toward}`;
        else if (p.exit === 'top') d = `M${r(a.x)},${r(a.y - ha)} V${toward}`;
        else if (p.exit === 'jog') d = `M${r(a.x)},${r(a.y + ha)} V${r(a.y + ha + 6)} H${r(x)} V${toward}`;
        else d = `M${r(a.x + p.exit * sideOffset(a, 0))},${r(a.y)} H${r(x)} V${toward}`;
        put(ka, { t: 'path', d, edge: k });
        if (p.edge.label) put(ka, labelAt(p, k, typeof p.exit === 'number' && used(p.edge.from, `in${p.exit}`)));
        // Pieces across rows and pages.
        const through = (from: number, to: number, tx: number) => { for (let g = from; g <= to; g++) put(`r${g}`, { t: 'through', x: tx, edge: k }); };
        let xIn = x;
        /** Where the target piece starts: entering the row, or below (above) the connector in it. */
        let entryY = -dir * far;
        if (pa === pb) {
            through(Math.min(a.row, b.row) + 1, Math.max(a.row, b.row) - 1, x);
        } else {
            // On the target's page the arrow comes down its own column when that is clear.
            if (!back && missesSymbols(b.x, first(pb) - 1, b.row) && clearV(gb, b.x, -far, gb === b.row ? b.y : far, [b.id])) xIn = b.x;
            // Arrows that share a track into the same step also share one connector pair.
            const shareKey = `${pa}|${pb}|${p.edge.to}|${x}`;
            let label = shared.get(shareKey);
            const fresh = label === undefined;
            if (label === undefined) {
                label = connectorLabel(connectors.length);
                shared.set(shareKey, label);
                connectors.push({ label, edge: k, edges: [k], fromPage: pa, toPage: pb });
            } else {
                connectors.find(c => c.label === label)!.edges.push(k);
            }
            const flow = back ? 'up' : 'down';
            if (!back) through(a.row + 1, ga - 1, x);
            else through(ga + 1, a.row - 1, x);
            if (!fresh) continue;
            put(`r${ga}`, { t: 'connector', xTrack: x, xDraw: x, y: connectorY(ga, dir), linked: ga !== a.row, label, role: 'out', flow, edge: k });
            put(`r${gb}`, { t: 'connector', xTrack: xIn, xDraw: xIn, y: connectorY(gb, -dir as 1 | -1), linked: gb !== b.row, label, role: 'in', flow, edge: k });
            if (!back) through(gb + 1, b.row - 1, xIn);
            else through(b.row + 1, gb - 1, xIn);
            if (gb === b.row) entryY = connectorY(gb, -dir as 1 | -1) + dir * 15;
        }
        // Target piece.
        if (!back && typeof p.entry === 'number') {
            const tip = b.x + p.entry * sideOffset(b, 0);
            put(kb, { t: 'path', d: `M${r(xIn)},${r(entryY)} V${r(b.y)} H${r(tip)}`, edge: k });
            put(kb, { t: 'arrow', x: tip, y: b.y, dir: p.entry < 0 ? 'right' : 'left', edge: k });
        } else if (!back) {
            const yIn = b.y - (hb + 6);
            d = Math.abs(xIn - b.x) < 1 ? `M${r(b.x)},${r(entryY)} V${r(b.y - hb)}` : `M${r(xIn)},${r(entryY)} V${r(yIn)} H${r(b.x)} V${r(b.y - hb)}`;
            put(kb, { t: 'path', d, edge: k });
            put(kb, { t: 'arrow', x: b.x, y: b.y - hb, dir: 'down', edge: k });
        } else if (p.entry === 'bottom') {
            put(kb, { t: 'path', d: `M${r(b.x)},${r(entryY)} V${r(b.y + hb)}`, edge: k });
            put(kb, { t: 'arrow', x: b.x, y: b.y + hb, dir: 'up', edge: k });
        } else if (p.entry === 'top') {
            const yIn = b.y - (hb + 10);
            const tipX = p.tipX ?? b.x;
            const tipY = b.y - hb + (b.kind === 'decision' ? sideDrop(b, tipX) : 0);
            put(kb, { t: 'path', d: `M${r(xIn)},${r(entryY)} V${r(yIn)} H${r(tipX)} V${r(tipY)}`, edge: k });
            put(kb, { t: 'arrow', x: tipX, y: tipY, dir: 'down', edge: k });
        } else {
            const dy = p.high ? -hb / 2 : 0;
            const tip = b.x + p.entry * sideOffset(b, dy);
            put(kb, { t: 'path', d: `M${r(xIn)},${r(entryY)} V${r(b.y + dy)} H${r(tip)}`, edge: k });
            put(kb, { t: 'arrow', x: tip, y: b.y + dy, dir: p.entry < 0 ? 'right' : 'left', edge: k });
        }
    }
    spreadConnectors(prims, lw * cols.laneCount);
    clampLabels(prims, lw * cols.laneCount);
    const positions = new Map([...nodes].map(([id, n]) => [id, { row: n.row, x: n.x, y: n.y, lane: n.lane }]));
    return { prims, connectors, positions };
}

/** How far below a diamond's top vertex its outline is at horizontal position x. */
function sideDrop(n: NodeInfo, x: number): number {
    const w = n.size.w / 2, h = n.size.h / 2;
    return h * Math.min(1, Math.abs(x - n.x) / w);
}

/** Where a decision's branch label goes: just outside the port the branch leaves from, never on the symbol. */
function labelAt(p: { a: NodeInfo; x: number; exit: Exit; edge: ProcessEdge }, k: number, below = false): Prim {
    const { a } = p;
    const text = p.edge.label ?? '';
    const h = a.size.h / 2;
    if (p.exit === 'bottom') return { t: 'label', x: a.x + 4, y: a.y + h + 9, text, anchor: 'start', edge: k };
    if (p.exit === 'top') return { t: 'label', x: a.x + 4, y: a.y - h - 4, text, anchor: 'start', edge: k };
    if (p.exit === 'jog') {
        const s = p.x < a.x ? -1 : 1;
        // Beside the short drop, on the side away from the turn, so the row never clips it.
        return { t: 'label', x: a.x - s * 7, y: a.y + h + 5, text, anchor: s < 0 ? 'start' : 'end', edge: k };
    }
    return { t: 'label', x: a.x + p.exit * (sideOffset(a, 0) + 3), y: a.y + (below ? 10 : -4), text, anchor: p.exit < 0 ? 'end' : 'start', edge: k };
}

/** Connectors side by side in one row must not overlap: push them apart, the line jogs to reach them. */
function spreadConnectors(prims: Map<RowKey, Prim[]>, width: number): void {
    for (const list of prims.values()) {
        const all = list.filter((p): p is Extract<Prim, { t: 'connector' }> => p.t === 'connector');
        for (const y of new Set(all.map(c => c.y))) {
            const cons = all.filter(c => c.y === y).sort((p, q) => p.xTrack - q.xTrack || p.edge - q.edge);
            let prev = -Infinity;
            for (const c of cons) {
                // Keep the whole pentagon (20 px wide) inside the lanes area.
                c.xDraw = Math.max(c.xTrack, prev + 26, 12);
                prev = c.xDraw;
            }
            // Pushed past the right edge: shift the row's connectors back to the left, keeping the spacing.
            const over = prev - (width - 12);
            if (over > 0) for (const c of cons) c.xDraw -= over;
        }
    }
}

/** Branch labels near the lanes area's edges are moved inwards so they are not clipped. */
function clampLabels(prims: Map<RowKey, Prim[]>, width: number): void {
    for (const list of prims.values()) {
        for (const p of list) {
            if (p.t !== 'label') continue;
            const w = p.text.length * 4.8;
            // Moved back inside, the label would lie on its own symbol: it goes up a line as well.
            if (p.anchor === 'start' && p.x + w > width - 2) p.x = Math.max(2 + w, width - 2), p.anchor = 'end', p.y -= 11;
            else if (p.anchor === 'end' && p.x - w < 2) p.x = Math.min(width - 2 - w, 2), p.anchor = 'start', p.y -= 11;
        }
    }
}

function r(n: number): string {
    return String(Math.round(n * 10) / 10);
}
