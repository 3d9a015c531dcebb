/**
 * Import signed SOP PDFs (made in Word) into the SOP language.
 *
 * `importPdf(bytes)` reads one PDF and returns the neutral model, the `.sop` text in the canonical
 * format (our formatter's output) and the doubts; `importFiles(paths, { out })` is what
 * `sop import` and the VS Code command "SOP: Import from PDF…" call: it writes one `.sop` per PDF,
 * never over an existing file.
 */
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices, syntaxProblems } from '@sop/language';
import { readPdf } from './pdf.js';
import { extract } from './extract.js';
import { writeSop } from './write.js';
import type { ImportDoubt, ImportedSop } from './model.js';

export * from './model.js';
export { readPdf } from './pdf.js';
export { extract } from './extract.js';
export { writeSop, idFrom } from './write.js';
export { compareModels, type Comparison, type Tally } from './compare.js';

export interface ImportResult {
    model: ImportedSop;
    doubts: ImportDoubt[];
    /** The `.sop` text, formatted. */
    text: string;
    /** Syntax errors of the text (none expected; reported if any). */
    syntaxErrors: string[];
    scannedPages: number[];
    pages: number;
    stats: { rows: number; symbols: number; arrows: number };
}

let services: ReturnType<typeof createSopServices> | undefined;
let counter = 0;

/** Formats `.sop` text with the language's formatter and returns it with its syntax errors. */
export async function formatSop(text: string): Promise<{ text: string; syntaxErrors: string[] }> {
    services ??= createSopServices(EmptyFileSystem);
    const { shared, Sop } = services;
    const uri = URI.parse(`memory:///import-${++counter}.sop`);
    const parse = async (t: string) => {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(t, uri);
        shared.workspace.LangiumDocuments.addDocument(doc);
        try {
            await shared.workspace.DocumentBuilder.build([doc], { validation: false });
            return { doc, errors: syntaxProblems(doc, 'en').map(p => `${p.line}:${p.column}: ${p.message}`) };
        } finally {
            shared.workspace.LangiumDocuments.deleteDocument(uri);
        }
    };
    const first = await parse(text);
    if (first.errors.length) return { text, syntaxErrors: first.errors };
    const formatted = Sop.sopLsp.Formatter.formatText(first.doc) ?? text;
    const second = await parse(formatted);
    return { text: formatted, syntaxErrors: second.errors };
}

export interface ImportOptions {
    /** The file name shown in the header comment. */
    source?: string;
}

/** Imports one signed SOP PDF. */
export async function importPdf(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
    const geo = await readPdf(bytes);
    const { model, doubts, scannedPages } = extract(geo, options.source);
    const header = [
        `Imported by sop import from ${options.source ? path.basename(options.source) : 'a signed PDF'} (${geo.pages.length} page${geo.pages.length === 1 ? '' : 's'}).`,
        doubts.length ? `${doubts.length} doubt(s): search for "import:" and check them against the PDF.` : 'Read without doubts; still compare it with the signed PDF before relying on it.',
    ];
    const { text: raw } = writeSop(model, doubts, header);
    const { text, syntaxErrors } = await formatSop(raw);
    return {
        model, doubts, text, syntaxErrors, scannedPages, pages: geo.pages.length,
        stats: { rows: model.rows.length, symbols: model.symbols.length, arrows: model.arrows.length },
    };
}

/** The PDF files named or inside the folders named (recursively), sorted. */
export function pdfInputs(inputs: readonly string[]): { files: string[]; problems: string[] } {
    const files: string[] = [], problems: string[] = [];
    const walk = (p: string) => {
        let st;
        try { st = statSync(p); } catch { problems.push(`${p}: not found`); return; }
        if (st.isDirectory()) {
            for (const n of readdirSync(p).sort()) {
                const f = path.join(p, n);
                try {
                    const s = statSync(f);
                    if (s.isDirectory()) walk(f);
                    else if (/\.pdf$/i.test(n)) files.push(f);
                } catch { /* vanished */ }
            }
        } else if (/\.pdf$/i.test(p)) files.push(p);
        else problems.push(`${p}: not a PDF file`);
    };
    for (const i of inputs) walk(i);
    return { files, problems };
}

/** The `.sop` name for a PDF: its base name without "signed", lower case, words joined by "-". */
export function sopNameFor(pdf: string): string {
    const base = path.basename(pdf).replace(/\.pdf$/i, '').replace(/\bsigned\b/ig, '');
    const slug = base.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
    return (slug || 'sop') + '.sop';
}

