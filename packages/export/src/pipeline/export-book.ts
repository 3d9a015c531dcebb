/**
 * The whole SOP book through the one export pipeline, for `sop export` and the VS Code extension
 * alike: the book's parts are found among the workspace's documents, each with its own logo and
 * draft state; PDF is printed twice (the parts, to count their pages, then the book with those
 * numbers in its contents list); HTML gets the same numbers when a browser is there; DOCX numbers
 * itself with Word fields.
 */
import type { CollectionModel, DocumentLink, DocumentModel } from '@sop/language/model';
import { bookToPdf, paginateBook, renderBookHtml, resolveBook, type BookInput, type BookPart } from '@sop/renderers/text';
import { ChromiumNotFoundError } from '../chromium-path.js';
import { markText } from '../write-output.js';
import type { ExportBackend } from './export-document.js';

/** One document of the workspace, where it is written and how many errors it has. */
export interface WorkspaceDocument {
    model: DocumentModel;
    /** The .sop file that holds it (its logo is relative to it). */
    file: string;
    errors: number;
}

/** A book ready to print, and the contents entries that name no SOP of the workspace (DOC-05). */
export interface PlannedBook {
    input: BookInput;
    missing: DocumentLink[];
}

/** Where a book is and what it holds beyond its SOPs. */
export interface BookPlace {
    /** The koleksi's file. */
    source: string;
    /** The koleksi's own errors (its front matter is then a draft). */
    errors: number;
    /** Also print the Standar Pelayanan that link to the book's SOPs. */
    withServiceStandards?: boolean;
    /**
     * Reads a logo named in `file` as a data: URI (`logoDataUri` on Node; the browser build of the
     * extension reads through `vscode.workspace.fs`), so this module needs no file system.
     */
    logo: (file: string, logo: string | undefined) => string | undefined | Promise<string | undefined>;
}

/** Thrown by a back end that cannot print PDF at all (the browser build of the extension). */
export class PdfUnavailableError extends Error { }

/** Assembles the book of `collection` from the workspace's documents. */
export async function planBook(collection: CollectionModel, documents: readonly WorkspaceDocument[], place: BookPlace): Promise<PlannedBook> {
    const readLogo = place.logo;
    const byModel = new Map(documents.map(d => [d.model, d]));
    const resolved = resolveBook(collection, documents.map(d => d.model));
    const chosen = [...resolved.sops, ...(place.withServiceStandards ? resolved.serviceStandards : [])];
    const parts: BookPart[] = [];
    for (const model of chosen) {
        const doc = byModel.get(model)!;
        parts.push({
            model,
            logoDataUri: model.kind === 'sop' ? await readLogo(doc.file, model.header.logo) : undefined,
            draft: doc.errors ? { errors: doc.errors } : undefined,
        });
    }
    return {
        input: { collection, parts, logoDataUri: await readLogo(place.source, collection.logo), draft: place.errors ? { errors: place.errors } : undefined },
        missing: resolved.missing,
    };
}

/** Formats in which a koleksi is the whole book (its Markdown stays the front matter). */
export const BOOK_FORMATS: ReadonlySet<string> = new Set(['html', 'pdf', 'docx']);

/** The bytes of the whole book in `format` (html, pdf or docx), ready to write. */
export async function exportBook(book: BookInput, format: 'html' | 'pdf' | 'docx', lang: 'id' | 'en', sourceRef: string, backend: ExportBackend): Promise<string | Uint8Array> {
    const options = { lang };
    const print = (html: string) => backend.pdf(html);
    if (format === 'pdf') return (await bookToPdf(book, options, print)).pdf;
    if (format === 'html') {
        try {
            return markText((await paginateBook(book, options, print)).html, 'html', sourceRef);
        } catch (e) {
            // Without a browser the HTML book is still written, its contents list without page numbers.
            if (!(e instanceof ChromiumNotFoundError) && !(e instanceof PdfUnavailableError)) throw e;
            return markText(renderBookHtml(book, options), 'html', sourceRef);
        }
    }
    return (await backend.docx()).renderBookDocx(book, options);
}
