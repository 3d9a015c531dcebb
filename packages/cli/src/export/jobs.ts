/**
 * Plans an export: one job per output file, so the run can print `[i/N]` progress and keep going
 * after a failed file.
 */
import * as path from 'node:path';
import type { DocumentModel } from '@sop/language';
import type { BookInput, MonitoringForm } from '@sop/renderers';
import { documentLanguage, renderMermaid, splitBySection } from '@sop/renderers';
import { outputFileName, type ExportFormat } from '@sop/export';
import type { ExportOptions } from './options.js';

/** One output file to produce. */
export interface ExportJob {
    source: string;
    model: DocumentModel;
    format: ExportFormat;
    target: string;
    /** Mermaid text, for the flowchart formats. */
    mermaid?: string;
    /** Errors the document still has: a draft, printed with the KONSEP / DRAFT mark. */
    errors?: number;
    /** An SOP book (koleksi) in html, pdf or docx: the whole book, with its SOPs from the workspace. */
    book?: BookInput;
    /** A monitoring form (blank, of a book, or filled, of a round): html, pdf, docx, md. */
    form?: MonitoringForm;
    /** Checksum of everything the output is made from (dependencies.ts); recorded in the manifest. */
    inputs?: string;
}

/** Formats drawn from the flowchart, which only an SOP has. */
const FLOWCHART_FORMATS: ReadonlySet<ExportFormat> = new Set(['mmd', 'svg', 'png']);

/** The jobs for the models of one source file, and notes about formats that do not apply. */
export function planJobs(source: string, models: readonly DocumentModel[], options: ExportOptions): { jobs: ExportJob[]; notes: string[] } {
    const outDir = options.out ?? path.dirname(source);
    const jobs: ExportJob[] = [];
    const notes: string[] = [];
    for (const model of models) {
        for (const format of options.formats) {
            if (FLOWCHART_FORMATS.has(format)) {
                if (model.kind !== 'sop') {
                    notes.push(`${model.id}: no ${format} (a ${model.kind === 'sp' ? 'Standar Pelayanan' : 'collection'} has no flowchart)`);
                    continue;
                }
                const mermaidOptions = { lang: options.lang ?? documentLanguage(model), theme: options.theme };
                if (options.splitSections && model.sections.length > 0) {
                    splitBySection(model, mermaidOptions).forEach((part, i) => jobs.push({
                        source, model, format, mermaid: part.mermaid,
                        target: path.join(outDir, outputFileName(source, model.id, format, { index: i + 1, title: part.title })),
                    }));
                } else {
                    jobs.push({ source, model, format, mermaid: renderMermaid(model, mermaidOptions), target: path.join(outDir, outputFileName(source, model.id, format)) });
                }
            } else {
                jobs.push({ source, model, format, target: path.join(outDir, outputFileName(source, model.id, format)) });
            }
        }
    }
    return { jobs, notes };
}
