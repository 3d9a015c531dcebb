/**
 * The official-document renderer: SOP AP (Permenpan RB 35/2012) with identity block and the
 * procedure table drawn with the SOP AP symbols, Standar Pelayanan (UU 25/2009), and SOP books.
 */
export { renderOfficialHtml, renderOfficialBody, type OfficialOptions } from './document.js';
export { officialCss } from './css.js';
export { layoutProcedure, type ProcedureLayout } from './procedure-table.js';
export type { ServiceStandardView } from './service-standard.js';
export type { OfficialLang } from './labels.js';
export { resolveBook, renderBookHtml, renderBookPieces, bookFrontHtml, bookPartHtml, bookCss, partAnchor, type BookInput, type BookPart, type BookOptions, type ResolvedBook } from './book.js';
export { paginateBook, bookToPdf, pdfPageCount, startPages, type HtmlPrinter, type PaginatedBook } from './book-pages.js';
export type { DraftInfo } from './draft-mark.js';
export { blankMonitoringForm, filledMonitoringForm, monitoringFormBody, monitoringLabels, renderMonitoringFormHtml, renderMonitoringFormMarkdown, type MonitoringForm, type MonitoringFormRow } from './monitoring.js';
export { overviewScript, overviewScriptHash, renderOverviewHtml, renderOverviewMarkdown, type OverviewOptions, type OverviewRow } from './overview.js';
