/**
 * `sop report`: the overview of every document of examples/ (HTML, Markdown, JSON), the sortable
 * HTML table under its Content-Security-Policy (the script's hash; user text never in the
 * script; sorting checked in headless Chromium), and a generated workspace of 500 documents.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { findChromium } from '@sop/export';
import { overviewScript, overviewScriptHash } from '@sop/renderers';
import { validSop } from '../helpers/sop-test-services.js';
import { chromiumMissing } from '../export/chromium-available.js';
import { EXAMPLES, sop } from './book-helpers.js';

let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(tmpdir(), 'sop-report-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonRow { file: string; id: string; kind: string; number?: string; steps?: number; errors: number; warnings: number; lastMonitoring?: { round: string; result: string; date: { iso: string } }; nextReview?: string; overdue?: boolean; criticalPath?: { maxMinutes: number } }

describe('sop report', () => {
    it('lists every document of examples/ with its facts (JSON)', async () => {
        const r = await sop('report', EXAMPLES, '--format', 'json', '--today', '2026-11-29', '--lang', 'en');
        expect(r.code).toBe(0);
        const json = JSON.parse(r.out.join('\n')) as { format: string; version: number; documents: JsonRow[] };
        expect(json.format).toBe('sop-report');
        const byId = new Map(json.documents.map(d => [d.id, d]));
        expect(json.documents.map(d => d.kind).sort()).toEqual(['collection', 'monitoring', ...Array(10).fill('sop'), 'sp', 'sp']);
        const keluar = byId.get('SuratKeluar')!;
        expect(keluar).toMatchObject({ number: '02/SOP/UMPEG/BAPPEDA/2013', steps: 9, errors: 0, nextReview: '2026-12-15', overdue: false });
        expect(keluar.lastMonitoring).toMatchObject({ round: 'MonitoringSopUmpeg2026S1', result: 'not-good', date: { iso: '2026-06-15' } });
        expect(byId.get('IzinKeramaian')!.errors).toBe(7);
        expect(byId.get('PuskesmasSuratMasuk')).toMatchObject({ overdue: true, nextReview: '2022-08-10' });
        expect(byId.get('BukuSopUmpeg')!.steps).toBe(2);
    });

    it('writes a sortable HTML page: the script allowed by its hash, user text only in escaped cells', async () => {
        const out = path.join(dir, 'report.html');
        const r = await sop('report', EXAMPLES, '-o', out, '--today', '2026-11-29', '--lang', 'id');
        expect(r.code).toBe(0);
        const html = readFileSync(out, 'utf8');
        expect(`sha256-${createHash('sha256').update(overviewScript, 'utf8').digest('base64')}`).toBe(overviewScriptHash);
        expect(html).toContain(`script-src '${overviewScriptHash}'`);
        expect(html.match(/<script>/g)).toHaveLength(1);
        expect(html).toContain(`<script>${overviewScript}</script>`);
        expect(html.match(/<tr class="kind-/g)).toHaveLength(14);
        // A second run writes the same bytes; a foreign file is not overwritten.
        await sop('report', EXAMPLES, '-o', out, '--today', '2026-11-29', '--lang', 'id');
        expect(readFileSync(out, 'utf8')).toBe(html);
        writeFileSync(path.join(dir, 'mine.html'), 'mine');
        expect((await sop('report', EXAMPLES, '-o', path.join(dir, 'mine.html'))).code).toBe(1);
        expect(readFileSync(path.join(dir, 'mine.html'), 'utf8')).toBe('mine');
    });

    it('escapes a hostile title everywhere (HTML and Markdown)', async () => {
        const evil = validSop.replace('"Pelayanan Administrasi Surat Masuk"', '"</script><script>alert(1)</script> | *x*"');
        writeFileSync(path.join(dir, 'evil.sop'), evil);
        const html = (await sop('report', path.join(dir, 'evil.sop'), '--today', '2026-11-29')).out.join('\n');
        expect(html.match(/<script>/g)).toHaveLength(1);
        expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
        const md = (await sop('report', path.join(dir, 'evil.sop'), '--format', 'md', '--today', '2026-11-29')).out.join('\n');
        expect(md).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; \\| \\*x\\*');
    });

    it('reports a generated workspace of 500 documents', async () => {
        const ws = path.join(dir, 'ws500');
        mkdirSync(ws);
        for (let i = 0; i < 500; i++) {
            const n = String(i + 1).padStart(3, '0');
            writeFileSync(path.join(ws, `sop-${n}.sop`), validSop.replace('sop SuratMasuk', `sop Sop${n}`).replace('"SOP.SEK.01.01"', `"SOP.SEK.${n}"`));
        }
        const start = Date.now();
        const r = await sop('report', ws, '--format', 'json', '--today', '2026-11-29');
        const ms = Date.now() - start;
        expect(r.code).toBe(0);
        const docs = (JSON.parse(r.out.join('\n')) as { documents: JsonRow[] }).documents;
        expect(docs).toHaveLength(500);
        expect(docs.every(d => d.kind === 'sop' && d.errors === 0 && d.steps === 4)).toBe(true);
        expect(new Set(docs.map(d => d.number)).size).toBe(500);
        const html = (await sop('report', ws, '--today', '2026-11-29')).out.join('\n');
        expect(html.match(/<tr class="kind-sop"/g)).toHaveLength(500);
        console.log(`[sop report] 500 documents: ${ms} ms (json)`);
        expect(ms).toBeLessThan(60_000);
    }, 120_000);

    it.skipIf(!!chromiumMissing)('sorts by a column when its heading is clicked (headless Chromium, CSP in force)', async () => {
        const out = path.join(dir, 'sort.html');
        await sop('report', EXAMPLES, '-o', out, '--today', '2026-11-29', '--lang', 'en');
        const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
        try {
            const page = await browser.newPage();
            const violations: string[] = [];
            page.on('console', m => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
            await page.setContent(readFileSync(out, 'utf8'), { waitUntil: 'load' });
            const column = (i: number) => page.$$eval('table.overview tbody tr', (rows, k) => rows.map(r => (r as HTMLTableRowElement).cells[k as number].textContent ?? ''), i);
            // Steps (column 10, numeric): ascending, then descending.
            await page.click('table.overview th:nth-child(10) button');
            const up = (await column(9)).filter(Boolean).map(Number);
            expect(up).toEqual([...up].sort((a, b) => a - b));
            await page.click('table.overview th:nth-child(10) button');
            const down = (await column(9)).filter(Boolean).map(Number);
            expect(down).toEqual([...down].sort((a, b) => b - a));
            // Id (column 2, text).
            await page.click('table.overview th:nth-child(2) button');
            const ids = await column(1);
            expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
            expect(violations).toEqual([]);
        } finally {
            await browser.close();
        }
    }, 60_000);
});
