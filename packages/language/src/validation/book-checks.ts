/**
 * Checks of an SOP book against the workspace (BOOK-01, BOOK-03..06, MON-01) and of SOP numbers
 * across the workspace (BOOK-02). The book's SOPs are found by id in any file; what does not
 * resolve is DOC-05 (sop-document-validator.ts).
 */
import { AstUtils, URI, UriUtils } from 'langium';
import * as ast from '../generated/ast.js';
import type { CollectionModel, SopModel } from '../model/model-types.js';
import { refField, textField } from '../model/sop-model-builder.js';
import { compareDates, formatDate } from '../model/dates.js';
import { phrase, phrases } from '../i18n/phrases.js';
import { bookFacts, normalised } from './book-index.js';
import { nameTarget, type CheckContext } from './check-context.js';

/** A numbering pattern as a regular expression: `#` one digit, `*` any text, the rest literally (spaces and case ignored). */
export function numberPatternRegExp(pattern: string): RegExp {
    const body = normalised(pattern).split('').map(c => (c === '#' ? '\\d' : c === '*' ? '.*' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('');
    return new RegExp(`^${body}$`);
}

/** `iso` (yyyy-mm or yyyy-mm-dd) plus `months`, as yyyy-mm-dd (a month-only date counts from its first day). */
export function addMonths(iso: string, months: number): string {
    const [y, m, d] = iso.split('-').map(Number);
    const total = y * 12 + (m - 1) + months;
    const year = Math.floor(total / 12), month = (total % 12) + 1;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d || 1).padStart(2, '0')}`;
}

/** The last date an SOP was monitored (ISO), over every round that assessed it. */
export function lastMonitored(sopId: string, facts = undefined as ReturnType<typeof bookFacts> | undefined): string | undefined {
    const dates = (facts?.assessments.get(sopId) ?? []).map(a => a.date?.iso).filter((d): d is string => !!d).sort();
    return dates.at(-1);
}

function resolvedLogo(uri: string | undefined, logo: string | undefined): string | undefined {
    if (!uri || !logo) return undefined;
    try {
        return UriUtils.resolvePath(UriUtils.dirname(URI.parse(uri)), logo).toString();
    } catch {
        return undefined;
    }
}

/** BOOK-01, BOOK-03..06 and MON-01 on a koleksi. */
export function checkBook(ctx: CheckContext<ast.Collection, CollectionModel>): void {
    const { doc, model, reporter, services } = ctx;
    const facts = bookFacts(services.shared);
    const contents = refField(doc, 'contents');
    const listed = new Set<string>();
    const pattern = model.numberPattern ? numberPatternRegExp(model.numberPattern) : undefined;
    const bookUnit = normalised(model.unit);
    const bookLogo = resolvedLogo(model.uri, model.logo);
    const decree = model.enactment?.date;
    const today = services.sop.Settings.today;
    (contents?.items ?? []).forEach((item, index) => {
        const sop = item.ref?.ref;
        if (!sop) return;
        listed.add(sop.name);
        const target = { node: contents!, property: 'items', index };
        const m = services.sop.Models.getModel(sop) as SopModel;
        const number = m.header.number;
        if (pattern && number && !pattern.test(normalised(number))) reporter.report('BOOK-03', target, [number, sop.name, model.numberPattern]);
        if (bookUnit && m.header.unit && !normalised(m.header.unit).startsWith(bookUnit)) reporter.report('BOOK-04', target, [sop.name, m.header.unit, model.unit]);
        const sopLogo = resolvedLogo(m.uri, m.header.logo);
        if (bookLogo && sopLogo && sopLogo !== bookLogo) reporter.report('BOOK-05', target, [sop.name, m.header.logo, model.logo]);
        if (decree?.iso && m.header.effective?.iso && (compareDates(m.header.effective, decree) ?? 0) > 0) {
            reporter.report('BOOK-06', target, [sop.name, formatDate(m.header.effective, reporter.lang), formatDate(decree, reporter.lang)]);
        }
        const last = lastMonitored(sop.name, facts);
        if (!last || addMonths(last, 6) < today) {
            reporter.report('MON-01', target, [sop.name, last ? phrase(phrases.monLast, reporter.lang, formatDate({ text: last, iso: last, precision: last.length > 7 ? 'day' : 'month' }, reporter.lang)) : reporter.t(phrases.monNever), today]);
        }
    });
    // BOOK-01: SOPs of the book's unit (the same unit or one of its sub-units) that no book lists.
    if (!bookUnit) return;
    const self = AstUtils.getDocument(doc).uri.toString();
    for (const { sop, uri } of facts.sops) {
        if (!sop.name || listed.has(sop.name) || (facts.booksOf.get(sop.name) ?? []).length > 0) continue;
        const unit = normalised(textField(sop, 'unit')?.value?.items?.join(', '));
        if (!unit.startsWith(bookUnit)) continue;
        const where = uri === self ? sop.name : decodeURIComponent(uri.split('/').pop() ?? uri);
        reporter.report('BOOK-01', contents ? { node: contents, keyword: contents.key } : nameTarget(doc), [sop.name, where]);
    }
}

/** BOOK-02 on an SOP: its number is used by another SOP of the workspace. */
export function checkSopNumber(ctx: CheckContext<ast.Sop, SopModel>): void {
    const { doc, model, reporter, services } = ctx;
    const number = normalised(model.header.number);
    if (!number) return;
    const others = (bookFacts(services.shared).byNumber.get(number) ?? []).filter(o => o.sop !== doc && o.sop.name !== doc.name);
    if (others.length === 0) return;
    const field = textField(doc, 'number')!;
    const other = others[0];
    reporter.report('BOOK-02', { node: field, property: 'value' }, [model.header.number, other.sop.name, decodeURIComponent(other.uri.split('/').pop() ?? other.uri)]);
}
