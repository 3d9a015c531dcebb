/**
 * SVG of one procedure row: lane separators, the step's symbol (one of the SOP AP shapes),
 * the arrow pieces routed through the row, branch labels and off-page connectors.
 * The outer SVG stretches to the row's height; a nested SVG placed at 50% gives the coordinate
 * origin at the row's middle, so symbols stay centred whatever the row's height.
 */
import type { ProcessNode } from '@sop/language/model';
import { esc } from './escape.js';
import type { Labels } from './labels.js';
import type { ProcedureColumns } from './procedure-geometry.js';
import { symbolSize } from './procedure-geometry.js';
import { far, type Prim } from './procedure-routing.js';

const n1 = (x: number) => String(Math.round(x * 10) / 10);

/** Where and how one symbol is drawn: its centre in the row's lanes area and the text inside it. */
export interface SymbolPlacement {
    x: number;
    y: number;
    /** Text inside the symbol ('' for none). */
    text: string;
}

/** The text printed inside a symbol: what the author wrote, else "Mulai"/"Selesai" in capsules (unless the template blanks them). */
export function symbolText(node: ProcessNode, l: Labels, blankCapsules: boolean): string {
    if (node.label !== undefined) return node.label;
    if ((node.kind === 'start' || node.kind === 'end') && !blankCapsules) return node.kind === 'start' ? l.start : l.end;
    return '';
}

/** One symbol drawn around (x, y). */
export function symbolSvg(node: ProcessNode, at: SymbolPlacement, cols: ProcedureColumns): string {
    const { w, h } = symbolSize(node.kind, cols.laneWidth);
    const cx = at.x, cy = at.y;
    const x0 = cx - w / 2, y0 = cy - h / 2;
    let shape: string;
    let text = '';
    const inside = (value: string, size = '') => {
        const lines = wrap(value, Math.max(4, Math.floor((w - 6) / (size ? 4.3 : 5.2))), 2);
        return lines.map((line, i) => `<text class="sym-text${size}" x="${n1(cx)}" y="${n1(cy + 3 + (i - (lines.length - 1) / 2) * 9)}">${esc(line)}</text>`).join('');
    };
    switch (node.kind) {
        case 'start':
        case 'end':
            shape = `<rect class="shape" x="${n1(x0)}" y="${n1(y0)}" width="${n1(w)}" height="${n1(h)}" rx="${n1(h / 2)}" ry="${n1(h / 2)}"/>`;
            text = at.text ? inside(at.text) : '';
            break;
        case 'decision':
            shape = `<polygon class="shape" points="${n1(cx)},${n1(y0)} ${n1(cx + w / 2)},${n1(cy)} ${n1(cx)},${n1(cy + h / 2)} ${n1(x0)},${n1(cy)}"/>`;
            text = at.text ? inside(at.text, ' small') : '';
            break;
        case 'handover': {
            shape = `<polygon class="shape" points="${n1(x0)},${n1(y0)} ${n1(x0 + w)},${n1(y0)} ${n1(x0 + w)},${n1(cy + h / 2 - 9)} ${n1(cx)},${n1(cy + h / 2)} ${n1(x0)},${n1(cy + h / 2 - 9)}"/>`;
            const label = at.text || node.handover?.id || node.handover?.text || '';
            const lines = wrap(label, Math.max(4, Math.floor((w - 4) / 4.3)), 2);
            text = lines.map((line, i) => `<text class="sym-text small" x="${n1(cx)}" y="${n1(y0 + 9 + i * 8)}">${esc(line)}</text>`).join('');
            break;
        }
        default:
            shape = `<rect class="shape" x="${n1(x0)}" y="${n1(y0)}" width="${n1(w)}" height="${n1(h)}"/>`;
            text = at.text ? inside(at.text) : '';
    }
    const title = node.kind === 'handover' && node.handover ? `<title>${esc(node.handover.text)}</title>` : '';
    return `<g class="sym" data-step="${esc(node.id)}" data-lane="${esc(node.lane)}" data-kind="${node.kind}" data-number="${node.number}">${title}${shape}${text}</g>`;
}

/** Splits text into at most `max` lines of about `width` characters; the last line gets "…" when cut. */
export function wrap(text: string, width: number, max: number): string[] {
    const words = text.split(/\s+/).filter(Boolean);
    const lines: string[] = [];
    let cur = '';
    for (const word of words) {
        if (cur && (cur + ' ' + word).length > width) { lines.push(cur); cur = word; } else cur = cur ? `${cur} ${word}` : word;
    }
    if (cur) lines.push(cur);
    const out = lines.slice(0, max).map(s => (s.length > width ? s.slice(0, Math.max(1, width - 1)) + '…' : s));
    if (lines.length > max) out[max - 1] = out[max - 1].slice(0, Math.max(1, width - 1)).replace(/…$/, '') + '…';
    return out;
}

