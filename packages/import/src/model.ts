/**
 * The neutral model of a signed SOP as read from its PDF: what the ground-truth fixtures are
 * written in (test/fixtures/import/*.json) and what two imports are compared by.
 */
import type { ImportMessageCode } from './messages.js';

export type SymbolKind = 'capsule' | 'box' | 'diamond';

export interface ImportedIdentity {
    nomor?: string;
    dibuat?: string;
    direvisi?: string;
    efektif?: string;
    /** Disahkan oleh: the office, the name and the NIP of the official. */
    disahkan?: { jabatan?: string; nama?: string; nip?: string };
    /** Nama / Judul SOP. */
    nama?: string;
    /** Lines of the unit block beside the logo (BADAN PUSAT STATISTIK, PROVINSI ..., TIM ...). */
    unit?: string[];
    dasarHukum?: string[];
    kualifikasi?: string[];
    keterkaitan?: string[];
    peralatan?: string[];
    peringatan?: string[];
    pencatatan?: string[];
    /** Fields beyond the regulation's list, by their printed label (Maksud dan Tujuan ...). */
    extra?: Record<string, string>;
    /** Printed labels of the template where they differ from the defaults (key → label). */
    labels?: Record<string, string>;
}

export interface ImportedRow {
    no: number;
    kegiatan: string;
    kelengkapan?: string;
    waktu?: string;
    output?: string;
    keterangan?: string;
    /** Table page (1-based, among the pages holding the table) the row is printed on. */
    page?: number;
}

export interface ImportedSymbol {
    /** Stable id within the document: r<row>s<index in flow order>. */
    id: string;
    row: number;
    /** Index of the pelaksana column (0-based). */
    column: number;
    kind: SymbolKind;
    text?: string;
    /**
     * Not read from the drawing: a row whose symbols could not be read gets a box in the first
     * pelaksana column so that the `.sop` is complete (the file says so in a comment). The model
     * is what the `.sop` says; against ground truth such a box counts as found but not correct.
     */
    assumed?: boolean;
}

export interface ImportedArrow {
    from: string;
    to: string;
    label?: string;
}

export interface ImportedSop {
    /** The file the model was read from (informative). */
    source?: string;
    paper?: { name: string; width: number; height: number; landscape: boolean };
    identity: ImportedIdentity;
    columns: {
        pelaksana: string[];
        /** Mutu baku column labels as printed, in order (kelengkapan, waktu, output). */
        mutuBaku: string[];
        keterangan: boolean;
        /** A row of column numbers (1, 2, 3 …) under the heading. */
        numbers?: boolean;
    };
    rows: ImportedRow[];
    symbols: ImportedSymbol[];
    arrows: ImportedArrow[];
    /** Row numbers after which the printed table continues on a new page. */
    pageBreaks: number[];
}

/** Something the importer could not read with confidence; written as `// import: ...`. */
export interface ImportDoubt {
    /** Where it belongs: identity field key, `row:<no>`, `table`, `file`. */
    where: string;
    /** The kind of doubt, stable across languages and versions (a key of `importMessages`). */
    code: ImportMessageCode;
    /** What fills the message's `{0}`, `{1}` ... (page and row numbers, texts, labels). */
    args?: Array<string | number>;
    /** The message in the language the import was made in (`importMessage(code, lang, ...args)`). */
    message: string;
}

// the doubts' codes and their messages in both languages (index.ts re-exports this module)
export { importHeader, importMessage, importMessages, type ImportMessageCode } from './messages.js';
