/**
 * SOP model → Mermaid `flowchart TB` text, one `subgraph` per pelaksana (a swimlane column).
 *
 * Layout tricks, all needed for Mermaid 11's dagre layout (checked in real Chromium by
 * test/export): every lane has an invisible anchor node linked to the first step, so all lanes
 * start on the top row; lane subgraphs are written in reverse declaration order because Mermaid
 * adds subgraphs to the layout graph last-first, which makes dagre draw them left to right in
 * declaration order; consecutive steps are chained so each step gets its own row, as in the
 * official SOP table. The chain is made of the flow arrows themselves where a step's arrow goes to
 * the next row (most of them): an invisible link only where no arrow does, since every extra link
 * is one more edge for Mermaid to lay out and draw (a 60-step SOP had 67 invisible links, 59 of
 * them beside an arrow of the same two steps).
 */
import { LARGE_PROCEDURE_STEPS, type ProcessEdge, type ProcessNode, type SopModel } from '@sop/language/model';
import { label, type RenderLang } from '../shared/labels.js';
import { oneLine } from '../shared/escape.js';
import { mermaidComment, mermaidLabel } from './label-text.js';
import { frontMatter, type MermaidTheme } from './config.js';
import { mermaidAnchorId, mermaidConnectorId, mermaidLaneFootId, mermaidLaneId, mermaidNodeId } from './ids.js';

/** Options of {@link renderMermaid}. */
export interface MermaidOptions {
    /** Show step numbers in labels (default true). */
    numbers?: boolean;
    /** Show durations (mutu baku waktu) in labels (default true). */
    durations?: boolean;
    /** Render only the steps of this `bagian` (section title); links leaving it become connectors. */
    section?: string;
    /** Language of generated texts (default `id`). */
    lang?: RenderLang;
    /** Mermaid theme written into the front matter (default `default`). */
    theme?: MermaidTheme;
}

/** Above this many steps a single diagram is hard to read: the threshold of rule SOP-P22. */
export { LARGE_PROCEDURE_STEPS };

interface LaneView { id: string; title: string; nodeIds: string[] }

/** Lanes in declaration order, plus one lane per undeclared pelaksana used by a step. */
function lanesOf(model: SopModel, nodes: readonly ProcessNode[], lang: RenderLang): LaneView[] {
    const lanes: LaneView[] = model.lanes.map(l => ({ id: l.id, title: l.title || l.id, nodeIds: [] }));
    const byId = new Map(lanes.map(l => [l.id, l]));
    for (const n of nodes) {
        let lane = byId.get(n.lane);
        if (!lane) {
            lane = { id: n.lane, title: n.lane || label('noActor', lang), nodeIds: [] };
            lanes.push(lane);
            byId.set(n.lane, lane);
        }
        lane.nodeIds.push(n.id);
    }
    return lanes;
}

/**
 * Lane titles are not wrapped by Mermaid, so a long pelaksana name would overflow a narrow lane:
 * break it at spaces into lines of at most `max` characters (long words stay whole).
 */
function laneTitle(title: string, max = 24): string {
    const lines: string[] = [];
    for (const word of title.split(/\s+/).filter(Boolean)) {
        const last = lines.length - 1;
        if (last >= 0 && lines[last].length + 1 + word.length <= max) lines[last] += ' ' + word;
        else lines.push(word);
    }
    return mermaidLabel(lines);
}

/** The label text of a step (escaped), with optional number and duration lines. */
function stepLabel(n: ProcessNode, o: Required<Pick<MermaidOptions, 'numbers' | 'durations' | 'lang'>>, multi: boolean, carriesTime: boolean): string {
    // In a row of several symbols, a capsule is the start or end mark and the other symbols repeat
    // the row's number; text written inside a symbol (`<ketua "Sesuai?">`) is shown as written.
    if (multi && (n.kind === 'start' || n.kind === 'end')) return mermaidLabel([n.label || label(n.kind === 'start' ? 'start' : 'end', o.lang)]);
    const lines = [(o.numbers ? `${n.number}. ` : '') + n.text];
    if (n.label) lines.push(n.label);
    if (n.kind === 'handover' && n.handover) lines.push(`${label('handover', o.lang)}: ${n.handover.text}`);
    if (o.durations && carriesTime) lines.push(`(${n.time?.text ?? ''})`);
    // The lines are escaped together: whether a character needs escaping depends on the whole label.
    return mermaidLabel(lines);
}

