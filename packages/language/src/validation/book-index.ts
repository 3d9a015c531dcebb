/**
 * Facts about SOP books and monitoring rounds across the workspace, computed once per workspace
 * state (the cache is dropped on every change): which book lists which SOP, which SOPs share a
 * number, and the monitoring rounds that assessed each SOP. Keeps the book and monitoring checks
 * linear in the size of the workspace. Each file's part (its SOPs with their normalised numbers,
 * its books' contents, its rounds' assessments) is kept until the file is parsed again
 * (PerDocumentCache): after an edit only the edited file is read, the rest is merged.
 */
import { WorkspaceCache, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { PerDocumentCache } from '../workspace/per-document-cache.js';
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

/** What one file contributes, in written order. Only names as written ($refText): no links followed. */
interface FileBookFacts {
    sops: Array<{ sop: ast.Sop; uri: string; number: string }>;
    /** [listed SOP id, book] per contents item, a book once per id. */
    listed: Array<[string, ast.Collection]>;
    assessments: Array<[string, AssessmentFact]>;
}

interface BookCache {
    facts: WorkspaceCache<'books', BookFacts>;
    files: PerDocumentCache<FileBookFacts>;
}

const caches = new WeakMap<LangiumSharedCoreServices, BookCache>();

/** Spaces collapsed, for comparing numbers and units as people read them. */
export function normalised(text: string | undefined): string {
    return (text ?? '').toLowerCase().replace(/[.,;]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The book and monitoring facts of the workspace of `shared`. */
export function bookFacts(shared: LangiumSharedCoreServices): BookFacts {
    let cache = caches.get(shared);
    if (!cache) {
        cache = { facts: new WorkspaceCache(shared), files: new PerDocumentCache(fileBookFacts) };
        caches.set(shared, cache);
    }
    const files = cache.files;
    return cache.facts.get('books', () => merge(files.all(shared.workspace.LangiumDocuments.all)));
}

/** One file's SOPs, book contents and assessments. */
function fileBookFacts(document: LangiumDocument): FileBookFacts {
    const facts: FileBookFacts = { sops: [], listed: [], assessments: [] };
    const uri = document.uri.toString();
    for (const d of (document.parseResult?.value as ast.Model | undefined)?.documents ?? []) {
        if (ast.isSop(d)) {
            facts.sops.push({ sop: d, uri, number: normalised(textItems(textField(d, 'number')?.value).join(', ')) });
        } else if (ast.isCollection(d)) {
            const seen = new Set<string>();
            for (const item of refField(d, 'contents')?.items ?? []) {
                const id = item.ref?.$refText;
                if (id && !seen.has(id)) { seen.add(id); facts.listed.push([id, d]); }
            }
        } else if (ast.isMonitoring(d)) {
            const date = dateInfo(d.members.find(ast.isAssessed)?.date);
            for (const row of d.members.filter(ast.isAssessments).flatMap(a => a.rows ?? [])) {
                const id = row.sop?.$refText;
                if (id) facts.assessments.push([id, { round: d, date, row }]);
            }
        }
    }
    return facts;
}

/** The workspace's facts from the files' parts, in workspace order. */
function merge(files: readonly FileBookFacts[]): BookFacts {
    const booksOf = new Map<string, ast.Collection[]>();
    const byNumber = new Map<string, Array<{ sop: ast.Sop; uri: string }>>();
    const assessments = new Map<string, AssessmentFact[]>();
    const sops: Array<{ sop: ast.Sop; uri: string }> = [];
    const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
        const list = map.get(key);
        if (list) list.push(value);
        else map.set(key, [value]);
    };
    for (const file of files) {
        for (const { sop, uri, number } of file.sops) {
            sops.push({ sop, uri });
            if (number) push(byNumber, number, { sop, uri });
        }
        for (const [id, book] of file.listed) push(booksOf, id, book);
        for (const [id, fact] of file.assessments) push(assessments, id, fact);
    }
    return { booksOf, byNumber, assessments, sops };
}
