/**
 * Word shapes of one page's flowchart: a floating group of DrawingML shapes (wpg:wgp) laid over the
 * pelaksana columns of the procedure table. Capsule, box and diamond are Word's flowchart presets
 * (terminator, process, decision), hand-overs and page-break connectors its off-page connector;
 * every arrow is one freeform line with a triangle arrowhead, and branch labels are small text
 * boxes. Word and LibreOffice both draw and edit these (double-click a shape to change its text).
 */
import { AlignmentType, LineRuleType, Paragraph, TextRun, TextWrappingType, type IContext, type IXmlableObject } from 'docx';
import { ShapeGroupRun, type IShapeGroupChildOptions, type PresetShapeType } from 'docx/shapes';
import type { DrawnArrow, DrawnConnector, DrawnLabel, DrawnSymbol, PageDrawing } from './flowchart-page.js';
import { wrap } from '../official/procedure-svg.js';

/** EMUs per CSS px (96 per inch). */
export const emuPerPx = 9525;

/**
 * The first drawing id of the flowchart shapes of a document: far above the ids docx hands out
 * itself (the logo is 1), so none is ever used twice in one document.
 */
const firstDrawingId = 100000;
/** The next free flowchart drawing id of each document being written. */
const nextDrawingId = new WeakMap<object, number>();

const preset: Record<DrawnSymbol['node']['kind'], PresetShapeType> = {
    start: 'flowChartTerminator', end: 'flowChartTerminator', process: 'flowChartProcess',
    decision: 'flowChartDecision', handover: 'flowChartOffpageConnector',
};

/** Names shown in Word's selection pane, and read by the tests: `<kind> <step id>`. */
const kindName: Record<DrawnSymbol['node']['kind'], string> = {
    start: 'Mulai', end: 'Selesai', process: 'Proses', decision: 'Keputusan', handover: 'Serah',
};

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Centred lines of small text in a shape; exact line height so the text sits where the SVG puts it. */
function textLines(lines: readonly string[], pt: number, opts: { bold?: boolean; align?: 'left' | 'right' | 'center' } = {}): Paragraph[] {
    const alignment = opts.align === 'left' ? AlignmentType.LEFT : opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER;
    return lines.map(line => new Paragraph({
        alignment,
        spacing: { before: 0, after: 0, line: Math.round(pt * 1.2 * 20), lineRule: LineRuleType.EXACT },
        children: [new TextRun({ text: line, size: Math.max(8, Math.round(pt * 2)), bold: opts.bold })],
    }));
}

const noMargins = { top: 0, bottom: 0, left: 0, right: 0 };

function symbolShape(s: DrawnSymbol, k: number): IShapeGroupChildOptions {
    const kind = s.node.kind;
    // The same lines as the SVG: 7.5pt in capsules and boxes, 5.5pt in diamonds and hand-overs.
    const small = kind === 'decision' || kind === 'handover';
    const lines = s.text ? wrap(s.text, Math.max(4, Math.floor((s.w - (kind === 'handover' ? 4 : 6)) / (small ? 4.3 : 5.2))), 2) : [];
    return {
        type: preset[kind],
        transformation: { offset: { left: r2((s.x - s.w / 2) * k), top: r2((s.y - s.h / 2) * k) }, width: r2(s.w * k), height: r2(s.h * k) },
        fill: 'FFFFFF',
        line: { color: '000000', width: 0.9 },
        children: textLines(lines, (small ? 5.5 : 7.5) * k),
        textOptions: { margins: noMargins, wrap: false, verticalAlignment: kind === 'handover' ? 'top' : 'center' },
        altText: { name: `${kindName[kind]} ${s.node.id}`, description: s.node.handover ? `${s.node.text} (${s.node.handover.text})` : s.node.text },
    };
}

/** Freeform path of a polyline in its own bounding box (docx scales the path to the box). */
function arrowShape(a: DrawnArrow, k: number, name: string, label: string | undefined): IShapeGroupChildOptions {
    const xs = a.points.map(p => p.x * k), ys = a.points.map(p => p.y * k);
    const x0 = Math.min(...xs), y0 = Math.min(...ys);
    const path = a.points.map((p, i) => `${i ? 'L' : 'M'} ${r2(p.x * k - x0)} ${r2(p.y * k - y0)}`).join(' ');
    return {
        type: 'custom',
        path,
        transformation: { offset: { left: r2(x0), top: r2(y0) }, width: r2(Math.max(...xs) - x0), height: r2(Math.max(...ys) - y0) },
        fill: 'none',
        line: { color: '000000', width: 0.8, endArrow: a.head ? { type: 'triangle', width: 'medium', length: 'medium' } : undefined },
        altText: { name, description: label ?? '' },
    };
}

