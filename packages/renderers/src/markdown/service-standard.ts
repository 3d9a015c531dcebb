/** Markdown of a Standar Pelayanan (component table) and of an SOP book (collection). */
import { formatDate, type CollectionModel, type ServiceStandardModel } from '@sop/language/model';
import { markdownText } from '../shared/escape.js';
import { componentTitle, label } from '../shared/labels.js';
import type { MarkdownOptions } from './options.js';
import { cellList, table } from './table.js';

/** Renders a Standar Pelayanan: the 14 components, or the 6 published ones for a published view. */
export function serviceStandardMarkdown(m: ServiceStandardModel, options: MarkdownOptions = {}): string[] {
    const lang = options.lang ?? 'id';
    const out: string[] = [`# ${markdownText(m.title || m.id)}`, '', `${label('sp', lang)} · ${markdownText(m.id)}`, ''];
    if (m.unit) out.push(`${label('unit', lang)}: ${markdownText(m.unit)}`, '');
    const shown = m.published ? m.components.filter(c => c.group === 'delivery') : m.components;
    out.push(`## ${label(m.published ? 'published' : 'allComponents', lang)}`, '');
    out.push(...table([label('no', lang), label('component', lang), label('description', lang)],
        shown.map((c, i) => [String(i + 1), componentTitle(c.key, lang), cellList(c.items, c.items.length > 1)]), new Set([0])));
    if (m.serviceHours.length > 0) out.push('', `**${label('serviceHours', lang)}**: ${cellList(m.serviceHours)}`);
    if (m.enactment) {
        const e = m.enactment;
        out.push('', `**${label('enactment', lang)}**: ${markdownText(e.decree)}${e.date ? `, ${markdownText(formatDate(e.date, lang))}` : ''}${e.official ? `, ${markdownText(e.official)}` : ''}${e.person ? ` (${markdownText(e.person)})` : ''}`);
    }
    if (m.maklumat) {
        out.push('', `## ${label('maklumat', lang)}`, '', `> ${markdownText(m.maklumat.text)}`);
        const a = m.maklumat.approval;
        if (a) out.push('', `${markdownText(a.role)}${a.person ? `<br>${markdownText(a.person)}` : ''}${a.nip ? `<br>${label('nip', lang)}: ${markdownText(a.nip)}` : ''}`);
    }
    if (m.consultation) {
        out.push('', `**${label('consultation', lang)}**: ${markdownText(formatDate(m.consultation.date, lang))}${m.consultation.participants.length ? ` (${m.consultation.participants.map(markdownText).join(', ')})` : ''}`);
    }
    out.push('');
    return out;
}

/** Renders an SOP book: cover data, scope, summary, definitions and contents. */
export function collectionMarkdown(m: CollectionModel, options: MarkdownOptions = {}): string[] {
    const lang = options.lang ?? 'id';
    const out: string[] = [`# ${markdownText(m.title || m.id)}`, '', `${label('collection', lang)} · ${markdownText(m.id)}`, ''];
    if (m.unit) out.push(`${label('unit', lang)}: ${markdownText(m.unit)}`, '');
    if (m.year) out.push(`${label('year', lang)}: ${markdownText(m.year)}`, '');
    if (m.enactment) out.push(`${label('enactment', lang)}: ${markdownText(m.enactment.decree)}`, '');
    for (const [key, items] of [['scope', m.scope], ['summary', m.summary], ['definitions', m.definitions]] as const) {
        if (items.length > 0) out.push(`## ${label(key, lang)}`, '', ...items.map(t => `- ${markdownText(t)}`), '');
    }
    out.push(`## ${label('contents', lang)}`, '');
    if (m.contents.length === 0) out.push('-');
    m.contents.forEach((c, i) => out.push(`${i + 1}. ${markdownText(c.text)}${c.id && c.id !== c.text ? ` (${markdownText(c.id)})` : ''}`));
    out.push('');
    return out;
}
