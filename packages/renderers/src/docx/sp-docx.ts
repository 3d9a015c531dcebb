/**
 * DOCX bodies of a Standar Pelayanan (published six components or all fourteen, grouped),
 * its Maklumat Pelayanan page, and an SOP book's front matter.
 */
import { formatDate, type ApprovalInfo, type CollectionModel, type ServiceComponent, type ServiceStandardModel } from '@sop/language/model';
import { PageOrientation, Paragraph, Table, TableLayoutType, TableRow, WidthType, type ISectionOptions } from 'docx';
import { componentName, type Labels, type OfficialLang } from '../official/labels.js';
import type { ServiceStandardView } from '../official/service-standard.js';
import { cell, logoParagraph, numberedParas, para } from './docx-helpers.js';

/** Usable width of an A4 portrait page with 2 cm margins, in twips. */
const portraitWidth = 11906 - 2 * 1134;
const portrait = { page: { size: { orientation: PageOrientation.PORTRAIT, width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } };

function signature(a: ApprovalInfo | undefined, l: Labels): Paragraph[] {
    if (!a) return [para('-')];
    const indent = (p: Paragraph) => p;
    return [para(''), para(a.role), para(''), para(''), para(''), para(a.person ?? '', { bold: true, underline: true }), ...(a.nip ? [para(`${l.nip} ${a.nip}`)] : [])].map(indent);
}

function componentTable(sp: ServiceStandardModel, list: readonly ServiceComponent[], l: Labels, lang: OfficialLang, letters: boolean): Table {
    const widths = [700, 2800, portraitWidth - 3500];
    const head = new TableRow({ tableHeader: true, children: [l.no, l.spComponent, l.spDescription].map((t, i) => cell([para(t, { bold: true, center: true })], { widthTwips: widths[i] })) });
    const rows = list.map((c, i) => {
        let body = numberedParas(c.items);
        if (c.key === 'service-time' && sp.serviceTime.length) {
            body = numberedParas(sp.serviceTime.map(v => (v.label ? `${v.label}: ${v.duration.text}` : v.duration.text)));
            if (sp.serviceHours.length) body.push(para(`${l.serviceHours}:`, { bold: true }), ...numberedParas(sp.serviceHours));
        }
        return new TableRow({ cantSplit: true, children: [
            cell([para(`${letters ? c.letter : i + 1}.`, { center: true })], { widthTwips: widths[0] }),
            cell([para(componentName(c.key, lang))], { widthTwips: widths[1] }),
            cell(body, { widthTwips: widths[2] }),
        ] });
    });
    return new Table({ rows: [head, ...rows], columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: portraitWidth, type: WidthType.DXA } });
}

/** The DOCX sections of a Standar Pelayanan. */
export function serviceStandardSections(sp: ServiceStandardModel, view: ServiceStandardView, l: Labels, lang: OfficialLang, logo?: string): ISectionOptions[] {
    const children: Array<Paragraph | Table> = [...logoParagraph(logo), para(l.sp.toUpperCase(), { bold: true, size: 28, center: true }), para(sp.title, { bold: true, size: 24, center: true })];
    if (sp.unit) children.push(para(sp.unit, { bold: true, center: true, spaceAfter: 120 }));
    const e = sp.enactment;
    if (e) {
        children.push(para([`${l.enactedBy} ${e.decree}`, e.date ? `${l.on} ${formatDate(e.date, lang)}` : '', e.official ? `${l.by} ${e.official}${e.person ? ` (${e.person})` : ''}` : ''].filter(Boolean).join(' '), { italics: true, spaceAfter: 120 }));
    }
    const delivery = sp.components.filter(c => c.group === 'delivery');
    if (view === 'published') {
        children.push(componentTable(sp, delivery, l, lang, false));
    } else {
        children.push(para(`I. ${l.spDelivery}`, { bold: true, spaceAfter: 60 }), componentTable(sp, delivery, l, lang, true));
        children.push(para(''), para(`II. ${l.spManufacturing}`, { bold: true, spaceAfter: 60 }), componentTable(sp, sp.components.filter(c => c.group === 'manufacturing'), l, lang, true));
        if (sp.consultation) {
            children.push(para(''), para(l.consultation, { bold: true }), para(formatDate(sp.consultation.date, lang)), ...(sp.consultation.participants.length ? [para(`${l.participants}:`, { bold: true }), ...numberedParas(sp.consultation.participants)] : []));
        }
    }
    const sections: ISectionOptions[] = [{ properties: portrait, children }];
    if (sp.maklumat) {
        sections.push({ properties: portrait, children: [
            para(l.maklumat.toUpperCase(), { bold: true, size: 28, center: true }),
            ...(sp.unit ? [para(sp.unit, { bold: true, center: true, spaceAfter: 240 })] : []),
            para(sp.maklumat.text, { size: 24, spaceAfter: 240 }),
            ...signature(sp.maklumat.approval, l),
        ] });
    }
    return sections;
}

/** The DOCX sections of an SOP book's front matter: cover, penetapan, daftar isi, ruang lingkup, ringkasan, definisi. */
export function collectionSections(c: CollectionModel, l: Labels, lang: OfficialLang, logo?: string): ISectionOptions[] {
    const cover = [para(''), para(''), ...logoParagraph(logo), para(l.sopBook.toUpperCase(), { bold: true, size: 36, center: true, spaceAfter: 240 }), para(c.title, { bold: true, size: 30, center: true, spaceAfter: 240 }),
        ...(c.unit ? [para(c.unit, { bold: true, center: true })] : []), ...(c.year ? [para(c.year, { size: 28, center: true })] : [])];
    const e = c.enactment;
    const enactment = e ? [para(l.enactment.toUpperCase(), { bold: true, size: 28, center: true, pageBreakBefore: true }), para(e.decree, { bold: true, center: true }),
        ...(e.date ? [para(`${l.date}: ${formatDate(e.date, lang)}`)] : []), para(''), para(e.official ?? ''), para(''), para(''), para(e.person ?? '', { bold: true, underline: true })] : [];
    const contents = [para(l.contents.toUpperCase(), { bold: true, size: 28, center: true, pageBreakBefore: true }),
        ...(c.contents.length ? c.contents.map((d, i) => para(`${i + 1}. ${d.text}${d.id ? ` (${d.id})` : ''}`)) : [para('-')])];
    const explain = [para(l.scope, { bold: true, size: 24, pageBreakBefore: true }), ...numberedParas(c.scope), para(l.summary, { bold: true, size: 24 }), ...numberedParas(c.summary),
        para(l.definitions, { bold: true, size: 24 }), ...numberedParas(c.definitions)];
    return [{ properties: portrait, children: [...cover, ...enactment, ...contents, ...explain] }];
}
