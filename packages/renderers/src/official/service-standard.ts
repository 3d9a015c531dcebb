/**
 * Standar Pelayanan documents (UU 25/2009 Pasal 21, Permenpan RB 15/2014): the published table of
 * the six service-delivery components, or the full fourteen-component document grouped into
 * penyampaian pelayanan and pengelolaan pelayanan; the penetapan; and the Maklumat Pelayanan page.
 */
import { formatDate, type ServiceComponent, type ServiceStandardModel } from '@sop/language/model';
import { esc, escLines } from './escape.js';
import { logoSlot, signatureBlock } from './identity.js';
import { componentName, type Labels, type OfficialLang } from './labels.js';

/** Which Standar Pelayanan view to print. */
export type ServiceStandardView = 'full' | 'published';

function items(list: readonly string[]): string {
    if (list.length === 0) return '-';
    if (list.length === 1) return `<p>${escLines(list[0])}</p>`;
    return `<ol class="num">${list.map(i => `<li>${escLines(i)}</li>`).join('')}</ol>`;
}

/** The uraian of one component; jangka waktu lists one line per variant. */
function uraian(sp: ServiceStandardModel, c: ServiceComponent, l: Labels): string {
    if (c.key === 'service-time' && sp.serviceTime.length > 0) {
        const times = sp.serviceTime.map(v => (v.label ? `${v.label}: ${v.duration.text}` : v.duration.text));
        return items(times) + (sp.serviceHours.length ? `<p class="sub-head">${esc(l.serviceHours)}:</p>${items(sp.serviceHours)}` : '');
    }
    return items(c.items);
}

function enactmentLine(e: ServiceStandardModel['enactment'], l: Labels, lang: OfficialLang): string {
    if (!e) return '';
    const parts = [`${esc(l.enactedBy)} ${esc(e.decree)}`];
    if (e.date) parts.push(`${esc(l.on)} ${esc(formatDate(e.date, lang))}`);
    if (e.official) parts.push(`${esc(l.by)} ${esc(e.official)}${e.person ? ` (${esc(e.person)})` : ''}`);
    return `<p class="enactment">${parts.join(' ')}</p>`;
}

function componentRows(sp: ServiceStandardModel, list: readonly ServiceComponent[], l: Labels, lang: OfficialLang, letters: boolean): string {
    return list.map((c, i) => `<tr data-component="${c.key}"><td class="c-no">${letters ? c.letter : i + 1}.</td>`
        + `<td class="c-comp">${esc(componentName(c.key, lang))}</td><td class="c-desc">${uraian(sp, c, l)}</td></tr>`).join('');
}

function table(sp: ServiceStandardModel, list: readonly ServiceComponent[], l: Labels, lang: OfficialLang, letters: boolean): string {
    return `<table class="sp-table"><colgroup><col style="width:7%"><col style="width:28%"><col style="width:65%"></colgroup>`
        + `<thead><tr><th>${esc(l.no)}</th><th>${esc(l.spComponent)}</th><th>${esc(l.spDescription)}</th></tr></thead>`
        + `<tbody>${componentRows(sp, list, l, lang, letters)}</tbody></table>`;
}

/** The Standar Pelayanan pages (portrait A4) and the Maklumat Pelayanan page. */
export function serviceStandardHtml(sp: ServiceStandardModel, view: ServiceStandardView, l: Labels, lang: OfficialLang, logoDataUri?: string): string {
    const head = `<header class="doc-head">${logoSlot(logoDataUri, l)}<div><h1>${esc(l.sp)}</h1><h2>${esc(sp.title)}</h2>`
        + (sp.unit ? `<p class="unit">${escLines(sp.unit)}</p>` : '') + '</div></header>';
    const delivery = sp.components.filter(c => c.group === 'delivery');
    let body: string;
    if (view === 'published') {
        body = table(sp, delivery, l, lang, false);
    } else {
        const manufacturing = sp.components.filter(c => c.group === 'manufacturing');
        body = `<h3>I. ${esc(l.spDelivery)}</h3>${table(sp, delivery, l, lang, true)}`
            + `<h3>II. ${esc(l.spManufacturing)}</h3>${table(sp, manufacturing, l, lang, true)}`;
        if (sp.consultation) {
            body += `<h3>${esc(l.consultation)}</h3><p>${esc(formatDate(sp.consultation.date, lang))}</p>`
                + (sp.consultation.participants.length ? `<p class="sub-head">${esc(l.participants)}:</p>${items(sp.consultation.participants)}` : '');
        }
    }
    const main = `<section class="sheet portrait sp-doc" data-view="${view}">${head}${enactmentLine(sp.enactment, l, lang)}${body}</section>`;
    return main + maklumatHtml(sp, l, logoDataUri);
}

/** The Maklumat Pelayanan page: the pledge text and the signature of the head of the unit. */
export function maklumatHtml(sp: ServiceStandardModel, l: Labels, logoDataUri?: string): string {
    if (!sp.maklumat) return '';
    return `<section class="sheet portrait maklumat">${logoSlot(logoDataUri, l)}<h1>${esc(l.maklumat)}</h1>`
        + (sp.unit ? `<p class="unit center">${escLines(sp.unit)}</p>` : '')
        + `<div class="maklumat-text">${escLines(sp.maklumat.text)}</div>`
        + `<div class="sign-right">${signatureBlock(sp.maklumat.approval, l)}</div></section>`;
}
