/**
 * Golden-output tests of the official HTML for every fixture of this renderer and every example
 * in examples/**\/*.sop (found at test time). Update with UPDATE_GOLDEN=1. Each golden holds the
 * document body; the stylesheet every page inlines has one golden of its own (official.css), and
 * each full page is checked to be exactly that stylesheet around that body.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderOfficialBody, renderOfficialHtml, officialCss } from '@sop/renderers';
import { exampleFiles, fixtureFiles, loadModels, outputName, type LoadedFile } from './load-models.js';

const goldenDir = resolve(import.meta.dirname, '__golden__');
const update = process.env.UPDATE_GOLDEN === '1';

function checkGolden(name: string, actual: string): void {
    const file = resolve(goldenDir, name);
    if (update || !existsSync(file)) {
        if (!update) throw new Error(`golden file ${name} is missing; run UPDATE_GOLDEN=1 npx vitest run test/renderers/official`);
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, actual);
        return;
    }
    expect(actual, `${name} differs from its golden file (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(file, 'utf8'));
}

let loaded: LoadedFile[] = [];
beforeAll(async () => {
    loaded = await loadModels([...fixtureFiles(), ...exampleFiles()]);
});

describe('official HTML golden files', () => {
    it('finds fixtures (and examples when they exist)', () => {
        expect(loaded.filter(f => f.file.startsWith('test/fixtures/official/')).length).toBeGreaterThanOrEqual(4);
        // Every file but a template file (which only shapes other documents) or a monitoring round (a form, not an official document) has a document to render.
        expect(loaded.every(f => f.models.length > 0 || /templat|monitoring/.test(f.file))).toBe(true);
    });

    /** Checks the body golden and that the full page is the shared stylesheet around that body. */
    function checkDocument(name: string, page: string, body: string, again: string): void {
        expect(page, `${name}: a second rendering differs`).toBe(again);
        expect(page, `${name}: the page does not inline the shared stylesheet`).toContain(officialCss);
        // The rest of the page is one fixed shell per language (golden), whatever the document.
        const shell = page.replace(officialCss, '{{css}}').replace(body, '{{body}}').replace(/<title>[^<]*<\/title>/, '<title>{{title}}</title>');
        checkGolden(`page-shell.${/<html lang="(\w+)"/.exec(page)?.[1]}.html`, shell);
        checkGolden(name, body);
    }

    it('matches the golden stylesheet', () => {
        checkGolden('official.css', officialCss);
    });

    it('matches the golden HTML of every document, deterministically', () => {
        for (const f of loaded) {
            for (const m of f.models) {
                const html = renderOfficialHtml(m);
                expect(renderOfficialHtml(m), `${f.file} ${m.id} is not deterministic`).toBe(html);
                checkDocument(`${outputName(f.file, m)}.html`, html, renderOfficialBody(m), renderOfficialHtml(m));
            }
        }
    });

    it('matches the golden HTML of a paginated SOP (rowsPerPage 3) and the English labels', () => {
        const izin = loaded.find(f => f.file.endsWith('layanan-izin.sop'))!.models[0];
        checkDocument('fixture-layanan-izin--LayananIzin--rows3.html', renderOfficialHtml(izin, { rowsPerPage: 3 }), renderOfficialBody(izin, { rowsPerPage: 3 }), renderOfficialHtml(izin, { rowsPerPage: 3 }));
        checkDocument('fixture-layanan-izin--LayananIzin--en.html', renderOfficialHtml(izin, { lang: 'en' }), renderOfficialBody(izin, { lang: 'en' }), renderOfficialHtml(izin, { lang: 'en' }));
        const sp = loaded.find(f => f.file.endsWith('sp-pendaftaran.sop'))!.models[0];
        checkDocument('fixture-sp-pendaftaran--Pendaftaran--full.html', renderOfficialHtml(sp, { view: 'full' }), renderOfficialBody(sp, { view: 'full' }), renderOfficialHtml(sp, { view: 'full' }));
    });

    it('gives the body fragment and the shared CSS separately for embedding', () => {
        const m = loaded.find(f => f.file.endsWith('surat-masuk.sop'))!.models[0];
        const body = renderOfficialBody(m);
        expect(body.startsWith('<div class="sop-official"')).toBe(true);
        expect(body).not.toContain('<style');
        expect(body).not.toContain('<html');
        expect(renderOfficialHtml(m)).toContain(body);
        expect(officialCss).toContain('@page landscape');
        expect(officialCss).toContain('size: A4 landscape');
    });
});
