/**
 * The semantic model: plain data derived once per document version from the syntax tree.
 * Validators of the flow, every renderer, the preview and the CLI read this model, never the AST.
 * Everything here is JSON-serialisable so it can cross the language-server protocol unchanged.
 */

/** A zero-based position in a text document (LSP convention). */
export interface SourcePosition {
    line: number;
    character: number;
}

/** Where a model element was written, for click-to-reveal and error reporting. */
export interface SourceRange {
    start: SourcePosition;
    end: SourcePosition;
}

/** A calendar date as written: full ISO day, month only, or not given. */
export interface DateInfo {
    /** The text as written (`2024-01-10`, `2013-12`, `"7 Januari 2022"`), `-` for "not yet". */
    text: string;
    /** Normalised ISO form (`2024-01-10` or `2013-12`) when it could be read. */
    iso?: string;
    /** `day` for a full date, `month` for month-only, `none` for `-`, `invalid` when unreadable. */
    precision: 'day' | 'month' | 'none' | 'invalid';
}

/** A duration in minutes, possibly a range; `immediate` for "segera". */
export interface DurationInfo {
    /** The text as written, normalised to single spaces (`5 menit`, `1-2 hari`, `segera`). */
    text: string;
    /** Lower bound in minutes; undefined when the text could not be read as a duration. */
    minMinutes?: number;
    /** Upper bound in minutes (equal to min when not a range). */
    maxMinutes?: number;
    /** True for `segera` / `immediately` (zero minutes). */
    immediate?: boolean;
}

/** The shape a step is drawn with: the five SOP AP symbols minus the arrow (which is an edge). */
export type NodeKind = 'start' | 'process' | 'decision' | 'end' | 'handover';

/** A pelaksana (actor): one lane in the flowchart, one column in the procedure table. */
export interface Lane {
    id: string;
    title: string;
    /** A system (application) rather than a person. */
    system: boolean;
    /** Zero-based column order = declaration order. */
    index: number;
    range?: SourceRange;
}

/** What a row of the table says: its number, kegiatan, mutu baku, keterangan and `bagian`. */
export interface RowContent {
    /** 1-based row number in the official table (the written number if given, else the previous row's + 1). */
    number: number;
    /** Activity text (uraian kegiatan). */
    text: string;
    /** Mutu baku: kelengkapan / persyaratan (inputs). */
    inputs: string[];
    /** Mutu baku: waktu. */
    time?: DurationInfo;
    /** Mutu baku: output. */
    outputs: string[];
    /** Keterangan. */
    notes: string[];
    /** Title of the `bagian` (section) the row belongs to, if any. */
    section?: string;
}

/**
 * One symbol of the flowchart. A row of the table usually draws one symbol, whose id is the row's
 * id; a row that draws several gives the others the ids `row.pelaksana` (or `row.2`, `row.3` ...
 * when a pelaksana has several symbols in the row). The row's content is repeated on each of its
 * symbols, so hover and previews can show it; only the row's first symbol carries its time into
 * the critical path (see {@link ProcessNode.primary}).
 */
export interface ProcessNode extends RowContent {
    /** The step id as written (`row` or `row.pelaksana`); unique within its SOP. */
    id: string;
    /** Zero-based index of the row ({@link SopModel.rows}) that draws this symbol. */
    row: number;
    /** The first symbol of its row: the row's entry and the one that counts the row's time. */
    primary: boolean;
    /** Text drawn inside the symbol (`"Sesuai?"`); `""` for a blank capsule; undefined for the default. */
    label?: string;
    /** Written `buntu` / `dead-end`: no way out, as in the signed document (SOP-P24). */
    deadEnd?: boolean;
    /** Lane (pelaksana) id; may name an undeclared pelaksana in broken documents. */
    lane: string;
    /** The drawn shape. */
    kind: NodeKind;
    /** Where the flow starts (the first row's first symbol, or the row marked `mulai`). */
    isStart: boolean;
    /** Ends the procedure (explicit `selesai`, an end capsule, or the last symbol falling off the end). */
    isEnd: boolean;
    /** For a hand-over: the SOP the flow continues in. */
    handover?: DocumentLink;
    /** The symbol named with `simbol` (kapsul, kotak, ketupat, segilima ...), as written. */
    symbol?: string;
    range?: SourceRange;
}

/** One row of the procedure table: one number, one kegiatan, one set of mutu baku, one or more symbols. */
export interface ProcedureRow extends RowContent {
    /** The row id as written. */
    id: string;
    /** The row's symbols in flow order (ids into {@link SopModel.nodes}). */
    nodeIds: string[];
    /** The author asked for a page break after this row (`halaman-baru`). */
    breakAfter: boolean;
    range?: SourceRange;
}

