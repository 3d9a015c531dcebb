/**
 * UI strings of the extension and the preview in English and Bahasa Indonesia. Indonesian when
 * `sop.language` says `id`, or when it is `auto` and VS Code runs in Indonesian.
 */
import * as vscode from 'vscode';
import type { WebviewStrings } from '../shared/messages.js';

export type UiLang = 'id' | 'en';

/** The language for UI strings now (reads the setting each time, so a change applies at once). */
export function uiLang(): UiLang {
    const chosen = vscode.workspace.getConfiguration('sop').get<string>('language', 'auto');
    if (chosen === 'id' || chosen === 'en') return chosen;
    return vscode.env.language.toLowerCase().startsWith('id') ? 'id' : 'en';
}

const en = {
    previewTitle: 'Preview {0}',
    previewTitleLocked: '[Locked] Preview {0}',
    noActiveSop: 'Open a .sop file first.',
    exportDone: 'Exported {0}',
    exportOpen: 'Open',
    exportReveal: 'Reveal in Explorer',
    overwrite: 'Overwrite',
    overwriteQuestion: '{0} already exists. Overwrite it?',
    exportSkipped: 'Export cancelled: {0} was not overwritten.',
    exportFailed: 'Export failed: {0}',
    noModel: 'This file has no SOP or Standar Pelayanan to export.',
    noFlowchart: 'The document under the cursor has no flowchart (only an SOP has one).',
    exportAllProgress: 'Exporting SOP documents',
    exportAllDone: 'Exported {0} file(s) ({1} skipped, {2} failed).',
    exportAllNone: 'No .sop files in the workspace.',
    exportNeedsPreview: 'Rendering {0} needs the preview; it was opened for the export.',
    chromiumMissing: 'PDF export needs Chromium. Install it with: sudo apt-get install chromium (or set CHROMIUM_PATH).',
    renderTimeout: 'The preview did not render the diagram in time.',
    hasErrors: '{0} has {1} error(s); the export shows the document as it is now.',
    pickFormat: 'Export format',
    workingTree: 'working tree',
    compareNoGit: 'Compare needs the built-in Git extension and {0} in a git repository.',
    compareNoPrevious: '{0} has no previous revision in git.',
    compareFailed: 'Compare failed: {0}',
    compareNoSop: 'No SOP flowchart to compare in this file.',
    overviewGroup_sop: 'SOP',
    overviewGroup_sp: 'Standar Pelayanan',
    overviewGroup_collection: 'SOP books',
    overviewGroup_monitoring: 'Monitoring rounds',
    overviewSteps: '{0} steps',
    overviewStep: '{0} step',
    overviewSops: '{0} SOPs',
    overviewReviewDue: 'review due {0}',
    overviewId: 'Id',
    overviewUnit: 'Unit',
    overviewCreated: 'Created',
    overviewRevised: 'Revised',
    overviewEffective: 'Effective',
    overviewPelaksana: 'Pelaksana',
    overviewProblems: 'Problems',
    overviewProblemCount: '{0} error(s), {1} warning(s)',
    overviewLastMonitoring: 'Last monitoring',
    overviewNextReview: 'Next review',
    overviewGood: 'working well',
    overviewNotGood: 'not working well',
    overviewOpen: 'Open',
    importOriginalTitle: 'Original: {0}',
    importViewClosed: 'The PDF view was closed before the PDF was read.',
    importPage: 'Page {0} of {1}',
    importLoading: 'Reading the PDF…',
    importReadFailed: 'This PDF could not be read: {0}',
    importPick: 'Import',
    importFilter: 'Signed SOP (PDF)',
    importProgress: 'Importing {0}',
    importExists: '{0} already exists; an import never replaces a file.',
    importOpenExisting: 'Open it',
    importAsNew: 'Import as {0}',
    importScanned: '{0} holds only scanned pages (images without text): there is nothing to read. Type the SOP in, or import the PDF made from the Word original.',
    importDone: 'Imported {0}: {1} rows, {2} symbols, {3} arrows. Compare it with the PDF beside it before relying on it.',
    importDoubts: '{0} doubt(s) are marked "// import:" in the file.',
    importSyntax: 'The imported text has {0} syntax error(s); please report it with the PDF.',
    importFailed: 'Import failed: {0}',
    importNotPdf: '{0} is not a PDF file.',
    importBatchProgress: 'Importing {0} PDF files',
    importBatchDone: 'Imported {0} of {1} PDF files ({2} not replaced: the .sop exists; {3} scanned; {4} failed, see the SOP log). {5} doubt(s) are marked "// import:" in the files.',
};
type Keys = keyof typeof en;
const id: Record<Keys, string> = {
    previewTitle: 'Pratinjau {0}',
    previewTitleLocked: '[Terkunci] Pratinjau {0}',
    noActiveSop: 'Buka berkas .sop terlebih dahulu.',
    exportDone: 'Diekspor: {0}',
    exportOpen: 'Buka',
    exportReveal: 'Tampilkan di Explorer',
    overwrite: 'Timpa',
    overwriteQuestion: '{0} sudah ada. Timpa berkas itu?',
    exportSkipped: 'Ekspor dibatalkan: {0} tidak ditimpa.',
    exportFailed: 'Ekspor gagal: {0}',
    noModel: 'Berkas ini tidak berisi SOP atau Standar Pelayanan untuk diekspor.',
    noFlowchart: 'Dokumen di bawah kursor tidak memiliki diagram alir (hanya SOP yang memilikinya).',
    exportAllProgress: 'Mengekspor dokumen SOP',
    exportAllDone: '{0} berkas diekspor ({1} dilewati, {2} gagal).',
    exportAllNone: 'Tidak ada berkas .sop di workspace.',
    exportNeedsPreview: 'Merender {0} memerlukan pratinjau; pratinjau dibuka untuk ekspor.',
    chromiumMissing: 'Ekspor PDF memerlukan Chromium. Pasang dengan: sudo apt-get install chromium (atau atur CHROMIUM_PATH).',
    renderTimeout: 'Pratinjau tidak selesai merender diagram tepat waktu.',
    hasErrors: '{0} memiliki {1} galat; ekspor menampilkan dokumen apa adanya sekarang.',
    pickFormat: 'Format ekspor',
    workingTree: 'working tree',
    compareNoGit: 'Perbandingan memerlukan ekstensi Git bawaan dan {0} di dalam repositori git.',
    compareNoPrevious: '{0} tidak memiliki revisi sebelumnya di git.',
    compareFailed: 'Perbandingan gagal: {0}',
    compareNoSop: 'Tidak ada diagram alir SOP untuk dibandingkan di berkas ini.',
    importOriginalTitle: 'Asli: {0}',
    importViewClosed: 'Tampilan PDF ditutup sebelum PDF selesai dibaca.',
    importPage: 'Halaman {0} dari {1}',
    importLoading: 'Membaca PDF…',
    importReadFailed: 'PDF ini tidak dapat dibaca: {0}',
    importPick: 'Impor',
    importFilter: 'SOP bertanda tangan (PDF)',
    importProgress: 'Mengimpor {0}',
    importExists: '{0} sudah ada; impor tidak pernah menimpa berkas.',
    importOpenExisting: 'Buka berkas itu',
    importAsNew: 'Impor sebagai {0}',
    importScanned: '{0} hanya berisi halaman hasil pindai (gambar tanpa teks): tidak ada yang dapat dibaca. Ketik ulang SOP-nya, atau impor PDF yang dibuat dari dokumen Word aslinya.',
    importDone: 'Diimpor ke {0}: {1} baris, {2} simbol, {3} panah. Bandingkan dengan PDF di sebelahnya sebelum digunakan.',
    importDoubts: '{0} keraguan ditandai "// import:" di dalam berkas.',
    importSyntax: 'Teks hasil impor memiliki {0} galat sintaksis; mohon laporkan beserta PDF-nya.',
    importFailed: 'Impor gagal: {0}',
    importNotPdf: '{0} bukan berkas PDF.',
    importBatchProgress: 'Mengimpor {0} berkas PDF',
    importBatchDone: '{0} dari {1} berkas PDF diimpor ({2} tidak ditimpa: .sop-nya sudah ada; {3} hasil pindai; {4} gagal, lihat log SOP). {5} keraguan ditandai "// import:" di dalam berkas.',
    overviewGroup_sop: 'SOP',
    overviewGroup_sp: 'Standar Pelayanan',
    overviewGroup_collection: 'Buku SOP',
    overviewGroup_monitoring: 'Pemantauan',
    overviewSteps: '{0} langkah',
    overviewStep: '{0} langkah',
    overviewSops: '{0} SOP',
    overviewReviewDue: 'pemantauan jatuh tempo {0}',
    overviewId: 'Id',
    overviewUnit: 'Unit',
    overviewCreated: 'Dibuat',
    overviewRevised: 'Direvisi',
    overviewEffective: 'Efektif',
    overviewPelaksana: 'Pelaksana',
    overviewProblems: 'Masalah',
    overviewProblemCount: '{0} galat, {1} peringatan',
    overviewLastMonitoring: 'Pemantauan terakhir',
    overviewNextReview: 'Pemantauan berikutnya',
    overviewGood: 'berjalan dengan baik',
    overviewNotGood: 'tidak berjalan dengan baik',
    overviewOpen: 'Buka',
};

