/**
 * From a PDF's geometry to the `.sop` text: read the model (extract.ts), write it (write.ts) and
 * format it with the language's formatter. No Node API: `sop import` calls it after reading the
 * PDF in Node, the language server (desktop and web worker) when VS Code's "SOP: Import from PDF…"
 * sends the geometry its webview read.
 */
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices, syntaxProblems, type Lang } from '@sop/language';
import type { PdfGeometry } from './pdf-geometry.js';
import { extract } from './extract.js';
import { writeSop } from './write.js';
import type { ImportDoubt, ImportedSop } from './model.js';
import { importHeader } from './messages.js';
import { baseName } from './names.js';

/** One imported PDF: the model, the formatted `.sop` text and what the importer doubts. */
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

/** What an import is told about its source. */
export interface ImportOptions {
    /** The file name shown in the header comment. */
    source?: string;
    /** The language of the header and of the doubts (`// import:` comments and messages); default English. */
    lang?: Lang;
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

/** Imports one signed SOP from the geometry of its PDF (`readPdf` in Node, `readPdfGeometry` anywhere). */
export async function importGeometry(geo: PdfGeometry, options: ImportOptions = {}): Promise<ImportResult> {
    const lang = options.lang ?? 'en';
    const { model, doubts, scannedPages } = extract(geo, options.source, lang);
    const header = importHeader(options.source ? baseName(options.source) : undefined, geo.pages.length, doubts.length, lang);
    const { text: raw } = writeSop(model, doubts, header, lang);
    const { text, syntaxErrors } = await formatSop(raw);
    return {
        model, doubts, text, syntaxErrors, scannedPages, pages: geo.pages.length,
        stats: { rows: model.rows.length, symbols: model.symbols.length, arrows: model.arrows.length },
    };
}
