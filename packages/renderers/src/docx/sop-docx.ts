/**
 * The DOCX section of an SOP AP: the identity and grid tables, then from a new page the procedure
 * table with its flowchart drawn as Word shapes (see procedure-docx.ts).
 */
import { documentLinkText } from '../shared/document-link.js';
import { formatDate, type SopModel } from '@sop/language/model';
import { PageOrientation, Paragraph, Table, TableLayoutType, TableRow, VerticalMergeType, WidthType, type ISectionOptions } from 'docx';
import { paperMm, sheetMarginMm } from '../official/procedure-geometry.js';
import { withTemplateLabels, type Labels, type OfficialLang } from '../official/labels.js';
import { cell, logoParagraph, numberedParas, para } from './docx-helpers.js';
import { procedureBlocks } from './procedure-docx.js';

function identityTable(model: SopModel, l: Labels, lang: OfficialLang, logo: string | undefined, width: number): Table {
    const h = model.header;
    const a = h.approval;
    const sign = a ? [para(a.role), para(''), para(''), para(a.person ?? '', { bold: true, underline: true }), ...(a.nip ? [para(`${l.nip} ${a.nip}`)] : [])] : [para('-')];
    const fields: Array<[string, Paragraph[]]> = [
        [l.sopNumber, [para(h.number ?? '-')]],
        ...(h.version ? [[l.version, [para(h.version)]] as [string, Paragraph[]]] : []),
        [l.created, [para(formatDate(h.created, lang))]],
        [l.revised, [para(formatDate(h.revised, lang))]],
        [h.effectiveLabel === 'pengesahan' ? l.approvalDate : l.effective, [para(formatDate(h.effective, lang))]],
        [l.approvedBy, sign],
        [l.sopTitle, [para(model.title || '-', { bold: true })]],
    ];
    const widths = [Math.round(width * 0.38), Math.round(width * 0.18), Math.round(width * 0.44)];
    const rows = fields.map(([label, value], i) => new TableRow({
        children: [
            cell(i === 0 ? [...logoParagraph(logo), ...(h.unitLines.length ? h.unitLines : ['']).map(u => para(u, { bold: true, center: true }))] : [], { widthTwips: widths[0], verticalMerge: i === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
            cell([para(label, { bold: true })], { widthTwips: widths[1] }),
            cell(value, { widthTwips: widths[2] }),
        ],
    }));
    return new Table({ rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: width, type: WidthType.DXA } });
}

function gridTable(model: SopModel, l: Labels, width: number): Table {
    const h = model.header;
    const half = Math.round(width / 2);
    const related = h.related && h.related.length ? h.related.map(documentLinkText) : [];
    const pair = (a: string, b: string, av: string[], bv: string[]) => [
        new TableRow({ children: [cell([para(`${a}:`, { bold: true })], { widthTwips: half }), cell([para(`${b}:`, { bold: true })], { widthTwips: half })] }),
        new TableRow({ children: [cell(numberedParas(av), { widthTwips: half }), cell(numberedParas(bv), { widthTwips: half })] }),
    ];
    const rows = [
        ...(h.purpose.length ? [new TableRow({ children: [cell([para(`${l.purpose}:`, { bold: true }), ...numberedParas(h.purpose)], { columnSpan: 2 })] })] : []),
        ...pair(l.legalBasis, l.qualifications, h.legalBasis, h.qualifications),
        ...pair(l.related, l.equipment, related, h.equipment),
        ...pair(l.warnings, l.records, h.warnings, h.records),
    ];
    return new Table({ rows, columnWidths: [half, half], layout: TableLayoutType.FIXED, width: { size: width, type: WidthType.DXA } });
}

/** Page size in twips of a paper and orientation (1 mm = 56.69 twips). */
function pageTwips(model: SopModel): { width: number; height: number; landscape: boolean } {
    const p = paperMm[model.template.paper] ?? paperMm.A4;
    const landscape = model.template.tableOrientation === 'landscape';
    const tw = (mm: number) => Math.round(mm * 1440 / 25.4);
    return { width: tw(p.w), height: tw(p.h), landscape };
}

/** Page margin of SOP pages, as the HTML's (8 mm), so the procedure layout fits the same area. */
const margin = Math.round(sheetMarginMm * 1440 / 25.4);

/** Options of the SOP section. */
export interface SopSectionOptions {
    /** Rows per table page, overriding the template's `baris-per-halaman`. */
    rowsPerPage?: number;
}

/**
 * The DOCX section of an SOP on its template's paper: the identity, then from a new page the
 * procedure table with its flowchart.
 */
export function sopSection(model: SopModel, base: Labels, lang: OfficialLang, logo?: string, options: SopSectionOptions = {}): ISectionOptions {
    const l = withTemplateLabels(base, model.template.labels);
    const page = pageTwips(model);
    const usable = (page.landscape ? page.height : page.width) - 2 * margin;
    return {
        properties: {
            page: {
                // docx swaps width and height itself for landscape; give the portrait size.
                size: { orientation: page.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, width: page.width, height: page.height },
                margin: { top: margin, bottom: margin, left: margin, right: margin },
            },
        },
        children: [identityTable(model, l, lang, logo, usable), gridTable(model, l, usable), ...procedureBlocks(model, l, options.rowsPerPage, true)],
    };
}
