/**
 * Orthogonal routing of the arrows of the procedure table.
 *
 * Every printed row gets its own SVG that stretches to the row's real height, so the routing
 * never depends on how tall the text makes a row. Coordinates are horizontal pixels in the lanes
 * area and vertical pixels relative to the row's middle (where the symbol sits); a segment that
 * leaves the row is drawn to ±`far` and clipped by the row's SVG. An arrow therefore consists of:
 * a piece in the source row (from a port of the symbol to its vertical track), full-height pieces
 * in the rows it passes, and a piece in the target row (from the track into the symbol). Arrows
 * that cross a page break end in a pair of off-page connectors with the same label.
 */
import type { Lane, NodeKind, ProcessEdge } from '@sop/language';
import type { ProcedureColumns, SymbolSize } from './procedure-geometry.js';
import { symbolSize } from './procedure-geometry.js';
import type { DisplayRow, PageBlock } from './procedure-pages.js';

/** Far enough to leave any row; clipped by the row's SVG. */
export const far = 4000;

/** A drawing primitive of one row. */
export type Prim =
    | { t: 'through'; x: number; edge: number }
    | { t: 'path'; d: string; edge: number }
    | { t: 'arrow'; x: number; y: number; dir: 'down' | 'up' | 'left' | 'right'; edge: number }
    | { t: 'label'; x: number; y: number; text: string; anchor: 'start' | 'end' | 'middle'; edge: number }
    | { t: 'connector'; xTrack: number; xDraw: number; label: string; role: 'out' | 'in'; flow: 'down' | 'up'; edge: number };

/** Key of a row's primitives: `r<global row>`, `top<page>` or `bottom<page>`. */
export type RowKey = string;

/** The routed drawing of a whole procedure. */
export interface Routing {
    prims: Map<RowKey, Prim[]>;
    /** Off-page connector pairs, in label order. */
    connectors: Array<{ label: string; edge: number; edges: number[]; fromPage: number; toPage: number }>;
}