/** An arrow between two symbols. */
export interface ProcessEdge {
    from: string;
    to: string;
    /** Branch label of a decision ("ya", "tidak lengkap" ...). */
    label?: string;
    /** How the edge arose: written order (or the order of a row's symbols), explicit jump, decision branch. */
    kind: 'next' | 'jump' | 'branch';
    /** Points back to an earlier (or the same) row: a loop. */
    back: boolean;
}

/** A link to another document by id (resolved across the workspace) or a free-text title. */
export interface DocumentLink {
    /** The referenced document id, when written as an id. */
    id?: string;
    /** Display text: the target's title when resolved, else the id or the free text. */
    text: string;
    /** True when the id resolves to a document in the workspace. */
    resolved: boolean;
    /** URI of the file holding the target, when resolved. */
    uri?: string;
    /** The target's document number (nomor), when resolved and given. */
    number?: string;
}

/** A group of consecutive steps under a `bagian` heading. */
export interface Section {
    title: string;
    nodeIds: string[];
}

/** Longest path from the start to an end through forward edges (loops counted once). */
export interface CriticalPath {
    minMinutes: number;
    maxMinutes: number;
    /** Step ids along the path that gives the maximum. */
    nodeIds: string[];
    /** Steps on that path whose time could not be read (their time counts as zero). */
    unknownNodeIds: string[];
}

/** Disahkan oleh. */
export interface ApprovalInfo {
    role: string;
    person?: string;
    nip?: string;
    date?: DateInfo;
}

/** One entry of a revision history. */
export interface RevisionInfo {
    version: string;
    date: DateInfo;
    description?: string;
}

/** The identity block (bagian identitas) of an SOP AP, and the generic-profile extras. */
export interface SopHeader {
    number?: string;
    unit?: string;
    /** The unit as written, one item per printed line (`unit "BADAN PUSAT STATISTIK", "PROVINSI BENGKULU"`). */
    unitLines: string[];
    logo?: string;
    created?: DateInfo;
    revised?: DateInfo;
    effective?: DateInfo;
    /** Which label the document used for the effective date: "Tanggal Efektif" or "Tanggal Pengesahan". */
    effectiveLabel: 'efektif' | 'pengesahan';
    approval?: ApprovalInfo;
    legalBasis: string[];
    qualifications: string[];
    /** `undefined` when the field is absent; empty when written as `-`. */
    related?: DocumentLink[];
    equipment: string[];
    warnings: string[];
    records: string[];
    purpose: string[];
    scope: string[];
    summary: string[];
    definitions: string[];
    version?: string;
    history: RevisionInfo[];
}

/** Paper sizes of the official document. */
export type PaperSize = 'A4' | 'F4' | 'Letter' | 'Legal';

/**
 * The look of the official document: paper, orientations, labels, optional columns. Built from the
 * `templat` the SOP uses (directly or through its book) and the settings written in the SOP itself.
 */
export interface TemplateInfo {
    /** The template's id, when one is used. */
    id?: string;
    paper: PaperSize;
    identityOrientation: 'portrait' | 'landscape';
    tableOrientation: 'portrait' | 'landscape';
    /** Printed labels that replace the defaults, by slot (`kegiatan`, `nama`, `kelengkapan` ...). */
    labels: Record<string, string>;
    /** Print the Keterangan column. */
    notesColumn: boolean;
    /** Print the row of column numbers (1, 2, 3 ...) under the table header. */
    columnNumbers: boolean;
    /** Capsules are drawn without text unless a symbol gives one. */
    blankCapsules: boolean;
    /** Rows per printed table page, when fixed. */
    rowsPerPage?: number;
    /** Print the caption line (number, title, page) above each table page. */
    tableCaption: boolean;
    /** The language the official document is printed in (`bahasa en`), when the document says so. */
    language?: 'id' | 'en';
}

export type Profile = 'sop-ap' | 'generic' | 'sp';

/** The semantic model of one SOP. */
export interface SopModel {
    kind: 'sop';
    id: string;
    title: string;
    profile: Profile;
    header: SopHeader;
    lanes: Lane[];
    /** The rows of the procedure table, in written order. */
    rows: ProcedureRow[];
    /** The symbols, in row order and, within a row, in flow order. */
    nodes: ProcessNode[];
    edges: ProcessEdge[];
    sections: Section[];
    criticalPath: CriticalPath;
    template: TemplateInfo;
    /** The language its keywords are written in (majority; Indonesian on a tie). */
    keywordLanguage: 'id' | 'en';
    uri?: string;
    range?: SourceRange;
}

