/**
 * Hostile text in every field of an SOP and a Standar Pelayanan (script tags, event handlers,
 * quotes, entities, a closing </style>, unicode) prints literally in the official HTML and the
 * DOCX, and nothing runs in Chromium (JavaScript enabled, a window flag must stay unset).
 */
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel, SopModel } from '@sop/language';
import { renderDocx, renderOfficialBody, renderOfficialHtml } from '@sop/renderers';
import { unzip } from '../docx/unzip.js';
import { openPage } from './chromium.js';
import { loadModels, root } from './load-models.js';

let models: DocumentModel[] = [];
let browser: Browser;
let page: Page;
let requests: string[];

beforeAll(async () => {
    models = (await loadModels([resolve(root, 'test/fixtures/official/injection.sop')]))[0].models;
    ({ browser, page, requests } = await openPage());
});
afterAll(async () => { await browser?.close(); });

/** Every user string of a model (what must appear literally). */
function userTexts(m: DocumentModel): string[] {
    if (m.kind === 'sop') {
        const h = m.header;
        return [m.title, h.number!, h.unit!, h.approval!.role, h.approval!.person!, h.approval!.nip!, ...h.legalBasis, ...h.qualifications,
            ...h.equipment, ...h.warnings, ...h.records, ...(h.related ?? []).map(r => r.text), ...m.lanes.map(l => l.title),
            ...m.nodes.flatMap(n => [n.text, ...n.inputs, ...n.outputs, ...n.notes, ...(n.time ? [n.time.text] : [])]),
            ...m.edges.flatMap(e => (e.label ? [e.label] : []))];
    }
    if (m.kind === 'sp') return [m.title, m.unit!, ...m.components.flatMap(c => c.items), m.maklumat!.text, m.maklumat!.approval!.role, m.maklumat!.approval!.person!];
    return [m.title];
}

describe('injection corpus', () => {
    it('never emits markup from user text in the HTML string', () => {
        expect(models.map(m => m.kind)).toEqual(['sop', 'sp']);
        for (const m of models) {
            for (const html of [renderOfficialHtml(m), renderOfficialHtml(m, { view: 'full' }), renderOfficialHtml(m, { rowsPerPage: 1, lang: 'en' })]) {
                expect(html).not.toMatch(/<script/i);
                expect(html).not.toMatch(/<img/i);
                expect(html).not.toMatch(/<iframe/i);
                expect(html).not.toMatch(/<b[ >]/i);
                // A real tag starts with "<"; escaped user text only has "&lt;", so no tag may carry a handler.
                expect(html).not.toMatch(/<[^>]*\son\w+=/i);
                expect(html).not.toMatch(/<[^>]*javascript:/i);
                expect(html).not.toMatch(/<[^>]*href=/i);
                expect(html.match(/<style>/g)?.length).toBe(1);
                expect(html.match(/<\/style>/g)?.length).toBe(1);
                const escaped = m.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
                expect(escaped).toContain('&lt;script&gt;window.__pwned=');
                expect(html).toContain(escaped);
                if (m.kind === 'sop') expect(html).toContain('O&#39;Brien &amp;amp; &quot;Sons&quot;');
            }
        }
    });

    it('drops a logo that is not an image data URI', () => {
        const sop = models[0];
        const bad = renderOfficialBody(sop, { logoDataUri: 'javascript:alert(1)' });
        expect(bad).not.toMatch(/<[^>]*javascript:/i);
        expect(bad).toContain('logo-empty');
        expect(renderOfficialBody(sop, { logoDataUri: 'data:text/html;base64,PHN2Zz4=' })).not.toMatch(/<img/);
        expect(renderOfficialBody(sop, { logoDataUri: 'data:image/png;base64,"><script>' })).not.toMatch(/<script/i);
        // SVG is shown through <img>, where it cannot run script.
        expect(renderOfficialBody(sop, { logoDataUri: 'data:image/svg+xml;base64,PHN2Zz4=' })).toContain('<img src="data:image/svg+xml;base64,PHN2Zz4="');
        const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
        expect(renderOfficialBody(sop, { logoDataUri: png })).toContain(`<img src="${png}"`);
    });

    it('shows every hostile string literally in Chromium and runs nothing', async () => {
        for (const m of models) {
            for (const view of ['published', 'full'] as const) {
                // 'load' waits for every image (and so every error handler); then two frames for
                // anything those queued.
                await page.setContent(renderOfficialHtml(m, { view, rowsPerPage: 2 }), { waitUntil: 'load' });
                await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
                expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
                expect(await page.evaluate(() => document.scripts.length)).toBe(0);
                const handlers = await page.evaluate(() => Array.from(document.querySelectorAll('*')).flatMap(el => Array.from(el.attributes).filter(a => a.name.startsWith('on')).map(a => a.name)));
                expect(handlers).toEqual([]);
                expect(await page.evaluate(() => document.querySelectorAll('img, iframe, foreignObject, a').length)).toBe(0);
                const text = await page.evaluate(() => document.body.textContent ?? '');
                const svgText = await page.evaluate(() => Array.from(document.querySelectorAll('svg text')).map(t => t.textContent).join('\n'));
                for (const s of userTexts(m)) {
                    // Handover labels inside the pentagon may be shortened; everything is printed in full somewhere.
                    expect(text.replace(/\s+/g, ' '), `literal text ${s}`).toContain(s.replace(/\s+/g, ' '));
                }
                if (m.kind === 'sop') {
                    const sop = m as SopModel;
                    for (const e of sop.edges.filter(x => x.label)) expect(svgText).toContain(e.label);
                }
            }
        }
        expect(requests).toEqual([]);
    });

    it('keeps hostile text as text in the DOCX', async () => {
        for (const m of models) {
            const xml = unzip(await renderDocx(m)).get('word/document.xml')!.toString('utf8');
            expect(xml).not.toMatch(/<script/i);
            expect(xml).toContain('&lt;script&gt;window.__pwned=');
            expect(xml).not.toContain('<img');
        }
    });
});
