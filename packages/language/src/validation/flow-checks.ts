/**
 * The procedure as a flowchart: rules SOP-P01..P12, P20..P22. Graph rules run on the semantic
 * model and are linear in steps + edges (see model/flow-graph.ts).
 */
import * as ast from '../generated/ast.js';
import type { ProcessNode, SopModel } from '../model/model-types.js';
import { analyzeFlow } from '../model/flow-graph.js';
import { stepsOf } from '../model/sop-model-builder.js';
import { str } from '../model/ast-values.js';
import { phrase, phrases, type Phrase } from '../i18n/phrases.js';
import { nameTarget, type CheckContext } from './check-context.js';

type SopCtx = CheckContext<ast.Sop, SopModel>;

/** Above this many steps one flowchart becomes unreadable (SOP-P22). */
export const LARGE_PROCEDURE_STEPS = 40;

/** The five SOP AP symbols (and their English names) that a step may name with `simbol`. */
const symbolNames: ReadonlyMap<string, ReadonlyArray<ProcessNode['kind']>> = new Map([
    ['kapsul', ['start', 'end']], ['terminator', ['start', 'end']],
    ['kotak', ['process', 'start', 'end']], ['proses', ['process', 'start', 'end']], ['process', ['process', 'start', 'end']],
    ['belah_ketupat', ['decision']], ['ketupat', ['decision']], ['decision', ['decision']], ['keputusan', ['decision']],
    ['segilima', ['handover']], ['connector', ['handover']], ['penghubung', ['handover']],
]);

const shapeName: Record<ProcessNode['kind'], Phrase> = {
    start: phrases.shapeStart, end: phrases.shapeEnd, process: phrases.shapeProcess,
    decision: phrases.shapeDecision, handover: phrases.shapeHandover,
};

/** Words that, at the start of an activity, name a subject rather than an action (SOP-P12). */
const subjectWords = new Set(['staf', 'staff', 'kepala', 'petugas', 'pemohon', 'sekretaris', 'admin', 'operator', 'kami', 'saya', 'pegawai', 'pejabat', 'kasubbag', 'kabag', 'kasi', 'kabid', 'bendahara', 'pimpinan', 'bagian', 'unit', 'tim']);

