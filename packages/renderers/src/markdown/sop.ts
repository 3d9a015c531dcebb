/** Markdown of one SOP AP: title, identity table, Mermaid flowchart, procedure table. */
import { documentLinkText } from '../shared/document-link.js';
import { formatDate, formatRange, type ProcedureRow, type ProcessNode, type SopModel } from '@sop/language/model';
import { markdownText } from '../shared/escape.js';
import { label, type RenderLang } from '../shared/labels.js';
import { LARGE_PROCEDURE_STEPS, renderMermaid, splitBySection } from '../mermaid/flowchart.js';
import type { MarkdownOptions } from './options.js';
import { cellList, table } from './table.js';

function identityRows(m: SopModel, lang: RenderLang): string[][] {
    const h = m.header;
    const a = h.approval;
    const approval = a
        ? [markdownText(a.role), a.person ? `${label('name', lang)}: ${markdownText(a.person)}` : '', a.nip ? `${label('nip', lang)}: ${markdownText(a.nip)}` : '']
            .filter(Boolean).join('<br>')
        : '-';
    const related = h.related === undefined ? '-' : cellList(h.related.map(documentLinkText));
    const rows: string[][] = [
        [label('number', lang), h.number ? markdownText(h.number) : '-'],
        [label('unit', lang), h.unitLines.length ? h.unitLines.map(markdownText).join('<br>') : '-'],
        [label('created', lang), markdownText(formatDate(h.created, lang))],
        [label('revised', lang), markdownText(formatDate(h.revised, lang))],
        [label(h.effectiveLabel === 'pengesahan' ? 'approvalDate' : 'effective', lang), markdownText(formatDate(h.effective, lang))],
        [label('approvedBy', lang), approval],
        [label('title', lang), markdownText(m.title || m.id)],
        [label('legalBasis', lang), cellList(h.legalBasis, true)],
        [label('qualifications', lang), cellList(h.qualifications, true)],
        [label('related', lang), related],
        [label('equipment', lang), cellList(h.equipment, true)],
        [label('warnings', lang), cellList(h.warnings)],
        [label('records', lang), cellList(h.records, true)],
    ];
    // Extra fields of the generic profile and of some templates, only when written.
    for (const [key, items] of [['purpose', h.purpose], ['scope', h.scope], ['summary', h.summary], ['definitions', h.definitions]] as const) {
        if (items.length > 0) rows.push([label(key, lang), cellList(items)]);
    }
    return rows;
}

/** The Keterangan cell: notes, then where the flow goes (branches, jumps, forks, ends, hand-overs) of the row's symbols. */
function flowNote(m: SopModel, row: ProcedureRow, nodes: readonly ProcessNode[], lang: RenderLang): string {
    const number = new Map(m.nodes.map(x => [x.id, x.number]));
    const own = new Set(row.nodeIds);
    const parts: string[] = row.notes.map(markdownText);
    const laneTitle = new Map(m.lanes.map(l => [l.id, l.title || l.id]));
    const byId = new Map(m.nodes.map(x => [x.id, x]));
    for (const n of nodes) {
        for (const e of m.edges.filter(x => x.from === n.id)) {
            // Arrows between the symbols of one row are shown by the flowchart, not repeated here;
            // a branch or fork to another symbol of the row names that symbol's pelaksana.
            if (own.has(e.to) && e.kind === 'next') continue;
            const to = byId.get(e.to);
            const target = own.has(e.to) && to ? markdownText(laneTitle.get(to.lane) ?? to.lane) : `${label('goTo', lang)} ${number.get(e.to) ?? e.to}`;
            if (e.kind === 'branch') parts.push(`${markdownText(e.label ?? '')} → ${target}`);
            else if (e.kind === 'jump') parts.push(`→ ${target}`);
        }
        if (n.kind === 'handover' && n.handover) parts.push(`${label('handover', lang)}: ${markdownText(n.handover.text)}`);
        else if (n.deadEnd) parts.push(`${markdownText(laneTitle.get(n.lane) ?? n.lane)}: ${label('deadEnd', lang)}`);
        else if (n.isEnd && n === nodes[nodes.length - 1]) parts.push(label('end', lang));
    }
    return parts.join('<br>');
}

function procedureRows(m: SopModel, lang: RenderLang): string[][] {
    const laneTitle = new Map(m.lanes.map(l => [l.id, l.title || l.id]));
    const byId = new Map(m.nodes.map(n => [n.id, n]));
    const rows: string[][] = [];
    let section: string | undefined;
    for (const row of m.rows) {
        if (row.section !== section) {
            section = row.section;
            if (section !== undefined) rows.push(['', `**${label('section', lang)}: ${markdownText(section)}**`, '', '', '', '', '']);
        }
        const nodes = row.nodeIds.map(id => byId.get(id)).filter((n): n is ProcessNode => !!n);
        const lanes = [...new Set(nodes.map(n => n.lane))];
        rows.push([
            String(row.number),
            markdownText(row.text),
            lanes.length ? lanes.map(l => markdownText(laneTitle.get(l) ?? (l || label('noActor', lang)))).join(' → ') : markdownText(label('noActor', lang)),
            cellList(row.inputs),
            row.time?.text ? markdownText(row.time.text) : '-',
            cellList(row.outputs),
            flowNote(m, row, nodes, lang),
        ]);
    }
    return rows;
}

/** Renders an SOP as GitHub-flavoured Markdown. */
export function sopMarkdown(m: SopModel, options: MarkdownOptions = {}): string[] {
    const lang = options.lang ?? 'id';
    const out: string[] = [`# ${markdownText(m.title || m.id)}`, '', `${label('sop', lang)} · ${markdownText(m.id)}`, ''];
    out.push(`## ${label('identity', lang)}`, '', ...table([label('field', lang), label('value', lang)], identityRows(m, lang)), '');
    out.push(`## ${label('flowchart', lang)}`, '');
    const split = options.splitSections ?? (m.nodes.length > LARGE_PROCEDURE_STEPS && m.sections.length > 0);
    const diagrams = split ? splitBySection(m, { lang, theme: options.theme }) : [{ title: '', mermaid: renderMermaid(m, { lang, theme: options.theme }) }];
    for (const d of diagrams) {
        if (split) out.push(`### ${markdownText(d.title)}`, '');
        out.push('```mermaid', d.mermaid.trimEnd(), '```', '');
    }
    out.push(`## ${label('procedure', lang)}`, '');
    out.push(...table(
        [label('no', lang), label('activity', lang), label('actor', lang), label('inputs', lang), label('time', lang), label('output', lang), label('notes', lang)],
        procedureRows(m, lang), new Set([0])));
    const cp = m.criticalPath;
    if (cp.nodeIds.length > 0) out.push('', `${label('criticalPath', lang)}: ${markdownText(formatRange(cp.minMinutes, cp.maxMinutes, lang))}`);
    out.push('');
    return out;
}
