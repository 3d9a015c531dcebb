/**
 * SVG of one procedure row: lane separators, the step's symbol (one of the SOP AP shapes),
 * the arrow pieces routed through the row, branch labels and off-page connectors.
 * The outer SVG stretches to the row's height; a nested SVG placed at 50% gives the coordinate
 * origin at the row's middle, so symbols stay centred whatever the row's height.
 */
import type { ProcessNode } from '@sop/language';
import { esc } from './escape.js';
import type { Labels } from './labels.js';
import type { ProcedureColumns } from './procedure-geometry.js';
import { symbolSize } from './procedure-geometry.js';
import { far, type Prim } from './procedure-routing.js';

const n1 = (x: number) => String(Math.round(x * 10) / 10);

/** The symbol of a step drawn around (cx, 0). */
export function symbolSvg(node: ProcessNode, laneIndex: number, cols: ProcedureColumns, l: Labels): string {
    const { w, h } = symbolSize(node.kind, cols.laneWidth);
    const cx = cols.laneWidth * (laneIndex + 0.5);
    const x0 = cx - w / 2, y0 = -h / 2;
    let shape: string;
    let text = '';
    switch (node.kind) {
        case 'start':
        case 'end':
            shape = `<rect class="shape" x="${n1(x0)}" y="${n1(y0)}" width="${n1(w)}" height="${n1(h)}" rx="${n1(h / 2)}" ry="${n1(h / 2)}"/>`;
            text = `<text class="sym-text" x="${n1(cx)}" y="3">${esc(node.kind === 'start' ? l.start : l.end)}</text>`;
            break;
        case 'decision':
            shape = `<polygon class="shape" points="${n1(cx)},${n1(y0)} ${n1(cx + w / 2)},0 ${n1(cx)},${n1(h / 2)} ${n1(x0)},0"/>`;
            break;
        case 'handover': {
            shape = `<polygon class="shape" points="${n1(x0)},${n1(y0)} ${n1(x0 + w)},${n1(y0)} ${n1(x0 + w)},${n1(h / 2 - 9)} ${n1(cx)},${n1(h / 2)} ${n1(x0)},${n1(h / 2 - 9)}"/>`;
            const label = node.handover?.id ?? node.handover?.text ?? '';
            const lines = wrap(label, Math.max(4, Math.floor((w - 4) / 4.3)), 2);
            text = lines.map((line, i) => `<text class="sym-text small" x="${n1(cx)}" y="${n1(y0 + 9 + i * 8)}">${esc(line)}</text>`).join('');
            break;
        }
        default:
            shape = `<rect class="shape" x="${n1(x0)}" y="${n1(y0)}" width="${n1(w)}" height="${n1(h)}"/>`;
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

function connector(c: Extract<Prim, { t: 'connector' }>): string {
    const { xTrack: xt, xDraw: x } = c;
    const pent = `<polygon class="shape" points="${n1(x - 10)},-10 ${n1(x + 10)},-10 ${n1(x + 10)},4 ${n1(x)},10 ${n1(x - 10)},4"/>`;
    const text = `<text class="sym-text conn-label" x="${n1(x)}" y="1">${esc(c.label)}</text>`;
    let line: string;
    let arrow = '';
    if (c.flow === 'down' && c.role === 'out') {
        line = `M${n1(xt)},${-far} V-15 H${n1(x)} V-10`;
        arrow = arrowHead({ t: 'arrow', x, y: -10, dir: 'down', edge: c.edge });
    } else if (c.flow === 'down') {
        line = `M${n1(x)},10 V15 H${n1(xt)} V${far}`;
    } else if (c.role === 'out') {
        line = `M${n1(xt)},${far} V15 H${n1(x)} V10`;
        arrow = arrowHead({ t: 'arrow', x, y: 10, dir: 'up', edge: c.edge });
    } else {
        line = `M${n1(x)},-10 V-15 H${n1(xt)} V${-far}`;
    }
    return `<path class="edge" data-edge="${c.edge}" d="${line}"/>${arrow}`
        + `<g class="offpage" data-connector="${esc(c.label)}" data-role="${c.role}" data-edge="${c.edge}">${pent}${text}</g>`;
}

/** The SVG of one row's lanes area. */
export function rowSvg(cols: ProcedureColumns, prims: readonly Prim[], symbol = ''): string {
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
    for (const p of prims) {
        if (p.t === 'label') mid.push(`<text class="branch-label" data-edge="${p.edge}" x="${n1(p.x)}" y="${n1(p.y)}" text-anchor="${p.anchor}">${esc(p.text)}</text>`);
    }
    return `<svg class="lanes-svg" xmlns="http://www.w3.org/2000/svg" width="${width}" height="100%" focusable="false">`
        + seps.join('') + through.join('')
        + `<svg class="mid" x="0" y="50%" width="${width}" height="1" overflow="visible">${mid.join('')}${symbol}</svg></svg>`;
}
