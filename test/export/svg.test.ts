/**
 * Every example's flowchart rendered to SVG in real headless Chromium (one browser for all):
 * lanes are side by side in declaration order, every step is there with its text, steps run
 * top to bottom in table order, the SVG is repeatable byte for byte, and PNG and PDF work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '@sop/export';
import { renderMermaid, splitBySection, mermaidNodeId } from '@sop/renderers';
import { loadAllModels, sopsOf, type LoadedModel } from '../fixtures/render/load.js';
import { chromiumMissing } from './chromium-available.js';
import { laneBoxes, squash, stepNode, svgDocument } from './svg-dom.js';

let session: BrowserSession;
let models: LoadedModel[] = [];
const svgs = new Map<string, string>();

describe.skipIf(chromiumMissing !== undefined)('flowchart SVG in headless Chromium', () => {
    beforeAll(async () => {
        models = await loadAllModels();
        session = await launchBrowser();
        for (const { model } of sopsOf(models)) svgs.set(model.id, await session.renderMermaidSvg(renderMermaid(model)));
    }, 240_000);
    afterAll(async () => { await session?.close(); });

    it('renders every example', () => {
        expect(svgs.size).toBe(sopsOf(models).length);
        expect(svgs.size).toBeGreaterThanOrEqual(5);
        for (const [id, svg] of svgs) {
            expect(svg.startsWith('<svg'), id).toBe(true);
            expect(svg, id).not.toContain('foreignObject');
            expect(svg, id).not.toMatch(/Syntax error in text|class="error-icon"/);
        }
    });

    it('draws lanes left to right in declaration order, with their titles', () => {
        for (const { model } of sopsOf(models)) {
            const doc = svgDocument(svgs.get(model.id)!);
            const boxes = laneBoxes(doc, model.lanes.map(l => l.id));
            expect(boxes.every(b => b !== undefined), model.id).toBe(true);
            expect(boxes.map(b => squash(b!.title)), model.id).toEqual(model.lanes.map(l => squash(l.title)));
            const xs = boxes.map(b => b!.x);
            for (let i = 1; i < xs.length; i++) expect(xs[i], `${model.id}: lane ${model.lanes[i].id} right of ${model.lanes[i - 1].id}`).toBeGreaterThan(xs[i - 1]);
        }
    });

    it('shows every row text, rows in table order, every symbol of a row drawn', () => {
        for (const { model } of sopsOf(models)) {
            const doc = svgDocument(svgs.get(model.id)!);
            let lastY = -Infinity;
            for (const row of model.rows) {
                const nodes = row.nodeIds.map(id => ({ id, el: stepNode(doc, id) }));
                for (const n of nodes) expect(n.el, `${model.id}.${n.id}`).toBeDefined();
                // A row of several symbols shows its text on its activity symbols; capsules say Mulai/Selesai.
                const texts = nodes.map(n => squash(n.el!.text));
                expect(texts.some(t => t.includes(squash(`${row.number}. ${row.text}`))), `${model.id}.${row.id}: ${texts.join(' | ')}`).toBe(true);
                if (row.time?.text) expect(texts.some(t => t.includes(squash(row.time!.text))), `${model.id}.${row.id} time`).toBe(true);
                const y = nodes[0].el!.y;
                expect(y, `${model.id}.${row.id} below the previous row`).toBeGreaterThan(lastY);
                lastY = y;
            }
        }
    });

    it('puts each step in its own lane column', () => {
        for (const { model } of sopsOf(models)) {
            const doc = svgDocument(svgs.get(model.id)!);
            const boxes = laneBoxes(doc, model.lanes.map(l => l.id));
            const widths = model.lanes.map(l => {
                const rect = doc.getElementById(`sop-diagram-L_${l.id}`)!.querySelector('rect')!;
                return Number(rect.getAttribute('width'));
            });
            for (const n of model.nodes) {
                const lane = model.lanes.findIndex(l => l.id === n.lane);
                if (lane < 0) continue;
                const x = stepNode(doc, n.id)!.x;
                expect(x, `${model.id}.${n.id}`).toBeGreaterThan(boxes[lane]!.x);
                expect(x, `${model.id}.${n.id}`).toBeLessThan(boxes[lane]!.x + widths[lane]);
            }
        }
    });

    it('gives byte-identical SVG for the same text, in a new browser too', async () => {
        const { model } = sopsOf(models)[0];
        const text = renderMermaid(model);
        expect(await session.renderMermaidSvg(text)).toBe(svgs.get(model.id));
        const other = await launchBrowser();
        try {
            expect(await other.renderMermaidSvg(text)).toBe(svgs.get(model.id));
        } finally {
            await other.close();
        }
    }, 120_000);

    it('renders split sections with their steps only', async () => {
        const { model } = sopsOf(models).find(m => m.model.sections.length >= 2)!;
        const parts = splitBySection(model);
        const section = model.sections[1];
        const svg = await session.renderMermaidSvg(parts.find(p => p.title === section.title)!.mermaid);
        const doc = svgDocument(svg);
        for (const id of section.nodeIds) expect(stepNode(doc, id), id).toBeDefined();
        expect(stepNode(doc, model.sections[0].nodeIds[0])).toBeUndefined();
        expect(svg).toContain(`flowchart-X_`);
        expect(svg).not.toContain(`flowchart-${mermaidNodeId(model.sections[0].nodeIds[0])}-`);
    }, 120_000);

    it('makes PNG and A4 PDF', async () => {
        const svg = [...svgs.values()][0];
        const png = await session.svgToPng(svg, { scale: 2 });
        expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        const width = Buffer.from(png).readUInt32BE(16);
        const viewBoxWidth = Number(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/.exec(svg)![1]);
        expect(width).toBeGreaterThanOrEqual(Math.floor(viewBoxWidth * 2));
        const pdf = await session.htmlToPdf('<!DOCTYPE html><html><body><h1>Uji PDF</h1></body></html>');
        const head = Buffer.from(pdf).toString('latin1');
        expect(head.startsWith('%PDF-')).toBe(true);
        expect(head).toMatch(/\/MediaBox \[0 0 595\.9\d* 842\.\d*\]|\/MediaBox \[0 0 596 842\]/);
        expect(head).toContain("/CreationDate (D:20000101000000+00'00')");
        const again = await session.htmlToPdf('<!DOCTYPE html><html><body><h1>Uji PDF</h1></body></html>');
        expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
        const shot = await session.screenshotHtml('<!DOCTYPE html><html><body style="height:2000px">x</body></html>', { width: 400 });
        expect(Buffer.from(shot).readUInt32BE(16)).toBe(400);
        expect(Buffer.from(shot).readUInt32BE(20)).toBeGreaterThanOrEqual(2000);
    }, 120_000);
});
