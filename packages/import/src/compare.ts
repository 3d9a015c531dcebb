/**
 * Compares an imported model with ground truth (or with another import, for the round trip):
 * per category, how many items the truth has, how many the import found, how many are correct.
 */
import type { ImportedSop } from './model.js';

export interface Tally { truth: number; found: number; correct: number; missed: number; extra: number; wrong: string[] }
export interface Comparison {
    identity: Tally; columns: Tally; rows: Tally; symbols: Tally; arrows: Tally; labels: Tally;
    /** True when everything matches both ways. */
    equal: boolean;
}

/**
 * Text as compared: case and white space do not count (a printed line break inside a word, as a
 * narrow column wraps it, is no difference), nor does "-" for an empty field.
 */
const norm = (s: unknown) => { const t = String(s ?? '').replace(/\s+/g, '').toLowerCase(); return /^[-–—]*$/.test(t) ? '' : t; };

function tally(truth: string[], found: string[]): Tally {
    const left = new Map<string, number>();
    for (const t of truth) left.set(t, (left.get(t) ?? 0) + 1);
    let correct = 0;
    const extraItems: string[] = [];
    for (const f of found) {
        const n = left.get(f) ?? 0;
        if (n > 0) { correct++; left.set(f, n - 1); } else extraItems.push(f);
    }
    const missedItems = [...left.entries()].flatMap(([k, n]) => Array(n).fill(k) as string[]);
    return { truth: truth.length, found: found.length, correct, missed: truth.length - correct, extra: found.length - correct, wrong: [...missedItems.map(m => `missed ${m}`), ...extraItems.map(e => `extra ${e}`)].slice(0, 20) };
}

function identityItems(m: ImportedSop): string[] {
    const id = m.identity;
    const out: string[] = [];
    const add = (k: string, v: unknown) => { if (v !== undefined && !(Array.isArray(v) && v.length === 0 && k !== 'keterkaitan')) out.push(`${k}=${Array.isArray(v) ? v.map(norm).join(' | ') : norm(v)}`); };
    add('nomor', id.nomor); add('dibuat', id.dibuat); add('direvisi', id.direvisi); add('efektif', id.efektif);
    add('disahkan.jabatan', id.disahkan?.jabatan); add('disahkan.nama', id.disahkan?.nama); add('disahkan.nip', id.disahkan?.nip);
    add('nama', id.nama); add('unit', id.unit);
    add('dasarHukum', id.dasarHukum); add('kualifikasi', id.kualifikasi); add('keterkaitan', id.keterkaitan);
    add('peralatan', id.peralatan); add('peringatan', id.peringatan); add('pencatatan', id.pencatatan);
    for (const [k, v] of Object.entries(id.extra ?? {})) add(`extra.${norm(k)}`, v);
    return out;
}

function symbolKey(m: ImportedSop, id: string): string {
    const s = m.symbols.find(x => x.id === id);
    return s ? `${s.row}:${s.column}:${s.kind}` : `?${id}`;
}

/** Compares `found` against `truth`. */
export function compareModels(truth: ImportedSop, found: ImportedSop): Comparison {
    const identity = tally(identityItems(truth), identityItems(found));
    const columns = tally(
        [...truth.columns.pelaksana.map((p, i) => `pelaksana${i}=${norm(p)}`), `keterangan=${truth.columns.keterangan}`],
        [...found.columns.pelaksana.map((p, i) => `pelaksana${i}=${norm(p)}`), `keterangan=${found.columns.keterangan}`],
    );
    const rowKey = (r: ImportedSop['rows'][number]) => [r.no, r.kegiatan, r.kelengkapan, r.waktu, r.output, r.keterangan].map(norm).join(' | ');
    const rows = tally(truth.rows.map(rowKey), found.rows.map(rowKey));
    const symKey = (s: ImportedSop['symbols'][number]) => `${s.row}:${s.column}:${s.kind}`;
    const symbols = tally(truth.symbols.map(symKey), found.symbols.map(symKey));
    const arrowKey = (m: ImportedSop) => (a: ImportedSop['arrows'][number]) => `${symbolKey(m, a.from)}->${symbolKey(m, a.to)}`;
    const arrows = tally(truth.arrows.map(arrowKey(truth)), found.arrows.map(arrowKey(found)));
    // "?" is what the .sop says for a branch label that could not be read
    const hasLabel = (a: ImportedSop['arrows'][number]) => !!a.label && a.label !== '?';
    const labelKey = (m: ImportedSop) => (a: ImportedSop['arrows'][number]) => `${symbolKey(m, a.from)}->${symbolKey(m, a.to)}[${norm(a.label)}]`;
    const labels = tally(truth.arrows.filter(hasLabel).map(labelKey(truth)), found.arrows.filter(hasLabel).map(labelKey(found)));
    const all = [identity, columns, rows, symbols, arrows, labels];
    return { identity, columns, rows, symbols, arrows, labels, equal: all.every(t => t.missed === 0 && t.extra === 0) };
}
