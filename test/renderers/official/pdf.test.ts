/**
 * Printing through the export package's Chromium session (`htmlToPdf`): a valid A4 PDF with the
 * expected number of pages for a given rowsPerPage, landscape for an SOP and portrait for a
 * Standar Pelayanan. The pages are rasterised with pdftoppm into test-results/official/pdf/ to be
 * looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '@sop/export';
import type { DocumentModel, SopModel } from '@sop/language';
import { renderOfficialHtml } from '@sop/renderers';
import { fixtureFiles, loadModels, root } from './load-models.js';

const out = resolve(root, 'test-results/official/pdf');
let session: BrowserSession;
let models: DocumentModel[] = [];

beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    models = (await loadModels(fixtureFiles())).flatMap(f => f.models);
    session = await launchBrowser();
});

afterAll(async () => {
    await session?.close();
});

/** Page sizes in points, from poppler's pdfinfo. */
function pageSizes(file: string): Array<{ w: number; h: number }> {
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
    return [...info.matchAll(/Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/g)].map(m => ({ w: Number(m[1]), h: Number(m[2]) }));
}

async function print(model: DocumentModel, name: string, rowsPerPage?: number): Promise<{ file: string; pdf: Uint8Array }> {
    const pdf = await session.htmlToPdf(renderOfficialHtml(model, { rowsPerPage }));
    const file = resolve(out, `${name}.pdf`);
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '60', file, resolve(out, name)]);
    return { file, pdf };
}

describe('official document as PDF (A4, Chromium)', () => {
    it('prints an SOP with rowsPerPage 3 as identity page + one page per 3 steps, all A4 landscape', async () => {
        const izin = models.find(m => m.id === 'LayananIzin')!;
        expect(izin.kind).toBe('sop');
        const { file, pdf } = await print(izin, 'layanan-izin-rows3', 3);
        const head = Buffer.from(pdf.subarray(0, 8)).toString('latin1');
        expect(head.startsWith('%PDF-')).toBe(true);
        expect(Buffer.from(pdf.subarray(pdf.length - 8)).toString('latin1')).toContain('%%EOF');
        const steps = izin.kind === 'sop' ? izin.nodes.length : 0;
        const sizes = pageSizes(file);
        expect(sizes.length).toBe(1 + Math.ceil(steps / 3));
        for (const s of sizes) {
            expect(Math.round(s.w)).toBe(842);
            expect(Math.round(s.h)).toBe(595);
        }
        expect(readdirSync(out).filter(f => f.startsWith('layanan-izin-rows3') && f.endsWith('.png')).length).toBe(sizes.length);
    });

    it('prints the default pagination of an SOP on identity + procedure pages', async () => {
        const sm = models.find(m => m.id === 'SuratMasuk')!;
        const { file } = await print(sm, 'surat-masuk');
        expect(pageSizes(file).length).toBe(2);
    });

    it('prints a published Standar Pelayanan and its Maklumat on A4 portrait pages', async () => {
        const sp = models.find(m => m.id === 'Pendaftaran')!;
        const { file } = await print(sp, 'sp-pendaftaran');
        const sizes = pageSizes(file);
        expect(sizes.length).toBe(2);
        for (const s of sizes) {
            expect(Math.round(s.w)).toBe(595);
            expect(Math.round(s.h)).toBe(842);
        }
    });

    it('prints on the template\'s paper: F4 portrait identity then F4 landscape table; Legal; Letter', async () => {
        const sm = models.find(m => m.id === 'SuratMasuk')!;
        if (sm.kind !== 'sop') throw new Error('SuratMasuk is an SOP');
        const cases: Array<[Partial<SopModel['template']>, Array<[number, number]>]> = [
            [{ paper: 'F4', identityOrientation: 'portrait' }, [[609, 935], [935, 609]]],
            [{ paper: 'Legal' }, [[1008, 612], [1008, 612]]],
            [{ paper: 'Letter', tableOrientation: 'portrait' }, [[792, 612], [612, 792]]],
        ];
        for (const [template, want] of cases) {
            const model: SopModel = { ...sm, template: { ...sm.template, ...template } };
            const { file } = await print(model, `paper-${template.paper}`);
            expect(pageSizes(file).map(s => [Math.round(s.w), Math.round(s.h)]), JSON.stringify(template)).toEqual(want);
        }
    });
});
