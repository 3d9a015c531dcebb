/**
 * Which matched elements moved: the pairs (old index, new index) outside a longest increasing
 * subsequence of new indices taken in old order. Those that stay in relative order are the
 * largest possible set, so moving one step reports one step, not everything it jumped over.
 */

/** The indexes (into `pairs`) of the pairs that moved. O(n log n). */
export function movedPairs(pairs: ReadonlyArray<readonly [number, number]>): Set<number> {
    const order = pairs.map((p, i) => ({ p, i })).sort((a, b) => a.p[0] - b.p[0]);
    // Patience sorting: tails[k] = position in `order` of the smallest tail of an increasing run of length k+1.
    const tails: number[] = [];
    const prev: number[] = new Array(order.length).fill(-1);
    order.forEach((o, k) => {
        let lo = 0, hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (order[tails[mid]].p[1] < o.p[1]) lo = mid + 1; else hi = mid;
        }
        prev[k] = lo > 0 ? tails[lo - 1] : -1;
        tails[lo] = k;
    });
    const kept = new Set<number>();
    for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) kept.add(order[k].i);
    return new Set(pairs.map((_, i) => i).filter(i => !kept.has(i)));
}
