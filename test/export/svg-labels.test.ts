/**
 * Our own SVG export (`renderMermaidSvg`, as `sop export` and the PNG use it) shows every label
 * exactly as written, including what stock Mermaid cannot draw (hard-text.ts), and labels
 * holding `style …:` or `classDef …:` (which Mermaid's pre-parser once cut to `#62`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SopModel } from '@sop/language';
import { launchBrowser, type BrowserSession } from '@sop/export';
import { renderMermaid } from '@sop/renderers';
import { loadModelsFromTexts, sopsOf } from '../fixtures/render/load.js';
import { injectionSop } from '../fixtures/render/injection.js';
import { HARD_TEXTS, STOCK_LIMIT_TEXTS } from '../fixtures/render/hard-text.js';
import { chromiumMissing } from './chromium-available.js';
import { readLabels, wrongLabels } from './hard-labels.js';
import { svgDocument } from './svg-dom.js';

const STYLE_TEXTS = ['style x:y', 'classDef a:b', 'style x:<y> "z"; classDef a:b #1; &c'];
const texts = [...HARD_TEXTS, ...STOCK_LIMIT_TEXTS.map(l => l.text)];
let session: BrowserSession;
let models: SopModel[] = [];
const svgs: string[] = [];

describe.skipIf(chromiumMissing !== undefined)('labels in our SVG export', () => {
    beforeAll(async () => {
        const loaded = sopsOf(await loadModelsFromTexts(Object.fromEntries(texts.map((p, i) => [`/svg-labels/${i}.sop`, injectionSop(p, i)]))));
        models = texts.map((_, i) => loaded.find(l => l.model.id === `Inj${i}`)!.model);
        session = await launchBrowser();
        for (const m of models) svgs.push(await session.renderMermaidSvg(renderMermaid(m)));
    }, 240_000);
    afterAll(async () => { await session?.close(); });

    it('show `style x:y` and `classDef a:b` exactly', () => {
        for (const p of STYLE_TEXTS) {
            const i = texts.indexOf(p);
            expect(i, p).toBeGreaterThanOrEqual(0);
            expect(wrongLabels(p, readLabels(svgDocument(svgs[i]))), p).toEqual([]);
        }
    });

    it('show every hard text exactly, also where stock Mermaid cannot', () => {
        const failures = texts.flatMap((p, i) => wrongLabels(p, readLabels(svgDocument(svgs[i]))).map(w => `${JSON.stringify(p)} -> ${w}`));
        expect(failures).toEqual([]);
    });

    it('stay SVG text with nothing of the protection left', () => {
        for (const [i, svg] of svgs.entries()) {
            expect(svg, texts[i]).not.toContain('foreignObject');
            if (!texts[i].includes('\uFDD0')) expect(svg.includes('\uFDD0'), texts[i]).toBe(false);
        }
    });
});
