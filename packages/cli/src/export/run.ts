/**
 * Runs `sop export`: loads every input into one workspace (references resolve across files),
 * plans one job per output file, skips those whose output is up to date (up-to-date.ts), renders
 * and writes the rest with one shared browser, prints `[i/N] source → target` progress, and
 * reports failures per file without stopping.
 */
import * as path from 'node:path';
import { BOOK_FORMATS, ChromiumNotFoundError, defaultParallelism, exportBook, exportDocument, ForeignFileError, markText, writeOutput, type ExportFormat } from '@sop/export';
import { documentLanguage } from '@sop/renderers';
import { ast, errorsWithin, syntaxProblems, type DocumentModel, type Lang, type SopServices } from '@sop/language';
import type { LangiumDocument } from 'langium';
import { expandInputs } from '../inputs.js';
import { loadWorkspace } from '../workspace.js';
import type { CommandIO } from '../io.js';
import type { ExportOptions } from './options.js';
import { planJobs, type ExportJob } from './jobs.js';
import { LazyBrowser, exportBrowserPath } from './browser-pool.js';
import { logoDataUri, readLogo } from '@sop/export';
import { planWorkspaceBook } from './book.js';
import { planBlankForms, planRoundForms, produceForm } from './monitoring.js';
import { DependencyChecksums } from './dependencies.js';
import { likelyWork, skipUpToDate, sourceFromOutput } from './up-to-date.js';
import { exportSummary, messageLanguage } from './summary.js';

/** A path as shown to the user: relative to the working directory, with forward slashes. */
function shown(file: string): string {
    return (path.relative(process.cwd(), file) || file).split(path.sep).join('/');
}

/** Syntax problems of a document as short texts (`line:col message`). */
function syntaxErrors(doc: LangiumDocument, lang: Lang): string[] {
    return syntaxProblems(doc, lang).map(p => `${p.line}:${p.column} ${p.message}`);
}

/** Produces the bytes or text of one job through the export pipeline the extension uses too. */
async function produce(job: ExportJob, options: ExportOptions, browser: LazyBrowser): Promise<string | Uint8Array> {
    const sourceRef = sourceFromOutput(job);
    const marker = (text: string, fmt: 'mmd' | 'md' | 'svg' | 'html') => markText(text, fmt, sourceRef);
    const lang = options.lang ?? documentLanguage(job.model);
    if (job.form) return produceForm(job.form, job.format, lang, html => browser.pdf(html), marker);
    if (job.book) return exportBook(job.book, job.format as 'html' | 'pdf' | 'docx', lang, sourceRef, browser.backend(options.theme));
    return exportDocument({
        model: job.model, format: job.format, sourceRef, lang, errors: job.errors, theme: options.theme,
        splitSections: options.splitSections, mermaid: job.mermaid,
        logoDataUri: job.model.kind === 'sop' ? logoDataUri(job.source, job.model.header.logo) : undefined,
    }, browser.backend(options.theme));
}

const BROWSER_FORMATS: ReadonlySet<ExportFormat> = new Set(['svg', 'png', 'pdf']);

/**
 * Loads every file into one workspace and plans the jobs, each with the checksum of what it is
 * made from; reports unreadable and broken files.
 */
