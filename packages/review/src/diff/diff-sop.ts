/**
 * The semantic diff of two versions of one SOP: identity fields, pelaksana (added, removed,
 * renamed, reordered), steps (added, removed, renamed, moved, each changed field old → new) and
 * the critical path. The old version's facts are written in the new version's ids, so a renamed
 * step or pelaksana is reported once, where it was renamed.
 */
import type { SopModel } from '@sop/language/model';
import { sopFacts, type Fact } from '../facts/document-facts.js';
import { sameIds, stepFacts, type IdMaps } from '../facts/step-facts.js';
import { matchLanes } from '../match/match-lanes.js';
import { matchRows } from '../match/match-rows.js';
import { movedPairs } from '../match/order.js';
import type { FieldChange, LaneChange, ReviewLang, StepChange, TimeSpan } from '../types.js';
import { diffFacts } from './field-diff.js';
import { timeSpan } from './time.js';

/** What {@link diffSop} finds, and the step renames the diagnostics diff needs. */
export interface SopDiff {
    fields: FieldChange[];
    lanes: LaneChange[];
    steps: StepChange[];
    criticalPath: { old: TimeSpan | null; new: TimeSpan | null };
    /** Old step id → new step id. */
    stepMap(oldId: string): string;
}

function laneFacts(title: string, system: boolean): Fact[] {
    return [{ key: 'title', value: title }, { key: 'system', value: system ? 'true' : null }];
}

function diffLanes(old: SopModel, neu: SopModel, match: ReturnType<typeof matchLanes>): LaneChange[] {
    const changes: LaneChange[] = [];
    const moved = movedPairs(match.pairs);
    match.pairs.forEach(([i, j], k) => {
        const o = old.lanes[i], n = neu.lanes[j];
        const fields = diffFacts(laneFacts(o.title, o.system), laneFacts(n.title, n.system));
        const renamed = o.id !== n.id || o.title !== n.title;
        if (fields.length === 0 && !renamed && !moved.has(k)) return;
        changes.push({
            status: 'changed', id: n.id, oldId: o.id !== n.id ? o.id : undefined, title: n.title,
            renamed, moved: moved.has(k), index: { old: i, new: j }, fields,
        });
    });
    for (const j of match.added) {
        const n = neu.lanes[j];
        changes.push({ status: 'added', id: n.id, title: n.title, renamed: false, moved: false, index: { old: null, new: j }, fields: diffFacts(undefined, laneFacts(n.title, n.system)) });
    }
    for (const i of match.removed) {
        const o = old.lanes[i];
        changes.push({ status: 'removed', id: o.id, title: o.title, renamed: false, moved: false, index: { old: i, new: null }, fields: diffFacts(laneFacts(o.title, o.system), undefined) });
    }
    return changes.sort((a, b) => (a.index.new ?? a.index.old ?? 0) - (b.index.new ?? b.index.old ?? 0));
}

function value(facts: readonly Fact[], key: string): string {
    const v = facts.find(f => f.key === key)?.value;
    return Array.isArray(v) ? v.join(', ') : v ?? '';
}

/** Diffs two versions of an SOP; either side may be missing (an added or removed SOP). */
export function diffSop(old: SopModel | undefined, neu: SopModel | undefined, lang: ReviewLang): SopDiff {
    const empty = { ...(old ?? neu)!, lanes: [], rows: [], nodes: [], edges: [] } as SopModel;
    const a = old ?? empty, b = neu ?? empty;
    const lanes = matchLanes(a.lanes, b.lanes);
    const rows = matchRows(a, b, lanes.map);
    const oldMaps: IdMaps = { lane: lanes.map, row: rows.map };
    const oldSteps = stepFacts(a, oldMaps, lang);
    const newSteps = stepFacts(b, sameIds, lang);
    const steps: Array<StepChange & { place: number }> = [];
    const moved = movedPairs(rows.pairs);
    rows.pairs.forEach(([i, j], k) => {
        const fields = diffFacts(oldSteps[i], newSteps[j]);
        const renamed = a.rows[i].id !== b.rows[j].id;
        if (fields.length === 0 && !renamed && !moved.has(k)) return;
        steps.push({
            status: 'changed', id: b.rows[j].id, oldId: renamed ? a.rows[i].id : undefined,
            number: { old: a.rows[i].number, new: b.rows[j].number }, text: b.rows[j].text, lane: value(newSteps[j], 'lane'),
            renamed, moved: moved.has(k), fields, place: j,
        });
    });
    for (const j of rows.added) {
        steps.push({
            status: 'added', id: b.rows[j].id, number: { old: null, new: b.rows[j].number }, text: b.rows[j].text,
            lane: value(newSteps[j], 'lane'), renamed: false, moved: false, fields: diffFacts(undefined, newSteps[j]), place: j,
        });
    }
    // A removed step stays where it stood: after the new row that took the place of the row before it.
    const newIndexOfOld = new Map(rows.pairs.map(([i, j]) => [i, j] as const));
    for (const i of rows.removed) {
        let before = i - 1;
        while (before >= 0 && !newIndexOfOld.has(before)) before--;
        const anchor = before >= 0 ? newIndexOfOld.get(before)! : -1;
        steps.push({
            status: 'removed', id: a.rows[i].id, number: { old: a.rows[i].number, new: null }, text: a.rows[i].text,
            lane: value(oldSteps[i], 'lane'), renamed: false, moved: false, fields: diffFacts(oldSteps[i], undefined),
            after: anchor >= 0 ? b.rows[anchor].id : null, place: anchor + 0.5 + i / (a.rows.length + 1) / 2,
        });
    }
    steps.sort((x, y) => x.place - y.place);
    return {
        fields: old && neu ? diffFacts(sopFacts(old), sopFacts(neu)) : [],
        lanes: old && neu ? diffLanes(a, b, lanes) : [],
        steps: old && neu ? steps.map(({ place: _, ...step }) => step) : [],
        criticalPath: { old: old ? timeSpan(old.criticalPath, lang) : null, new: neu ? timeSpan(neu.criticalPath, lang) : null },
        stepMap: rows.map,
    };
}
