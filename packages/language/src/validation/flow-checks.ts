/**
 * The procedure as a flowchart: rules SOP-P01..P12, P20..P22. Graph rules run on the semantic
 * model and are linear in steps + edges (see model/flow-graph.ts).
 */
import * as ast from '../generated/ast.js';
import type { ProcessNode, SopModel } from '../model/model-types.js';
import { analyzeFlow } from '../model/flow-graph.js';
import { flowsOfRow, namedShape, opensWithStartCapsule, rowNumbers, stepsOf } from '../model/sop-model-builder.js';
import type { AstNode } from 'langium';
import { str } from '../model/ast-values.js';
import { phrase, phrases, type Phrase } from '../i18n/phrases.js';
import { nameTarget, type CheckContext } from './check-context.js';

type SopCtx = CheckContext<ast.Sop, SopModel>;

import { LARGE_PROCEDURE_STEPS } from '../model/limits.js';

export { LARGE_PROCEDURE_STEPS };

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
    const used = new Set<string | undefined>();
    for (const s of steps) for (const sym of s.symbols ?? []) used.add(sym.actor?.$refText);
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
    // SOP-P26: a capsule opening a row that is not the start: drawn in the middle of the flow.
    // The first symbol of each id (a map, not a search of every symbol for every row).
    const nodeById = new Map<string, ProcessNode>();
    for (const node of model.nodes) if (!nodeById.has(node.id)) nodeById.set(node.id, node);
    const startNode = model.nodes.find(n => n.isStart);
    steps.forEach((step, i) => {
        if (!opensWithStartCapsule(step)) return;
        const id = model.rows[i]?.nodeIds[0];
        const first = id === undefined ? undefined : nodeById.get(id);
        if (first && first !== startNode && !first.isEnd) reporter.report('SOP-P26', { node: step.symbols[0], property: 'actor' }, [step.name]);
    });
    if (!model.nodes.some(n => n.isEnd || n.kind === 'handover')) {
        reporter.report('SOP-P06', procedure ? { node: procedure, property: 'items', index: procedure.items.length - 1 } : nameTarget(doc), [reporter.t(phrases.noEnd)]);
    }

    // SOP-P07: decisions have exactly two distinct, non-empty labels.
    // The flow of each symbol of each row, read once for every rule below.
    const rowFlows = new Map(steps.map(step => [step, flowsOfRow(step)]));
    // A diamond drawn with `?` or `<...>` needs its two branches like any decision.
    for (const step of steps) {
        const flows = rowFlows.get(step)!;
        (step.symbols ?? []).forEach((sym, k) => {
            if (sym.decision && !ast.isDecisionFlow(flows[k])) {
                reporter.report('SOP-P07', { node: sym, property: 'actor' }, [phrase(phrases.decisionBranches, reporter.lang, 0)]);
            }
        });
    }
    for (const flow of [...rowFlows.values()].flat()) {
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

    // Where each symbol was written and its flow: a row's first symbol is reported at the row's id,
    // the others at their pelaksana in the row.
    const symbolAt = new Map<string, { node: AstNode; property: string; flow: ast.Flow | undefined }>();
    const rowOf = new Map(steps.map((s, i) => [s, model.rows[i]]));
    for (const step of steps) {
        const row = rowOf.get(step);
        if (!row) continue;
        const flows = rowFlows.get(step)!;
        row.nodeIds.forEach((id, k) => {
            const sym = step.symbols?.[k];
            symbolAt.set(id, k === 0 || !sym ? { node: step, property: 'name', flow: flows[k] } : { node: sym, property: 'actor', flow: flows[k] });
        });
    }
    // SOP-P25 / P27: a flow line or a target names a symbol the row does not have, or one of two.
    // While such a target does not resolve the flow graph misses an arrow into a known row, so
    // SOP-P09 waits for the fix (one mistake, one error).
    let incomplete = false;
    const inLane = (s: ast.Step | undefined, lane: string) => (s?.symbols ?? []).some(sym => sym.actor?.$refText === lane);
    const count = (s: ast.Step | undefined) => s?.symbols?.length ?? 0;
    const badIndex = (s: ast.Step | undefined, index: string) => { const k = Number.parseInt(index, 10); return !(k >= 1 && k <= count(s)); };
    for (const step of steps) {
        for (const clause of step.clauses ?? []) {
            if (clause.actor?.ref && !inLane(step, clause.actor.$refText)) { reporter.report('SOP-P25', { node: clause, property: 'actor' }, [step.name, clause.actor.$refText]); incomplete = true; }
            if (clause.index !== undefined && badIndex(step, clause.index)) { reporter.report('SOP-P25', { node: clause, property: 'index' }, [step.name, clause.index]); incomplete = true; }
        }
        for (const flow of rowFlows.get(step)!) {
            const targets = ast.isJumpFlow(flow) ? flow.targets ?? [] : ast.isDecisionFlow(flow) ? flow.branches.map(b => b.target).filter((t): t is ast.Target => !!t) : [];
            for (const t of targets) {
                // A missing row (SOP-P08) says nothing about where the arrow should go; a wrong symbol of
                // a known row (undeclared pelaksana, bad place, ambiguous) does: the row is meant.
                if (t.step && !t.step.ref) continue;
                if (t.actor && !t.actor.ref) { incomplete = true; continue; }
                const row = t.step ? t.step.ref : step;
                if (t.index !== undefined && row && badIndex(row, t.index)) { reporter.report('SOP-P25', { node: t, property: 'index' }, [row.name, t.index]); incomplete = true; }
                if (!t.actor?.ref || !row) continue;
                if (!inLane(row, t.actor.$refText)) { reporter.report('SOP-P25', { node: t, property: 'actor' }, [row.name, t.actor.$refText]); incomplete = true; continue; }
                const places = (row.symbols ?? []).map((sym, k) => (sym.actor?.$refText === t.actor!.$refText && !sym.capsule ? k + 1 : 0)).filter(k => k > 0);
                if (places.length > 1) { reporter.report('SOP-P27', { node: t, property: 'actor' }, [row.name, t.actor.$refText, places.map(k => `.${k}`).join(' / ')]); incomplete = true; }
            }
        }
    }

    // SOP-P09 / P10: reachability and loops.
    const analysis = analyzeFlow(model.nodes, model.edges);
    if (incomplete) { analysis.unreachable.length = 0; analysis.noExit.length = 0; }
    for (const id of analysis.unreachable) {
        const at = symbolAt.get(id);
        if (at) reporter.report('SOP-P09', { node: at.node, property: at.property }, [phrase(phrases.unreachable, reporter.lang, id)]);
    }
    // A decision-free loop is reported once, as SOP-P10 on the jump that closes it; the steps
    // caught in it are not reported again as SOP-P09.
    const inDecisionFreeLoop = new Set(analysis.decisionFreeLoopNodes);
    for (const id of analysis.noExit) {
        const at = symbolAt.get(id);
        if (at && !inDecisionFreeLoop.has(id)) reporter.report('SOP-P09', { node: at.node, property: at.property }, [phrase(phrases.noExit, reporter.lang, id)]);
    }
    for (const edge of analysis.loopsWithoutDecision) {
        const flow = symbolAt.get(edge.from)?.flow;
        if (flow) reporter.report('SOP-P10', { node: flow }, [edge.to]);
    }

    // SOP-P23 / P24: forks without a decision, dead ends; written as signed, so warnings.
    for (const [id, at] of symbolAt) {
        if (ast.isJumpFlow(at.flow) && (at.flow.targets ?? []).length > 1) {
            reporter.report('SOP-P23', { node: at.flow }, [id, at.flow.targets.map(t => t.$cstNode?.text ?? '').join(', ')]);
        } else if (ast.isDeadEndFlow(at.flow)) {
            reporter.report('SOP-P24', { node: at.flow }, [id]);
        }
    }

    // SOP-P11: written numbers count up by one. A repeated or skipped number is reported once,
    // where it happens: the rows after it count on from the number written. Unnumbered rows are
    // numbered from the row above.
    const numbers = rowNumbers(steps);
    steps.forEach((step, i) => {
        const expected = i === 0 ? 1 : numbers[i - 1] + 1;
        if (step.number !== undefined && numbers[i] !== expected) {
            reporter.report('SOP-P11', { node: step, property: 'number' }, [step.number, expected], { expected });
        }
    });

    // SOP-P05: only the five symbols. A named symbol is drawn as named; SOP-P05K says when the
    // step's flow asks for another shape (branches need a diamond, a diamond needs branches ...).
    for (const step of steps) {
        if (!step.symbol) continue;
        const named = namedShape(step.symbol);
        if (!named) { reporter.report('SOP-P05', { node: step, property: 'symbol' }, [step.symbol]); continue; }
        const flow = step.flow;
        const implied: ProcessNode['kind'] = ast.isDecisionFlow(flow) ? 'decision' : ast.isHandoverFlow(flow) ? 'handover' : 'process';
        const fits = named === implied || (named === 'capsule' && implied === 'process') || (named === 'process' && implied === 'process');
        if (!fits) reporter.report('SOP-P05K', { node: step, property: 'symbol' }, [step.symbol, reporter.t(shapeName[implied])]);
    }

    // SOP-P12: active verb, no subject (SOP AP only; questions of decisions are exempt).
    const laneTitles = actors.map(a => str(a.title).toLowerCase()).filter(t => t.length > 0);
    for (const step of steps) {
        const text = str(step.text);
        if (!text || text.endsWith('?')) continue;
        const first = /^\S*/.exec(text)![0].toLowerCase().replace(/[^a-z]/g, '');
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
