/**
 * The monitoring form of Permenpan RB 35/2012 (Tabel 7): No | Prosedur (SOP) | Penilaian penerapan
 * (berjalan dengan baik / tidak berjalan dengan baik) | Catatan hasil penilaian | Tindakan yang
 * harus diambil | Paraf penilai. Blank (one row per SOP of a book, to fill in by hand) or filled
 * from a monitoring round. HTML (print CSS, A4 landscape) and Markdown here; DOCX in
 * ../docx/monitoring-docx.ts. Pure functions of the models; all user text escaped.
 */
import { formatDate, type ApprovalInfo, type CollectionModel, type DateInfo, type DocumentModel, type MonitoringModel, type SopModel } from '@sop/language/model';
import { markdownText } from '../shared/escape.js';
import { officialCss } from './css.js';
import { esc, escLines } from './escape.js';
import { logoSlot } from './identity.js';
import { labels, type OfficialLang } from './labels.js';

/** One row of the form. */
export interface MonitoringFormRow {
    sopId: string;
    /** The SOP's title (its id when the SOP is not in the workspace). */
    title: string;
    number?: string;
    result?: 'good' | 'not-good';
    notes: string[];
    action: string[];
    revision: boolean;
    initials: string[];
}

/** What the form prints. */
export interface MonitoringForm {
    id: string;
    /** Blank: printed to be filled in by hand. */
    blank: boolean;
    title: string;
    unit?: string;
    bookTitle?: string;
    date?: DateInfo;
    assessor?: ApprovalInfo;
    rows: MonitoringFormRow[];
    logoDataUri?: string;
}

/** Printed texts of the form, per language. */
export function monitoringLabels(lang: OfficialLang) {
    return lang === 'en' ? {
        heading: 'SOP Monitoring Form', no: 'No', procedure: 'Procedure (SOP)', assessment: 'Assessment of implementation',
        good: 'Running well', notGood: 'Not running well', notes: 'Notes on the assessment', action: 'Action to be taken',
        initials: 'Assessor\'s initials', unit: 'Unit', book: 'SOP book', date: 'Date of monitoring', assessor: 'Assessor',
        revision: 'Revise the SOP', number: 'Number', blankNote: 'Tick one assessment per SOP.',
    } : {
        heading: 'Formulir Monitoring Pelaksanaan SOP', no: 'No', procedure: 'Prosedur (SOP)', assessment: 'Penilaian penerapan',
        good: 'Berjalan dengan baik', notGood: 'Tidak berjalan dengan baik', notes: 'Catatan hasil penilaian', action: 'Tindakan yang harus diambil',
        initials: 'Paraf penilai', unit: 'Unit kerja', book: 'Buku SOP', date: 'Tanggal monitoring', assessor: 'Penilai',
        revision: 'Revisi SOP', number: 'Nomor', blankNote: 'Beri tanda centang (✓) pada salah satu penilaian setiap SOP.',
    };
}

function sopRow(sop: SopModel | undefined, id: string): Pick<MonitoringFormRow, 'sopId' | 'title' | 'number'> {
    return { sopId: id, title: sop?.title || id, number: sop?.header.number };
}

/** The blank form of a book: one row per SOP of its contents (those found among `models`). */
export function blankMonitoringForm(book: CollectionModel, models: Iterable<DocumentModel>, logoDataUri?: string): MonitoringForm {
    const sops = new Map<string, SopModel>();
    for (const m of models) if (m.kind === 'sop' && !sops.has(m.id)) sops.set(m.id, m);
    const ids = [...new Set(book.contents.map(c => c.id).filter((id): id is string => id !== undefined && sops.has(id)))];
    return {
        id: book.id, blank: true, title: book.title, unit: book.unit, bookTitle: book.title, logoDataUri,
        rows: ids.map(id => ({ ...sopRow(sops.get(id), id), notes: [], action: [], revision: false, initials: [] })),
    };
}