/** A UI string with `{n}` placeholders filled in. */
export function t(key: Keys, ...args: Array<string | number>): string {
    const table = uiLang() === 'id' ? id : en;
    return table[key].replace(/\{(\d+)\}/g, (_, n: string) => String(args[Number(n)] ?? ''));
}

/** The strings of the webview toolbar and banners. */
export function webviewStrings(): WebviewStrings {
    if (uiLang() === 'id') {
        return {
            flowchart: 'Diagram alir', document: 'Dokumen resmi', serviceStandard: 'Standar Pelayanan',
            zoomIn: 'Perbesar', zoomOut: 'Perkecil', fit: 'Sesuaikan', lock: 'Kunci pratinjau', unlock: 'Buka kunci pratinjau',
            exportSvg: 'Ekspor SVG', exportPng: 'Ekspor PNG', exportMore: 'Ekspor lainnya…',
            errorBanner: '{0} galat - diagram terakhir yang valid ditampilkan',
            errorCount: '{0} galat - lihat Problems',
            noDocument: 'Tidak ada dokumen di berkas ini.',
            noFlowchart: 'Dokumen ini tidak memiliki diagram alir.',
            noServiceStandard: 'Tidak ada Standar Pelayanan di berkas ini.',
            renderFailed: 'Diagram tidak dapat dirender: {0}',
        };
    }
    return {
        flowchart: 'Flowchart', document: 'Official document', serviceStandard: 'Standar Pelayanan',
        zoomIn: 'Zoom in', zoomOut: 'Zoom out', fit: 'Fit', lock: 'Lock preview', unlock: 'Unlock preview',
        exportSvg: 'Export SVG', exportPng: 'Export PNG', exportMore: 'More exports…',
        errorBanner: '{0} error(s) - showing the last valid diagram',
        errorCount: '{0} error(s) - see Problems',
        noDocument: 'This file has no document.',
        noFlowchart: 'This document has no flowchart.',
        noServiceStandard: 'This file has no Standar Pelayanan.',
        renderFailed: 'The diagram could not be rendered: {0}',
    };
}