/** One of the 14 Pasal 21 components of a Standar Pelayanan. */
export interface ServiceComponent {
    /** Canonical key, e.g. `requirements`. */
    key: ServiceComponentKey;
    /** Pasal 21 letter a..n. */
    letter: string;
    group: 'delivery' | 'manufacturing';
    present: boolean;
    items: string[];
}

export type ServiceComponentKey =
    | 'legal-basis' | 'requirements' | 'procedures' | 'service-time' | 'fees' | 'products'
    | 'facilities' | 'competence' | 'supervision' | 'complaints' | 'staffing'
    | 'service-guarantee' | 'safety-guarantee' | 'evaluation';

/** Jangka waktu, one per variant (a single value has an empty label). */
export interface VariantTime {
    label: string;
    duration: DurationInfo;
}

/** The semantic model of one Standar Pelayanan. */
export interface ServiceStandardModel {
    kind: 'sp';
    id: string;
    title: string;
    unit?: string;
    /** Marked `dipublikasikan`: this is the published (service-delivery) view. */
    published: boolean;
    /** All 14 components in Pasal 21 order a..n. */
    components: ServiceComponent[];
    /** SOPs linked from "sistem, mekanisme, dan prosedur". */
    procedures: DocumentLink[];
    serviceTime: VariantTime[];
    serviceHours: string[];
    enactment?: { decree: string; date?: DateInfo; official?: string; person?: string };
    maklumat?: { text: string; approval?: ApprovalInfo };
    consultation?: { date: DateInfo; participants: string[] };
    uri?: string;
    range?: SourceRange;
}

/** The semantic model of an SOP book (unsur dokumentasi). */
export interface CollectionModel {
    kind: 'collection';
    id: string;
    title: string;
    unit?: string;
    /** The unit's logo file as written (`logo "logo.png"`), relative to the book's file. */
    logo?: string;
    /** The numbering pattern of the book's SOPs (`pola-nomor "##/SOP/UMPEG/####"`): `#` a digit, `*` any text. */
    numberPattern?: string;
    year?: string;
    enactment?: { decree: string; date?: DateInfo; official?: string; person?: string };
    scope: string[];
    summary: string[];
    definitions: string[];
    contents: DocumentLink[];
    uri?: string;
    range?: SourceRange;
}

export type DocumentModel = SopModel | ServiceStandardModel | CollectionModel;

/** Penilaian penerapan of Tabel 7: berjalan dengan baik / tidak berjalan dengan baik. */
export type AssessmentResult = 'good' | 'not-good';

/** One row of the monitoring form (Permenpan RB 35/2012, Tabel 7). */
export interface MonitoringRow {
    /** The SOP assessed (Prosedur). */
    sop: DocumentLink;
    result: AssessmentResult;
    /** Catatan hasil penilaian. */
    notes: string[];
    /** Tindakan yang harus diambil (empty: none). */
    action: string[];
    /** The action asks for a revision of the SOP (`revisi` / `revise`). */
    revision: boolean;
    /** Paraf penilai. */
    initials: string[];
    range?: SourceRange;
}

/**
 * One round of the six-monthly monitoring of SOPs (`pemantauan` / `monitoring`). Not a
 * {@link DocumentModel}: it prints as the monitoring form, not as an official SOP document.
 */
export interface MonitoringModel {
    kind: 'monitoring';
    id: string;
    title: string;
    /** When the round was assessed. */
    date?: DateInfo;
    /** Who assessed it. */
    assessor?: ApprovalInfo;
    /** The SOP book the round monitors, when named. */
    book?: DocumentLink;
    rows: MonitoringRow[];
    uri?: string;
    range?: SourceRange;
}

/** One line of the workspace overview (`sop report`, the Explorer view): the facts of one document. */
export interface OverviewEntry {
    /** URI of the file. */
    uri: string;
    /** 1-based line of the document in its file. */
    line: number;
    id: string;
    kind: 'sop' | 'sp' | 'collection' | 'monitoring';
    title: string;
    number?: string;
    unit?: string;
    /** Dates as written (a round: `created` is the day it was assessed; a book or SP: `effective` is its decree's date). */
    created?: DateInfo;
    revised?: DateInfo;
    effective?: DateInfo;
    /** Rows of the procedure; SOPs of a book; rows of a round. */
    steps?: number;
    /** Pelaksana titles, in column order. */
    pelaksana?: string[];
    criticalPath?: { minMinutes: number; maxMinutes: number };
    errors: number;
    warnings: number;
    /** The latest monitoring round that assessed this SOP. */
    lastMonitoring?: { round: string; date: DateInfo; result: AssessmentResult };
    /** When the next six-monthly monitoring is due (ISO), from the last one or else the effective date. */
    nextReview?: string;
    /** The next review is before today. */
    overdue?: boolean;
}
