/**
 * The input of the semantic diff (two revisions, each as the semantic models and diagnostics of
 * its files) and its result, the {@link DiffReport}. The report is plain JSON data: it is what
 * `sop diff --format json` prints, so its shape is documented and only ever extended.
 */
import type { DocumentModel } from '@sop/language/model';

/** Message language of the report's display texts. */
export type ReviewLang = 'id' | 'en';

/** One diagnostic of a file (1-based line and column, as `sop check` prints them). */
export interface DiagnosticFact {
    code: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    line: number;
    column: number;
    message: string;
}

/** One compared file of one revision: its text, the models of its documents and its diagnostics. */
export interface SnapshotFile {
    /** The path shown to the reviewer (relative to the repository root or as given). */
    path: string;
    text: string;
    models: DocumentModel[];
    diagnostics: DiagnosticFact[];
}

/** One side of the comparison. */
export interface RevisionSnapshot {
    /** What the side is: `HEAD`, `working tree`, a file name … */
    label: string;
    /** The files being compared on this side. */
    files: SnapshotFile[];
    /**
     * Every model of the side's workspace (the compared files and their siblings of the same
     * revision), to look up the SOPs a Standar Pelayanan links to and the reverse.
     */
    context: DocumentModel[];
}

/** Which file of the old side became which file of the new side (a missing side: added or deleted). */
export interface FilePair {
    old?: string;
    new?: string;
    /** Two files the user named (`sop diff OLD.sop NEW.sop`): different names are no rename. */
    explicit?: boolean;
}

/** Everything the diff needs. */
export interface ReviewInput {
    old: RevisionSnapshot;
    new: RevisionSnapshot;
    pairs: FilePair[];
}

/** A value as shown to the reviewer: a text, a list of texts, or absent (`null`). */
export type FieldValue = string | string[] | null;

/** One field whose value changed. `field` is a stable key (`number`, `legalBasis`, `time` …). */
export interface FieldChange {
    field: string;
    old: FieldValue;
    new: FieldValue;
}

/** A changed, added or removed pelaksana (lane). */
export interface LaneChange {
    status: 'added' | 'removed' | 'changed';
    /** The id in the new version (the old id for a removed lane). */
    id: string;
    /** The id in the old version when it differs (a renamed id). */
    oldId?: string;
    title: string;
    /** Its title or id changed. */
    renamed: boolean;
    /** Its column moved relative to the other pelaksana. */
    moved: boolean;
    /** Zero-based column, before and after. */
    index: { old: number | null; new: number | null };
    fields: FieldChange[];
}

/** A changed, added or removed step (a row of the procedure table). */
export interface StepChange {
    status: 'added' | 'removed' | 'changed';
    /** The id in the new version (the old id for a removed step). */
    id: string;
    /** The id in the old version when it differs: the step was matched by position and text. */
    oldId?: string;
    /** Row number in the table, before and after. */
    number: { old: number | null; new: number | null };
    /** The kegiatan text (the new one, or the old one for a removed step). */
    text: string;
    /** The pelaksana of the row (the new one, or the old one for a removed step). */
    lane: string;
    renamed: boolean;
    /** Its place in the table moved relative to the other matched steps. */
    moved: boolean;
    /** Every field of the step, old → new (for an added or removed step: all its fields). */
    fields: FieldChange[];
    /** A removed step: the id of the new version's step its place now follows (`null`: the top). */
    after?: string | null;
}

/** A duration in minutes with its display text in the report's language. */
export interface TimeSpan {
    minMinutes: number;
    maxMinutes: number;
    text: string;
}

/** The Standar Pelayanan time check (rule SOP-P17) of one SP and one linked SOP, on one side. */
export interface TimeCheckState {
    /** The SP's longest promised service time in minutes. */
    limitMinutes: number;
    /** The lower bound of the SOP's critical path in minutes. */
    criticalMinMinutes: number;
    /** The SOP cannot keep the promise: its critical path exceeds the service time. */
    exceeded: boolean;
    /** Display text: "1 jam 40 menit / 1 hari". */
    text: string;
}

/** The time check of one SP–SOP link before and after (`null`: no check on that side). */
export interface TimeCheck {
    sp: string;
    sop: string;
    old: TimeCheckState | null;
    new: TimeCheckState | null;
}

/** A diagnostic with the document and step it is on. */
export interface DiagnosticEntry extends DiagnosticFact {
    file: string;
    document?: string;
    step?: string;
}

/** Diagnostics that appear only in the new version (introduced) or only in the old one (fixed). */
export interface DiagnosticDiff {
    introduced: DiagnosticEntry[];
    fixed: DiagnosticEntry[];
}

/** The review of one document, matched by id across the two revisions. */
export interface DocumentReport {
    id: string;
    kind: 'sop' | 'sp' | 'collection';
    status: 'added' | 'removed' | 'changed' | 'unchanged';
    title: string;
    file: { old: string | null; new: string | null };
    /** Identity fields (SOP), components (SP), contents (book). */
    fields: FieldChange[];
    lanes: LaneChange[];
    steps: StepChange[];
    /** SOP only: the critical path before and after (`null` when it cannot be computed). */
    criticalPath?: { old: TimeSpan | null; new: TimeSpan | null };
    /** SP and SOP: the SP-vs-SOP time checks this document takes part in. */
    timeChecks: TimeCheck[];
    diagnostics: DiagnosticDiff;
}

/** One compared file. */
export interface FileReport {
    old: string | null;
    new: string | null;
    status: 'added' | 'deleted' | 'renamed' | 'modified' | 'unchanged';
    /** The text differs. */
    textChanged: boolean;
    /** The text differs but nothing in meaning does (formatting, comments, keyword language). */
    cosmeticOnly: boolean;
    /** Diagnostics that lie outside every document of the file (syntax errors between documents). */
    diagnostics: DiagnosticDiff;
}

/** The result of {@link diffRevisions}: `sop diff --format json`. */
export interface DiffReport {
    format: 'sop-diff';
    version: 1;
    old: { label: string };
    new: { label: string };
    summary: {
        /** Something changed in meaning: exit status 1. */
        semanticChange: boolean;
        /** Texts changed, meaning did not. */
        cosmeticOnly: boolean;
        documents: { added: number; removed: number; changed: number; unchanged: number };
        diagnostics: { introduced: number; fixed: number };
    };
    files: FileReport[];
    /** Documents in the order of the new version's files, removed ones after their old neighbours. */
    documents: DocumentReport[];
}
