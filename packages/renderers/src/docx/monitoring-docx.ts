/**
 * The monitoring form (Permenpan RB 35/2012, Tabel 7) as DOCX, blank or filled: A4 landscape,
 * the facts of the round, the table with the two assessment columns, the assessor's signature.
 */
import { formatDate } from '@sop/language/model';
import { Document, HeightRule, Packer, PageOrientation, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { MonitoringForm } from '../official/monitoring.js';
import { monitoringLabels } from '../official/monitoring.js';
import type { OfficialLang } from '../official/labels.js';
import { baseSize, cell, logoParagraph, normalizeZipTimes, para } from './docx-helpers.js';

const esc = (s: string) => s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A4 landscape with 1.5 cm margins: the usable width in twips. */
const usable = 16838 - 2 * 850;

/** The monitoring form as DOCX bytes. Deterministic: the same form gives the same bytes. */
export async function renderMonitoringFormDocx(form: MonitoringForm, options: { lang?: OfficialLang } = {}): Promise<Uint8Array> {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    const t = monitoringLabels(lang);
    const dots = '........................................';
    const fact = (label: string, value: string | undefined) => para(`${label}: ${value ?? dots}`);
    const assessor = form.assessor ? [form.assessor.role, form.assessor.person].filter(Boolean).join(', ') : undefined;
    const fractions = [0.05, 0.25, 0.09, 0.09, 0.21, 0.21, 0.10];
    const widths = fractions.map(f => Math.round(usable * f));
    const head = (text: string, w: number, extra: Record<string, unknown> = {}) => cell([para(text, { bold: true, center: true })], { widthTwips: w, ...extra });
    const rows = [
        new TableRow({ tableHeader: true, children: [
            head(t.no, widths[0], { rowSpan: 2 }), head(t.procedure, widths[1], { rowSpan: 2 }), head(t.assessment, widths[2] + widths[3], { columnSpan: 2 }),
            head(t.notes, widths[4], { rowSpan: 2 }), head(t.action, widths[5], { rowSpan: 2 }), head(t.initials, widths[6], { rowSpan: 2 }),
        ] }),
        new TableRow({ tableHeader: true, children: [head(t.good, widths[2]), head(t.notGood, widths[3])] }),
        ...form.rows.map((r, i) => new TableRow({
            cantSplit: true,
            height: form.blank ? { value: 900, rule: HeightRule.ATLEAST } : undefined,
            children: [
                cell([para(`${i + 1}.`, { center: true })], { widthTwips: widths[0] }),
                cell([para(r.title), ...(r.number ? [para(r.number, { size: baseSize - 2 })] : [])], { widthTwips: widths[1] }),
                cell([para(r.result === 'good' ? '✓' : '', { center: true, size: 26 })], { widthTwips: widths[2] }),
                cell([para(r.result === 'not-good' ? '✓' : '', { center: true, size: 26 })], { widthTwips: widths[3] }),
                cell(r.notes.map(n => para(n)), { widthTwips: widths[4] }),
                cell([...(r.revision ? [para(`${t.revision}:`, { bold: true })] : []), ...r.action.map(a => para(a))], { widthTwips: widths[5] }),
                cell(r.initials.map(n => para(n, { center: true })), { widthTwips: widths[6] }),
            ],
        })),
    ];
    const children = [
        ...logoParagraph(form.logoDataUri),
        para(t.heading.toUpperCase(), { bold: true, size: 28, center: true }),
        para(form.title, { bold: true, size: 24, center: true, spaceAfter: 200 }),
        fact(t.unit, form.unit ?? (form.blank ? undefined : '-')),
        fact(t.book, form.bookTitle ?? '-'),
        fact(t.date, form.blank ? undefined : formatDate(form.date, lang)),
        fact(t.assessor, form.blank ? undefined : assessor ?? '-'),
        para(''),
        new Table({ rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: usable, type: WidthType.DXA } }),
        ...(form.blank ? [para(t.blankNote, { italics: true, size: baseSize - 2 })] : []),
        para(''),
        para(`${t.assessor}${form.assessor?.role ? `, ${form.assessor.role}` : ''}`),
        para(''), para(''), para(''),
        para(form.assessor?.person ?? dots, { bold: true, underline: !!form.assessor?.person }),
        ...(form.assessor?.nip ? [para(`NIP ${form.assessor.nip}`)] : []),
    ];
    const title = `${t.heading}: ${form.title}`;
    const doc = new Document({
        title, creator: 'sop',
        styles: { default: { document: { run: { font: 'Arial', size: baseSize } } } },
        sections: [{
            properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }, margin: { top: 850, bottom: 850, left: 850, right: 850 } } },
            children,
        }],
    });
    const core = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        + 'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + `<dc:title>${esc(title)}</dc:title><dc:creator>sop</dc:creator><cp:lastModifiedBy>sop</cp:lastModifiedBy><cp:revision>1</cp:revision></cp:coreProperties>`;
    const buffer = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: core }]);
    return normalizeZipTimes(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
}