/** The filled form of a monitoring round; SOP titles and numbers from `models`, the unit from its book. */
export function filledMonitoringForm(round: MonitoringModel, models: Iterable<DocumentModel>, logoDataUri?: string): MonitoringForm {
    const sops = new Map<string, SopModel>();
    let book: CollectionModel | undefined;
    for (const m of models) {
        if (m.kind === 'sop' && !sops.has(m.id)) sops.set(m.id, m);
        else if (m.kind === 'collection' && round.book?.id === m.id && !book) book = m;
    }
    return {
        id: round.id, blank: false, title: round.title || round.id, unit: book?.unit, bookTitle: book?.title ?? round.book?.text, logoDataUri,
        date: round.date, assessor: round.assessor,
        rows: round.rows.map(r => ({ ...sopRow(r.sop.id ? sops.get(r.sop.id) : undefined, r.sop.id ?? r.sop.text), result: r.result, notes: r.notes, action: r.action, revision: r.revision, initials: r.initials })),
    };
}

const formCss = `
@page { size: A4 landscape; margin: 12mm; }
.sop-official.monitoring-form .sheet { width: 297mm; min-height: 210mm; padding: 12mm; font-size: 10pt; }
.sop-official.monitoring-form .form-head { display: flex; gap: 14px; align-items: center; margin-bottom: 8px; }
.sop-official.monitoring-form .form-head .logo { margin: 0; }
.sop-official.monitoring-form h1 { text-align: left; }
.sop-official.monitoring-form table.form-facts td { border: 0; padding: 1px 6px 1px 0; }
.sop-official.monitoring-form table.mon { width: 100%; table-layout: fixed; margin-top: 8px; }
.sop-official.monitoring-form table.mon th { text-align: center; vertical-align: middle; }
.sop-official.monitoring-form table.mon td.c-no, .sop-official.monitoring-form table.mon td.tick { text-align: center; vertical-align: middle; }
.sop-official.monitoring-form table.mon td.tick { font-size: 13pt; }
.sop-official.monitoring-form table.mon tr { break-inside: avoid; }
.sop-official.monitoring-form table.mon thead { display: table-header-group; }
.sop-official.monitoring-form.blank table.mon tbody td { height: 16mm; }
.sop-official.monitoring-form .sop-number { font-size: 8.5pt; }
.sop-official.monitoring-form .revision { font-weight: bold; }
.sop-official.monitoring-form .note { font-style: italic; font-size: 8.5pt; margin-top: 4px; }
@media print { .sop-official.monitoring-form .sheet { width: auto; min-height: 0; padding: 0; } }
`;

const lines = (items: readonly string[]) => items.map(escLines).join('<br>');

/** The form as an HTML fragment (`<div class="sop-official monitoring-form">`). */
export function monitoringFormBody(form: MonitoringForm, langOption?: OfficialLang): string {
    const lang: OfficialLang = langOption === 'en' ? 'en' : 'id';
    const t = monitoringLabels(lang);
    const l = labels(lang);
    const dots = '<span class="fill">........................................</span>';
    const fact = (label: string, value: string | undefined) => `<tr><td>${esc(label)}</td><td>:</td><td>${value === undefined ? dots : esc(value)}</td></tr>`;
    const assessor = form.assessor ? [form.assessor.role, form.assessor.person].filter(Boolean).join(', ') : undefined;
    const head = `<div class="form-head">${logoSlot(form.logoDataUri, l)}<div><h1>${esc(t.heading)}</h1><h2 class="form-title">${esc(form.title)}</h2></div></div>`
        + `<table class="form-facts"><tbody>${fact(t.unit, form.unit ?? (form.blank ? undefined : '-'))}${fact(t.book, form.bookTitle ?? '-')}`
        + `${fact(t.date, form.blank ? undefined : formatDate(form.date, lang))}${fact(t.assessor, form.blank ? undefined : assessor ?? '-')}</tbody></table>`;
    const widths = ['5%', '25%', '9%', '9%', '21%', '21%', '10%'];
    const cols = `<colgroup>${widths.map(w => `<col style="width:${w}">`).join('')}</colgroup>`;
    const thead = `<thead><tr><th rowspan="2">${esc(t.no)}</th><th rowspan="2">${esc(t.procedure)}</th><th colspan="2">${esc(t.assessment)}</th>`
        + `<th rowspan="2">${esc(t.notes)}</th><th rowspan="2">${esc(t.action)}</th><th rowspan="2">${esc(t.initials)}</th></tr>`
        + `<tr><th>${esc(t.good)}</th><th>${esc(t.notGood)}</th></tr></thead>`;
    const body = form.rows.map((r, i) => {
        const action = r.revision ? `<span class="revision">${esc(t.revision)}:</span> ${lines(r.action)}` : lines(r.action);
        return `<tr data-sop="${esc(r.sopId)}"><td class="c-no">${i + 1}.</td><td>${esc(r.title)}${r.number ? `<div class="sop-number">${esc(r.number)}</div>` : ''}</td>`
            + `<td class="tick">${r.result === 'good' ? '✓' : ''}</td><td class="tick">${r.result === 'not-good' ? '✓' : ''}</td>`
            + `<td>${lines(r.notes)}</td><td>${action}</td><td class="c-no">${lines(r.initials)}</td></tr>`;
    }).join('');
    const note = form.blank ? `<p class="note">${esc(t.blankNote)}</p>` : '';
    const sign = `<div class="sign-right"><div class="signature"><div class="sign-role">${esc(t.assessor)}${form.assessor?.role ? `,<br>${escLines(form.assessor.role)}` : ''}</div>`
        + `<div class="sign-space"></div><div class="sign-name">${form.assessor?.person ? esc(form.assessor.person) : dots}</div>`
        + `${form.assessor?.nip ? `<div class="sign-nip">${esc(l.nip)} ${esc(form.assessor.nip)}</div>` : ''}</div></div>`;
    return `<div class="sop-official monitoring-form${form.blank ? ' blank' : ''}" lang="${lang}" data-kind="monitoring" data-id="${esc(form.id)}">`
        + `<section class="sheet">${head}<table class="mon">${cols}${thead}<tbody>${body}</tbody></table>${note}${sign}</section></div>`;
}

