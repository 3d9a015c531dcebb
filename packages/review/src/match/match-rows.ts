/**
 * Matches the rows (steps) of two versions of an SOP: by id first; the rows left over are paired
 * when they are the same step under a new id, judged by kegiatan text, pelaksana, mutu baku and
 * place in the table. What stays unpaired was added or removed.
 */
import type { ProcedureRow, SopModel } from '@sop/language/model';
import { similarity } from './similarity.js';
import { pairUp, type Match } from './pair-up.js';

/** Matched rows (old index → new index, in new order) and the unmatched ones. */
export type RowMatch = Match;

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
    const oldLen = Math.max(1, old.rows.length - 1), newLen = Math.max(1, neu.rows.length - 1);
    const oldLanes = primaryLanes(old), newLanes = primaryLanes(neu);
    return pairUp(old.rows, neu.rows, r => r.id, (i, j) => {
        const o = old.rows[i], n = neu.rows[j];
        const text = similarity(o.text, n.text);
        if (text < TEXT_FLOOR) return undefined;
        const lane = oldLanes[i];
        const sameLane = lane !== undefined && laneMap(lane) === newLanes[j] ? 1 : 0;
        const place = 1 - Math.abs(i / oldLen - j / newLen);
        const score = 0.55 * text + 0.15 * sameLane + 0.15 * similarity(mutuBaku(o), mutuBaku(n)) + 0.15 * place;
        return score >= MATCH_FLOOR ? score : undefined;
    });
}