function arrowHead(p: Extract<Prim, { t: 'arrow' }>): string {
    const { x, y } = p;
    const L = 6, W = 3;
    const pts = p.dir === 'down' ? [[x, y], [x - W, y - L], [x + W, y - L]]
        : p.dir === 'up' ? [[x, y], [x - W, y + L], [x + W, y + L]]
        : p.dir === 'right' ? [[x, y], [x - L, y - W], [x - L, y + W]]
        : [[x, y], [x + L, y - W], [x + L, y + W]];
    return `<polygon class="arrowhead" data-edge="${p.edge}" points="${pts.map(q => `${n1(q[0])},${n1(q[1])}`).join(' ')}"/>`;
}

/** The line that joins an off-page connector to its arrow's track, and the arrowhead it ends in (outgoing connectors). */
export interface ConnectorLine {
    /** SVG path data in the row's coordinates (y from the row's middle, ±`far` beyond the row). */
    d: string;
    arrow?: Extract<Prim, { t: 'arrow' }>;
}

/**
 * The line of an off-page connector (segilima) at (xDraw, y): an outgoing one takes the arrow
 * from its track into its top (bottom, for an arrow going up), an incoming one sends it on from
 * its point. Shared with the DOCX renderer, which draws the same connectors as Word shapes.
 */
export function connectorLine(c: Extract<Prim, { t: 'connector' }>): ConnectorLine {
    const { xTrack: xt, xDraw: x, y } = c;
    if (c.flow === 'down' && c.role === 'out') {
        return { d: `M${n1(xt)},${c.linked ? -far : n1(y - 15)} V${n1(y - 15)} H${n1(x)} V${n1(y - 10)}`, arrow: { t: 'arrow', x, y: y - 10, dir: 'down', edge: c.edge } };
    }
    if (c.flow === 'down') return { d: `M${n1(x)},${n1(y + 10)} V${n1(y + 15)} H${n1(xt)}${c.linked ? ` V${far}` : ''}` };
    if (c.role === 'out') {
        return { d: `M${n1(xt)},${c.linked ? far : n1(y + 15)} V${n1(y + 15)} H${n1(x)} V${n1(y + 10)}`, arrow: { t: 'arrow', x, y: y + 10, dir: 'up', edge: c.edge } };
    }
    return { d: `M${n1(x)},${n1(y - 10)} V${n1(y - 15)} H${n1(xt)}${c.linked ? ` V${-far}` : ''}` };
}

/** An off-page connector (segilima) at (xDraw, y) with the short line that joins it to its arrow's track. */
function connector(c: Extract<Prim, { t: 'connector' }>): string {
    const { xDraw: x, y } = c;
    const pent = `<polygon class="shape" points="${n1(x - 10)},${n1(y - 10)} ${n1(x + 10)},${n1(y - 10)} ${n1(x + 10)},${n1(y + 4)} ${n1(x)},${n1(y + 10)} ${n1(x - 10)},${n1(y + 4)}"/>`;
    const text = `<text class="sym-text conn-label" x="${n1(x)}" y="${n1(y + 1)}">${esc(c.label)}</text>`;
    const line = connectorLine(c);
    return `<path class="edge" data-edge="${c.edge}" d="${line.d}"/>${line.arrow ? arrowHead(line.arrow) : ''}`
        + `<g class="offpage" data-connector="${esc(c.label)}" data-role="${c.role}" data-edge="${c.edge}">${pent}${text}</g>`;
}

/** The SVG of one row's lanes area: lane separators, arrows, the row's symbols, then the branch labels on top. */
export function rowSvg(cols: ProcedureColumns, prims: readonly Prim[], symbols = ''): string {
    const width = cols.laneWidth * cols.laneCount;
    const seps: string[] = [];
    for (let i = 1; i < cols.laneCount; i++) {
        const x = cols.laneWidth * i;
        seps.push(`<line class="lane-sep" x1="${x}" y1="0" x2="${x}" y2="100%"/>`);
    }
    const through = prims.filter(p => p.t === 'through').map(p => `<line class="edge through" data-edge="${p.edge}" x1="${n1((p as { x: number }).x)}" y1="0" x2="${n1((p as { x: number }).x)}" y2="100%"/>`);
    const mid: string[] = [];
    for (const p of prims) {
        if (p.t === 'path') mid.push(`<path class="edge" data-edge="${p.edge}" d="${p.d}"/>`);
        else if (p.t === 'arrow') mid.push(arrowHead(p));
        else if (p.t === 'connector') mid.push(connector(p));
    }
    // Labels go over the symbols, so a label is never hidden behind a diamond.
    const labels = prims.filter((p): p is Extract<Prim, { t: 'label' }> => p.t === 'label')
        .map(p => `<text class="branch-label" data-edge="${p.edge}" x="${n1(p.x)}" y="${n1(p.y)}" text-anchor="${p.anchor}">${esc(p.text)}</text>`);
    return `<svg class="lanes-svg" xmlns="http://www.w3.org/2000/svg" width="${width}" height="100%" focusable="false">`
        + seps.join('') + through.join('')
        + `<svg class="mid" x="0" y="50%" width="${width}" height="1" overflow="visible">${mid.join('')}${symbols}${labels.join('')}</svg></svg>`;
}
