/**
 * A flowchart whose lanes Mermaid's layout (dagre) cannot place is drawn without its lanes
 * rather than not at all, and a file with a syntax error still exports its SVG: the issue's
 * "page.evaluate: TypeError … 'order'" reproducers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { launchBrowser, withoutLanes, type BrowserSession } from '@sop/export';
import { chromiumMissing } from './chromium-available.js';
import { repoRoot, runCli } from '../cli/cli-helpers.js';
import { svgDocument } from './svg-dom.js';

const crash = readFileSync(path.join(repoRoot, 'test/fixtures/render/dagre-lane-crash.mmd'), 'utf8');

describe('withoutLanes', () => {
    it('drops the lane subgraphs and their anchors, keeps every step and arrow', () => {
        const text = [
            'flowchart TB',
            '    A_a[" "]:::sopLaneAnchor',
            '    s_x["1. Terima"]',
            '    s_y["2. Periksa"]',
            '    subgraph L_a["Admin"]',
            '        A_a',
            '        s_x',
            '    end',
            '    subgraph L_b["end"]',
            '        s_y',
            '    end',
            '    A_a ~~~ s_x',
            '    s_x --> s_y',
            '    s_y -->|"tidak"| s_x',
        ].join('\n');
        expect(withoutLanes(text)).toBe(['flowchart TB', '    s_x["1. Terima"]', '    s_y["2. Periksa"]', '    s_x --> s_y', '    s_y -->|"tidak"| s_x'].join('\n'));
        expect(withoutLanes('flowchart TB\n    a --> b')).toBeUndefined();
    });
});

describe.skipIf(chromiumMissing !== undefined)('layout failures in headless Chromium', () => {
    let session: BrowserSession;
    let dir: string;
    beforeAll(async () => {
        session = await launchBrowser();
        dir = mkdtempSync(path.join(tmpdir(), 'sop-svg-fallback-'));
    }, 60_000);
    afterAll(async () => {
        await session?.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('draws a flowchart whose lanes dagre cannot place without the lanes', async () => {
        const r = await session.renderMermaidSvgDetailed(crash);
        expect(r.withoutLanes).toBe(true);
        const texts = [...svgDocument(r.svg).querySelectorAll('text')].map(t => t.textContent);
        for (const id of ['s_Surat', 's_Disposisi', 's_Kepala', 's_Mendistribusikan', 's_terima']) expect(texts).toContain(id);
        // The same session still draws a normal flowchart with its lanes afterwards.
        const ok = await session.renderMermaidSvgDetailed('flowchart TB\n    subgraph L_a["Admin"]\n        a["Terima"]\n    end\n    a --> b["Periksa"]');
        expect(ok.withoutLanes).toBe(false);
        expect(ok.svg).toContain('Admin');
    }, 60_000);

    it('exports the SVG of a file with a missing quote, with the rows after it', async () => {
        const source = readFileSync(path.join(repoRoot, 'examples/surat-masuk.sop'), 'utf8')
            .replace('kepada Kepala Badan"', 'kepada Kepala Badan');
        const line = source.split('\n').findIndex(l => l.includes('kepada Kepala Badan')) + 1;
        const file = path.join(dir, 'surat-masuk.sop');
        writeFileSync(file, source);
        const r = await runCli(['export', file, '--format', 'svg,mmd', '--out', path.join(dir, 'out'), '--lang', 'en']);
        expect(r.err.join('\n')).toMatch(new RegExp(`syntax errors? \\(first at ${line}:\\d+ The quotes \\("\\) on line ${line} do not pair`));
        expect(r.out).toContain('2 of 2 files written');
        expect(r.code).toBe(1);
        const svg = readFileSync(path.join(dir, 'out', 'surat-masuk.SuratMasuk.svg'), 'utf8');
        // Words wrapped onto tspans are joined without spaces; compare without them.
        const text = [...svgDocument(svg).querySelectorAll('text')].map(t => t.textContent).join('').replace(/\s+/g, '');
        expect(text).toContain('7.Mengarsipkansuratyangtidakperluditindaklanjuti');
        expect(text).toContain('PengadministrasiUmum');
    }, 120_000);
});