/** A branch label: a text box without fill or border whose text starts (ends, is centred) where the SVG's does. */
function labelShape(t: DrawnLabel, k: number): IShapeGroupChildOptions {
    const pt = 7 * k;
    const w = (t.text.length * 4.8 + 4) * k, h = pt * 1.2 * 96 / 72;
    const left = t.anchor === 'start' ? t.x * k : t.anchor === 'end' ? t.x * k - w : t.x * k - w / 2;
    // The SVG gives the baseline; the box's top is about one ascent above it.
    const top = t.y * k - pt * 0.95 * 96 / 72;
    return {
        type: 'rectangle',
        transformation: { offset: { left: r2(left), top: r2(top) }, width: r2(w), height: r2(h) },
        fill: 'none',
        line: 'none',
        children: textLines([t.text], pt, { align: t.anchor === 'start' ? 'left' : t.anchor === 'end' ? 'right' : 'center' }),
        textOptions: { margins: noMargins, wrap: false, verticalAlignment: 'top' },
        altText: { name: `Label ${t.text}`, description: t.text },
    };
}

function connectorShape(c: DrawnConnector, k: number): IShapeGroupChildOptions {
    return {
        type: 'flowChartOffpageConnector',
        transformation: { offset: { left: r2((c.x - 10) * k), top: r2((c.y - 10) * k) }, width: r2(20 * k), height: r2(20 * k) },
        fill: 'FFFFFF',
        line: { color: '000000', width: 0.9 },
        children: textLines([c.label], 7.5 * k, { bold: true }),
        textOptions: { margins: noMargins, wrap: false, verticalAlignment: 'top' },
        altText: { name: `Konektor ${c.label} ${c.role === 'out' ? 'keluar' : 'masuk'}`, description: c.label },
    };
}

/**
 * A shape group whose drawing ids (`wp:docPr`, `wps:cNvPr`) are numbered per document as it is
 * written. docx numbers drawings from one counter shared by the whole process, so a second export
 * of the same SOP would differ in those numbers; here they count up from `firstDrawingId` in
 * document order, so the same SOP gives the same bytes and several SOPs in one document (a book)
 * still never share an id.
 */
class FlowchartGroupRun extends ShapeGroupRun {
    override prepForXml(context: IContext): IXmlableObject | undefined {
        const xml = super.prepForXml(context);
        let next = nextDrawingId.get(context.file) ?? firstDrawingId;
        const renumber = (node: unknown): void => {
            if (Array.isArray(node)) { node.forEach(renumber); return; }
            if (!node || typeof node !== 'object') return;
            for (const [key, value] of Object.entries(node)) {
                const attrs = key === 'wp:docPr' || key === 'wps:cNvPr' ? (value as { _attr?: Record<string, unknown> })._attr : undefined;
                if (attrs) attrs.id = next++;
                else renumber(value);
            }
        };
        renumber(xml);
        nextDrawingId.set(context.file, next);
        return xml;
    }
}

/** Where the group goes: offsets in px from the text column's left edge and from the top of the paragraph holding it. */
export interface GroupPlacement {
    left: number;
    top: number;
}

/**
 * The page's flowchart as one floating group, scaled by `k` (the page's print scale), placed over
 * the pelaksana columns. Drawing order as in the SVG: arrows, symbols, connectors, then labels on top.
 */
export function flowchartGroup(d: PageDrawing, k: number, at: GroupPlacement, edges: ReadonlyArray<{ from: string; to: string; label?: string }>, pageNo: number): ShapeGroupRun {
    const children: IShapeGroupChildOptions[] = [
        // An empty frame the size of the lanes area fixes the group's origin at the area's top-left corner.
        { type: 'rectangle', transformation: { offset: { left: 0, top: 0 }, width: r2(d.width * k), height: r2(d.height * k) }, fill: 'none', line: 'none', altText: { name: 'Bingkai' } },
        ...d.arrows.map(a => arrowShape(a, k, `Panah ${edges[a.edge]?.from ?? ''} ${edges[a.edge]?.to ?? ''}`, edges[a.edge]?.label)),
        ...d.symbols.map(s => symbolShape(s, k)),
        ...d.connectors.map(c => connectorShape(c, k)),
        ...d.labels.map(t => labelShape(t, k)),
    ];
    // A label or line reaching above or left of the frame would move the group's origin: shift
    // everything so the top-left child sits at 0, and the group by as much the other way.
    const offsets = children.map(c => ('transformation' in c && c.transformation && 'offset' in c.transformation ? c.transformation.offset : undefined) ?? {});
    const dx = Math.min(0, ...offsets.map(o => o.left ?? 0)), dy = Math.min(0, ...offsets.map(o => o.top ?? 0));
    const placed = dx === 0 && dy === 0 ? children : children.map((c, i) => ({
        ...c, transformation: { ...(c as { transformation: object }).transformation, offset: { left: r2((offsets[i].left ?? 0) - dx), top: r2((offsets[i].top ?? 0) - dy) } },
    }) as IShapeGroupChildOptions);
    return new FlowchartGroupRun({
        children: placed,
        floating: {
            horizontalPosition: { relative: 'column', offset: Math.round((at.left + dx) * emuPerPx) },
            verticalPosition: { relative: 'paragraph', offset: Math.round((at.top + dy) * emuPerPx) },
            wrap: { type: TextWrappingType.NONE },
            allowOverlap: true,
            behindDocument: false,
            layoutInCell: true,
        },
        altText: { name: `Bagan alir ${pageNo}`, description: `Bagan alir halaman ${pageNo}: ${d.symbols.length} simbol, ${d.arrows.length} panah` },
    });
}
