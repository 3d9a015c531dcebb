/**
 * Builds the semantic model of an SOP from its syntax tree: lanes, nodes with their kind,
 * labelled edges, sections and the critical path.
 */
import * as ast from '../generated/ast.js';
import { canonicalKey } from '../syntax/keywords.js';
import type { Lane, ProcessEdge, ProcessNode, Profile, Section, SopHeader, SopModel } from './model-types.js';
import { approvalInfo, cellItems, dateInfo, documentLink, durationInfo, rangeOf, str, textItems } from './ast-values.js';
import { criticalPath } from './flow-graph.js';

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

/** Builds the flow (nodes + edges + sections) of the steps of one SOP. */
export function buildFlow(steps: readonly ast.Step[]): { nodes: ProcessNode[]; edges: ProcessEdge[]; sections: Section[] } {
    const nodes: ProcessNode[] = [];
    const edges: ProcessEdge[] = [];
    const sections: Section[] = [];
    const position = new Map<ast.Step, number>();
    steps.forEach((s, i) => position.set(s, i));
    const markedStart = steps.findIndex(s => s.start);
    const startIndex = markedStart >= 0 ? markedStart : 0;
    // One linear pass over the procedure items gives each step its `bagian` heading.
    const sectionTitle = new Map<ast.Step, string>();
    for (const proc of new Set(steps.map(s => s.$container))) {
        let title: string | undefined;
        for (const item of proc.items) {
            if (ast.isSection(item)) title = str(item.title);
            else if (title !== undefined) sectionTitle.set(item, title);
        }
    }
    let section: Section | undefined;
    steps.forEach((step, i) => {
        const title = sectionTitle.get(step);
        if (title !== section?.title) {
            section = title !== undefined ? { title, nodeIds: [] } : undefined;
            if (section) sections.push(section);
        }
        section?.nodeIds.push(step.name);
        const flow = step.flow;
        let isEnd = ast.isEndFlow(flow);
        const add = (target: ast.Step | undefined, kind: ProcessEdge['kind'], label?: string) => {
            if (!target) return;
            const j = position.get(target);
            if (j === undefined) return;
            edges.push({ from: step.name, to: target.name, label, kind, back: j <= i });
        };
        if (ast.isJumpFlow(flow)) add(flow.target?.ref, 'jump');
        else if (ast.isDecisionFlow(flow)) flow.branches.forEach(b => add(b.target?.ref, 'branch', b.label));
        else if (!flow) {
            if (i + 1 < steps.length) add(steps[i + 1], 'next');
            else isEnd = true;
        }
        const isStart = i === startIndex;
        const kind: ProcessNode['kind'] = ast.isDecisionFlow(flow) ? 'decision'
            : ast.isHandoverFlow(flow) ? 'handover'
            : isStart ? 'start' : isEnd ? 'end' : 'process';
        nodes.push({
            id: step.name,
            number: step.number !== undefined ? Number.parseInt(step.number, 10) : i + 1,
            lane: step.actor?.$refText ?? '',
            kind,
            isStart,
            isEnd,
            text: str(step.text),
            inputs: cellItems(step.inputs),
            time: durationInfo(step.time),
            outputs: cellItems(step.output),
            notes: cellItems(step.note),
            section: section?.title,
            handover: ast.isHandoverFlow(flow) ? documentLink(flow.target, flow.text) : undefined,
            symbol: step.symbol,
            range: rangeOf(step),
        });
    });
    return { nodes, edges, sections };
}

/** Builds the semantic model of one SOP. */
export function buildSopModel(sop: ast.Sop, defaultProfile: Profile, uri?: string): SopModel {
    const lanes: Lane[] = sop.members.filter(ast.isActor).map((a, index) => ({
        id: a.name ?? '', title: str(a.title), system: a.system, index, range: rangeOf(a),
    }));
    const { nodes, edges, sections } = buildFlow(stepsOf(sop));
    return {
        kind: 'sop',
        id: sop.name,
        title: (sop.title ?? fieldText(sop, 'title') ?? '').trim(),
        profile: profileOf(sop, defaultProfile),
        header: header(sop),
        lanes,
        nodes,
        edges,
        sections,
        criticalPath: criticalPath(nodes, edges),
        uri,
        range: rangeOf(sop),
    };
}
