/**
 * Every generated diagram parses with the real Mermaid parser (mermaid.parse under a jsdom
 * window, toolchain.md §3c), including the injection corpus and split sections; and the parser
 * really rejects broken text, so a pass means something.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { renderMermaid, splitBySection } from '@sop/renderers';
import { loadAllModels, loadModelsFromTexts, sopsOf, type LoadedModel } from '../../fixtures/render/load.js';
import { PAYLOADS, injectionSop } from '../../fixtures/render/injection.js';

interface MermaidApi {
    initialize(config: Record<string, unknown>): void;
    parse(text: string, options?: { suppressErrors?: boolean }): Promise<{ diagramType: string } | false>;
}

let mermaid: MermaidApi;
let models: LoadedModel[] = [];
let injected: LoadedModel[] = [];

beforeAll(async () => {
    // Mermaid needs a DOM (DOMPurify) at import time, so the globals come first.
    const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>');
    const g = globalThis as Record<string, unknown>;
    g.window = dom.window;
    g.document = dom.window.document;
    mermaid = (await import('mermaid')).default as unknown as MermaidApi;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 1e7, maxEdges: 1e5 });
    models = await loadAllModels();
    injected = await loadModelsFromTexts(Object.fromEntries(PAYLOADS.map((p, i) => [`/inj/${i}.sop`, injectionSop(p, i)])));
});

async function parses(text: string): Promise<string> {
    const r = await mermaid.parse(text);
    return r ? r.diagramType : 'false';
}

describe('mermaid.parse', () => {
    it('rejects broken text (the check is real)', async () => {
        await expect(mermaid.parse('flowchart TB\n    a["x"] --> b["y\n    end end')).rejects.toThrow();
        await expect(mermaid.parse('flowchart TB\n    a["un"terminated"]')).rejects.toThrow();
    });

    it('accepts every example', async () => {
        const sops = sopsOf(models);
        expect(sops.length).toBeGreaterThan(0);
        for (const { model } of sops) {
            expect(await parses(renderMermaid(model)), model.id).toBe('flowchart-v2');
            expect(await parses(renderMermaid(model, { lang: 'en', numbers: false, durations: false, theme: 'dark' })), model.id).toBe('flowchart-v2');
            for (const part of splitBySection(model)) expect(await parses(part.mermaid), `${model.id} / ${part.title}`).toBe('flowchart-v2');
        }
    });

    it('accepts the injection corpus in every text field', async () => {
        expect(injected.length).toBe(PAYLOADS.length);
        for (const { model } of sopsOf(injected)) {
            expect(model.nodes.length, model.id).toBe(3);
            expect(await parses(renderMermaid(model)), model.title).toBe('flowchart-v2');
            for (const part of splitBySection(model)) expect(await parses(part.mermaid)).toBe('flowchart-v2');
        }
    });

    it('accepts diagrams of broken documents: no steps, undeclared pelaksana, duplicate ids, dangling jumps', async () => {
        const broken = await loadModelsFromTexts({
            '/broken/empty.sop': 'sop Kosong "Tanpa langkah" { pelaksana a "A" }',
            '/broken/odd.sop': `sop Aneh "Aneh" {
  pelaksana a "A"
  prosedur {
    satu a "Satu" | - | 1 menit | -
    satu hantu "Dua, oleh pelaksana yang tidak dideklarasikan"
    tiga a "Tiga" -> tidakada
    empat hantu "Empat, oleh pelaksana yang tidak dideklarasikan"
    click a "Langkah bernama click" selesai
  }
}`,
        });
        const [empty, odd] = sopsOf(broken).map(m => m.model);
        expect(empty.nodes).toHaveLength(0);
        expect(await parses(renderMermaid(empty))).toBe('flowchart-v2');
        expect(odd.nodes.map(n => n.id)).toEqual(["satu", "satu", "tiga", "empat", "click"]);
        const text = renderMermaid(odd);
        expect(text.match(/^ {4}s_satu[[({>]/gm)).toHaveLength(1);
        expect(text).toMatch(/^ {4}subgraph L_hantu\["hantu"\]$/m);
        expect(text).toContain("s_click([");
        expect(await parses(text)).toBe('flowchart-v2');
    });
});
