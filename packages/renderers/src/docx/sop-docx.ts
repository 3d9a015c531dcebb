/**
 * The DOCX body of an SOP AP: the identity table and the procedure table.
 *
 * Word has no practical way to draw the connecting arrows of the printed flowchart, so each row
 * shows a text symbol in its pelaksana's column instead: "◖Mulai◗" / "◖Selesai◗" (terminator; U+2B2D "⬭" is missing from common fonts),
 * "▭ n" (process), "◇ n" (decision), "⬠ SOP" (hand-over); a symbol lists where the flow goes
 * when it does not simply continue on the next row ("ya → 4", "→ 2").
 */
import { documentLinkText } from '../shared/document-link.js';
import { formatDate, type ProcessNode, type SopModel } from '@sop/language';
import { PageOrientation, Paragraph, Table, TableLayoutType, TableRow, VerticalMergeType, WidthType, type ISectionOptions } from 'docx';
import { laneColumns, paperMm } from '../official/procedure-geometry.js';
import { withTemplateLabels, type Labels, type OfficialLang } from '../official/labels.js';
import { cell, logoParagraph, numberedParas, para } from './docx-helpers.js';


/** The text symbol of a step and its non-sequential exits. */
export function symbolLines(node: ProcessNode, model: SopModel, l: Labels): string[] {
    // The same text inside the symbol as the printed document: as written, or Mulai/Selesai unless blanked.
    const capsule = (fallback: string) => `◖${node.label ?? (model.template.blankCapsules ? ' ' : fallback)}◗`;
    const head = node.kind === 'start' ? capsule(l.start)
        : node.kind === 'end' ? capsule(l.end)
        : node.kind === 'decision' ? `◇ ${node.number}${node.label ? ` ${node.label}` : ''}`
        : node.kind === 'handover' ? `⬠ ${node.handover?.id ?? node.handover?.text ?? ''}`
        : `▭ ${node.number}`;
    const index = model.nodes.indexOf(node);
    const next = model.nodes[index + 1];
    const exits = model.edges.filter(e => e.from === node.id)
        .filter(e => !(e.kind === 'next' && !e.label && next && e.to === next.id))
        .map(e => {
            const target = model.nodes.find(n => n.id === e.to);
            // Non-breaking spaces keep a branch label with its arrow and target on one line in a narrow column.
            return `${e.label ? `${e.label} ` : ''}→ ${target ? target.number : e.to}`.replace(/ /g, '\u00a0');
        });
    return [head, ...exits];
}

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

function procedureTable(model: SopModel, l: Labels, pageWidth: number): Table {
    const lanes = laneColumns(model);
    const withNotes = model.template.notesColumn;
    const fixed = { no: 450, activity: 2900, inputs: 1900, time: 950, output: 1900, notes: withNotes ? 1500 : 0 };
    const laneTotal = pageWidth - Object.values(fixed).reduce((s, w) => s + w, 0);
    const laneW = Math.floor(laneTotal / Math.max(1, lanes.length));
    const widths = [fixed.no, fixed.activity, ...lanes.map(() => laneW), fixed.inputs, fixed.time, fixed.output, ...(withNotes ? [fixed.notes] : [])];
    const b = (t: string) => [para(t, { bold: true, center: true })];
    const header1 = new TableRow({
        tableHeader: true, cantSplit: true,
        children: [
            cell(b(l.no), { rowSpan: 2 }), cell(b(l.activity), { rowSpan: 2 }),
            cell(b(l.actors), { columnSpan: Math.max(1, lanes.length) }), cell(b(l.quality), { columnSpan: 3 }),
            ...(withNotes ? [cell(b(l.notes), { rowSpan: 2 })] : []),
        ],
    });
    const header2 = new TableRow({
        tableHeader: true, cantSplit: true,
        children: [...lanes.map(lane => cell([para(lane.title, { bold: true, center: true, size: 16 })])), cell(b(l.inputs)), cell(b(l.time)), cell(b(l.output))],
    });
    const rows = [header1, header2];
    if (model.template.columnNumbers) {
        rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: widths.map((_, i) => cell([para(String(i + 1), { center: true, italics: true, size: 16 })])) }));
    }
    const byId = new Map(model.nodes.map(n => [n.id, n]));
    let section: string | undefined;
    for (const row of model.rows) {
        if (row.section !== undefined && row.section !== section) {
            rows.push(new TableRow({ cantSplit: true, children: [cell([para(row.section, { bold: true, italics: true })], { columnSpan: widths.length })] }));
        }
        section = row.section;
        const nodes = row.nodeIds.map(id => byId.get(id)).filter((n): n is ProcessNode => !!n);
        const notes = [...row.notes, ...nodes.flatMap(n => (n.handover ? [`${l.handoverTo}: ${n.handover.text}`] : []))];
        rows.push(new TableRow({
            cantSplit: true,
            children: [
                cell([para(String(row.number), { center: true })]),
                cell([para(row.text)]),
                ...lanes.map(lane => cell(nodes.filter(n => n.lane === lane.id).flatMap(n => symbolLines(n, model, l).map((t, i) => para(t, { center: true, bold: i === 0, size: i === 0 ? undefined : 16 }))))),
                cell(row.inputs.length ? numberedParas(row.inputs) : []),
                cell([para(row.time?.text ?? '', { center: true })]),
                cell(row.outputs.length ? numberedParas(row.outputs) : []),
                ...(withNotes ? [cell(notes.length ? numberedParas(notes) : [])] : []),
            ],
        }));
    }
    return new Table({ rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: pageWidth, type: WidthType.DXA } });
}

/** Page size in twips of a paper and orientation (1 mm = 56.69 twips). */
function pageTwips(model: SopModel): { width: number; height: number; landscape: boolean } {
    const p = paperMm[model.template.paper] ?? paperMm.A4;
    const landscape = model.template.tableOrientation === 'landscape';
    const tw = (mm: number) => Math.round(mm * 1440 / 25.4);
    return { width: tw(p.w), height: tw(p.h), landscape };
}

/** The DOCX section of an SOP on its template's paper: identity, then the procedure table on a new page. */
export function sopSection(model: SopModel, base: Labels, lang: OfficialLang, logo?: string): ISectionOptions {
    const l = withTemplateLabels(base, model.template.labels);
    const caption = [model.header.number, model.title].filter(Boolean).join(' — ');
    const page = pageTwips(model);
    const usable = (page.landscape ? page.height : page.width) - 2 * 567;
    return {
        properties: {
            page: {
                // docx swaps width and height itself for landscape; give the portrait size.
                size: { orientation: page.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, width: page.width, height: page.height },
                margin: { top: 567, bottom: 567, left: 567, right: 567 },
            },
        },
        children: [
            identityTable(model, l, lang, logo, usable),
            gridTable(model, l, usable),
            para(caption, { bold: true, pageBreakBefore: true, spaceAfter: 80 }),
            procedureTable(model, l, usable),
        ],
    };
}
