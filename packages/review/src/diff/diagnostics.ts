/**
 * Diagnostics introduced and fixed. Each diagnostic is placed in the document and the step whose
 * source range holds it; the two versions' diagnostics are then compared as multisets keyed by
 * document, code, step (old step ids renamed to new ones) and message, never by line: a change
 * above a warning moves it without introducing it.
 */
import type { DocumentModel, SourceRange } from '@sop/language/model';
import type { DiagnosticDiff, DiagnosticEntry, DiagnosticFact } from '../types.js';

function holds(range: SourceRange | undefined, line: number): boolean {
    // Model ranges are zero-based, diagnostic lines one-based.
    return !!range && range.start.line <= line - 1 && line - 1 <= range.end.line;
}

/** Places the diagnostics of one file in its documents and steps. */
export function locateDiagnostics(file: string, models: readonly DocumentModel[], diagnostics: readonly DiagnosticFact[]): DiagnosticEntry[] {
    return diagnostics.map(d => {
        const doc = models.find(m => holds(m.range, d.line));
        const step = doc?.kind === 'sop' ? doc.rows.find(r => holds(r.range, d.line)) : undefined;
        return { ...d, file, document: doc?.id, step: step?.id };
    });
}

/** Where a diagnostic is: document, code and step (old step ids renamed to new ones). */
function place(d: DiagnosticEntry, stepMap: (id: string) => string): string {
    return `${d.document ?? ''}\u0000${d.code}\u0000${d.step !== undefined ? stepMap(d.step) : ''}`;
}

/** Where it is and what it says; a message naming a place in a file ("x.sop:12") loses the line. */
function key(d: DiagnosticEntry, stepMap: (id: string) => string): string {
    return `${place(d, stepMap)}\u0000${d.message.replace(/(\.sop):\d+/g, '$1')}`;
}

/**
 * Takes from `pool` the diagnostics of `list` with the same key; returns those of `list` left over.
 * `pool` maps a key to the old diagnostics still unmatched under it.
 */
function take(list: readonly DiagnosticEntry[], pool: Map<string, DiagnosticEntry[]>, keyOf: (d: DiagnosticEntry) => string): DiagnosticEntry[] {
    return list.filter(d => {
        const same = pool.get(keyOf(d));
        return same?.length ? (same.shift(), false) : true;
    });
}

function poolOf(list: readonly DiagnosticEntry[], keyOf: (d: DiagnosticEntry) => string): Map<string, DiagnosticEntry[]> {
    const pool = new Map<string, DiagnosticEntry[]>();
    for (const d of list) {
        const k = keyOf(d);
        const same = pool.get(k);
        if (same) same.push(d); else pool.set(k, [d]);
    }
    return pool;
}

/**
 * The diagnostics only in `neu` (introduced) and only in `old` (fixed). Same place and message
 * match first; then same place with another message: the same finding with new numbers in it
 * ("critical path 1 h 15 min exceeds …" after "1 h 5 min exceeds …") is neither fixed nor new.
 */
export function diffDiagnostics(old: readonly DiagnosticEntry[], neu: readonly DiagnosticEntry[], stepMap: (oldId: string) => string = id => id): DiagnosticDiff {
    const exact = poolOf(old, d => key(d, stepMap));
    let introduced = take(neu, exact, d => key(d, id => id));
    const loose = poolOf([...exact.values()].flat(), d => place(d, stepMap));
    introduced = take(introduced, loose, d => place(d, id => id));
    const byPlace = (a: DiagnosticEntry, b: DiagnosticEntry) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
    return { introduced: introduced.sort(byPlace), fixed: [...loose.values()].flat().sort(byPlace) };
}
