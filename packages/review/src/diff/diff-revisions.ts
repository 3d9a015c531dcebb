/**
 * The semantic diff of two revisions: a pure function of their models and diagnostics. Documents
 * are matched by id across all compared files (a document may move to another file); each pair
 * is diffed by kind; files are reported as added, deleted, renamed or modified, and as cosmetic
 * only when their text changed and nothing in their documents did.
 */
import type { DocumentModel } from '@sop/language/model';
import { collectionFacts, serviceStandardFacts } from '../facts/document-facts.js';
import type { DiagnosticDiff, DiagnosticEntry, DiffReport, DocumentReport, FileReport, ReviewInput, ReviewLang, RevisionSnapshot } from '../types.js';
import { diffDiagnostics, locateDiagnostics } from './diagnostics.js';
import { diffSop } from './diff-sop.js';
import { diffFacts } from './field-diff.js';
import { diffTimeChecks, timeCheckOutcomeChanged } from './time.js';

/** Options of {@link diffRevisions}. */
export interface DiffOptions {
    /** Language of display texts (durations, symbol names); default Indonesian. */
    lang?: ReviewLang;
}

interface Placed {
    model: DocumentModel;
    file: string;
    diagnostics: DiagnosticEntry[];
}

/** Every document of one side, keyed by id (`id#2` for a second document with the same id). */
function documentsOf(side: RevisionSnapshot): { docs: Map<string, Placed>; loose: Map<string, DiagnosticEntry[]> } {
    const docs = new Map<string, Placed>();
    const loose = new Map<string, DiagnosticEntry[]>();
    for (const file of side.files) {
        const located = locateDiagnostics(file.path, file.models, file.diagnostics);
        loose.set(file.path, located.filter(d => d.document === undefined));
        for (const model of file.models) {
            let key = model.id;
            for (let n = 2; docs.has(key); n++) key = `${model.id}#${n}`;
            docs.set(key, { model, file: file.path, diagnostics: located.filter(d => d.document === model.id && isInside(model, d)) });
        }
    }
    return { docs, loose };
}

function isInside(model: DocumentModel, d: DiagnosticEntry): boolean {
    return !!model.range && model.range.start.line <= d.line - 1 && d.line - 1 <= model.range.end.line;
}

function diffDocument(key: string, old: Placed | undefined, neu: Placed | undefined, input: ReviewInput, lang: ReviewLang): DocumentReport {
    const a = old?.model, b = neu?.model;
    // A document that changed kind (an SOP rewritten as a Standar Pelayanan) is one removed, one added.
    const model = (b ?? a)!;
    let fields = [] as DocumentReport['fields'], lanes = [] as DocumentReport['lanes'], steps = [] as DocumentReport['steps'];
    let criticalPath: DocumentReport['criticalPath'];
    let stepMap = (id: string) => id;
    if (model.kind === 'sop') {
        const d = diffSop(a?.kind === 'sop' ? a : undefined, b?.kind === 'sop' ? b : undefined, lang);
        ({ fields, lanes, steps, criticalPath } = d);
        stepMap = d.stepMap;
    } else if (a && b) {
        const facts = (m: DocumentModel) => (m.kind === 'sp' ? serviceStandardFacts(m) : m.kind === 'collection' ? collectionFacts(m) : []);
        fields = diffFacts(facts(a), facts(b));
    }
    const diagnostics = diffDiagnostics(old?.diagnostics ?? [], neu?.diagnostics ?? [], stepMap);
    const timeChecks = diffTimeChecks(a, b, input.old.context, input.new.context, lang);
    const changed = fields.length > 0 || lanes.length > 0 || steps.length > 0 || diagnostics.introduced.length > 0
        || diagnostics.fixed.length > 0 || timeChecks.some(timeCheckOutcomeChanged);
    return {
        id: model.id || key,
        kind: model.kind,
        status: !a ? 'added' : !b ? 'removed' : changed ? 'changed' : 'unchanged',
        title: model.title,
        file: { old: old?.file ?? null, new: neu?.file ?? null },
        fields, lanes, steps,
        ...(criticalPath ? { criticalPath } : {}),
        timeChecks,
        diagnostics,
    };
}

function fileStatus(pair: ReviewInput['pairs'][number], textChanged: boolean): FileReport['status'] {
    if (!pair.old) return 'added';
    if (!pair.new) return 'deleted';
    if (pair.old !== pair.new && !pair.explicit) return 'renamed';
    return textChanged ? 'modified' : 'unchanged';
}

/** Compares two revisions. Deterministic: the same input gives the same report. */
export function diffRevisions(input: ReviewInput, options: DiffOptions = {}): DiffReport {
    const lang = options.lang ?? 'id';
    const old = documentsOf(input.old), neu = documentsOf(input.new);
    const documents: DocumentReport[] = [];
    const seen = new Set<string>();
    const emit = (key: string) => {
        if (seen.has(key)) return;
        seen.add(key);
        const a = old.docs.get(key), b = neu.docs.get(key);
        if (a && b && a.model.kind !== b.model.kind) {
            documents.push(diffDocument(key, undefined, b, input, lang), diffDocument(key, a, undefined, input, lang));
        } else documents.push(diffDocument(key, a, b, input, lang));
    };
    // The new version's order; a removed document after the documents of its old file.
    for (const pair of input.pairs) {
        for (const [key, p] of neu.docs) if (p.file === pair.new) emit(key);
        for (const [key, p] of old.docs) if (p.file === pair.old && !neu.docs.has(key)) emit(key);
    }
    for (const key of [...neu.docs.keys(), ...old.docs.keys()]) emit(key);

    const files: FileReport[] = input.pairs.map(pair => {
        const a = input.old.files.find(f => f.path === pair.old), b = input.new.files.find(f => f.path === pair.new);
        const textChanged = (a?.text ?? null) !== (b?.text ?? null);
        const diagnostics: DiagnosticDiff = diffDiagnostics(old.loose.get(pair.old ?? '') ?? [], neu.loose.get(pair.new ?? '') ?? []);
        const semantic = diagnostics.introduced.length > 0 || diagnostics.fixed.length > 0
            || documents.some(d => d.status !== 'unchanged' && ((pair.old !== undefined && d.file.old === pair.old) || (pair.new !== undefined && d.file.new === pair.new)));
        return { old: pair.old ?? null, new: pair.new ?? null, status: fileStatus(pair, textChanged), textChanged, cosmeticOnly: textChanged && !semantic && !!a && !!b, diagnostics };
    });

    const count = (s: DocumentReport['status']) => documents.filter(d => d.status === s).length;
    const introduced = documents.reduce((n, d) => n + d.diagnostics.introduced.length, 0) + files.reduce((n, f) => n + f.diagnostics.introduced.length, 0);
    const fixed = documents.reduce((n, d) => n + d.diagnostics.fixed.length, 0) + files.reduce((n, f) => n + f.diagnostics.fixed.length, 0);
    const semanticChange = documents.some(d => d.status !== 'unchanged') || introduced + fixed > 0;
    return {
        format: 'sop-diff',
        version: 1,
        old: { label: input.old.label },
        new: { label: input.new.label },
        summary: {
            semanticChange,
            cosmeticOnly: !semanticChange && files.some(f => f.textChanged),
            documents: { added: count('added'), removed: count('removed'), changed: count('changed'), unchanged: count('unchanged') },
            diagnostics: { introduced, fixed },
        },
        files,
        documents,
    };
}
