/**
 * DOCX renderer of the official documents (SOP AP, Standar Pelayanan, SOP book).
 */
export { renderDocx } from './render-docx.js';
