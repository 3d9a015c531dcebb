/**
 * Golden tests of the Mermaid renderer on every example and render fixture
 * (update with UPDATE_GOLDEN=1), plus determinism and the structure GitHub needs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMermaid, splitBySection, mermaidNodeId, mermaidLaneId } from '@sop/renderers';
import { golden, loadAllModels, renderInputs, shortName, sopsOf, type LoadedModel } from '../../fixtures/render/load.js';

let models: LoadedModel[] = [];
beforeAll(async () => { models = await loadAllModels(); });

describe('renderMermaid on every example', () => {
    it('finds the examples and fixtures', () => {
        expect(renderInputs().some(f => f.includes('/test/fixtures/render/'))).toBe(true);
        expect(sopsOf(models).length).toBeGreaterThanOrEqual(2);
        // One workspace: ids must be unique, or references would resolve to the wrong file.
        const ids = models.map(m => m.model.id);
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it('matches the golden files', () => {
        const missing: string[] = [];
        for (const { file, model } of sopsOf(models)) {
            const text = renderMermaid(model);
            const name = `${shortName(file)}.${model.id}.mmd`;
            const expected = golden(name, text);
            if (expected === undefined) missing.push(name);
            else expect(text, name).toBe(expected);
        }
        expect(missing, 'goldens missing: run UPDATE_GOLDEN=1 npx vitest run test/renderers').toEqual([]);
    });

    it('is deterministic and uses classic flowchart syntax with pinned config', () => {
        for (const { model } of sopsOf(models)) {
            const a = renderMermaid(model);
            expect(renderMermaid(structuredClone(model))).toBe(a);
            expect(a.startsWith('---\nconfig:\n  layout: dagre\n  look: classic\n')).toBe(true);
            expect(a).toContain('\nflowchart TB\n');
            expect(a).toMatch(/^ {2}htmlLabels: false$/m);
            expect(a).not.toMatch(/swimlane|@\{/);
        }
    });

    it('has one subgraph per lane, every step once, every edge drawn', () => {
        for (const { model } of sopsOf(models)) {
            const text = renderMermaid(model);
            const subgraphs = [...text.matchAll(/^ {4}subgraph (\S+)\["/gm)].map(m => m[1]);
            // Lanes are written last-first (see flowchart.ts), so the reversed list is declaration order.
            expect(subgraphs.reverse().slice(0, model.lanes.length)).toEqual(model.lanes.map(l => mermaidLaneId(l.id)));
            for (const n of model.nodes) {
                expect(text.match(new RegExp(`^ {4}${mermaidNodeId(n.id)}[[({>]`, 'gm'))?.length, n.id).toBe(1);
            }
            for (const e of model.edges) {
                const arrow = e.back ? '-\\.->' : '-->';
                expect(text, `${e.from}->${e.to}`).toMatch(new RegExp(`^ {4}${mermaidNodeId(e.from)} ${arrow}(\\|"[^"]*"\\|)? ${mermaidNodeId(e.to)}$`, 'm'));
            }
        }
    });

    it('draws each kind with its SOP AP shape', () => {
        for (const { model } of sopsOf(models)) {
            const text = renderMermaid(model);
            for (const n of model.nodes) {
                const def = new RegExp(`^ {4}${mermaidNodeId(n.id)}(.)`, 'm').exec(text)![1] + (new RegExp(`^ {4}${mermaidNodeId(n.id)}.(.)`, 'm').exec(text)![1]);
                const expected = n.kind === 'decision' ? '{"' : n.kind === 'handover' ? '>"' : n.isStart || n.isEnd ? '([' : '["';
                expect(def, `${model.id}.${n.id} (${n.kind})`).toBe(expected);
            }
        }
    });

    it('labels decision branches and draws back edges dotted', () => {
        const all = sopsOf(models).flatMap(({ model }) => model.edges.map(e => ({ model, e })));
        const branches = all.filter(x => x.e.kind === 'branch');
        const backs = all.filter(x => x.e.back);
        expect(branches.length).toBeGreaterThan(0);
        expect(backs.length).toBeGreaterThan(0);
        for (const { model, e } of backs) expect(renderMermaid(model)).toContain(`${mermaidNodeId(e.from)} -.->`);
    });

    it('numbers and durations can be switched off', () => {
        const { model } = sopsOf(models).find(m => m.model.nodes.some(n => n.time?.text))!;
        const n = model.nodes.find(x => x.time?.text)!;
        expect(renderMermaid(model)).toContain(`${n.number}. `);
        const plain = renderMermaid(model, { numbers: false, durations: false });
        expect(plain).not.toContain(`"${n.number}. `);
        expect(plain).not.toContain(`(${n.time!.text})`);
    });

    it('English labels with lang en and a chosen theme', () => {
        const { model } = sopsOf(models).find(m => m.model.nodes.some(n => n.kind === 'handover'))!;
        expect(renderMermaid(model, { lang: 'en', theme: 'neutral' })).toMatch(/Continues in SOP[\s\S]*|theme: neutral/);
        expect(renderMermaid(model, { theme: 'neutral' })).toContain('  theme: neutral\n');
        expect(renderMermaid(model, { lang: 'en' })).toContain('Continues in SOP');
        expect(renderMermaid(model, { lang: 'id' })).toContain('Dilanjutkan ke SOP');
    });
});

describe('splitBySection', () => {
    it('renders one diagram per bagian with connectors for links that leave it', () => {
        const { model } = sopsOf(models).find(m => m.model.sections.length >= 2)!;
        const parts = splitBySection(model);
        expect(parts.map(p => p.title)).toEqual(expect.arrayContaining(model.sections.map(s => s.title)));
        for (const s of model.sections) {
            const part = parts.find(p => p.title === s.title)!;
            for (const id of s.nodeIds) expect(part.mermaid).toMatch(new RegExp(`^ {4}${mermaidNodeId(id)}[[({>]`, 'm'));
            const others = model.nodes.filter(n => !s.nodeIds.includes(n.id));
            for (const n of others) expect(part.mermaid).not.toMatch(new RegExp(`^ {4}${mermaidNodeId(n.id)}[[({>]`, 'm'));
            const leaving = model.edges.filter(e => s.nodeIds.includes(e.from) !== s.nodeIds.includes(e.to));
            if (leaving.length > 0) expect(part.mermaid).toMatch(/^ {4}X_\w+>"/m);
        }
    });

    it('warns about very large procedures in a comment', () => {
        const { model } = sopsOf(models)[0];
        const many = structuredClone(model);
        const base = many.nodes[0];
        many.nodes = Array.from({ length: 45 }, (_, i) => ({ ...base, id: `n${i}`, number: i + 1 }));
        many.edges = many.nodes.slice(1).map((n, i) => ({ from: `n${i}`, to: n.id, kind: 'next' as const, back: false }));
        many.sections = [];
        const text = renderMermaid(many);
        expect(text).toMatch(/^ {4}%% PERINGATAN: prosedur ini memiliki 45 langkah \(lebih dari 40\)/m);
        expect(renderMermaid(many, { lang: 'en' })).toMatch(/%% WARNING: this procedure has 45 steps/);
        expect(renderMermaid(model)).not.toMatch(/PERINGATAN/);
    });
});
