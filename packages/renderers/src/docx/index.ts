/**
 * DOCX renderer of the official documents (SOP AP, Standar Pelayanan, SOP book).
 */
export { renderDocx } from './render-docx.js';
export { renderBookDocx, partBookmark } from './book-docx.js';
export { renderMonitoringFormDocx } from './monitoring-docx.js';
