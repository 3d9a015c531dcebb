/**
 * SOP AP identity block (bagian identitas), rules SOP-H01..H15 of Permenpan RB 35/2012.
 */
import * as ast from '../generated/ast.js';
import type { DateInfo, SopModel } from '../model/model-types.js';
import { compareDates } from '../model/dates.js';
import { dateField, refField, textField } from '../model/sop-model-builder.js';
import { str } from '../model/ast-values.js';
import { phrase, phrases } from '../i18n/phrases.js';
import { componentName } from '../syntax/keywords.js';
import { nameTarget, type CheckContext } from './check-context.js';

/** Superseded instruments and what replaced them (domain reference §0). */
const superseded: ReadonlyArray<{ pattern: RegExp; by: string }> = [
    { pattern: /PER\s*\/\s*21\s*\/\s*M\.?\s*PAN\s*\/\s*11\s*\/\s*2008/i, by: 'Permenpan RB 35/2012' },
    { pattern: /(Nomor|No\.?)\s*21\s*Tahun\s*2008.*(SOP|Standar Operasional|Administrasi Pemerintahan)/i, by: 'Permenpan RB 35/2012' },
    { pattern: /(Permenpan|PermenPAN|Peraturan Menteri[^"]*Aparatur)[^"]*(Nomor|No\.?)?\s*36\s*Tahun\s*2012/i, by: 'Permenpan RB 15/2014' },
];

type SopCtx = CheckContext<ast.Sop, SopModel>;

function checkDate(ctx: SopCtx, code: 'SOP-H04' | 'SOP-H05', field: ast.DateField | undefined, info: DateInfo | undefined): void {
    const { reporter, doc } = ctx;
    if (!field || !info) {
        reporter.report(code, nameTarget(doc), [reporter.t(phrases.missing)]);
    } else if (info.precision === 'none') {
        reporter.report(code, { node: field, property: 'value' }, [reporter.t(phrases.noneNotAllowed)]);
    } else if (info.precision === 'invalid') {
        reporter.report(code, { node: field, property: 'value' }, [phrase(phrases.unreadable, reporter.lang, info.text)]);
    } else if (info.precision === 'month') {
        reporter.report('SOP-H08', { node: field, property: 'value' }, [info.text]);
    }
}

/** Runs SOP-H01..H15 on one SOP. */
export function checkIdentity(ctx: SopCtx): void {
    const { doc, model, reporter } = ctx;
    const h = model.header;
    if (!model.title) reporter.report('SOP-H01', nameTarget(doc));
    if (!h.number) reporter.report('SOP-H02', textField(doc, 'number') ? { node: textField(doc, 'number')!, property: 'value' } : nameTarget(doc));
    if (!h.unit) reporter.report('SOP-H03', textField(doc, 'unit') ? { node: textField(doc, 'unit')!, property: 'value' } : nameTarget(doc));
    else if (!h.logo) reporter.report('SOP-H03L', { node: textField(doc, 'unit')!, property: 'key' });

    const created = dateField(doc, 'created');
    const effective = dateField(doc, 'effective') ?? dateField(doc, 'approval-date');
    const revised = dateField(doc, 'revised');
    checkDate(ctx, 'SOP-H04', created, h.created);
    checkDate(ctx, 'SOP-H05', effective, h.effective);
    if (!revised) {
        reporter.report('SOP-H06', nameTarget(doc));
    } else if (h.revised?.precision === 'invalid') {
        reporter.report('SOP-H08', { node: revised, property: 'value' }, [h.revised.text]);
    } else if (h.revised?.precision === 'month') {
        reporter.report('SOP-H08', { node: revised, property: 'value' }, [h.revised.text]);
    }
    // SOP-H07: pembuatan <= efektif, pembuatan <= revisi.
    if (h.created?.iso) {
        for (const [field, info, label] of [[effective, h.effective, phrases.effectiveDate], [revised, h.revised, phrases.revisionDate]] as const) {
            if (field && info?.iso && (compareDates(info, h.created) ?? 0) < 0) {
                reporter.report('SOP-H07', { node: field, property: 'value' }, [reporter.t(label), info.text, h.created.text]);
            }
        }
    }
    // SOP-H15: a revision date after the effective date is a planned review; warn once it has passed.
    if (revised && h.revised?.iso && h.effective?.iso && (compareDates(h.revised, h.effective) ?? 0) > 0) {
        const today = { text: ctx.services.sop.Settings.today, iso: ctx.services.sop.Settings.today, precision: 'day' as const };
        if ((compareDates(h.revised, today) ?? 0) < 0) {
            reporter.report('SOP-H15', { node: revised, property: 'value' }, [h.revised.text, today.text]);
        }
    }

    // SOP-H09 / H10: approval.
    const approval = doc.members.find(ast.isApproval);
    if (!approval) {
        reporter.report('SOP-H09', nameTarget(doc), [reporter.t(phrases.approvalMissing)]);
    } else {
        if (!str(approval.role)) reporter.report('SOP-H09', { node: approval, property: 'role' }, [reporter.t(phrases.approvalNoRole)]);
        if (!approval.person?.trim()) reporter.report('SOP-H09', { node: approval, property: approval.person !== undefined ? 'person' : 'role' }, [reporter.t(phrases.approvalNoName)]);
        if (!approval.nip?.trim()) {
            reporter.report('SOP-H09N', { node: approval, property: 'role' });
        } else {
            const digits = approval.nip.replace(/\s+/g, '');
            if (!/^\d{18}$/.test(digits)) {
                reporter.report('SOP-H10', { node: approval, property: 'nip' }, [approval.nip.trim(), digits.replace(/\D/g, '').length]);
            }
        }
    }

    // SOP-H11 / H12: legal basis.
    const legal = textField(doc, 'legal-basis');
    if (h.legalBasis.length === 0) {
        reporter.report('SOP-H11', legal ? { node: legal, property: 'value' } : nameTarget(doc));
    } else if (legal?.value) {
        (legal.value.items ?? []).forEach((item, index) => {
            const hit = superseded.find(s => s.pattern.test(item));
            if (hit) reporter.report('SOP-H12', { node: legal.value, property: 'items', index }, [str(item), hit.by]);
        });
    }

    // SOP-H13: the remaining identity components.
    for (const key of ['qualifications', 'equipment', 'warnings', 'records'] as const) {
        const f = textField(doc, key);
        // A component written as "" (blank, as some signed documents print it) is still missing.
        if (!f || h[key].every(item => item.trim() === '')) {
            reporter.report('SOP-H13', f ? { node: f, property: 'value' } : nameTarget(doc), [componentName(key, reporter.lang)], { component: key });
        }
    }

    // SOP-H14: keterkaitan present (`-` allowed); unresolved ids are linking diagnostics.
    if (!refField(doc, 'related')) reporter.report('SOP-H14M', nameTarget(doc));
}
