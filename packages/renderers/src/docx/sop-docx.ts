/**
 * The DOCX body of an SOP AP: the identity table and the procedure table.
 *
 * Word has no practical way to draw the connecting arrows of the printed flowchart, so each row
 * shows a text symbol in its pelaksana's column instead: "◖Mulai◗" / "◖Selesai◗" (terminator; U+2B2D "⬭" is missing from common fonts),
 * "▭ n" (process), "◇ n" (decision), "⬠ SOP" (hand-over); a symbol lists where the flow goes
 * when it does not simply continue on the next row ("ya → 4", "→ 2").
 */
import { formatDate, type ProcessNode, type SopModel } from '@sop/language';
import { PageOrientation, Paragraph, Table, TableLayoutType, TableRow, VerticalMergeType, WidthType, type ISectionOptions } from 'docx';
import { laneColumns } from '../official/procedure-geometry.js';
import type { Labels, OfficialLang } from '../official/labels.js';
import { cell, logoParagraph, numberedParas, para } from './docx-helpers.js';

/** Usable width of an A4 landscape page with 1 cm margins, in twips. */
const landscapeWidth = 16838 - 2 * 567;

/** The text symbol of a step and its non-sequential exits. */
export function symbolLines(node: ProcessNode, model: SopModel, l: Labels): string[] {
    const head = node.kind === 'start' ? `◖${l.start}◗`
        : node.kind === 'end' ? `◖${l.end}◗`
        : node.kind === 'decision' ? `◇ ${node.number}`
        : node.kind === 'handover' ? `⬠ ${node.handover?.id ?? node.handover?.text ?? ''}`
        : `▭ ${node.number}`;
    const index = model.nodes.indexOf(node);
    const next = model.nodes[index + 1];
    const exits = model.edges.filter(e => e.from === node.id)
        .filter(e => !(e.kind === 'next' && !e.label && next && e.to === next.id))
        .map(e => {
            const target = model.nodes.find(n => n.id === e.to);
            return `${e.label ? `${e.label} ` : ''}→ ${target ? target.number : e.to}`;
        });
    return [head, ...exits];
}

function identityTable(model: SopModel, l: Labels, lang: OfficialLang, logo?: string): Table {
    const h = model.header;
    const a = h.approval;
    const sign = a ? [para(a.role), para(''), para(''), para(a.person ?? '', { bold: true, underline: true }), ...(a.nip ? [para(`${l.nip}. ${a.nip}`)] : [])] : [para('-')];
    const fields: Array<[string, Paragraph[]]> = [
        [l.sopNumber, [para(h.number ?? '-')]],
        ...(h.version ? [[l.version, [para(h.version)]] as [string, Paragraph[]]] : []),
        [l.created, [para(formatDate(h.created, lang))]],
        [l.revised, [para(formatDate(h.revised, lang))]],
        [h.effectiveLabel === 'pengesahan' ? l.approvalDate : l.effective, [para(formatDate(h.effective, lang))]],
        [l.approvedBy, sign],
        [l.sopTitle, [para(model.title || '-', { bold: true })]],
    ];
    const widths = [Math.round(landscapeWidth * 0.38), Math.round(landscapeWidth * 0.18), Math.round(landscapeWidth * 0.44)];
    const rows = fields.map(([label, value], i) => new TableRow({
        children: [
            cell(i === 0 ? [...logoParagraph(logo), para(h.unit ?? '', { bold: true, center: true })] : [], { widthTwips: widths[0], verticalMerge: i === 0 ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
            cell([para(label, { bold: true })], { widthTwips: widths[1] }),
            cell(value, { widthTwips: widths[2] }),
        ],
    }));
    return new Table({ rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: landscapeWidth, type: WidthType.DXA } });
}

function gridTable(model: SopModel, l: Labels): Table {
    const h = model.header;
    const half = Math.round(landscapeWidth / 2);
    const related = h.related && h.related.length ? h.related.map(r => r.text) : [];
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
    return new Table({ rows, columnWidths: [half, half], layout: TableLayoutType.FIXED, width: { size: landscapeWidth, type: WidthType.DXA } });
}

function procedureTable(model: SopModel, l: Labels): Table {
    const lanes = laneColumns(model);
    const fixed = { no: 450, activity: 2900, inputs: 1900, time: 950, output: 1900, notes: 1500 };
    const laneTotal = landscapeWidth - Object.values(fixed).reduce((s, w) => s + w, 0);
    const laneW = Math.floor(laneTotal / Math.max(1, lanes.length));
    const widths = [fixed.no, fixed.activity, ...lanes.map(() => laneW), fixed.inputs, fixed.time, fixed.output, fixed.notes];
    const b = (t: string) => [para(t, { bold: true, center: true })];
    const header1 = new TableRow({
        tableHeader: true, cantSplit: true,
        children: [
            cell(b(l.no), { rowSpan: 2 }), cell(b(l.activity), { rowSpan: 2 }),
            cell(b(l.actors), { columnSpan: Math.max(1, lanes.length) }), cell(b(l.quality), { columnSpan: 3 }),
            cell(b(l.notes), { rowSpan: 2 }),
        ],
    });
    const header2 = new TableRow({
        tableHeader: true, cantSplit: true,
        children: [...lanes.map(lane => cell([para(lane.title, { bold: true, center: true, size: 16 })])), cell(b(l.inputs)), cell(b(l.time)), cell(b(l.output))],
    });
    const rows = [header1, header2];
    let section: string | undefined;
    for (const node of model.nodes) {
        if (node.section !== undefined && node.section !== section) {
            rows.push(new TableRow({ cantSplit: true, children: [cell([para(node.section, { bold: true, italics: true })], { columnSpan: widths.length })] }));
        }
        section = node.section;
        const notes = [...node.notes, ...(node.handover ? [`${l.handoverTo}: ${node.handover.text}`] : [])];
        rows.push(new TableRow({
            cantSplit: true,
            children: [
                cell([para(String(node.number), { center: true })]),
                cell([para(node.text)]),
                ...lanes.map(lane => cell(lane.id === node.lane ? symbolLines(node, model, l).map((t, i) => para(t, { center: true, bold: i === 0, size: i === 0 ? undefined : 16 })) : [])),
                cell(node.inputs.length ? numberedParas(node.inputs) : []),
                cell([para(node.time?.text ?? '', { center: true })]),
                cell(node.outputs.length ? numberedParas(node.outputs) : []),
                cell(notes.length ? numberedParas(notes) : []),
            ],
        }));
    }
    return new Table({ rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: landscapeWidth, type: WidthType.DXA } });
}

/** The DOCX section (landscape A4) of an SOP: identity, then the procedure table on a new page. */
export function sopSection(model: SopModel, l: Labels, lang: OfficialLang, logo?: string): ISectionOptions {
    const caption = [model.header.number, model.title].filter(Boolean).join(' — ');
    return {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }, margin: { top: 567, bottom: 567, left: 567, right: 567 } } },
        children: [
            identityTable(model, l, lang, logo),
            gridTable(model, l),
            para(caption, { bold: true, pageBreakBefore: true, spaceAfter: 80 }),
            procedureTable(model, l),
        ],
    };
}
