/**
 * The generic profile (ISO 9001:2015 §7.5, EPA QA/G-6, 40 CFR 792.81): rules GEN-01..06 for SOPs
 * written by organisations outside the Indonesian regulation.
 */
import * as ast from '../generated/ast.js';
import type { SopModel } from '../model/model-types.js';
import { stepsOf } from '../model/sop-model-builder.js';
import { str } from '../model/ast-values.js';
import { phrase, phrases } from '../i18n/phrases.js';
import { nameTarget, type CheckContext } from './check-context.js';

type SopCtx = CheckContext<ast.Sop, SopModel>;

const warningWords = /\b(warning|caution|danger|hazard|peringatan|awas|hati-hati|bahaya)\b/i;

/** Runs GEN-01..06 on one SOP (only reported under the generic profile). */
export function checkGeneric(ctx: SopCtx): void {
    const { doc, model, reporter } = ctx;
    if (model.profile !== 'generic') return;
    const h = model.header;
    const missing = (cond: boolean, p: typeof phrases.genTitle) => (cond ? [] : [reporter.t(p)]);
    const ident = [
        ...missing(!!model.title, phrases.genTitle),
        ...missing(!!h.number, phrases.genNumber),
        ...missing(!!h.version, phrases.genVersion),
        ...missing(!!h.effective?.iso, phrases.genEffective),
    ];
    if (ident.length) reporter.report('GEN-01', nameTarget(doc), [ident.join(', ')]);

    const approval = doc.members.find(ast.isApproval);
    const appr = [
        ...missing(!!(str(approval?.role) && str(approval?.person)), phrases.genApprover),
        ...missing(!!h.approval?.date?.iso, phrases.genApprovalDate),
    ];
    if (appr.length) reporter.report('GEN-02', approval ? { node: approval, property: 'role' } : nameTarget(doc), [appr.join(', ')]);

    if (h.purpose.length === 0 && h.scope.length === 0) reporter.report('GEN-03', nameTarget(doc), [reporter.t(phrases.genScope)]);
    if (model.lanes.length === 0) reporter.report('GEN-03', nameTarget(doc), [reporter.t(phrases.genResponsibilities)]);

    const history = doc.members.find(ast.isHistory);
    if (!history || history.entries.length === 0) {
        reporter.report('GEN-04', history ? { node: history } : nameTarget(doc), [reporter.t(phrases.genNoHistory)]);
    } else {
        history.entries.forEach((entry, index) => {
            if (!h.history[index]?.date.iso) reporter.report('GEN-04', { node: entry, property: 'date' }, [phrase(phrases.genHistoryNoDate, reporter.lang, entry.version)]);
        });
        if (h.version && !h.history.some(e => e.version === h.version)) {
            reporter.report('GEN-04', { node: history }, [phrase(phrases.genHistoryNoCurrent, reporter.lang, h.version)]);
        }
    }

    if (h.warnings.length === 0) {
        for (const step of stepsOf(doc)) {
            const notes = step.note && !step.note.none ? step.note.values.join(' ') : '';
            if (warningWords.test(notes)) reporter.report('GEN-05', { node: step, property: 'note' });
        }
    }
    if (h.records.length === 0) reporter.report('GEN-06', nameTarget(doc));
}
