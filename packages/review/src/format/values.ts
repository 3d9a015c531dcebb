/**
 * How a changed value is shown to the reviewer, shared by the text and Markdown reports: a list
 * as the items it gained and lost (a long legal-basis list is not repeated for one new line),
 * a single value as old → new.
 */
import { t } from '../i18n.js';
import type { FieldChange, FieldValue, ReviewLang } from '../types.js';

/** What a list gained and lost, counting repeated items; `reordered` when only the order changed. */
export interface ListDelta {
    added: string[];
    removed: string[];
    reordered: boolean;
}

/** Items of `neu` not in `old` and the reverse, as multisets in written order. */
export function listDelta(old: readonly string[], neu: readonly string[]): ListDelta {
    const left = new Map<string, number>();
    for (const v of old) left.set(v, (left.get(v) ?? 0) + 1);
    const added: string[] = [];
    for (const v of neu) {
        const c = left.get(v) ?? 0;
        if (c > 0) left.set(v, c - 1); else added.push(v);
    }
    const removed: string[] = [];
    const right = new Map<string, number>();
    for (const v of neu) right.set(v, (right.get(v) ?? 0) + 1);
    for (const v of old) {
        const c = right.get(v) ?? 0;
        if (c > 0) right.set(v, c - 1); else removed.push(v);
    }
    return { added, removed, reordered: added.length === 0 && removed.length === 0 };
}

/**
 * True when the change is best shown item by item (both sides are lists, or one is absent); a
 * list of one item that became another single item reads better as old → new.
 */
export function isListChange(c: FieldChange): boolean {
    const single = Array.isArray(c.old) && Array.isArray(c.new) && c.old.length === 1 && c.new.length === 1;
    return !single && (Array.isArray(c.old) || c.old === null) && (Array.isArray(c.new) || c.new === null) && (Array.isArray(c.old) || Array.isArray(c.new));
}

/** A value on one line: a text in quotes, a list joined with `; `, absent as "(none)". */
export function showValue(v: FieldValue, lang: ReviewLang, quote = (s: string) => `"${s}"`): string {
    if (v === null) return t('none', lang);
    if (Array.isArray(v)) return v.length ? v.map(quote).join('; ') : t('empty', lang);
    // Flags (published, system, page break, template switches) are stored as 'true' / 'false'.
    if (v === 'true') return t('yes', lang);
    if (v === 'false') return t('no', lang);
    return quote(v);
}
