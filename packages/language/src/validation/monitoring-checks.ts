/**
 * Checks of a monitoring round (Permenpan RB 35/2012, Tabel 7): its date and assessor (MON-06),
 * an SOP that does not run well without an action (MON-02), a revision asked for and not done
 * (MON-03). An assessed SOP or a book that is not in the workspace is MON-04 / MON-05
 * (sop-document-validator.ts).
 */
import * as ast from '../generated/ast.js';
import type { SopModel } from '../model/model-types.js';
import { compareDates, formatDate } from '../model/dates.js';
import { cellItems, dateInfo } from '../model/ast-values.js';
import { canonicalKey } from '../syntax/keywords.js';
import { phrases } from '../i18n/phrases.js';
import { nameTarget, type CheckContext } from './check-context.js';

export function checkMonitoring(ctx: Omit<CheckContext<ast.Monitoring>, 'model'>): void {
    const { doc, reporter, services } = ctx;
    const assessed = doc.members.find(ast.isAssessed);
    const date = dateInfo(assessed?.date);
    if (!assessed || !date?.iso || !assessed.role?.trim()) reporter.report('MON-06', assessed ? { node: assessed, keyword: assessed.$cstNode?.text.split(/\s/)[0] } : nameTarget(doc));
    for (const row of doc.members.filter(ast.isAssessments).flatMap(a => a.rows ?? [])) {
        const sop = row.sop?.ref;
        const id = row.sop?.$refText ?? '';
        const notGood = canonicalKey(row.result ?? '') === 'not-good';
        const noAction = cellItems(row.action).length === 0;
        if (notGood && noAction) reporter.report('MON-02', { node: row, property: 'result' }, [id]);
        if (row.revision && sop && date?.iso) {
            const revised = (services.sop.Models.getModel(sop) as SopModel).header.revised;
            const done = revised?.iso !== undefined && (compareDates(revised, date) ?? 0) > 0;
            if (!done) {
                reporter.report('MON-03', { node: row, property: 'action' },
                    [formatDate(date, reporter.lang), id, revised?.iso ? formatDate(revised, reporter.lang) : reporter.t(phrases.monNoRevision)]);
            }
        }
    }
}
