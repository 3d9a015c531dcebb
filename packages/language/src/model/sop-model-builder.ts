/**
 * Builds the semantic model of an SOP from its syntax tree: lanes, nodes with their kind,
 * labelled edges, sections and the critical path.
 */
import { keywordLanguage } from './keyword-language.js';
import * as ast from '../generated/ast.js';
import { canonicalKey } from '../syntax/keywords.js';
import type { Lane, ProcedureRow, ProcessEdge, ProcessNode, Profile, Section, SopHeader, SopModel } from './model-types.js';
import { approvalInfo, cellItems, dateInfo, documentLink, durationInfo, rangeOf, str, textItems } from './ast-values.js';
import { criticalPath } from './flow-graph.js';
import { templateOf } from './template-settings.js';

/** Members of one kind, in written order. */
export function membersOf<T extends ast.Member>(doc: ast.Document, guard: (m: ast.Member) => m is T): T[] {
    return doc.members.filter(guard);
}

/** The first text field with the given canonical key. */
export function textField(doc: ast.Document, key: string): ast.TextField | undefined {
    return doc.members.find((m): m is ast.TextField => ast.isTextField(m) && canonicalKey(m.key) === key);
}

/** The first date field with the given canonical key. */
export function dateField(doc: ast.Document, key: string): ast.DateField | undefined {
    return doc.members.find((m): m is ast.DateField => ast.isDateField(m) && canonicalKey(m.key) === key);
}

/** The first reference field with the given canonical key. */
export function refField(doc: ast.Document, key: string): ast.RefField | undefined {
    return doc.members.find((m): m is ast.RefField => ast.isRefField(m) && canonicalKey(m.key) === key);
}

/** The single text of a field (items joined), if present. */
export function fieldText(doc: ast.Document, key: string): string | undefined {
    const f = textField(doc, key);
    if (!f?.value || f.value.none) return undefined;
    return (f.value.items ?? []).join(', ').trim();
}

/** All steps of an SOP, in written order across all `prosedur` blocks. */
export function stepsOf(doc: ast.Document): ast.Step[] {
    return doc.members.filter(ast.isProcedure).flatMap(p => (p.items ?? []).filter(ast.isStep));
}

/** The profile named in the document, else the default. */
export function profileOf(doc: ast.Document, fallback: Profile): Profile {
    if (ast.isServiceStandard(doc)) return 'sp';
    const p = doc.members.find(ast.isProfileField)?.value;
    return p === 'generic' || p === 'sop-ap' ? p : fallback;
}

function header(sop: ast.Sop): SopHeader {
    const list = (key: string) => textItems(textField(sop, key)?.value);
    const effective = dateField(sop, 'effective') ?? dateField(sop, 'approval-date');
    const related = refField(sop, 'related');
    return {
        number: fieldText(sop, 'number'),
        unit: fieldText(sop, 'unit'),
        unitLines: list('unit'),
        logo: fieldText(sop, 'logo'),
        created: dateInfo(dateField(sop, 'created')?.value),
        revised: dateInfo(dateField(sop, 'revised')?.value),
        effective: dateInfo(effective?.value),
        effectiveLabel: effective && canonicalKey(effective.key) === 'approval-date' ? 'pengesahan' : 'efektif',
        approval: approvalInfo(sop.members.find(ast.isApproval)),
        legalBasis: list('legal-basis'),
        qualifications: list('qualifications'),
        related: related ? (related.none ? [] : (related.items ?? []).map(i => documentLink(i.ref, i.text))) : undefined,
        equipment: list('equipment'),
        warnings: list('warnings'),
        records: list('records'),
        purpose: list('purpose'),
        scope: list('scope'),
        summary: list('summary'),
        definitions: list('definitions'),
        version: fieldText(sop, 'version'),
        history: sop.members.filter(ast.isHistory).flatMap(h => h.entries).map(e => ({
            version: str(e.version), date: dateInfo(e.date) ?? { text: '', precision: 'invalid' }, description: e.description,
        })),
    };
}

/** True for a row drawn as `(pelaksana) > ...`: its first symbol is a capsule that leads on in the row. */
export function opensWithStartCapsule(step: ast.Step): boolean {
    return (step.symbols?.length ?? 0) > 1 && !!step.symbols[0].capsule;
}

/** The written (or derived) number of every row: a written number, else the previous row's + 1. */
export function rowNumbers(steps: readonly ast.Step[]): number[] {
    let prev = 0;
    return steps.map(step => {
        const written = step.number !== undefined ? Number.parseInt(step.number, 10) : Number.NaN;
        prev = Number.isFinite(written) ? written : prev + 1;
        return prev;
    });
}

/**
 * The flow of each symbol of a row, in the row's symbol order: the row's flow (written after the
 * cells) belongs to its last symbol, a `pelaksana: flow` line to the symbol in that column (the
 * first one without a flow of its own, when the column has several). Others have none (they lead
 * to the next symbol of the row).
 */