async function planAll(files: string[], options: ExportOptions, io: CommandIO): Promise<{ jobs: ExportJob[]; failed: boolean }> {
    let failed = false;
    // Validated: a document with errors is exported as a draft, marked and listed.
    const ws = await loadWorkspace(files, { lang: options.lang ?? 'id', profile: options.profile }, true);
    for (const u of ws.unreadable) {
        io.err(`sop export: ${shown(u.file)}: cannot read (${u.reason})`);
        failed = true;
    }
    const services: SopServices = ws.services;
    const jobs: ExportJob[] = [];
    const books = new Map<DocumentModel, Awaited<ReturnType<typeof planWorkspaceBook>>>();
    const reported = new Set<DocumentModel>();
    const checksums = new DependencyChecksums(options);
    for (const doc of ws.documents) {
        const source = doc.uri.fsPath;
        const errors = syntaxErrors(doc, options.lang ?? 'id');
        const models: DocumentModel[] = services.sop.Models.getModels(doc);
        if (errors.length > 0) {
            failed = true;
            io.err(`sop export: ${shown(source)}: ${errors.length} syntax error${errors.length === 1 ? '' : 's'} (first at ${errors[0]})${models.length > 0 ? '; exporting what could be read' : ''}`);
        }
        // Monitoring rounds print as their filled forms.
        const forms = planRoundForms(source, doc, services, options.formats, options.out ?? path.dirname(source));
        for (const n of forms.notes) io.err(`sop export: ${shown(source)}: skipped ${n}`);
        jobs.push(...forms.jobs);
        // A file of templates only shapes the SOPs that use them: nothing of its own to export.
        if (models.length === 0 && errors.length === 0 && (doc.parseResult.value as ast.Model).documents.some(ast.isTemplate)) continue;
        if (models.length === 0 && forms.jobs.length + forms.notes.length > 0) continue;
        if (models.length === 0) {
            io.err(`sop export: ${shown(source)}: no SOP, Standar Pelayanan or collection to export`);
            failed = true;
            continue;
        }
        // A template that is not among the inputs: say so, rather than print another look silently.
        // A logo that cannot be used: say where and why; the export goes on without it.
        for (const d of (doc.parseResult.value as ast.Model).documents) {
            for (const field of d.members.filter(ast.isTextField).filter(f => f.key === 'logo')) {
                const logo = field.value?.items?.[0];
                const read = readLogo(source, logo);
                if (read && 'problem' in read) {
                    const at = field.$cstNode ? `:${field.$cstNode.range.start.line + 1}:${field.$cstNode.range.start.character + 1}` : '';
                    io.err(`sop export: ${shown(source)}${at}: logo "${logo}": ${read.problem}; exported without the logo`);
                }
            }
            for (const use of d.members.filter(ast.isTemplateUse)) {
                if (!use.ref?.ref) io.err(`sop export: ${shown(source)}: template "${use.ref?.$refText ?? ''}" of ${d.name} is not among the inputs (DOC-07); printing with the default look`);
            }
        }
        // A document whose id did not parse has no name to write under: say where it is, export the rest.
        const named = models.filter(m => {
            if (m.id) return true;
            const at = m.range ? `:${m.range.start.line + 1}:${m.range.start.character + 1}` : '';
            io.err(`sop export: ${shown(source)}${at}: a document without an id is not exported (write one: \`sop MyId "Title" {\`)`);
            failed = true;
            return false;
        });
        // The errors of each document (those within its lines): a document with any is a draft.
        const errorCounts = new Map(named.map(m => [m, errorsWithin(doc.diagnostics ?? [], m)]));
        const writable = named.filter(m => {
            const n = errorCounts.get(m)!;
            if (!options.strict || n === 0) return true;
            io.err(`sop export: ${shown(source)}: ${m.id} has ${n} error${n === 1 ? '' : 's'}; nothing written (--strict)`);
            failed = true;
            return false;
        });
        const plan = planJobs(source, writable, options);
        for (const n of plan.notes) io.err(`sop export: ${shown(source)}: skipped ${n}`);
        for (const j of plan.jobs) {
            const errors = errorCounts.get(j.model);
            if (j.model.kind === 'collection' && BOOK_FORMATS.has(j.format)) {
                books.set(j.model, books.get(j.model) ?? await planWorkspaceBook(source, j.model, services, errors ?? 0, options.withServiceStandards));
                const planned = books.get(j.model)!;
                jobs.push({ ...j, errors, book: planned.input });
            } else {
                jobs.push({ ...j, errors });
            }
        }
        if (options.monitoringForm) {
            for (const m of writable) if (m.kind === 'collection') jobs.push(...planBlankForms(source, m, services, options.formats, options.out ?? path.dirname(source)));
        }
        for (const [book, planned] of books) {
            if (reported.has(book)) continue;
            reported.add(book);
            for (const m of planned.missing) io.err(`sop export: ${shown(source)}: ${book.id}: the SOP "${m.id}" of the contents is not among the inputs or beside them (DOC-05); left out of the book`);
        }
    }
    const documentOf = new Map(ws.documents.map(d => [d.uri.fsPath, d]));
    for (const job of jobs) job.inputs = checksums.of(job, documentOf.get(job.source)!);
    return { jobs, failed };
}

/**
 * Runs the jobs with the shared browser, several at once (one per core: the browser draws on as
 * many pages), started in order; returns how many files were written and whether any failed.
 */
