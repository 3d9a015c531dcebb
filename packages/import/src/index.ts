/**
 * Import signed SOP PDFs (made in Word) into the SOP language.
 *
 * `importPdf(bytes)` reads one PDF and returns the neutral model, the `.sop` text in the canonical
 * format (our formatter's output) and the doubts; `importFiles(paths, { out })` is what
 * `sop import` calls: it writes one `.sop` per PDF, never over an existing file. VS Code's
 * "SOP: Import from PDF…" reads the PDF in its webview (`readPdfGeometry`, subpath `./geometry`)
 * and has the language server convert the geometry (`importGeometry`, subpath `./convert`).
 */
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { readPdf } from './pdf.js';
import { importGeometry, type ImportOptions, type ImportResult } from './convert.js';
import { sopNameFor } from './names.js';
import type { Lang } from '@sop/language';
import { importMessage } from './messages.js';

export * from './model.js';
export { readPdf } from './pdf.js';
export { extract } from './extract.js';
export { writeSop, idFrom } from './write.js';
export { compareModels, type Comparison, type Tally } from './compare.js';
export { formatSop, importGeometry, type ImportOptions, type ImportResult } from './convert.js';
export { readPdfGeometry, type PdfJs, type PdfJsData, type PdfGeometry, type PageGeometry } from './pdf-geometry.js';
export { sopNameFor } from './names.js';
export * from './protocol.js';

/** Imports one signed SOP PDF. */
export async function importPdf(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
    return importGeometry(await readPdf(bytes), options);
}

/** The PDF files named or inside the folders named (recursively), sorted; the problems said in `lang`. */
export function pdfInputs(inputs: readonly string[], lang: Lang = 'en'): { files: string[]; problems: string[] } {
    const files: string[] = [], problems: string[] = [];
    const walk = (p: string) => {
        let st;
        try { st = statSync(p); } catch { problems.push(importMessage('inputNotFound', lang, p)); return; }
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
        else problems.push(importMessage('inputNotPdf', lang, p));
    };
    for (const i of inputs) walk(i);
    return { files, problems };
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
    /** The language of the files' header and doubt comments, and of the doubts reported; default English. */
    lang?: Lang;
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

/** Imports PDF files (or folders of them) into `.sop` files: `sop import`. */
export async function importFiles(inputs: readonly string[], options: ImportFilesOptions = {}): Promise<ImportSummary & { problems: string[] }> {
    const t0 = Date.now();
    const { files, problems } = pdfInputs(inputs, options.lang);
    const outcomes: FileOutcome[] = [];
    const usedNames = new Set<string>();
    for (const [i, pdf] of files.entries()) {
        let outcome: FileOutcome;
        try {
            const r = await importPdf(readFileSync(pdf), { source: pdf, lang: options.lang });
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