export function flowsOfRow(step: ast.Step): Array<ast.Flow | undefined> {
    const symbols = step.symbols ?? [];
    const flows: Array<ast.Flow | undefined> = symbols.map(() => undefined);
    if (flows.length === 0) return [step.flow];
    flows[flows.length - 1] = step.flow;
    for (const clause of step.clauses ?? []) {
        if (clause.index !== undefined) {
            const k = Number.parseInt(clause.index, 10) - 1;
            if (k >= 0 && k < flows.length) flows[k] = clause.flow;
            continue;
        }
        const lane = clause.actor?.$refText;
        const candidates = symbols.map((s, k) => (s.actor?.$refText === lane ? k : -1)).filter(k => k >= 0);
        const k = candidates.find(c => c !== flows.length - 1 && !flows[c]) ?? candidates[0];
        if (k !== undefined) flows[k] = clause.flow;
    }
    return flows;
}

/** The symbol a `simbol` name draws: the five SOP AP shapes (and their English names). */
const namedShapes: ReadonlyMap<string, 'capsule' | ProcessNode['kind']> = new Map([
    ['kapsul', 'capsule'], ['terminator', 'capsule'],
    ['kotak', 'process'], ['proses', 'process'], ['process', 'process'],
    ['belah_ketupat', 'decision'], ['ketupat', 'decision'], ['decision', 'decision'], ['keputusan', 'decision'],
    ['segilima', 'handover'], ['connector', 'handover'], ['penghubung', 'handover'],
]);

/** The shape a `simbol` name draws, or undefined for a name that is not one of the five symbols. */
export function namedShape(name: string | undefined): 'capsule' | ProcessNode['kind'] | undefined {
    return name ? namedShapes.get(name.toLowerCase()) : undefined;
}