async function runJobs(jobs: readonly ExportJob[], options: ExportOptions, browser: LazyBrowser, io: CommandIO): Promise<{ written: number; failed: boolean }> {
    let browserMessageShown = false;
    let written = 0, failed = false;
    // Two documents must never write the same file (e.g. equal ids in files with equal names).
    const seen = new Map<string, ExportJob>();
    const clashes = jobs.map(job => {
        const clash = seen.get(job.target);
        if (!clash) seen.set(job.target, job);
        return clash;
    });
    const runOne = async (job: ExportJob, i: number) => {
        io.out(`[${i + 1}/${jobs.length}] ${shown(job.source)} → ${shown(job.target)}`);
        const clash = clashes[i];
        if (clash) {
            io.err(`sop export: ${shown(job.source)}: ${shown(job.target)}: also the output of ${clash.model.id} in ${shown(clash.source)}; not written`);
            failed = true;
            return;
        }
        try {
            const content = await produce(job, options, browser);
            writeOutput(job.target, content, { force: options.force, record: job.inputs ? { source: sourceFromOutput(job), inputs: job.inputs } : undefined });
            written++;
            if ((job.format === 'svg' || job.format === 'png') && browser.drawnWithoutLanes(job.mermaid!)) {
                io.err(`sop export: ${shown(job.source)}: ${shown(job.target)}: Mermaid could not lay this flow out in pelaksana lanes; drawn without lanes`);
            }
        } catch (e) {
            failed = true;
            if (e instanceof ChromiumNotFoundError && BROWSER_FORMATS.has(job.format)) {
                if (!browserMessageShown) io.err(`sop export: ${e.message}`);
                browserMessageShown = true;
                io.err(`sop export: ${shown(job.source)}: ${shown(job.target)}: not written (${job.format} needs Chrome, Edge or Chromium)`);
            } else if (e instanceof ForeignFileError) {
                io.err(`sop export: ${shown(job.source)}: ${e.message.replace(job.target, () => shown(job.target))}`);
            } else {
                io.err(`sop export: ${shown(job.source)}: ${shown(job.target)}: ${(e as Error).message.split('\n')[0]}`);
            }
        }
    };
    let next = 0;
    const worker = async () => {
        while (next < jobs.length) {
            const i = next++;
            await runOne(jobs[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(jobs.length, options.jobs ?? defaultParallelism()) }, worker));
    return { written, failed };
}

/**
 * With `--skip-unavailable` and no browser on this computer: the options without svg, png and pdf,
 * and one line that says which formats were skipped and what to install. Otherwise the options as given.
 */
function withoutUnavailable(options: ExportOptions, io: CommandIO): ExportOptions {
    const needBrowser = options.formats.filter(f => BROWSER_FORMATS.has(f));
    if (!options.skipUnavailable || needBrowser.length === 0) return options;
    try {
        exportBrowserPath(options.browser);
        return options;
    } catch (e) {
        if (!(e instanceof ChromiumNotFoundError)) throw e;
        io.err(`sop export: skipped ${needBrowser.join(', ')} (no browser): ${e.message}`);
        return { ...options, formats: options.formats.filter(f => !BROWSER_FORMATS.has(f)) };
    }
}

/** "file Id (n errors)" for each document exported as a draft, once. */
function draftsOf(jobs: readonly ExportJob[]): string[] {
    const seen = new Map<string, string>();
    for (const j of jobs) {
        if (!j.errors) continue;
        seen.set(`${j.source}\u0000${j.model.id}`, `${shown(j.source)} ${j.model.id} (${j.errors} error${j.errors === 1 ? '' : 's'})`);
    }
    return [...seen.values()];
}

/** Runs the export and returns the exit code (0 all written, 1 any failure, 2 nothing to read). */
export async function runExport(given: ExportOptions, io: CommandIO): Promise<number> {
    const { files, problems } = expandInputs(given.inputs);
    for (const p of problems) io.err(`sop export: ${p}`);
    if (files.length === 0) return 2;
    const options = withoutUnavailable(given, io);
    const browser = new LazyBrowser(options.browser, options.jobs);
    // Start Chromium while the sources are parsed when outputs are likely to be made; a launch
    // error surfaces on first use.
    if (options.formats.some(f => BROWSER_FORMATS.has(f)) && likelyWork(files, options.out, options.force)) browser.get().catch(() => undefined);
    try {
        const plan = await planAll(files, options, io);
        // Outputs whose sources, links, options and tool are unchanged are not made again (--force: all are).
        const todo = skipUpToDate(plan.jobs, options.force);
        const run = await runJobs(todo.run, options, browser, io);
        io.out(exportSummary(run.written, todo.run.length, todo.skipped, messageLanguage()));
        const drafts = draftsOf(plan.jobs);
        if (drafts.length) io.out(`drafts (marked KONSEP / DRAFT, not ready to sign): ${drafts.join(', ')}`);
        return problems.length > 0 || plan.failed || run.failed || (drafts.length > 0 && !options.allowDraft) ? 1 : 0;
    } finally {
        await browser.close();
    }
}
