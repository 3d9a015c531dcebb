/**
 * Compares two lists of facts field by field. Lists compare in order (the order of legal bases,
 * inputs or steps is part of the signed document), except the fields named unordered: the flow
 * of a row lists its arrows, whose written order means nothing.
 */
import type { Fact } from '../facts/document-facts.js';
import type { FieldChange, FieldValue } from '../types.js';

/** Fields whose list order carries no meaning. */
const UNORDERED = new Set(['flow']);

function normalised(key: string, v: FieldValue): FieldValue {
    return Array.isArray(v) && UNORDERED.has(key) ? [...v].sort() : v;
}

/** True when two values are the same (lists element by element). */
export function sameValue(key: string, a: FieldValue, b: FieldValue): boolean {
    const x = normalised(key, a), y = normalised(key, b);
    if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => v === y[i]);
    return x === y;
}

/** A value that says nothing: absent, empty text or empty list. */
export function isEmptyValue(v: FieldValue): boolean {
    return v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/**
 * The changed fields between two fact lists of the same kind of element. With one side missing
 * (an added or removed element) every field that holds something is listed against `null`.
 */
export function diffFacts(old: readonly Fact[] | undefined, neu: readonly Fact[] | undefined): FieldChange[] {
    const oldMap = new Map((old ?? []).map(f => [f.key, f.value] as const));
    const newMap = new Map((neu ?? []).map(f => [f.key, f.value] as const));
    const keys = [...new Set([...(neu ?? []).map(f => f.key), ...(old ?? []).map(f => f.key)])];
    const changes: FieldChange[] = [];
    for (const key of keys) {
        const a = old ? oldMap.get(key) ?? null : null;
        const b = neu ? newMap.get(key) ?? null : null;
        if (!old || !neu) {
            if (!isEmptyValue(old ? a : b)) changes.push({ field: key, old: old ? a : null, new: neu ? b : null });
        } else if (!sameValue(key, a, b)) {
            changes.push({ field: key, old: a, new: b });
        }
    }
    return changes;
}
