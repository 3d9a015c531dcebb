/**
 * The identity block (bagian identitas) of an SOP AP: logo and unit on the left, the small table
 * of number, dates, approval and title on the right, then the two-column grid of
 * Dasar Hukum / Keterkaitan / Peringatan and Kualifikasi / Peralatan / Pencatatan.
 */
import { documentLinkText } from '../shared/document-link.js';
import { formatDate, type ApprovalInfo, type PaperSize, type SopModel } from '@sop/language/model';
import { esc, escLines, safeImageDataUri } from './escape.js';
import { templateLabelKeys, type Labels, type OfficialLang } from './labels.js';

/** A numbered list; one item is printed as a paragraph, as signed documents do; "-" when empty. */
export function numbered(items: readonly string[]): string {
    if (items.length === 0) return '<p class="none">-</p>';
    if (items.length === 1) return `<p class="single">${escLines(items[0])}</p>`;
    return `<ol class="num">${items.map(i => `<li>${escLines(i)}</li>`).join('')}</ol>`;
}

/** The logo slot: the embedded image when given (image data URIs only), else an empty box. */
export function logoSlot(logoDataUri: string | undefined, l: Labels): string {
    const src = safeImageDataUri(logoDataUri);
    return src ? `<div class="logo"><img src="${esc(src)}" alt="${esc(l.logo)}"></div>` : '<div class="logo logo-empty" aria-hidden="true"></div>';
}

/** Jabatan, room for the signature, nama and NIP. */
export function signatureBlock(a: ApprovalInfo | undefined, l: Labels): string {
    if (!a) return '<div class="signature"><div class="sign-space"></div><div>-</div></div>';
    return `<div class="signature"><div class="sign-role">${escLines(a.role)}</div><div class="sign-space"></div>`
        + `<div class="sign-name">${esc(a.person ?? '')}</div>`
        + (a.nip ? `<div class="sign-nip">${esc(l.nip)} ${esc(a.nip)}</div>` : '') + '</div>';
}

/** The classes of an SOP page: orientation and paper (see css.ts). */
export function sheetClasses(paper: PaperSize, orientation: 'portrait' | 'landscape'): string {
    return `sheet sop-sheet ${orientation === 'portrait' ? 'sop-portrait' : 'landscape'} paper-${paper}`;
}

/**
 * How dense the identity page must be to fit its page, from a deterministic estimate of its
 * printed lines (long legal-basis lists are common): '' (10pt), 'dense' (8.5pt) or 'denser' (7.5pt).
 */
export function identityDensity(model: SopModel): '' | 'dense' | 'denser' {
    const h = model.header;
    const portrait = model.template.identityOrientation === 'portrait';
    const perLine = portrait ? 48 : 80;
    const lines = (items: readonly string[]) => items.reduce((n, t) => n + Math.max(1, Math.ceil(t.length / perLine)), 0);
    const left = lines(h.legalBasis) + lines((h.related ?? []).map(documentLinkText)) + lines(h.warnings);
    const right = lines(h.qualifications) + lines(h.equipment) + lines(h.records);
    const total = Math.max(left, right) + lines(h.purpose) + 2 * h.history.length + 14;
    const room = portrait ? 60 : 34;
    return total <= room ? '' : total <= room * 1.3 ? 'dense' : 'denser';
}

/** The identity page of an SOP. */
export function identityHtml(model: SopModel, l: Labels, lang: OfficialLang, logoDataUri?: string): string {
    const h = model.header;
    const related = h.related && h.related.length > 0 ? numbered(h.related.map(documentLinkText)) : '<p class="none">-</p>';
    const row = (label: string, value: string, cls = '') => `<tr><th>${esc(label)}</th><td${cls ? ` class="${cls}"` : ''}>${value}</td></tr>`;
    const rows = [
        row(l.sopNumber, esc(h.number ?? '-')),
        row(l.created, esc(formatDate(h.created, lang))),
        row(l.revised, esc(formatDate(h.revised, lang))),
        row(h.effectiveLabel === 'pengesahan' ? l.approvalDate : l.effective, esc(formatDate(h.effective, lang))),
        row(l.approvedBy, signatureBlock(h.approval, l), 'c-sign'),
        row(l.sopTitle, esc(model.title || '-'), 'sop-title'),
    ];
    if (h.version) rows.splice(1, 0, row(l.version, esc(h.version)));
    const unit = h.unitLines.length > 0 ? h.unitLines.map(u => `<div class="unit-line">${escLines(u)}</div>`).join('') : '';
    // A function, not a replacement string: `$&` or `$'` in the unit must stay text.
    const firstRow = rows.shift()!;
    const org = `<tr><td class="ident-org" rowspan="${rows.length + 1}">${logoSlot(logoDataUri, l)}<div class="unit">${unit}</div></td>`;
    const first = firstRow.replace('<tr>', () => org);
    // A heading the template words is printed exactly as written; the default ones end with ':'.
    const own = templateLabelKeys(model.template.labels);
    const head = (key: keyof Labels) => esc(l[key]) + (own.has(key) ? '' : ':');
    const purpose = h.purpose.length ? `<table class="ident-grid"><tr><th>${head('purpose')}</th></tr><tr><td>${numbered(h.purpose)}</td></tr></table>` : '';
    const pair = (a: keyof Labels, b: keyof Labels, av: string, bv: string) => `<tr class="heads"><th>${head(a)}</th><th>${head(b)}</th></tr><tr><td>${av}</td><td>${bv}</td></tr>`;
    const grid = '<table class="ident-grid"><colgroup><col style="width:50%"><col style="width:50%"></colgroup>'
        + pair('legalBasis', 'qualifications', numbered(h.legalBasis), numbered(h.qualifications))
        + pair('related', 'equipment', related, numbered(h.equipment))
        + pair('warnings', 'records', numbered(h.warnings), numbered(h.records)) + '</table>';
    const history = h.history.length
        ? `<table class="ident-grid history"><tr><th colspan="3">${esc(l.history)}</th></tr><tr><th>${esc(l.version)}</th><th>${esc(l.date)}</th><th>${esc(l.description)}</th></tr>`
            + h.history.map(e => `<tr><td>${esc(e.version)}</td><td>${esc(formatDate(e.date, lang))}</td><td>${escLines(e.description ?? '')}</td></tr>`).join('') + '</table>'
        : '';
    const density = identityDensity(model);
    const t = model.template;
    return `<section class="${sheetClasses(t.paper, t.identityOrientation)} identity${density ? ' ' + density : ''}"><table class="ident"><colgroup><col style="width:38%"><col style="width:18%"><col style="width:44%"></colgroup>`
        + first + rows.join('') + `</table>${purpose}${grid}${history}</section>`;
}
