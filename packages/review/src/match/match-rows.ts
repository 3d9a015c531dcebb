/**
 * Matches the rows (steps) of two versions of an SOP: by id first; the rows left over are paired
 * when they are the same step under a new id, judged by kegiatan text, pelaksana, mutu baku and
 * place in the table. What stays unpaired was added or removed.
 */
import type { ProcedureRow, SopModel } from '@sop/language';
import { similarity } from './similarity.js';

/** Matched rows (old index → new index, in new order) and the unmatched ones. */
export interface RowMatch {
    pairs: Array<[number, number]>;
    removed: number[];
    added: number[];
    /** Old row id → new row id (unmatched ids map to themselves). */
    map(oldId: string): string;
}

/**
 * A renamed step must keep most of its kegiatan text (TEXT_FLOOR) and score MATCH_FLOOR overall;
 * a different step written in the same place shares some words ("surat") but not most of them.
 */
const TEXT_FLOOR = 0.35;
const MATCH_FLOOR = 0.6;

/** The pelaksana of each row's first symbol, by row index. */
function primaryLanes(model: SopModel): Array<string | undefined> {
    const lanes: Array<string | undefined> = model.rows.map(() => undefined);
    for (const n of model.nodes) if (lanes[n.row] === undefined) lanes[n.row] = n.lane;
    return lanes;
}

function mutuBaku(r: ProcedureRow): string {
    return [...r.inputs, r.time?.text ?? '', ...r.outputs].join(' ');
}

/** Matches rows by id, then renamed ones by similarity; `laneMap` turns old lane ids into new ones. */
export function matchRows(old: SopModel, neu: SopModel, laneMap: (id: string) => string): RowMatch {
    const pairs: Array<[number, number]> = [];
    const usedNew = new Set<number>();
    const newById = new Map<string, number>();
    neu.rows.forEach((r, j) => { if (!newById.has(r.id)) newById.set(r.id, j); });
    const leftOld: number[] = [];
    old.rows.forEach((r, i) => {
        const j = newById.get(r.id);
        if (j !== undefined && !usedNew.has(j)) { pairs.push([i, j]); usedNew.add(j); } else leftOld.push(i);
    });
    const leftNew = neu.rows.map((_, j) => j).filter(j => !usedNew.has(j));
    const candidates: Array<{ i: number; j: number; score: number }> = [];
    const oldLen = Math.max(1, old.rows.length - 1), newLen = Math.max(1, neu.rows.length - 1);
    const oldLanes = primaryLanes(old), newLanes = primaryLanes(neu);
    for (const i of leftOld) {
        const o = old.rows[i];
        const lane = oldLanes[i];
        for (const j of leftNew) {
            const n = neu.rows[j];
            const text = similarity(o.text, n.text);
            if (text < TEXT_FLOOR) continue;
            const sameLane = lane !== undefined && laneMap(lane) === newLanes[j] ? 1 : 0;
            const place = 1 - Math.abs(i / oldLen - j / newLen);
            const score = 0.55 * text + 0.15 * sameLane + 0.15 * similarity(mutuBaku(o), mutuBaku(n)) + 0.15 * place;
            if (score >= MATCH_FLOOR) candidates.push({ i, j, score });
        }
    }
    candidates.sort((a, b) => b.score - a.score || Math.abs(a.i - a.j) - Math.abs(b.i - b.j));
    const usedOld = new Set<number>();
    for (const c of candidates) {
        if (usedOld.has(c.i) || usedNew.has(c.j)) continue;
        pairs.push([c.i, c.j]); usedOld.add(c.i); usedNew.add(c.j);
    }
    pairs.sort((a, b) => a[1] - b[1]);
    const ids = new Map(pairs.map(([i, j]) => [old.rows[i].id, neu.rows[j].id] as const));
    const matchedOld = new Set(pairs.map(p => p[0]));
    return {
        pairs,
        removed: old.rows.map((_, i) => i).filter(i => !matchedOld.has(i)),
        added: neu.rows.map((_, j) => j).filter(j => !usedNew.has(j)),
        map: id => ids.get(id) ?? id,
    };
}