/** The form as a standalone HTML page (inline CSS, no script). */
export function renderMonitoringFormHtml(form: MonitoringForm, options: { lang?: OfficialLang } = {}): string {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    return '<!DOCTYPE html>\n'
        + `<html lang="${lang}"><head><meta charset="utf-8">`
        + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
        + `<meta name="viewport" content="width=device-width, initial-scale=1">`
        + `<title>${esc(monitoringLabels(lang).heading)}: ${esc(form.title)}</title><style>${officialCss}\n${formCss}\nbody { margin: 0; background: #e8e8e8; }\n@media print { body { background: #fff; } }\n</style></head>`
        + `<body>\n${monitoringFormBody(form, lang)}\n</body></html>\n`;
}

/** The form as Markdown (a GitHub table). */
export function renderMonitoringFormMarkdown(form: MonitoringForm, options: { lang?: OfficialLang } = {}): string {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    const t = monitoringLabels(lang);
    const md = (s: string) => markdownText(s);
    const cell = (items: readonly string[]) => items.map(md).join('<br>');
    const blank = '&nbsp;';
    const out = [`# ${md(t.heading)}: ${md(form.title)}`, ''];
    const fact = (label: string, value: string | undefined) => out.push(`- **${md(label)}**: ${value === undefined ? '…' : md(value)}`);
    fact(t.unit, form.unit ?? (form.blank ? undefined : '-'));
    fact(t.book, form.bookTitle ?? '-');
    fact(t.date, form.blank ? undefined : formatDate(form.date, lang));
    fact(t.assessor, form.blank ? undefined : (form.assessor ? [form.assessor.role, form.assessor.person].filter(Boolean).join(', ') : '-'));
    out.push('', `| ${[t.no, t.procedure, t.good, t.notGood, t.notes, t.action, t.initials].map(md).join(' | ')} |`, '|---:|---|:---:|:---:|---|---|:---:|');
    form.rows.forEach((r, i) => {
        const sop = `${md(r.title)}${r.number ? `<br>${md(r.number)}` : ''}`;
        const action = r.revision ? `**${md(t.revision)}:** ${cell(r.action)}` : cell(r.action);
        out.push(`| ${i + 1} | ${sop} | ${r.result === 'good' ? '✓' : blank} | ${r.result === 'not-good' ? '✓' : blank} | ${cell(r.notes) || blank} | ${action || blank} | ${cell(r.initials) || blank} |`);
    });
    if (form.blank) out.push('', `*${md(t.blankNote)}*`);
    return out.join('\n') + '\n';
}