interface NodeInfo {
    kind: NodeKind;
    row: number;
    x: number;
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

/** Routes every edge of the procedure over the display rows and page blocks. */
export function routeEdges(rows: readonly DisplayRow[], pages: readonly PageBlock[], lanes: readonly Lane[], edges: readonly ProcessEdge[], cols: ProcedureColumns): Routing {
    const lw = cols.laneWidth;
    const laneIndex = new Map(lanes.map(l => [l.id, l.index]));
    const nodes = new Map<string, NodeInfo>();
    rows.forEach((r, g) => {
        if (r.type !== 'step' || nodes.has(r.node.id)) return;
        const lane = laneIndex.get(r.node.lane) ?? 0;
        nodes.set(r.node.id, { kind: r.node.kind, row: g, x: lw * (lane + 0.5), lane, size: symbolSize(r.node.kind, lw) });
    });
    const pageOf: number[] = [];
    for (const p of pages) for (let g = p.first; g <= p.last; g++) pageOf[g] = p.index;

    const prims = new Map<RowKey, Prim[]>();
    const put = (key: RowKey, p: Prim) => { let list = prims.get(key); if (!list) prims.set(key, list = []); list.push(p); };
    const tracks: Track[] = [];

    /** True when a vertical line at x between rows lo..hi (exclusive) misses every symbol. */
    const missesSymbols = (x: number, lo: number, hi: number) => {
        for (let g = lo + 1; g < hi; g++) {
            const r = rows[g];
            if (r.type !== 'step') continue;
            const n = nodes.get(r.node.id);
            if (n && n.row === g && Math.abs(x - n.x) < n.size.w / 2 + 3) return false;
        }
        return true;
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

    type Plan = { edge: ProcessEdge; k: number; a: NodeInfo; b: NodeInfo; x: number; exit: 'bottom' | 'jog' | Side; entry: 'top' | Side; high?: boolean };
    const plans: Plan[] = [];
    const usedSides = new Map<string, Set<string>>();
    const use = (id: string, what: string) => { let s = usedSides.get(id); if (!s) usedSides.set(id, s = new Set()); s.add(what); };
    const used = (id: string, what: string) => usedSides.get(id)?.has(what) ?? false;

    const valid = edges.map((e, k) => ({ e, k, a: nodes.get(e.from), b: nodes.get(e.to) }))
        .filter((v): v is { e: ProcessEdge; k: number; a: NodeInfo; b: NodeInfo } => !!v.a && !!v.b);
    const isForward = (v: { a: NodeInfo; b: NodeInfo }) => v.b.row > v.a.row;

    // 1. Forward arrows, shortest first, so that simple next-row arrows get the straight track.
    const forward = valid.filter(isForward).sort((p, q) => (p.b.row - p.a.row) - (q.b.row - q.a.row) || p.k - q.k);
    for (const { e, k, a, b } of forward) {
        // Occupied vertical extent in row units: from the source's middle down to just above the target.
        const lo = a.row + 0.01, hi = b.row - 0.3;
        const side: Side = a.lane <= b.lane ? -1 : 1;
        const candidates = [b.x, ...channels(b.lane, side, b.size.w).reverse(), ...channels(b.lane, (-side) as Side, b.size.w).reverse()];
        const x = candidates.find(c => missesSymbols(c, a.row, b.row) && trackFree(c, lo, hi, true, e.to)) ?? b.x;
        tracks.push({ x, lo, hi, forward: true, target: e.to });
        plans.push({ edge: e, k, a, b, x, exit: 'bottom', entry: 'top' });
    }
    // Exit ports of forward arrows: straight down, or out of the side facing the track; when two
    // branches of a decision leave on the same side, the nearer one drops first and then turns.
    const bySource = new Map<string, Plan[]>();
    for (const p of plans) { const l = bySource.get(p.edge.from) ?? []; l.push(p); bySource.set(p.edge.from, l); }
    for (const [id, list] of bySource) {
        for (const p of list) p.exit = Math.abs(p.x - p.a.x) < 1 ? 'bottom' : (p.x < p.a.x ? -1 : 1);
        for (const s of [-1, 1] as Side[]) {
            const same = list.filter(p => p.exit === s).sort((p, q) => Math.abs(p.x - p.a.x) - Math.abs(q.x - q.a.x));
            if (same.length > 1 && !list.some(p => p.exit === 'bottom')) same[0].exit = 'jog';
        }
        for (const p of list) use(id, String(p.exit));
    }
    // 2. Back arrows (loops), routed along the side of the lanes they span.
    for (const { e, k, a, b } of valid.filter(v => !isForward(v))) {
        let side: Side = used(e.from, '-1') ? 1 : -1;
        if (side === 1 && used(e.from, '1')) side = -1;
        const lane = side < 0 ? Math.min(a.lane, b.lane) : Math.max(a.lane, b.lane);
        // From above the target (a top entry climbs above its middle) up from the source's middle.
        const lo = b.row - 0.45, hi = a.row === b.row ? a.row + 0.01 : a.row;
        const candidates = [...channels(lane, side, Math.max(a.size.w, b.size.w)), ...channels(lane, (-side) as Side, Math.max(a.size.w, b.size.w))];
        const x = candidates.find(c => missesSymbols(c, b.row, a.row) && trackFree(c, lo, hi, false, e.to)) ?? candidates[0] ?? a.x + side * (a.size.w / 2 + 6);
        const exit: Side = x < a.x ? -1 : 1;
        tracks.push({ x, lo, hi, forward: false, target: e.to });
        use(e.from, String(exit));
        const entrySide: Side = x < b.x ? -1 : 1;
        // A loop enters the side of its target; when the target already leaves from that side, the
        // loop enters higher up on the same side so the two lines stay apart.
        const entry: 'top' | Side = a.row === b.row ? 'top' : entrySide;
        const high = entry !== 'top' && used(e.to, String(entrySide));
        if (entry !== 'top') use(e.to, `in${entrySide}`);
        plans.push({ edge: e, k, a, b, x, exit, entry, high });
    }

    // 3. Emit primitives, in model edge order so output is stable.
    plans.sort((p, q) => p.k - q.k);
    const connectors: Routing['connectors'] = [];
    const shared = new Map<string, string>();
    const last = (page: number) => pages[page].last;
    const first = (page: number) => pages[page].first;
    for (const p of plans) {
        const { a, b, x, k } = p;
        const back = b.row <= a.row;
        const ha = a.size.h / 2, wa = a.size.w / 2, hb = b.size.h / 2;
        // Source piece.
        let d: string;
        const toward = back ? -far : far;
        if (a.row === b.row) {
            const s = p.exit as Side;
            const top = -(ha + 8);
            put(`r${a.row}`, { t: 'path', d: `M${r(a.x + s * wa)},0 H${r(x)} V${r(top)} H${r(a.x)} V${r(-ha)}`, edge: k });
            put(`r${a.row}`, { t: 'arrow', x: a.x, y: -ha, dir: 'down', edge: k });
            if (p.edge.label) put(`r${a.row}`, { t: 'label', x: a.x + s * (wa + 3), y: -4, text: p.edge.label, anchor: s < 0 ? 'end' : 'start', edge: k });
            continue;
        }
        if (p.exit === 'bottom') d = `M${r(a.x)},${r(ha)} V${toward}`;
        else if (p.exit === 'jog') d = `M${r(a.x)},${r(ha)} V${r(ha + 6)} H${r(x)} V${toward}`;
        else d = `M${r(a.x + p.exit * wa)},0 H${r(x)} V${toward}`;
        put(`r${a.row}`, { t: 'path', d, edge: k });
        // A loop entering this side higher up would run through a label above the exit line.
        if (p.edge.label) put(`r${a.row}`, labelAt(p, k, typeof p.exit === 'number' && used(p.edge.from, `in${p.exit}`)));
        // Pieces across rows and pages.
        const pa = pageOf[a.row], pb = pageOf[b.row];
        const through = (from: number, to: number) => { for (let g = from; g <= to; g++) put(`r${g}`, { t: 'through', x, edge: k }); };
        if (pa === pb) {
            through(Math.min(a.row, b.row) + 1, Math.max(a.row, b.row) - 1);
        } else {
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
            if (!back) {
                through(a.row + 1, last(pa));
                if (fresh) {
                    put(`bottom${pa}`, { t: 'connector', xTrack: x, xDraw: x, label, role: 'out', flow: 'down', edge: k });
                    put(`top${pb}`, { t: 'connector', xTrack: x, xDraw: x, label, role: 'in', flow: 'down', edge: k });
                    through(first(pb), b.row - 1);
                }
            } else {
                through(first(pa), a.row - 1);
                if (fresh) {
                    put(`top${pa}`, { t: 'connector', xTrack: x, xDraw: x, label, role: 'out', flow: 'up', edge: k });
                    put(`bottom${pb}`, { t: 'connector', xTrack: x, xDraw: x, label, role: 'in', flow: 'up', edge: k });
                    through(b.row + 1, last(pb));
                }
            }
            if (!fresh) continue;
        }
        // Target piece.
        if (!back) {
            const yIn = -(hb + 6);
            d = Math.abs(x - b.x) < 1 ? `M${r(b.x)},${-far} V${r(-hb)}` : `M${r(x)},${-far} V${r(yIn)} H${r(b.x)} V${r(-hb)}`;
            put(`r${b.row}`, { t: 'path', d, edge: k });
            put(`r${b.row}`, { t: 'arrow', x: b.x, y: -hb, dir: 'down', edge: k });
        } else if (p.entry === 'top') {
            const yIn = -(hb + 10);
            put(`r${b.row}`, { t: 'path', d: `M${r(x)},${far} V${r(yIn)} H${r(b.x)} V${r(-hb)}`, edge: k });
            put(`r${b.row}`, { t: 'arrow', x: b.x, y: -hb, dir: 'down', edge: k });
        } else {
            const y = p.high ? -hb / 2 : 0;
            const tip = b.x + p.entry * sideOffset(b, y);
            put(`r${b.row}`, { t: 'path', d: `M${r(x)},${far} V${r(y)} H${r(tip)}`, edge: k });
            put(`r${b.row}`, { t: 'arrow', x: tip, y, dir: p.entry < 0 ? 'right' : 'left', edge: k });
        }
    }
    spreadConnectors(prims, lw * cols.laneCount);
    clampLabels(prims, lw * cols.laneCount);
    return { prims, connectors };
}

/** Horizontal distance from a symbol's centre to its outline at height y (y within the symbol). */
function sideOffset(n: NodeInfo, y: number): number {
    const w = n.size.w / 2, h = n.size.h / 2;
    if (n.kind === 'decision') return w * (1 - Math.abs(y) / h);
    if (n.kind === 'start' || n.kind === 'end') {
        const rad = h;
        return w - rad + Math.sqrt(Math.max(0, rad * rad - y * y));
    }
    return w;
}

/** Where a decision's branch label goes: just outside the port the branch leaves from. */
function labelAt(p: { a: NodeInfo; x: number; exit: 'bottom' | 'jog' | Side; edge: ProcessEdge }, k: number, below = false): Prim {
    const { a } = p;
    const text = p.edge.label ?? '';
    if (p.exit === 'bottom') return { t: 'label', x: a.x + 4, y: a.size.h / 2 + 7, text, anchor: 'start', edge: k };
    if (p.exit === 'jog') {
        const s = p.x < a.x ? -1 : 1;
        return { t: 'label', x: a.x + s * 3, y: a.size.h / 2 + 4, text, anchor: s < 0 ? 'end' : 'start', edge: k };
    }
    return { t: 'label', x: a.x + p.exit * (a.size.w / 2 + 3), y: below ? 10 : -4, text, anchor: p.exit < 0 ? 'end' : 'start', edge: k };
}

/** Connectors in one connector row must not overlap: push them apart, the line jogs to reach them. */
function spreadConnectors(prims: Map<RowKey, Prim[]>, width: number): void {
    for (const [key, list] of prims) {
        if (!key.startsWith('top') && !key.startsWith('bottom')) continue;
        const cons = list.filter((p): p is Extract<Prim, { t: 'connector' }> => p.t === 'connector').sort((p, q) => p.xTrack - q.xTrack || p.edge - q.edge);
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

/** Branch labels near the lanes area's edges are moved inwards so they are not clipped. */
function clampLabels(prims: Map<RowKey, Prim[]>, width: number): void {
    for (const list of prims.values()) {
        for (const p of list) {
            if (p.t !== 'label') continue;
            const w = p.text.length * 4.8;
            if (p.anchor === 'start' && p.x + w > width - 2) p.x = Math.max(2 + w, width - 2), p.anchor = 'end';
            else if (p.anchor === 'end' && p.x - w < 2) p.x = Math.min(width - 2 - w, 2), p.anchor = 'start';
        }
    }
}

function r(n: number): string {
    return String(Math.round(n * 10) / 10);
}
