/**
 * Mutu baku of each step (kelengkapan, waktu, output): rules SOP-P13..P16.
 */
import * as ast from '../generated/ast.js';
import type { SopModel } from '../model/model-types.js';
import { stepsOf } from '../model/sop-model-builder.js';
import { phrases } from '../i18n/phrases.js';
import type { CheckContext } from './check-context.js';

type SopCtx = CheckContext<ast.Sop, SopModel>;

const stopWords = new Set(['yang', 'dan', 'atau', 'dari', 'untuk', 'dengan', 'telah', 'sudah', 'the', 'and', 'with', 'from', 'surat', 'berkas']);

/** Significant words of a text (four letters or more, no stop words). */
function words(texts: readonly string[]): string[] {
    return texts.join(' ').toLowerCase().split(/[^a-z0-9]+/).filter(w => w.length >= 4 && !stopWords.has(w));
}

/** Runs the mutu baku rules on one SOP. */
export function checkMutuBaku(ctx: SopCtx): void {
    const { doc, model, reporter } = ctx;
    const steps = stepsOf(doc);
    // Row i of the model is step i of the text (ids may repeat in a broken document).
    const nodeById = new Map<string, SopModel['nodes'][number]>();
    for (const n of model.nodes) if (!nodeById.has(n.id)) nodeById.set(n.id, n);
    const stepById = new Map<string, ast.Step>();
    for (const s of steps) if (!stepById.has(s.name)) stepById.set(s.name, s);
    steps.forEach((step, i) => {
        const node = model.rows[i];
        if (!node) return;
        const target = { node: step, property: 'text' };
        if (!step.time || step.time.none) {
            reporter.report('SOP-P13', step.time ? { node: step, property: 'time' } : target, [step.name]);
        } else if (node.time && node.time.minMinutes === undefined) {
            reporter.report('SOP-P14', { node: step, property: 'time' }, [node.time.text]);
        }
        if (node.inputs.length === 0) {
            reporter.report('SOP-P15', step.inputs ? { node: step, property: 'inputs' } : target, [reporter.t(phrases.inputs), step.name], { column: 'inputs' });
        }
        if (node.outputs.length === 0) {
            reporter.report('SOP-P15', step.output ? { node: step, property: 'output' } : target, [reporter.t(phrases.output), step.name], { column: 'output' });
        }
    });
    // SOP-P16: the output of a step should feed the inputs of the step written after it.
    for (const edge of model.edges) {
        if (edge.kind !== 'next') continue;
        const from = nodeById.get(edge.from), to = nodeById.get(edge.to);
        if (!from || !to || from.outputs.length === 0 || to.inputs.length === 0) continue;
        const inputs = new Set(words(to.inputs));
        const outWords = words(from.outputs);
        if (outWords.length > 0 && !outWords.some(w => inputs.has(w))) {
            const step = stepById.get(to.id);
            if (step) reporter.report('SOP-P16', { node: step, property: 'inputs' }, [from.outputs.join(', ')]);
        }
    }
}