/** Thrown when the target exists: an import never overwrites a file. */
export class ExistsError extends Error {}

/**
 * Writes a new file atomically and never over anything: the bytes go to a temporary file beside
 * it, which is then hard-linked to the name (fails if the name exists, also a link) and removed.
 */
export function writeNew(file: string, text: string): void {
    try {
        lstatSync(file);
        throw new ExistsError(`${file} exists; an import never overwrites a file (move it away or choose another --out)`);
    } catch (e) {
        if (e instanceof ExistsError) throw e;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    writeFileSync(temp, text, { flag: 'wx' });
    try {
        linkSync(temp, file);
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new ExistsError(`${file} exists; an import never overwrites a file`);
        // file systems without hard links: exclusive create
        if ((e as NodeJS.ErrnoException).code === 'EPERM' || (e as NodeJS.ErrnoException).code === 'ENOTSUP') writeFileSync(file, text, { flag: 'wx' });
        else throw e;
    } finally {
        try { unlinkSync(temp); } catch { /* gone */ }
    }
}

export interface FileOutcome {
    pdf: string;
    sop?: string;
    status: 'imported' | 'exists' | 'failed' | 'scanned';
    error?: string;
    result?: Omit<ImportResult, 'text'>;
}

export interface ImportFilesOptions {
    /** Output folder; default: beside each PDF. */
    out?: string;
    /** Write nothing (measurement). */
    dryRun?: boolean;
    onProgress?: (done: number, total: number, outcome: FileOutcome) => void;
}

export interface ImportSummary {
    files: number;
    imported: number;
    failed: number;
    exists: number;
    scanned: number;
    rows: number;
    symbols: number;
    arrows: number;
    withDoubts: number;
    doubts: number;
    syntaxErrors: number;
    ms: number;
    outcomes: FileOutcome[];
}

/** Imports PDF files (or folders of them) into `.sop` files. The library entry of "SOP: Import from PDF…". */
export async function importFiles(inputs: readonly string[], options: ImportFilesOptions = {}): Promise<ImportSummary & { problems: string[] }> {
    const t0 = Date.now();
    const { files, problems } = pdfInputs(inputs);
    const outcomes: FileOutcome[] = [];
    const usedNames = new Set<string>();
    for (const [i, pdf] of files.entries()) {
        let outcome: FileOutcome;
        try {
            const r = await importPdf(readFileSync(pdf), { source: pdf });
            const { text, ...rest } = r;
            const dir = options.out ?? path.dirname(pdf);
            let name = sopNameFor(pdf);
            for (let k = 2; usedNames.has(path.join(dir, name)); k++) name = sopNameFor(pdf).replace(/\.sop$/, `-${k}.sop`);
            const target = path.join(dir, name);
            usedNames.add(target);
            const scanned = r.scannedPages.length === r.pages;
            outcome = { pdf, sop: target, status: scanned ? 'scanned' : 'imported', result: rest };
            if (!options.dryRun && !scanned) {
                try { writeNew(target, text); } catch (e) {
                    if (e instanceof ExistsError) outcome = { ...outcome, status: 'exists', error: e.message };
                    else throw e;
                }
            }
        } catch (e) {
            outcome = { pdf, status: 'failed', error: (e as Error).message };
        }
        outcomes.push(outcome);
        options.onProgress?.(i + 1, files.length, outcome);
    }
    const ok = outcomes.filter(o => o.result);
    return {
        problems,
        files: files.length,
        imported: outcomes.filter(o => o.status === 'imported').length,
        failed: outcomes.filter(o => o.status === 'failed').length,
        exists: outcomes.filter(o => o.status === 'exists').length,
        scanned: outcomes.filter(o => o.status === 'scanned').length,
        rows: ok.reduce((n, o) => n + o.result!.stats.rows, 0),
        symbols: ok.reduce((n, o) => n + o.result!.stats.symbols, 0),
        arrows: ok.reduce((n, o) => n + o.result!.stats.arrows, 0),
        withDoubts: ok.filter(o => o.result!.doubts.length).length,
        doubts: ok.reduce((n, o) => n + o.result!.doubts.length, 0),
        syntaxErrors: ok.filter(o => o.result!.syntaxErrors.length).length,
        ms: Date.now() - t0,
        outcomes,
    };
}
