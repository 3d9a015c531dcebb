/**
 * Render time of the official HTML and the DOCX for every example and fixture: the median of
 * five runs, written to test-results/official/timings.json and printed. The bound is generous;
 * it catches an accidental blow-up (e.g. quadratic routing), not normal machine noise.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutProcedure, renderDocx, renderOfficialHtml } from '@sop/renderers';
import { exampleFiles, fixtureFiles, loadModels, outputName, root } from './load-models.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('render time', () => {
    it('renders every document in well under a second (median of 5 runs)', async () => {
        const loaded = await loadModels([...fixtureFiles(), ...exampleFiles()]);
        const rows: Array<{ name: string; kind: string; steps: number; procPages?: number; procPagesRows3?: number; htmlMs: number; docxMs: number }> = [];
        for (const f of loaded) {
            for (const m of f.models) {
                const html: number[] = [], docx: number[] = [];
                for (let i = 0; i < 5; i++) {
                    let t = performance.now();
                    renderOfficialHtml(m);
                    html.push(performance.now() - t);
                    t = performance.now();
                    await renderDocx(m);
                    docx.push(performance.now() - t);
                }
                rows.push({ name: outputName(f.file, m), kind: m.kind, steps: m.kind === 'sop' ? m.nodes.length : 0,
                    procPages: m.kind === 'sop' ? layoutProcedure(m).pages.length : undefined, procPagesRows3: m.kind === 'sop' ? layoutProcedure(m, 3).pages.length : undefined, htmlMs: Math.round(median(html) * 100) / 100, docxMs: Math.round(median(docx) * 100) / 100 });
            }
        }
        mkdirSync(resolve(root, 'test-results/official'), { recursive: true });
        writeFileSync(resolve(root, 'test-results/official/timings.json'), JSON.stringify(rows, null, 2));
        console.table(rows);
        for (const r of rows) {
            expect(r.htmlMs, r.name).toBeLessThan(500);
            expect(r.docxMs, r.name).toBeLessThan(2000);
        }
    });
});
