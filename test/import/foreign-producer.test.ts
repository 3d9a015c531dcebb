/**
 * A PDF from another producer than Word and Chromium: the DOCX we write (Word shapes for the
 * flowchart), opened and printed to PDF by LibreOffice, as an office does when it edits the Word
 * file before it is signed. Importing that PDF must give the same model as importing the PDF our
 * own exporter prints (Chromium) of the same SOP: identity, columns, rows, symbols, arrows and
 * labels all equal. Skipped (with the reason in its title) where LibreOffice is not installed;
 * `.ci/run` installs it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '@sop/renderers/docx';
import { compareModels, importPdf } from '@sop/import';
import { docxToPdf, hasSoffice } from '../book/book-helpers.js';
import { loadModels } from '../renderers/official/load-models.js';

const root = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'sop-import-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!hasSoffice)(`a PDF printed by LibreOffice from our DOCX${hasSoffice ? '' : ' (skipped: soffice is not installed)'}`, () => {
    it('imports to the same model as the PDF our exporter prints of the same SOP (examples/real/115)', async () => {
        const [sop] = (await loadModels([path.join(root, 'examples/real/115-survei-harga-konsumen.sop')])).flatMap(f => f.models).filter(m => m.kind === 'sop');
        const docx = path.join(dir, '115.docx');
        writeFileSync(docx, await renderDocx(sop));
        const fromLibreOffice = await importPdf(readFileSync(docxToPdf(docx)), { source: '115-libreoffice.pdf' });
        // test/fixtures/import/pdf/exported-115.pdf: `sop export examples/real/115-survei-harga-konsumen.sop --format pdf`
        const fromChromium = await importPdf(readFileSync(path.join(root, 'test/fixtures/import/pdf/exported-115.pdf')), { source: 'exported-115.pdf' });
        const c = compareModels(fromChromium.model, fromLibreOffice.model);
        for (const part of ['identity', 'columns', 'rows', 'symbols', 'arrows', 'labels'] as const) {
            expect(c[part].wrong, part).toEqual([]);
            expect(c[part].missed, part).toBe(0);
            expect(c[part].extra, part).toBe(0);
        }
        expect(c.equal).toBe(true);
        expect(fromLibreOffice.stats).toEqual({ rows: 10, symbols: 15, arrows: 18 });
        expect(fromLibreOffice.doubts).toEqual([]);
        expect(fromLibreOffice.syntaxErrors).toEqual([]);
    }, 180_000);
});
