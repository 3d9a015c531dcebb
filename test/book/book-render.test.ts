/**
 * The pure parts of the SOP book: resolving the contents against the models of a workspace, the
 * HTML (anchors, escaping, no raw id of a missing SOP, page numbers when given), the start pages
 * from page counts, and the page count of a PDF.
 */
import { describe, expect, it } from 'vitest';
import type { CollectionModel, DocumentModel } from '@sop/language';
import { pdfPageCount, renderBookHtml, renderBookPieces, resolveBook, startPages } from '@sop/renderers';
import { buildWorkspace, validSop } from '../helpers/sop-test-services.js';

async function models(files: Record<string, string>): Promise<DocumentModel[]> {
    const { services, docs } = await buildWorkspace(files);
    return Object.values(docs).flatMap(d => services.sop.Models.getModels(d));
}

const book = (isi: string) => `koleksi Buku "Buku <b>SOP</b>" {\n  unit "Bappeda"\n  isi ${isi}\n}\n`;
const keluar = validSop.replace('sop SuratMasuk', 'sop SuratKeluar').replace('"Pelayanan Administrasi Surat Masuk"', '"Surat <Keluar> & \\"arsip\\""');

describe('the SOP book, pure', () => {
    it('finds the SOPs of the contents in any file, in contents order, once each; the missing ones apart', async () => {
        const all = await models({ 'buku.sop': book('SuratKeluar, SuratHilang, SuratMasuk, SuratKeluar'), 'a.sop': validSop, 'b.sop': keluar });
        const r = resolveBook(all.find(m => m.kind === 'collection') as CollectionModel, all);
        expect(r.sops.map(s => s.id)).toEqual(['SuratKeluar', 'SuratMasuk']);
        expect(r.missing.map(m => m.id)).toEqual(['SuratHilang']);
    });

    it('prints titles and numbers, escaped, with links to the parts; no raw id of a missing SOP; page numbers when given', async () => {
        const all = await models({ 'buku.sop': book('SuratHilang, SuratKeluar'), 'b.sop': keluar });
        const c = all.find(m => m.kind === 'collection') as CollectionModel;
        const r = resolveBook(c, all);
        const input = { collection: c, parts: r.sops.map(model => ({ model })) };
        const html = renderBookHtml(input, { pageNumbers: [5] });
        expect(html).not.toContain('SuratHilang');
        expect(html).toContain('<a href="#sop-SuratKeluar">Surat &lt;Keluar&gt; &amp; &quot;arsip&quot;</a>');
        expect(html).toContain('<td class="toc-page">5</td>');
        expect(html).toContain('Buku &lt;b&gt;SOP&lt;/b&gt;');
        expect(html).toContain('id="sop-SuratKeluar"');
        expect(html).not.toMatch(/<script/i);
        expect(renderBookHtml(input, { pageNumbers: [5] })).toBe(html);
        // Pieces: the front matter, then one page per part, for counting.
        expect(renderBookPieces(input)).toHaveLength(2);
    });

    it('start pages follow from the page counts of the pieces; a PDF\'s pages are its /Type /Page objects', () => {
        expect(startPages([4, 2, 3, 1])).toEqual([5, 7, 10]);
        const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] >>\n2 0 obj << /Type /Page >>\n3 0 obj <</Type/Page/Parent 1 0 R>>\n');
        expect(pdfPageCount(pdf)).toBe(2);
    });
});