/** Builds the flow (rows, symbols, arrows and sections) of the steps of one SOP. */
export function buildFlow(steps: readonly ast.Step[]): { rows: ProcedureRow[]; nodes: ProcessNode[]; edges: ProcessEdge[]; sections: Section[] } {
    const rows: ProcedureRow[] = [];
    const nodes: ProcessNode[] = [];
    const edges: ProcessEdge[] = [];
    const sections: Section[] = [];
    const rowIndex = new Map<ast.Step, number>();
    steps.forEach((s, i) => rowIndex.set(s, i));
    // The start: the row marked `mulai`, else the first row.
    const markedStart = steps.findIndex(s => s.start);
    const startRow = markedStart >= 0 ? markedStart : 0;
    const numbers = rowNumbers(steps);
    // One linear pass over the procedure items gives each step its `bagian` heading and page breaks.
    const sectionTitle = new Map<ast.Step, string>();
    const breakAfter = new Set<ast.Step>();
    for (const proc of new Set(steps.map(s => s.$container))) {
        let title: string | undefined;
        let previous: ast.Step | undefined;
        for (const item of proc.items) {
            if (ast.isSection(item)) title = str(item.title);
            else if (ast.isPageBreak(item)) { if (previous) breakAfter.add(previous); }
            else {
                previous = item;
                if (title !== undefined) sectionTitle.set(item, title);
            }
        }
    }
    // Pass 1: the rows and their symbols.
    const symbolsOfRow: ProcessNode[][] = [];
    const flowOf = new Map<ProcessNode, ast.Flow | undefined>();
    let section: Section | undefined;
    steps.forEach((step, i) => {
        const title = sectionTitle.get(step);
        if (title !== section?.title) {
            section = title !== undefined ? { title, nodeIds: [] } : undefined;
            if (section) sections.push(section);
        }
        const symbols = step.symbols ?? [];
        const multi = symbols.length > 1;
        const base = {
            number: numbers[i], text: str(step.text), inputs: cellItems(step.inputs), outputs: cellItems(step.output),
            notes: cellItems(step.note), section: section?.title,
        };
        const time = durationInfo(step.time);
        const laneCount = new Map<string, number>();
        for (const sym of symbols) { const lane = sym.actor?.$refText ?? ''; laneCount.set(lane, (laneCount.get(lane) ?? 0) + 1); }
        const own = symbols.map((sym, k) => {
            const lane = sym.actor?.$refText ?? '';
            const id = k === 0 ? step.name : laneCount.get(lane) === 1 ? `${step.name}.${lane}` : `${step.name}.${k + 1}`;
            const node: ProcessNode = {
                id, ...base, row: i, lane, kind: 'process', isStart: false, isEnd: false, primary: k === 0,
                time: k === 0 ? time : undefined,
                label: sym.label !== undefined ? sym.label : undefined,
                handover: undefined, symbol: multi ? undefined : step.symbol,
                range: multi ? rangeOf(sym) : rangeOf(step),
            };
            return { node, sym };
        });
        if (own.length === 0) {
            // A broken row (no pelaksana parsed): still one symbol, so the row exists everywhere.
            own.push({ node: { id: step.name, ...base, row: i, lane: '', kind: 'process', isStart: false, isEnd: false, primary: true, time, symbol: step.symbol, range: rangeOf(step) }, sym: undefined as unknown as ast.StepSymbol });
        }
        const flows = flowsOfRow(step);
        own.forEach(({ node }, k) => flowOf.set(node, flows[k]));
        own.forEach(({ node, sym }, k) => {
            const flow = flowOf.get(node);
            const isStart = i === startRow && k === 0;
            const last = k === own.length - 1;
            const capsule = !!sym?.capsule;
            node.isStart = isStart;
            // An end: written `selesai`, a capsule that is not the start, or the last symbol of the
            // last row falling off the end of the procedure.
            // A capsule that opens a row of several symbols leads on to them (the start capsule, or one
            // drawn in the middle of the flow, SOP-P26); a capsule further along the row is an end.
            const leadsOn = capsule && k === 0 && !last && !ast.isEndFlow(flow);
            node.isEnd = ast.isEndFlow(flow) || (capsule && !isStart && !leadsOn) || (last && !flow && i === steps.length - 1 && !sym?.decision);
            node.deadEnd = ast.isDeadEndFlow(flow) || undefined;
            node.kind = sym?.decision || ast.isDecisionFlow(flow) ? 'decision'
                : ast.isHandoverFlow(flow) ? 'handover'
                : sym?.box ? 'process'
                : isStart || leadsOn ? 'start'
                // A plain symbol of a longer row stays a box where the flow stops; alone in its row it
                // is drawn as the end capsule, as always.
                : node.isEnd && (capsule || !multi) ? 'end' : 'process';
            // `simbol` draws the shape it names (SOP-P05K says when that contradicts the flow).
            const named = !multi ? namedShape(step.symbol) : undefined;
            if (named) node.kind = named === 'capsule' ? (isStart ? 'start' : 'end') : named;
            if (ast.isHandoverFlow(flow)) node.handover = documentLink(flow.target, flow.text);
            section?.nodeIds.push(node.id);
        });
        symbolsOfRow.push(own.map(o => o.node));
        nodes.push(...own.map(o => o.node));
        rows.push({
            id: step.name, ...base, time, nodeIds: own.map(o => o.node.id), breakAfter: breakAfter.has(step), range: rangeOf(step),
        });
    });
    // Pass 2: the arrows.
    const nodeIndex = new Map<ProcessNode, number>();
    nodes.forEach((n, i) => nodeIndex.set(n, i));
    const startNode = nodes.find(n => n.isStart);
    const lastEnd = [...nodes].reverse().find(n => n.kind === 'end');
    const symbolIn = (row: number, lane: string | undefined): ProcessNode | undefined => {
        const list = symbolsOfRow[row] ?? [];
        const inLane = list.filter(n => n.lane === lane);
        return inLane.find(n => n.kind !== 'start' && n.kind !== 'end') ?? inLane[0];
    };
    const resolve = (t: ast.Target | undefined, row: number): ProcessNode | undefined => {
        if (!t) return undefined;
        if (t.end) return lastEnd;
        if (t.start) return startNode;
        const r = t.step ? (t.step.ref ? rowIndex.get(t.step.ref) : undefined) : row;
        if (r === undefined) return undefined;
        if (t.index !== undefined) return symbolsOfRow[r]?.[Number.parseInt(t.index, 10) - 1];
        return t.actor ? symbolIn(r, t.actor.$refText) : symbolsOfRow[r]?.[0];
    };
    symbolsOfRow.forEach((list, i) => {
        list.forEach((node, k) => {
            const flow = flowOf.get(node);
            const from = nodeIndex.get(node)!;
            const add = (target: ProcessNode | undefined, kind: ProcessEdge['kind'], label?: string) => {
                if (!target) return;
                edges.push({ from: node.id, to: target.id, label, kind, back: nodeIndex.get(target)! <= from });
            };
            if (ast.isJumpFlow(flow)) (flow.targets ?? []).forEach(t => add(resolve(t, i), 'jump'));
            else if (ast.isDecisionFlow(flow)) flow.branches.forEach(b => add(resolve(b.target, i), 'branch', b.label));
            else if (!flow && !node.isEnd) {
                if (k + 1 < list.length) add(list[k + 1], 'next');
                else if (i + 1 < symbolsOfRow.length) add(symbolsOfRow[i + 1][0], 'next');
            }
        });
    });
    return { rows, nodes, edges, sections };
}

/** Builds the semantic model of one SOP. */
export function buildSopModel(sop: ast.Sop, defaultProfile: Profile, uri?: string, inherited: readonly ast.TemplateSetting[] = []): SopModel {
    const template = templateOf(sop, inherited);
    const lanes: Lane[] = sop.members.filter(ast.isActor).map((a, index) => ({
        id: a.name ?? '', title: str(a.title), system: a.system, index, range: rangeOf(a),
    }));
    const { rows, nodes, edges, sections } = buildFlow(stepsOf(sop));
    return {
        kind: 'sop',
        id: sop.name ?? '',
        title: (sop.title ?? fieldText(sop, 'title') ?? '').trim(),
        profile: profileOf(sop, defaultProfile),
        header: header(sop),
        lanes,
        rows,
        nodes,
        edges,
        sections,
        criticalPath: criticalPath(nodes, edges),
        template,
        keywordLanguage: keywordLanguage(sop, 'id'),
        uri,
        range: rangeOf(sop),
    };
}
