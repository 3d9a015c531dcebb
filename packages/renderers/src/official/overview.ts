/**
 * The workspace overview page of `sop report`: one row per document (SOP, Standar Pelayanan, SOP
 * book, monitoring round) with its identity, dates, size, critical path, diagnostics, last
 * monitoring and next review. HTML (a table sortable by any column through a small inline
 * script allowed by its hash in the page's Content-Security-Policy; every user text escaped and
 * never part of the script) and Markdown. Pure functions of the entries.
 */
import { formatDate, formatRange, type DateInfo, type OverviewEntry } from '@sop/language/model';
import { markdownText } from '../shared/escape.js';
import { esc } from './escape.js';
import type { OfficialLang } from './labels.js';

/** An entry with the file as the reader should see it (relative path). */
export type OverviewRow = OverviewEntry & { file: string };

export interface OverviewOptions {
    lang?: OfficialLang;
    /** The date the overview was made for (ISO), printed in the heading. */
    today: string;
    title?: string;
}

function texts(lang: OfficialLang) {
    return lang === 'en' ? {
        title: 'SOP overview', asOf: 'as of', file: 'File', id: 'Id', number: 'Number', docTitle: 'Title', unit: 'Unit', kind: 'Kind',
        created: 'Created', revised: 'Revised', effective: 'Effective', steps: 'Steps', pelaksana: 'Performers', critical: 'Critical path',
        errors: 'Errors', warnings: 'Warnings', lastMonitoring: 'Last monitoring', result: 'Result', nextReview: 'Next review',
        good: 'running well', notGood: 'not running well', overdue: 'overdue', sort: 'Click a column heading to sort.',
        kinds: { sop: 'SOP', sp: 'Service standard', collection: 'SOP book', monitoring: 'Monitoring' },
        total: (n: number, e: number, w: number) => `${n} document${n === 1 ? '' : 's'}, ${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`,
    } : {
        title: 'Ikhtisar SOP', asOf: 'per', file: 'Berkas', id: 'Id', number: 'Nomor', docTitle: 'Judul', unit: 'Unit', kind: 'Jenis',
        created: 'Dibuat', revised: 'Direvisi', effective: 'Efektif', steps: 'Langkah', pelaksana: 'Pelaksana', critical: 'Waktu jalur kritis',
        errors: 'Galat', warnings: 'Peringatan', lastMonitoring: 'Monitoring terakhir', result: 'Hasil', nextReview: 'Peninjauan berikut',
        good: 'berjalan dengan baik', notGood: 'tidak berjalan dengan baik', overdue: 'terlambat', sort: 'Klik judul kolom untuk mengurutkan.',
        kinds: { sop: 'SOP', sp: 'Standar pelayanan', collection: 'Buku SOP', monitoring: 'Monitoring' },
        total: (n: number, e: number, w: number) => `${n} dokumen, ${e} galat, ${w} peringatan`,
    };
}

/** The one script of the page: sorts the table by the clicked column (numbers as numbers). No user text in it. */
export const overviewScript = 'for(const t of document.querySelectorAll("table.overview")){const hs=[...t.tHead.rows[0].cells];'
    + 'hs.forEach((h,i)=>{const b=h.querySelector("button");if(!b)return;b.addEventListener("click",()=>{'
    + 'const d=h.getAttribute("aria-sort")==="ascending"?-1:1;hs.forEach(x=>x.removeAttribute("aria-sort"));'
    + 'h.setAttribute("aria-sort",d===1?"ascending":"descending");const n=h.dataset.type==="num";const k=r=>r.cells[i].dataset.v??r.cells[i].textContent;'
    + '[...t.tBodies[0].rows].sort((a,c)=>{const x=k(a),y=k(c);return d*(n?Number(x)-Number(y):x.localeCompare(y));}).forEach(r=>t.tBodies[0].appendChild(r));});});}';

/** `sha256-…` of {@link overviewScript}, named in the page's Content-Security-Policy (a test recomputes it). */
export const overviewScriptHash = 'sha256-x+8UGNHOIdSx8pbAr0M7SuPyk73u9/TQZSpfHbG0P40=';

const dateText = (d: DateInfo | undefined, lang: OfficialLang) => (d ? formatDate(d, lang) : '');
const dateKey = (d: DateInfo | undefined) => d?.iso ?? '';

interface Column {
    head: string;
    num?: boolean;
    /** Display text (escaped by the renderer) and the sort key. */
    cell: (r: OverviewRow) => { text: string; key?: string | number; cls?: string };
}