/** Runs the procedure rules on one SOP. */
export function checkFlow(ctx: SopCtx): void {
    const { doc, model, reporter } = ctx;
    const steps = stepsOf(doc);
    const procedure = doc.members.find(ast.isProcedure);
    if (steps.length === 0) {
        reporter.report('SOP-P01', procedure ? { node: procedure, keyword: procedure.$cstNode?.text.split(/\s/)[0] } : nameTarget(doc));
        return;
    }
    const stepById = new Map<string, ast.Step>();
    for (const step of steps) {
        if (stepById.has(step.name)) reporter.report('SOP-P20', { node: step, property: 'name' }, [step.name]);
        else stepById.set(step.name, step);
    }

    // SOP-P21 / P03 / P04: pelaksana.
    const actors = doc.members.filter(ast.isActor);
    const seen = new Set<string>();
    const used = new Set(steps.map(s => s.actor?.$refText));
    for (const actor of actors) {
        if (seen.has(actor.name)) reporter.report('SOP-P21', { node: actor, property: 'name' }, [actor.name]);
        seen.add(actor.name);
        if (!used.has(actor.name)) reporter.report('SOP-P03', { node: actor, property: 'name' }, [actor.name]);
    }
    if (actors.length === 1) reporter.report('SOP-P04', { node: actors[0], property: 'name' });

    // SOP-P06: one start, at least one end.
    const starts = steps.filter(s => s.start);
    for (const extra of starts.slice(1)) {
        reporter.report('SOP-P06', { node: extra, keyword: extra.$cstNode?.text.includes('mulai') ? 'mulai' : 'start' }, [phrase(phrases.startMultiple, reporter.lang, starts[0].name)]);
    }
    if (!model.nodes.some(n => n.isEnd || n.kind === 'handover')) {
        reporter.report('SOP-P06', procedure ? { node: procedure, property: 'items', index: procedure.items.length - 1 } : nameTarget(doc), [reporter.t(phrases.noEnd)]);
    }

    // SOP-P07: decisions have exactly two distinct, non-empty labels.
    for (const step of steps) {
        const flow = step.flow;
        if (!ast.isDecisionFlow(flow)) continue;
        if (flow.branches.length !== 2) {
            reporter.report('SOP-P07', { node: flow }, [phrase(phrases.decisionBranches, reporter.lang, flow.branches.length)]);
            continue;
        }
        const labels = flow.branches.map(b => str(b.label).toLowerCase());
        flow.branches.forEach(b => {
            if (!str(b.label)) reporter.report('SOP-P07', { node: b, property: 'label' }, [reporter.t(phrases.decisionLabelEmpty)]);
        });
        if (labels[0] && labels[0] === labels[1]) {
            reporter.report('SOP-P07', { node: flow.branches[1], property: 'label' }, [phrase(phrases.decisionLabelSame, reporter.lang, flow.branches[1].label)]);
        }
    }

    // SOP-P09 / P10: reachability and loops.
    const analysis = analyzeFlow(model.nodes, model.edges);
    for (const id of analysis.unreachable) {
        const step = stepById.get(id);
        if (step) reporter.report('SOP-P09', { node: step, property: 'name' }, [phrase(phrases.unreachable, reporter.lang, id)]);
    }
    // A decision-free loop is reported once, as SOP-P10 on the jump that closes it; the steps
    // caught in it are not reported again as SOP-P09.
    const inDecisionFreeLoop = new Set(analysis.decisionFreeLoopNodes);
    for (const id of analysis.noExit) {
        const step = stepById.get(id);
        if (step && !inDecisionFreeLoop.has(id)) reporter.report('SOP-P09', { node: step, property: 'name' }, [phrase(phrases.noExit, reporter.lang, id)]);
    }
    for (const edge of analysis.loopsWithoutDecision) {
        const step = stepById.get(edge.from);
        if (step?.flow) reporter.report('SOP-P10', { node: step.flow }, [edge.to]);
    }

    // SOP-P11: written numbers are sequential from 1.
    if (steps.some(s => s.number !== undefined)) {
        steps.forEach((step, i) => {
            if (step.number === undefined || Number(step.number) !== i + 1) {
                reporter.report('SOP-P11', step.number !== undefined ? { node: step, property: 'number' } : { node: step, property: 'name' }, [step.number ?? '-', i + 1], { expected: i + 1 });
            }
        });
    }

    // SOP-P05: only the five symbols; a named symbol must fit the step.
    const nodeById = new Map(model.nodes.map(n => [n.id, n]));
    for (const step of steps) {
        if (!step.symbol) continue;
        const allowed = symbolNames.get(step.symbol.toLowerCase());
        const node = nodeById.get(step.name);
        if (!allowed) reporter.report('SOP-P05', { node: step, property: 'symbol' }, [step.symbol]);
        else if (node && !allowed.includes(node.kind)) reporter.report('SOP-P05K', { node: step, property: 'symbol' }, [step.symbol, reporter.t(shapeName[node.kind])]);
    }

    // SOP-P12: active verb, no subject (SOP AP only; questions of decisions are exempt).
    const laneTitles = actors.map(a => str(a.title).toLowerCase()).filter(t => t.length > 0);
    for (const step of steps) {
        const text = str(step.text);
        if (!text || text.endsWith('?')) continue;
        const first = text.split(/\s+/)[0].toLowerCase().replace(/[^a-z]/g, '');
        const lower = text.toLowerCase();
        const passive = /^di[a-z]{3,}(kan|i)?$/.test(first) && !/^(disposisi|digital|diskusi|dinas|direktur|divisi)/.test(first);
        if (passive || subjectWords.has(first) || laneTitles.some(t => lower.startsWith(t + ' '))) {
            reporter.report('SOP-P12', { node: step, property: 'text' }, [text.split(/\s+/).slice(0, 3).join(' ')]);
        }
    }

    // SOP-P22: very large procedures.
    if (steps.length > LARGE_PROCEDURE_STEPS && model.sections.length === 0) {
        reporter.report('SOP-P22', procedure ? { node: procedure, keyword: procedure.$cstNode?.text.split(/\s/)[0] } : nameTarget(doc), [steps.length, LARGE_PROCEDURE_STEPS]);
    }
}
