/**
 * The layout links of the Mermaid flowchart (issue 11, P5: a lighter diagram for the same
 * drawing). Rows are chained so that every step gets its own row; where a step's arrow goes to
 * the next row that arrow is the chain link, so an invisible link is written only where no arrow
 * does, plus the lane anchors (one above the first and one below the last step per lane). Every
 * invisible link is one more edge for Mermaid to lay out and draw: a 60-step SOP had 67, 59 of
 * them beside an arrow between the same two steps.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SopModel } from '@sop/language';
import { renderMermaid, splitBySection, mermaidNodeId } from '@sop/renderers';
import { generateSop } from '../../../scripts/bench/generate.js';
import { loadAllModels, loadModelsFromTexts, sopsOf } from '../../fixtures/render/load.js';

interface Link { from: string; to: string; kind: 'arrow' | 'invisible'; line: number }

/** The links of a Mermaid text, in written order. */
function linksOf(text: string): Link[] {
    return text.split('\n').flatMap((l, line) => {
        const m = /^ {4}(\w+) (-->|-\.->|~~~)(?:\|"[^"]*"\|)? (\w+)$/.exec(l);
        return m ? [{ from: m[1], to: m[3], kind: m[2] === '~~~' ? 'invisible' as const : 'arrow' as const, line }] : [];
    });
}

/** The drawn steps of a diagram (those it defines), in table order. */
function drawnSteps(model: SopModel, text: string): SopModel['nodes'] {
    const seen = new Set<string>();
    return model.nodes.filter(n => !seen.has(n.id) && new RegExp(`^ {4}${mermaidNodeId(n.id)}[[({>]`, 'm').test(text) && (seen.add(n.id), true));
}

/** Pairs of consecutive drawn steps in different rows: the links of the row chain. */
function rowPairs(steps: SopModel['nodes']): Array<[string, string]> {
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i + 1 < steps.length; i++) if (steps[i].row !== steps[i + 1].row) pairs.push([mermaidNodeId(steps[i].id), mermaidNodeId(steps[i + 1].id)]);
    return pairs;
}

/** Checks one diagram; returns its number of invisible links. */
function checkDiagram(name: string, model: SopModel, text: string): number {
    const links = linksOf(text);
    const arrows = links.filter(l => l.kind === 'arrow');
    const invisible = links.filter(l => l.kind === 'invisible');
    const lanes = [...text.matchAll(/^ {4}subgraph /gm)].length;
    const steps = drawnSteps(model, text);
    const pairs = rowPairs(steps);
    // No invisible link repeats an arrow between the same two nodes.
    for (const l of invisible) expect(arrows.some(a => a.from === l.from && a.to === l.to), `${name}: ${l.from} ~~~ ${l.to} repeats an arrow`).toBe(false);
    // What is needed: an anchor above the first and below the last step per lane, and a link
    // between consecutive rows only where no arrow joins them.
    const needed = steps.length === 0 ? 0 : 2 * lanes + pairs.filter(([a, b]) => !arrows.some(x => x.from === a && x.to === b)).length;
    expect(invisible.length, `${name}: invisible links`).toBe(needed);
    // The chain keeps the rows: each row's link to the next is the first out-link of its step, so
    // dagre's depth-first cycle breaking walks the rows in order and reverses only back links.
    for (const [a, b] of pairs) expect(links.find(l => l.from === a)?.to, `${name}: first link of ${a}`).toBe(b);
    // Every chain link comes before the other links between steps (the order dagre meets them in).
    const chainLines = pairs.map(([a, b]) => links.find(l => l.from === a && l.to === b)!.line);
    const anchorCount = steps.length === 0 ? 0 : lanes;
    const others = links.slice(anchorCount).filter(l => !chainLines.includes(l.line) && !/^Z_|^Zx_/.test(l.to));
    if (others.length > 0 && chainLines.length > 0) expect(Math.max(...chainLines), `${name}: chain before the flow`).toBeLessThan(Math.min(...others.map(o => o.line)));
    return invisible.length;
}

describe('layout links of the Mermaid flowchart', () => {
    let examples: Array<{ file: string; model: SopModel }> = [];
    let generated: SopModel;
    beforeAll(async () => {
        examples = sopsOf(await loadAllModels());
        const [g] = sopsOf(await loadModelsFromTexts({ '/bench/sop-60.sop': generateSop(60, 'Gen60') }));
        generated = g.model;
    });

    it('a generated 60-step SOP has no invisible link besides its 8 lane anchors (was 67)', () => {
        expect(generated.nodes).toHaveLength(60);
        expect(generated.lanes).toHaveLength(4);
        const text = renderMermaid(generated);
        expect(checkDiagram('Gen60', generated, text)).toBe(2 * 4);
        // Every flow arrow is drawn once; 59 of them chain the rows.
        expect(linksOf(text).filter(l => l.kind === 'arrow')).toHaveLength(generated.edges.length);
    });

    it('every example and each of its sections has only the invisible links it needs', () => {
        expect(examples.length).toBeGreaterThanOrEqual(5);
        let chainArrows = 0;
        for (const { file, model } of [...examples, { file: 'generated', model: generated }]) {
            const text = renderMermaid(model);
            checkDiagram(`${file} ${model.id}`, model, text);
            chainArrows += rowPairs(drawnSteps(model, text)).filter(([a, b]) => linksOf(text).some(l => l.kind === 'arrow' && l.from === a && l.to === b)).length;
            for (const part of model.sections.length > 0 ? splitBySection(model) : []) checkDiagram(`${file} ${model.id} (${part.title})`, model, part.mermaid);
        }
        expect(chainArrows).toBeGreaterThan(0);
    });

    it('a row without an arrow to the next keeps its invisible link', () => {
        const model = structuredClone(generated);
        // The flow of step 10 goes to step 12 only: rows 10 → 11 need an invisible link.
        model.edges = model.edges.map(e => (e.from === 's10' && e.to === 's11' ? { ...e, to: 's12' } : e));
        const text = renderMermaid(model);
        expect(text).toContain(`    ${mermaidNodeId('s10')} ~~~ ${mermaidNodeId('s11')}\n`);
        expect(checkDiagram('Gen60 without 10 → 11', model, text)).toBe(2 * 4 + 1);
    });
});
