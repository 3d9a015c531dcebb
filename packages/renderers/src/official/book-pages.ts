/**
 * Real page numbers for the contents list of an SOP book. A browser lays the pages out, so the
 * caller passes its printer (`html → PDF bytes`, e.g. @sop/export's `htmlToPdf` or the VS Code
 * extension's); this module prints every piece of the book once, counts its pages, and gives
 * the book with the start page of every part in its contents list. No browser, file or clock of
 * its own: the same input and printer give the same bytes.
 */
import { renderBookHtml, renderBookPieces, type BookInput, type BookOptions } from './book.js';

/** Prints a standalone HTML page to PDF bytes. */
export type HtmlPrinter = (html: string) => Promise<Uint8Array>;

/**
 * The number of pages of a PDF: the `/Type /Page` objects (Chromium writes the page
 * dictionaries uncompressed; `/Pages`, the page tree nodes, are not counted).
 */
export function pdfPageCount(pdf: Uint8Array): number {
    // One byte, one character (the markers are ASCII), without Node's Buffer: this runs in the editor too.
    const text = new TextDecoder('latin1').decode(pdf);
    return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The start page (1-based, the cover is page 1) of every part, from the page counts of the pieces. */
export function startPages(pieceCounts: readonly number[]): number[] {
    const starts: number[] = [];
    let next = (pieceCounts[0] ?? 0) + 1;
    for (const n of pieceCounts.slice(1)) {
        starts.push(next);
        next += n;
    }
    return starts;
}

/** A book laid out: its HTML with page numbers, the page each part starts on, and the pages in all. */
export interface PaginatedBook {
    html: string;
    pageNumbers: number[];
    totalPages: number;
}

/**
 * Prints the pieces of the book (front matter, each part), counts their pages and renders the
 * whole book with real page numbers in the contents list.
 */
export async function paginateBook(input: BookInput, options: BookOptions, print: HtmlPrinter): Promise<PaginatedBook> {
    const counts: number[] = [];
    for (const piece of renderBookPieces(input, options)) counts.push(pdfPageCount(await print(piece)));
    const pageNumbers = startPages(counts);
    const html = renderBookHtml(input, { ...options, pageNumbers });
    return { html, pageNumbers, totalPages: counts.reduce((a, b) => a + b, 0) };
}

/**
 * The whole book as one PDF with real page numbers in its contents list. Checks that the book
 * printed in one piece has as many pages as its pieces; otherwise the numbers would lie, and it
 * throws rather than print them.
 */
export async function bookToPdf(input: BookInput, options: BookOptions, print: HtmlPrinter): Promise<{ pdf: Uint8Array; pageNumbers: number[]; html: string }> {
    const book = await paginateBook(input, options, print);
    const pdf = await print(book.html);
    const pages = pdfPageCount(pdf);
    if (pages !== book.totalPages) throw new Error(`the book printed on ${pages} pages but its parts on ${book.totalPages}; the contents page numbers would be wrong`);
    return { pdf, pageNumbers: book.pageNumbers, html: book.html };
}
