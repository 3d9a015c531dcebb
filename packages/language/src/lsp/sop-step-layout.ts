/**
 * The canonical layout of one step (one row of the procedure table), chosen so that a diff shows
 * only the steps that changed:
 * - one step is one line: number, id, symbols, kegiatan, the mutu baku cells, the start marker, the
 *   flow and the flows of the row's other symbols (`anggota: ya -> ...`);
 * - columns start at fixed tab stops ({@link STEP_STOPS}), never at a width computed from the other
 *   rows: a cell longer than its column pushes what follows on its own line only (one space after
 *   it, and back to the stop of a later column where there is room), so adding, deleting or
 *   renaming a step never realigns another line;
 * - with a width, a longer step wraps: the first line holds the number, id, symbols and kegiatan,
 *   every continuation line starts with the step's marker comment `/*id*\/` (so each line of a
 *   diff names its step) and holds as many of the remaining parts as fit.
 * The layout depends on the tokens only, never on where the author broke the lines, so it is
 * idempotent; the marker comments are the formatter's own and are rewritten on every run.
 */

/** The parts of a step, each already printed (tokens joined). */
export interface StepParts {
    /** The written row number, if any. */
    number?: string;
    id: string;
    /** The symbols: `pelaksana`, or a chain `(kepala) > ketua > anggota?`. */
    symbols: string;
    /** The kegiatan text, quoted. */
    text: string;
    /** The mutu baku cells, each starting with `| `. */
    cells: readonly string[];
    /** Start marker, `simbol X` and a flow that is not a decision (`selesai`, `-> x`, `serahkan X`). */
    trailer: string;
    /** The branches of a decision, joined with two spaces. */
    branches: string;
    /** The flows of the row's other symbols: `anggota: ya -> .ketua  tidak -> susunBrs`. */
    clauses: readonly string[];
}

/**
 * Tab stops of a step line, in columns from the indentation of the procedure's items. The id of a
 * numbered row starts at `id`, of an unnumbered row at 0. Chosen on the examples (median lengths:
 * id 7, pelaksana 6, kegiatan 56, kelengkapan 29, waktu 7): ids up to 12 characters (15 unnumbered),
 * pelaksana up to 11, kegiatan texts up to 61, kelengkapan up to 29 and waktu up to 9 fit; a longer
 * one pushes its own line only.
 */
export const STEP_STOPS = {
    id: 3,
    symbols: 16,
    text: 28,
    /** Stops of `| kelengkapan`, `| waktu`, `| output`, `| keterangan`. */
    cells: [92, 124, 136, 168],
} as const;

/** The marker that starts every continuation line of a wrapped step. */
export function stepMarker(id: string): string {
    return `/*${id}*/`;
}

/** True for a comment that is a step marker: `/*id*\/` with an id and nothing else inside. */
export function isStepMarker(comment: string): boolean {
    return /^\/\*[\p{L}_][\p{L}\p{N}_-]*\*\/$/u.test(comment);
}

/** Places `cell` at `stop`, or `separator` spaces after the end of `line` when the line reaches the stop. */
function placeAt(line: string, cell: string, stop: number, separator = 1): string {
    return line.padEnd(Math.max(stop, line.length + separator)) + cell;
}

/**
 * The lines of a step, the first without indentation, the others with `indent` (the indentation of
 * the first). `width` is the longest line wanted (indentation included); undefined: no limit.
 */
export function layoutStep(p: StepParts, indent: string, width?: number): string[] {
    let head = p.number !== undefined ? placeAt(p.number, p.id, STEP_STOPS.id) : p.id;
    head = placeAt(head, p.symbols, STEP_STOPS.symbols);
    head = placeAt(head, p.text, STEP_STOPS.text);
    // The parts after the kegiatan, with the separator each wants before it.
    const tail: Array<{ text: string; separator: number; stop?: number }> = [];
    p.cells.forEach((c, k) => tail.push({ text: c, separator: 1, stop: STEP_STOPS.cells[k] }));
    const flow = [p.trailer, p.branches].filter(Boolean).join('  ');
    if (flow) tail.push({ text: flow, separator: 2 });
    for (const c of p.clauses) tail.push({ text: c, separator: 2 });
    let line = head;
    for (const t of tail) line = t.stop !== undefined ? placeAt(line, t.text, t.stop, t.separator) : `${line}${' '.repeat(t.separator)}${t.text}`;
    if (width === undefined || width <= 0 || indent.length + line.length <= width || tail.length === 0) return [line];
    // Wrapped: the kegiatan ends the first line; the other parts fill continuation lines that start
    // with the marker, the parts from the text stop on.
    const marker = stepMarker(p.id);
    const start = Math.max(STEP_STOPS.text, marker.length + 1);
    const lines = [head];
    let current = '';
    for (const t of tail) {
        if (!current) { current = marker.padEnd(start) + t.text; continue; }
        const next = `${current}${' '.repeat(t.separator)}${t.text}`;
        if (indent.length + next.length <= width) { current = next; continue; }
        lines.push(indent + current);
        current = marker.padEnd(start) + t.text;
    }
    if (current) lines.push(indent + current);
    return lines;
}
