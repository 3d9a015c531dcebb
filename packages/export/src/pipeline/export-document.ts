/**
 * The one export pipeline: the bytes of one format of one document, for `sop export` and the
 * VS Code extension alike. Text formats, HTML and DOCX come from the pure renderers; what needs a
 * browser (drawing a flowchart, printing a PDF) goes to the caller's {@link ExportBackend}: the CLI
 * draws with playwright, the extension in its preview webview, and both print PDFs with the same
 * printer (print-pdf.ts). A document with errors is a draft, marked KONSEP / DRAFT on every page.
 */
import type { DocumentModel, SopModel } from '@sop/language/model';
import { renderMarkdown, renderMermaid, renderOfficialHtml, type MermaidTheme } from '@sop/renderers/text';
import type { ExportFormat } from '../file-names.js';
import { markText } from '../write-output.js';

/** The DOCX renderers (`@sop/renderers/docx`), loaded on demand. */
export type DocxRenderers = Pick<typeof import('@sop/renderers/docx'), 'renderDocx' | 'renderBookDocx'>;

/** What needs more than a pure function; each caller brings its own. */
export interface ExportBackend {
    /** Mermaid text → standalone SVG text. */
    svg(mermaid: string): Promise<string>;
    /** Mermaid text → PNG bytes (scale and background are the backend's settings). */
    png(mermaid: string): Promise<Uint8Array>;
    /** Complete HTML page → PDF bytes (use `PdfPrinter` so every caller prints alike). */
    pdf(html: string): Promise<Uint8Array>;
    /** The DOCX renderers, loaded when first needed (the `docx` library is large). */
    docx(): Promise<DocxRenderers>;
}

/** One document in one format. */
export interface DocumentExport {
    model: DocumentModel;
    format: ExportFormat;
    /** The source file as seen from the output file's folder, for the generated-by comment. */
    sourceRef: string;
    /** The language of the printed document (by default the document's own; see `documentLanguage`). */
    lang: 'id' | 'en';
    /** Errors the document has: above 0 it is exported as a draft. */
    errors?: number;
    /** The unit's logo as a data: URI (see `readLogo`). */
    logoDataUri?: string;
    theme?: MermaidTheme;
    /** Markdown: one flowchart per section (`--split-sections`). */
    splitSections?: boolean;
    /** Flowchart formats: the Mermaid text to draw (one part of a split SOP); default the whole SOP. */
    mermaid?: string;
}

/** The Mermaid text of a flowchart format. */
function mermaidOf(job: DocumentExport): string {
    if (job.mermaid !== undefined) return job.mermaid;
    if (job.model.kind !== 'sop') throw new Error(`${job.model.id} has no flowchart (only an SOP has one)`);
    return renderMermaid(job.model as SopModel, { lang: job.lang, theme: job.theme });
}

/** The content of one export, ready to write (text formats carry the generated-by comment). */
export async function exportDocument(job: DocumentExport, backend: ExportBackend): Promise<string | Uint8Array> {
    const draft = job.errors ? { errors: job.errors } : undefined;
    const official = { lang: job.lang, draft, logoDataUri: job.logoDataUri };
    const mark = (text: string, format: 'mmd' | 'md' | 'svg' | 'html') => markText(text, format, job.sourceRef);
    switch (job.format) {
        case 'mmd': return mark(mermaidOf(job), 'mmd');
        case 'md': return mark(renderMarkdown(job.model, { lang: job.lang, splitSections: job.splitSections || undefined, theme: job.theme }), 'md');
        case 'svg': return mark(await backend.svg(mermaidOf(job)), 'svg');
        case 'png': return backend.png(mermaidOf(job));
        case 'html': return mark(renderOfficialHtml(job.model, official), 'html');
        case 'pdf': return backend.pdf(renderOfficialHtml(job.model, official));
        case 'docx': return (await backend.docx()).renderDocx(job.model, official);
    }
}
