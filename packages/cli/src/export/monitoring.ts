/**
 * `sop export` of monitoring forms (Permenpan RB 35/2012, Tabel 7): a monitoring round
 * (`pemantauan`) exports as its filled form; with `--monitoring-form` an SOP book also writes the
 * blank form, one row per SOP of its contents. Formats: html, pdf, docx, md.
 */
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { CollectionModel, DocumentModel, SopServices } from '@sop/language';
import { blankMonitoringForm, filledMonitoringForm, renderMonitoringFormHtml, renderMonitoringFormMarkdown, type MonitoringForm } from '@sop/renderers';
import { renderMonitoringFormDocx } from '@sop/renderers/docx';
import { logoDataUri, outputFileName, type ExportFormat } from '@sop/export';
import type { ExportJob } from './jobs.js';

/** The formats a monitoring form is written in. */
export const FORM_FORMATS: ReadonlySet<ExportFormat> = new Set(['html', 'pdf', 'docx', 'md']);

function workspaceModels(services: SopServices): DocumentModel[] {
    return services.shared.workspace.LangiumDocuments.all.toArray().flatMap(d => services.sop.Models.getModels(d));
}

/**
 * The job's model stands for the form in progress lines and messages (its id and title); the
 * form itself is in `form`.
 */
function standIn(id: string, title: string): CollectionModel {
    return { kind: 'collection', id, title, scope: [], summary: [], definitions: [], contents: [] };
}

/** The filled forms of the monitoring rounds of one file, and notes on the formats a form has not. */
export function planRoundForms(source: string, doc: LangiumDocument, services: SopServices, formats: readonly ExportFormat[], outDir: string): { jobs: ExportJob[]; notes: string[] } {
    // A round whose id another document of the file already has (DOC-01) would write over its
    // files: only the first document of an id is exported.
    const taken = new Set(services.sop.Models.getModels(doc).map(m => m.id));
    const jobs: ExportJob[] = [];
    const notes: string[] = [];
    const rounds = services.sop.Models.getMonitoringModels(doc).filter(r => {
        if (!r.id) return false;
        if (taken.has(r.id)) {
            notes.push(`${r.id}: a second document with this id in the file (DOC-01), not exported`);
            return false;
        }
        taken.add(r.id);
        return true;
    });
    if (rounds.length === 0) return { jobs, notes };
    const models = workspaceModels(services);
    for (const round of rounds) {
        const bookLogo = models.find((m): m is CollectionModel => m.kind === 'collection' && m.id === round.book?.id);
        const logo = bookLogo?.logo && bookLogo.uri ? logoDataUri(fileOf(bookLogo.uri), bookLogo.logo) : undefined;
        const form = filledMonitoringForm(round, models, logo);
        for (const format of formats) {
            if (!FORM_FORMATS.has(format)) {
                notes.push(`${round.id}: no ${format} (a monitoring round prints as its form: html, pdf, docx, md)`);
                continue;
            }
            jobs.push({ source, model: standIn(round.id, round.title), format, target: path.join(outDir, outputFileName(source, round.id, format)), form });
        }
    }
    return { jobs, notes };
}

/** The blank form of an SOP book: `<source>.<BookId>.monitoring-form.<ext>`. */
export function planBlankForms(source: string, book: CollectionModel, services: SopServices, formats: readonly ExportFormat[], outDir: string): ExportJob[] {
    const form = blankMonitoringForm(book, workspaceModels(services), logoDataUri(source, book.logo));
    return formats.filter(f => FORM_FORMATS.has(f)).map(format => ({
        source, model: book, format, form,
        target: path.join(outDir, outputFileName(source, book.id, format).replace(new RegExp(`\\.${format}$`), `.monitoring-form.${format}`)),
    }));
}

function fileOf(uri: string): string {
    return URI.parse(uri).fsPath;
}

/** The bytes or text of one form job. */
export async function produceForm(form: MonitoringForm, format: ExportFormat, lang: 'id' | 'en', print: (html: string) => Promise<Uint8Array>,
    marker: (text: string, fmt: 'html' | 'md') => string): Promise<string | Uint8Array> {
    switch (format) {
        case 'html': return marker(renderMonitoringFormHtml(form, { lang }), 'html');
        case 'md': return marker(renderMonitoringFormMarkdown(form, { lang }), 'md');
        case 'pdf': return print(renderMonitoringFormHtml(form, { lang }));
        case 'docx': return renderMonitoringFormDocx(form, { lang });
        default: throw new Error(`a monitoring form has no ${format}`);
    }
}
