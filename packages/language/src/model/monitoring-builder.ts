/**
 * The semantic model of a monitoring round (`pemantauan` / `monitoring`), Permenpan RB 35/2012
 * Tabel 7: date, assessor, and per SOP the assessment, notes, action and initials.
 */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { canonicalKey } from '../syntax/keywords.js';
import { cellItems, dateInfo, documentLink, rangeOf, str } from './ast-values.js';
import type { DocumentLink, MonitoringModel } from './model-types.js';

/** The book a round names, as a link (resolved when the koleksi is in the workspace). */
function bookLink(use: ast.BookUse | undefined): DocumentLink | undefined {
    if (!use) return undefined;
    const target = use.ref?.ref;
    if (!target) return { id: use.ref?.$refText, text: use.ref?.$refText ?? '', resolved: false };
    return { id: target.name, text: (target.title ?? target.name).trim(), resolved: true, uri: AstUtils.getDocument(target).uri.toString() };
}

/** Builds the model of one monitoring round. */
export function buildMonitoringModel(m: ast.Monitoring, uri?: string): MonitoringModel {
    const assessed = m.members.find(ast.isAssessed);
    const rows = m.members.filter(ast.isAssessments).flatMap(a => a.rows ?? []);
    return {
        kind: 'monitoring',
        id: m.name ?? '',
        title: str(m.title),
        date: dateInfo(assessed?.date),
        assessor: assessed ? { role: str(assessed.role), person: assessed.person?.trim(), nip: assessed.nip?.trim() } : undefined,
        book: bookLink(m.members.find(ast.isBookUse)),
        rows: rows.map(r => ({
            sop: documentLink(r.sop),
            result: canonicalKey(r.result ?? '') === 'not-good' ? 'not-good' : 'good',
            notes: cellItems(r.notes),
            action: cellItems(r.action),
            revision: r.revision === true,
            initials: cellItems(r.initials),
            range: rangeOf(r),
        })),
        uri,
        range: rangeOf(m),
    };
}