function columns(lang: OfficialLang): Column[] {
    const t = texts(lang);
    const num = (v: number | undefined) => ({ text: v === undefined ? '' : String(v), key: v ?? -1 });
    return [
        { head: t.file, cell: r => ({ text: r.file, key: `${r.file}\u0000${String(r.line).padStart(6, '0')}` }) },
        { head: t.id, cell: r => ({ text: r.id }) },
        { head: t.number, cell: r => ({ text: r.number ?? '' }) },
        { head: t.docTitle, cell: r => ({ text: r.title }) },
        { head: t.unit, cell: r => ({ text: r.unit ?? '' }) },
        { head: t.kind, cell: r => ({ text: t.kinds[r.kind], key: r.kind }) },
        { head: t.created, cell: r => ({ text: dateText(r.created, lang), key: dateKey(r.created) }) },
        { head: t.revised, cell: r => ({ text: dateText(r.revised, lang), key: dateKey(r.revised) }) },
        { head: t.effective, cell: r => ({ text: dateText(r.effective, lang), key: dateKey(r.effective) }) },
        { head: t.steps, num: true, cell: r => num(r.steps) },
        { head: t.pelaksana, cell: r => ({ text: r.pelaksana?.join(', ') ?? '' }) },
        { head: t.critical, num: true, cell: r => (r.criticalPath ? { text: formatRange(r.criticalPath.minMinutes, r.criticalPath.maxMinutes, lang), key: r.criticalPath.maxMinutes } : { text: '', key: -1 }) },
        { head: t.errors, num: true, cell: r => ({ ...num(r.errors), cls: r.errors ? 'bad' : undefined }) },
        { head: t.warnings, num: true, cell: r => ({ ...num(r.warnings), cls: r.warnings ? 'warn' : undefined }) },
        { head: t.lastMonitoring, cell: r => ({ text: r.lastMonitoring ? `${dateText(r.lastMonitoring.date, lang)} (${r.lastMonitoring.round})` : '', key: dateKey(r.lastMonitoring?.date) }) },
        { head: t.result, cell: r => ({ text: r.lastMonitoring ? (r.lastMonitoring.result === 'good' ? t.good : t.notGood) : '', key: r.lastMonitoring?.result ?? '', cls: r.lastMonitoring?.result === 'not-good' ? 'bad' : undefined }) },
        { head: t.nextReview, cell: r => ({ text: r.nextReview ? `${formatDate({ text: r.nextReview, iso: r.nextReview, precision: 'day' }, lang)}${r.overdue ? ` (${t.overdue})` : ''}` : '', key: r.nextReview ?? '', cls: r.overdue ? 'bad' : undefined }) },
    ];
}

const css = `
body { font-family: "Arial", "Liberation Sans", sans-serif; font-size: 10pt; margin: 16px; color: #000; background: #fff; }
h1 { font-size: 16pt; margin: 0 0 4px 0; }
p.meta { margin: 0 0 8px 0; color: #333; }
table.overview { border-collapse: collapse; width: 100%; }
table.overview th, table.overview td { border: 1px solid #999; padding: 3px 5px; vertical-align: top; text-align: left; }
table.overview th { background: #eee; position: sticky; top: 0; }
table.overview th button { all: unset; cursor: pointer; font-weight: bold; }
table.overview th[aria-sort="ascending"] button::after { content: " ▲"; }
table.overview th[aria-sort="descending"] button::after { content: " ▼"; }
table.overview td.num { text-align: right; white-space: nowrap; }
table.overview td:nth-child(4) { min-width: 14em; }
table.overview td:nth-child(5) { min-width: 12em; }
table.overview td.bad { color: #b00000; font-weight: bold; }
table.overview td.warn { color: #8a5a00; }
table.overview tr.kind-collection td, table.overview tr.kind-monitoring td { background: #f6f6fb; }
@media print { table.overview th button::after { content: none; } }
`;

/** The overview as a standalone HTML page with a sortable table. Deterministic. */
export function renderOverviewHtml(rows: readonly OverviewRow[], options: OverviewOptions): string {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    const t = texts(lang);
    const cols = columns(lang);
    const title = options.title ?? t.title;
    const head = `<tr>${cols.map(c => `<th scope="col"${c.num ? ' data-type="num"' : ''}><button type="button">${esc(c.head)}</button></th>`).join('')}</tr>`;
    const body = rows.map(r => `<tr class="kind-${esc(r.kind)}" data-id="${esc(r.id)}">${cols.map(c => {
        const v = c.cell(r);
        const cls = [c.num ? 'num' : '', v.cls ?? ''].filter(Boolean).join(' ');
        return `<td${cls ? ` class="${cls}"` : ''}${v.key !== undefined ? ` data-v="${esc(v.key)}"` : ''}>${esc(v.text)}</td>`;
    }).join('')}</tr>`).join('\n');
    const errors = rows.reduce((n, r) => n + r.errors, 0), warnings = rows.reduce((n, r) => n + r.warnings, 0);
    return '<!DOCTYPE html>\n'
        + `<html lang="${lang}"><head><meta charset="utf-8">`
        + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${overviewScriptHash}'">`
        + `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${css}</style></head>\n<body>\n`
        + `<h1>${esc(title)}</h1><p class="meta">${esc(t.asOf)} ${esc(formatDate({ text: options.today, iso: options.today, precision: 'day' }, lang))}: ${esc(t.total(rows.length, errors, warnings))}. ${esc(t.sort)}</p>\n`
        + `<table class="overview"><thead>${head}</thead><tbody>\n${body}\n</tbody></table>\n`
        + `<script>${overviewScript}</script>\n</body></html>\n`;
}

/** The overview as Markdown (a GitHub table). */
export function renderOverviewMarkdown(rows: readonly OverviewRow[], options: OverviewOptions): string {
    const lang: OfficialLang = options.lang === 'en' ? 'en' : 'id';
    const t = texts(lang);
    const cols = columns(lang);
    const errors = rows.reduce((n, r) => n + r.errors, 0), warnings = rows.reduce((n, r) => n + r.warnings, 0);
    const out = [`# ${markdownText(options.title ?? t.title)}`, '', `${markdownText(t.asOf)} ${markdownText(formatDate({ text: options.today, iso: options.today, precision: 'day' }, lang))}: ${markdownText(t.total(rows.length, errors, warnings))}`, ''];
    out.push(`| ${cols.map(c => markdownText(c.head)).join(' | ')} |`, `|${cols.map(c => (c.num ? '---:' : '---')).join('|')}|`);
    for (const r of rows) out.push(`| ${cols.map(c => markdownText(c.cell(r).text) || ' ').join(' | ')} |`);
    return out.join('\n') + '\n';
}
