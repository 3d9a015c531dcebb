/**
 * The matching both pelaksana and steps use: items with the same id pair first; the rest pair
 * greedily by a score (best first, ties to the nearer place), so a renamed item is one change.
 */

/** Matched items (old index → new index, in new order) and the unmatched ones. */
export interface Match {
    pairs: Array<[number, number]>;
    removed: number[];
    added: number[];
    /** Old id → new id (unmatched ids map to themselves). */
    map(oldId: string): string;
}

/**
 * Pairs `old` and `neu` by `id`, then the leftovers by `score(i, j)` (undefined: never a pair).
 */
export function pairUp<T>(old: readonly T[], neu: readonly T[], id: (item: T) => string, score: (i: number, j: number) => number | undefined): Match {
    const pairs: Array<[number, number]> = [];
    const usedNew = new Set<number>();
    const newById = new Map<string, number>();
    neu.forEach((item, j) => { if (!newById.has(id(item))) newById.set(id(item), j); });
    const leftOld: number[] = [];
    old.forEach((item, i) => {
        const j = newById.get(id(item));
        if (j !== undefined && !usedNew.has(j)) { pairs.push([i, j]); usedNew.add(j); } else leftOld.push(i);
    });
    const leftNew = neu.map((_, j) => j).filter(j => !usedNew.has(j));
    const candidates: Array<{ i: number; j: number; score: number }> = [];
    for (const i of leftOld) {
        for (const j of leftNew) {
            const s = score(i, j);
            if (s !== undefined) candidates.push({ i, j, score: s });
        }
    }
    candidates.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
    const usedOld = new Set<number>();
    for (const c of candidates) {
        if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
        pairs.push([c.i, c.j]); usedOld.add(c.i); usedNew.add(c.j);
    }
    pairs.sort((a, b) => a[1] - b[1]);
    const ids = new Map(pairs.map(([i, j]) => [id(old[i]), id(neu[j])] as const));
    const matchedOld = new Set(pairs.map(p => p[0]));
    return {
        pairs,
        removed: old.map((_, i) => i).filter(i => !matchedOld.has(i)),
        added: neu.map((_, j) => j).filter(j => !usedNew.has(j)),
        map: oldId => ids.get(oldId) ?? oldId,
    };
}
