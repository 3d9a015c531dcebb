/**
 * Times of the review: the critical path of an SOP, and the Standar Pelayanan time check (rule
 * SOP-P17: the SP's most generous promised time against the lower bound of each linked SOP's
 * critical path), computed on each side from that side's models.
 */
import { formatMinutes, formatRange, type CriticalPath, type DocumentModel, type ServiceStandardModel, type SopModel } from '@sop/language/model';
import type { ReviewLang, TimeCheck, TimeCheckState, TimeSpan } from '../types.js';

/** The critical path as a time span, or `null` when no path from the start to an end exists. */
export function timeSpan(cp: CriticalPath, lang: ReviewLang): TimeSpan | null {
    if (cp.nodeIds.length === 0) return null;
    return { minMinutes: cp.minMinutes, maxMinutes: cp.maxMinutes, text: formatRange(cp.minMinutes, cp.maxMinutes, lang) };
}

/** The SP's longest promised service time in minutes (the validator compares with the same). */
function limitOf(sp: ServiceStandardModel): number | undefined {
    const maxes = sp.serviceTime.map(v => v.duration.maxMinutes).filter((m): m is number => m !== undefined);
    return maxes.length ? Math.max(...maxes) : undefined;
}

function check(sp: ServiceStandardModel, sop: SopModel, lang: ReviewLang): TimeCheckState | undefined {
    const limit = limitOf(sp);
    if (limit === undefined) return undefined;
    const cp = sop.criticalPath;
    return {
        limitMinutes: limit,
        criticalMinMinutes: cp.minMinutes,
        exceeded: cp.minMinutes > limit,
        text: `${formatRange(cp.minMinutes, cp.maxMinutes, lang)} / ${formatMinutes(limit, lang)}`,
    };
}

/** Every time check a document takes part in on one side, by `sp|sop`. */
export function timeChecksOf(doc: DocumentModel | undefined, context: readonly DocumentModel[], lang: ReviewLang): Map<string, { sp: string; sop: string; state: TimeCheckState }> {
    const out = new Map<string, { sp: string; sop: string; state: TimeCheckState }>();
    const add = (sp: ServiceStandardModel, sop: SopModel) => {
        const state = check(sp, sop, lang);
        if (state) out.set(`${sp.id}|${sop.id}`, { sp: sp.id, sop: sop.id, state });
    };
    if (doc?.kind === 'sp') {
        for (const link of doc.procedures) {
            const sop = context.find((m): m is SopModel => m.kind === 'sop' && m.id === link.id);
            if (sop) add(doc, sop);
        }
    } else if (doc?.kind === 'sop') {
        for (const sp of context) {
            if (sp.kind === 'sp' && sp.procedures.some(p => p.id === doc.id)) add(sp, doc);
        }
    }
    return out;
}

/** The checks of a document before and after, in a stable order. */
export function diffTimeChecks(old: DocumentModel | undefined, neu: DocumentModel | undefined, oldContext: readonly DocumentModel[], newContext: readonly DocumentModel[], lang: ReviewLang): TimeCheck[] {
    const a = timeChecksOf(old, oldContext, lang), b = timeChecksOf(neu, newContext, lang);
    const keys = [...new Set([...b.keys(), ...a.keys()])];
    return keys.map(k => {
        const x = a.get(k), y = b.get(k);
        return { sp: (y ?? x)!.sp, sop: (y ?? x)!.sop, old: x?.state ?? null, new: y?.state ?? null };
    });
}

/** A check whose outcome or numbers differ between the sides. */
export function timeCheckChanged(c: TimeCheck): boolean {
    return timeCheckOutcomeChanged(c) || c.old?.text !== c.new?.text;
}

/** A promise exceeded on one side and not on the other (a check that appears already kept is no news). */
export function timeCheckOutcomeChanged(c: TimeCheck): boolean {
    return (c.old?.exceeded ?? false) !== (c.new?.exceeded ?? false);
}

/**
 * The checks a report shows for a document: all of a Standar Pelayanan's (its promise is the
 * subject), an SOP's only where the outcome changed (its critical path is shown anyway).
 */
export function shownTimeChecks(kind: 'sop' | 'sp' | 'collection', checks: readonly TimeCheck[]): TimeCheck[] {
    return checks.filter(c => (kind === 'sp' ? true : timeCheckOutcomeChanged(c)));
}
