/**
 * Matches the pelaksana (lanes) of two versions of an SOP: by id, then, for a renamed id, by a
 * title that is the same or nearly so. The result maps old lane ids to new ones, which the step
 * facts of the old version use so that renaming a pelaksana is one change, not one per step.
 */
import type { Lane } from '@sop/language';
import { similarity } from './similarity.js';

/** Matched lanes (old index → new index) and the unmatched ones. */
export interface LaneMatch {
    pairs: Array<[number, number]>;
    removed: number[];
    added: number[];
    /** Old lane id → new lane id (unmatched ids map to themselves). */
    map(oldId: string): string;
}

/** Title similarity from which an unmatched pair is taken for one pelaksana with a new id. */
const SAME_TITLE = 0.6;

/** Matches lanes by id, then by title. */
export function matchLanes(old: readonly Lane[], neu: readonly Lane[]): LaneMatch {
    const pairs: Array<[number, number]> = [];
    const usedNew = new Set<number>();
    const newById = new Map<string, number>();
    neu.forEach((l, i) => { if (!newById.has(l.id)) newById.set(l.id, i); });
    const leftOld: number[] = [];
    old.forEach((l, i) => {
        const j = newById.get(l.id);
        if (j !== undefined && !usedNew.has(j)) { pairs.push([i, j]); usedNew.add(j); } else leftOld.push(i);
    });
    const candidates: Array<{ i: number; j: number; score: number }> = [];
    for (const i of leftOld) {
        neu.forEach((l, j) => {
            if (usedNew.has(j)) return;
            const score = similarity(old[i].title, l.title);
            if (score >= SAME_TITLE) candidates.push({ i, j, score });
        });
    }
    candidates.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
    const usedOld = new Set<number>();
    for (const c of candidates) {
        if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
        pairs.push([c.i, c.j]); usedOld.add(c.i); usedNew.add(c.j);
    }
    pairs.sort((a, b) => a[1] - b[1]);
    const ids = new Map(pairs.map(([i, j]) => [old[i].id, neu[j].id] as const));
    const matchedOld = new Set(pairs.map(p => p[0]));
    return {
        pairs,
        removed: old.map((_, i) => i).filter(i => !matchedOld.has(i)),
        added: neu.map((_, j) => j).filter(j => !usedNew.has(j)),
        map: id => ids.get(id) ?? id,
    };
}
