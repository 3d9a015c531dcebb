/**
 * Matches the pelaksana (lanes) of two versions of an SOP: by id, then, for a renamed id, by a
 * title that is the same or nearly so. The result maps old lane ids to new ones, which the step
 * facts of the old version use so that renaming a pelaksana is one change, not one per step.
 */
import type { Lane } from '@sop/language/model';
import { similarity } from './similarity.js';
import { pairUp, type Match } from './pair-up.js';

/** Matched lanes (old index → new index) and the unmatched ones. */
export type LaneMatch = Match;

/** Title similarity from which an unmatched pair is taken for one pelaksana with a new id. */
const SAME_TITLE = 0.6;

/** Matches lanes by id, then by title. */
export function matchLanes(old: readonly Lane[], neu: readonly Lane[]): LaneMatch {
    return pairUp(old, neu, l => l.id, (i, j) => {
        const score = similarity(old[i].title, neu[j].title);
        return score >= SAME_TITLE ? score : undefined;
    });
}