/** Mermaid shape of a step: stadium for start/end, rhombus for decisions, flag for hand-over. */
function shape(n: ProcessNode, text: string): string {
    if (n.kind === 'decision') return `{"${text}"}`;
    if (n.kind === 'handover') return `>"${text}"]`;
    // The kind is the drawn shape (a `[pelaksana]` box stays a box even where the flow ends).
    if (n.kind === 'start' || n.kind === 'end') return `(["${text}"])`;
    return `["${text}"]`;
}

function edgeLine(from: string, to: string, e: Pick<ProcessEdge, 'label' | 'back'>): string {
    const arrow = e.back ? '-.->' : '-->';
    const text = e.label !== undefined && e.label.trim() !== '' ? `|"${mermaidLabel([e.label])}"|` : '';
    return `    ${from} ${arrow}${text} ${to}`;
}

/** Renders an SOP (or the steps of one `bagian`) as Mermaid flowchart text. Deterministic. */
export function renderMermaid(model: SopModel, options: MermaidOptions = {}): string {
    const part = options.section === undefined ? undefined
        : new Set(model.sections.filter(s => s.title === options.section).flatMap(s => s.nodeIds));
    return render(model, options, part);
}

function render(model: SopModel, options: MermaidOptions, part: ReadonlySet<string> | undefined): string {
    const o = { numbers: options.numbers ?? true, durations: options.durations ?? true, lang: options.lang ?? 'id', theme: options.theme ?? 'default' } as const;
    const nodes = part ? model.nodes.filter(n => part.has(n.id)) : model.nodes;
    // Duplicate step ids (a validation error) must not merge two drawn nodes into one.
    const seen = new Set<string>();
    const drawn = nodes.filter(n => (seen.has(n.id) ? false : (seen.add(n.id), true)));
    const nodeById = new Map(model.nodes.map(n => [n.id, n] as const));
    const lanes = lanesOf(model, drawn, o.lang);

    const out: string[] = [...frontMatter(o.theme)];
    out.push('flowchart TB');
    out.push(`    %% SOP ${model.id.replace(/[^\w-]/g, '_')}${options.section !== undefined ? ` (${mermaidComment(oneLine(options.section))})` : ''}: ${drawn.length} steps, ${lanes.length} lanes`);
    if (part === undefined && model.nodes.length > LARGE_PROCEDURE_STEPS) {
        out.push(`    %% ${mermaidComment(label('largeWarning', o.lang, model.nodes.length, LARGE_PROCEDURE_STEPS))}`);
    }

    // Edges and off-page connectors for edges that leave the rendered section.
    const edges: Array<{ from: string; to: string; line: string }> = [];
    // Off-page connector (SOP AP segilima) per outside step, drawn in that step's lane.
    const connectors = new Map<string, { def: string; lane: string }>();
    const connector = (stepId: string, direction: 'toStep' | 'fromStep') => {
        const target = nodeById.get(stepId)!;
        const id = mermaidConnectorId(stepId);
        if (!connectors.has(id)) {
            const text = mermaidLabel([`${label(direction, o.lang)} ${target.number}${target.section ? ` (${target.section})` : ''}`]);
            connectors.set(id, { def: `>"${text}"]`, lane: target.lane });
            if (!lanes.some(l => l.id === target.lane)) lanes.push({ id: target.lane, title: target.lane || label('noActor', o.lang), nodeIds: [] });
        }
        return id;
    };
    const drawnIds = new Set(drawn.map(n => n.id));
    for (const e of model.edges) {
        const fromIn = drawnIds.has(e.from), toIn = drawnIds.has(e.to);
        if (!nodeById.has(e.from) || !nodeById.has(e.to) || (!fromIn && !toIn)) continue;
        const from = fromIn ? mermaidNodeId(e.from) : connector(e.from, 'fromStep');
        const to = toIn ? mermaidNodeId(e.to) : connector(e.to, 'toStep');
        edges.push({ from, to, line: edgeLine(from, to, e) });
    }

    out.push('    %% lane anchors: every lane column spans from the top row to the bottom row');
    for (const l of lanes) out.push(`    ${mermaidAnchorId(l.id)}[" "]:::sopLaneAnchor`);
    for (const l of lanes) out.push(`    ${mermaidLaneFootId(l.id)}[" "]:::sopLaneAnchor`);
    out.push('    %% steps in table order');
    // The row's time is shown once, on its first activity symbol (a capsule of a longer row says Mulai/Selesai).
    const rowSize = new Map<number, number>();
    const timeOn = new Map<number, string>();
    for (const n of model.nodes) rowSize.set(n.row, (rowSize.get(n.row) ?? 0) + 1);
    for (const r of model.rows) {
        const nodes = r.nodeIds.map(id => nodeById.get(id)).filter((n): n is ProcessNode => !!n);
        const carrier = nodes.length > 1 ? nodes.find(n => n.kind !== 'start' && n.kind !== 'end') ?? nodes[0] : nodes[0];
        if (carrier && r.time?.text) timeOn.set(carrier.row, carrier.id);
    }
    for (const n of drawn) {
        const multi = (rowSize.get(n.row) ?? 1) > 1;
        out.push(`    ${mermaidNodeId(n.id)}${shape(n, stepLabel({ ...n, time: model.rows[n.row]?.time ?? n.time }, o, multi, timeOn.get(n.row) === n.id))}`);
    }
    for (const [id, c] of connectors) out.push(`    ${id}${c.def}:::sopConnector`);

    out.push('    %% lanes (pelaksana), written last-first so that they are drawn first-to-last from the left');
    for (const l of [...lanes].reverse()) {
        out.push(`    subgraph ${mermaidLaneId(l.id)}["${laneTitle(l.title)}"]`);
        out.push(`        ${mermaidAnchorId(l.id)}`);
        for (const id of l.nodeIds) out.push(`        ${mermaidNodeId(id)}`);
        for (const [id, c] of connectors) if (c.lane === l.id) out.push(`        ${id}`);
        out.push(`        ${mermaidLaneFootId(l.id)}`);
        out.push('    end');
    }

    // The chain of rows comes before the other links: dagre breaks cycles by a depth-first walk
    // that follows each node's first out-link, so walking the rows in order makes exactly the
    // links that point to an earlier row the reversed ("back") ones, and every step keeps its own
    // row. A link of the chain is the step's arrow to the next row when there is one (moved up
    // here, so it is still the step's first out-link), else an invisible link.
    const moved = new Set<number>();
    const arrows = new Map<string, number[]>();
    edges.forEach((e, k) => {
        const key = `${e.from} ${e.to}`;
        const list = arrows.get(key);
        if (list) list.push(k); else arrows.set(key, [k]);
    });
    if (drawn.length > 0) {
        out.push('    %% row order: anchors above the first and below the last step (invisible), then each row to the next (its arrow, else invisible)');
        const last = mermaidNodeId(drawn[drawn.length - 1].id);
        for (const l of lanes) out.push(`    ${mermaidAnchorId(l.id)} ~~~ ${mermaidNodeId(drawn[0].id)}`);
        // Symbols of one row follow each other by their own arrows; the chain links rows.
        for (let i = 0; i + 1 < drawn.length; i++) {
            if (drawn[i].row === drawn[i + 1].row) continue;
            const from = mermaidNodeId(drawn[i].id), to = mermaidNodeId(drawn[i + 1].id);
            const arrow = arrows.get(`${from} ${to}`)?.find(k => !moved.has(k));
            if (arrow !== undefined) moved.add(arrow);
            out.push(arrow !== undefined ? edges[arrow].line : `    ${from} ~~~ ${to}`);
        }
        for (const l of lanes) out.push(`    ${last} ~~~ ${mermaidLaneFootId(l.id)}`);
    }
    out.push('    %% flow');
    out.push(...edges.filter((_, k) => !moved.has(k)).map(e => e.line));
    out.push('    classDef sopLaneAnchor fill:none,stroke:none,color:transparent');
    out.push('    classDef sopConnector stroke-dasharray:4 3');
    return out.join('\n') + '\n';
}

/**
 * One diagram per `bagian` (section), in written order; steps before the first heading form a
 * first diagram titled with the SOP title. A model without sections gives one diagram.
 */
export function splitBySection(model: SopModel, options: Omit<MermaidOptions, 'section'> = {}): Array<{ title: string; mermaid: string }> {
    if (model.sections.length === 0) return [{ title: model.title || model.id, mermaid: renderMermaid(model, options) }];
    const result = model.sections.map(s => ({ title: s.title, mermaid: render(model, { ...options, section: s.title }, new Set(s.nodeIds)) }));
    const loose = model.nodes.filter(n => n.section === undefined);
    if (loose.length > 0) result.unshift({ title: model.title || model.id, mermaid: render(model, options, new Set(loose.map(n => n.id))) });
    return result;
}
