/**
 * Facts about SOP books and monitoring rounds across the workspace, computed once per workspace
 * state (the cache is dropped on every change): which book lists which SOP, which SOPs share a
 * number, and the monitoring rounds that assessed each SOP. Keeps the book and monitoring checks
 * linear in the size of the workspace.
 */
import { WorkspaceCache, type LangiumSharedCoreServices } from 'langium';
import * as ast from '../generated/ast.js';
import { refField } from '../model/sop-model-builder.js';
import { textField } from '../model/sop-model-builder.js';
import { textItems } from '../model/ast-values.js';
import { dateInfo } from '../model/ast-values.js';
import type { DateInfo } from '../model/model-types.js';

/** One assessment of an SOP in a monitoring round. */
export interface AssessmentFact {
    round: ast.Monitoring;
    date?: DateInfo;
    row: ast.AssessmentRow;
}

export interface BookFacts {
    /** SOP id → the books whose contents list it. */
    booksOf: Map<string, ast.Collection[]>;
    /** Normalised SOP number → the SOPs that carry it, in workspace order. */
    byNumber: Map<string, Array<{ sop: ast.Sop; uri: string }>>;
    /** SOP id → its assessments in every monitoring round. */
    assessments: Map<string, AssessmentFact[]>;
    /** Every SOP of the workspace, with its file. */
    sops: Array<{ sop: ast.Sop; uri: string }>;
}

const caches = new WeakMap<LangiumSharedCoreServices, WorkspaceCache<'books', BookFacts>>();

/** Spaces collapsed, for comparing numbers and units as people read them. */
export function normalised(text: string | undefined): string {
    return (text ?? '').toLowerCase().replace(/[.,;]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The book and monitoring facts of the workspace of `shared`. */
export function bookFacts(shared: LangiumSharedCoreServices): BookFacts {
    let cache = caches.get(shared);
    if (!cache) {
        cache = new WorkspaceCache(shared);
        caches.set(shared, cache);
    }
    return cache.get('books', () => compute(shared));
}

function compute(shared: LangiumSharedCoreServices): BookFacts {
    const booksOf = new Map<string, ast.Collection[]>();
    const byNumber = new Map<string, Array<{ sop: ast.Sop; uri: string }>>();
    const assessments = new Map<string, AssessmentFact[]>();
    const sops: Array<{ sop: ast.Sop; uri: string }> = [];
    const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
        const list = map.get(key);
        if (list) list.push(value);
        else map.set(key, [value]);
    };
    for (const document of shared.workspace.LangiumDocuments.all) {
        const uri = document.uri.toString();
        for (const d of (document.parseResult?.value as ast.Model | undefined)?.documents ?? []) {
            if (ast.isSop(d)) {
                sops.push({ sop: d, uri });
                const number = normalised(textItems(textField(d, 'number')?.value).join(', '));
                if (number) push(byNumber, number, { sop: d, uri });
            } else if (ast.isCollection(d)) {
                for (const item of refField(d, 'contents')?.items ?? []) {
                    const id = item.ref?.$refText;
                    if (id && !(booksOf.get(id) ?? []).includes(d)) push(booksOf, id, d);
                }
            } else if (ast.isMonitoring(d)) {
                const date = dateInfo(d.members.find(ast.isAssessed)?.date);
                for (const row of d.members.filter(ast.isAssessments).flatMap(a => a.rows ?? [])) {
                    const id = row.sop?.$refText;
                    if (id) push(assessments, id, { round: d, date, row });
                }
            }
        }
    }
    return { booksOf, byNumber, assessments, sops };
}
