/**
 * Fixed texts of the review in Bahasa Indonesia and English: field names (the labels of the
 * official SOP table and identity block, so reviewers read the words of the signed document)
 * and the sentences of the text and Markdown reports.
 */
import { phrase, type ServiceComponentKey } from '@sop/language/model';
import { componentTitle } from '@sop/renderers/text';
import type { ReviewLang } from './types.js';

type Texts = Record<string, { id: string; en: string }>;

const fieldNames: Texts = {
    // SOP identity
    title: { id: 'Nama', en: 'Title' },
    number: { id: 'Nomor', en: 'Number' },
    unit: { id: 'Unit kerja', en: 'Unit' },
    logo: { id: 'Logo', en: 'Logo' },
    created: { id: 'Tanggal pembuatan', en: 'Date created' },
    revised: { id: 'Tanggal revisi', en: 'Date revised' },
    effective: { id: 'Tanggal efektif', en: 'Effective date' },
    effectiveLabel: { id: 'Label tanggal efektif', en: 'Effective date label' },
    'approval.role': { id: 'Disahkan oleh', en: 'Approved by' },
    'approval.person': { id: 'Disahkan oleh: nama', en: 'Approved by: name' },
    'approval.nip': { id: 'Disahkan oleh: NIP', en: 'Approved by: NIP' },
    'approval.date': { id: 'Tanggal pengesahan', en: 'Approval date' },
    legalBasis: { id: 'Dasar hukum', en: 'Legal basis' },
    qualifications: { id: 'Kualifikasi pelaksana', en: 'Qualifications' },
    related: { id: 'Keterkaitan', en: 'Related SOPs' },
    equipment: { id: 'Peralatan/perlengkapan', en: 'Equipment' },
    warnings: { id: 'Peringatan', en: 'Warnings' },
    records: { id: 'Pencatatan dan pendataan', en: 'Records' },
    purpose: { id: 'Maksud', en: 'Purpose' },
    scope: { id: 'Ruang lingkup', en: 'Scope' },
    summary: { id: 'Ringkasan', en: 'Summary' },
    definitions: { id: 'Definisi', en: 'Definitions' },
    version: { id: 'Versi', en: 'Version' },
    history: { id: 'Riwayat revisi', en: 'Revision history' },
    profile: { id: 'Profil', en: 'Profile' },
    template: { id: 'Templat', en: 'Template' },
    // steps and pelaksana
    text: { id: 'Kegiatan', en: 'Activity' },
    lane: { id: 'Pelaksana', en: 'Performer' },
    inputs: { id: 'Kelengkapan', en: 'Inputs' },
    time: { id: 'Waktu', en: 'Time' },
    outputs: { id: 'Output', en: 'Output' },
    notes: { id: 'Keterangan', en: 'Notes' },
    section: { id: 'Bagian', en: 'Section' },
    symbols: { id: 'Simbol', en: 'Symbols' },
    flow: { id: 'Alur', en: 'Flow' },
    pageBreak: { id: 'Halaman baru sesudahnya', en: 'Page break after' },
    system: { id: 'Sistem', en: 'System' },
    // Standar Pelayanan and SOP books
    published: { id: 'Dipublikasikan', en: 'Published' },
    serviceHours: { id: 'Jam pelayanan', en: 'Service hours' },
    publicProcedure: { id: 'Prosedur publik', en: 'Public procedure' },
    'enactment.decree': { id: 'Penetapan', en: 'Enactment' },
    'enactment.date': { id: 'Penetapan: tanggal', en: 'Enactment: date' },
    'enactment.official': { id: 'Penetapan: oleh', en: 'Enactment: by' },
    'enactment.person': { id: 'Penetapan: nama', en: 'Enactment: name' },
    'maklumat.text': { id: 'Maklumat', en: 'Service pledge' },
    'maklumat.role': { id: 'Maklumat: disahkan oleh', en: 'Service pledge: approved by' },
    'maklumat.person': { id: 'Maklumat: nama', en: 'Service pledge: name' },
    'maklumat.nip': { id: 'Maklumat: NIP', en: 'Service pledge: NIP' },
    'consultation.date': { id: 'Konsultasi publik', en: 'Public consultation' },
    'consultation.participants': { id: 'Konsultasi publik: peserta', en: 'Public consultation: participants' },
    year: { id: 'Tahun', en: 'Year' },
    numberPattern: { id: 'Pola nomor SOP', en: 'SOP number pattern' },
    contents: { id: 'Isi', en: 'Contents' },
};

const templateNames: Texts = {
    id: { id: 'nama', en: 'name' },
    paper: { id: 'kertas', en: 'paper' },
    identityOrientation: { id: 'orientasi identitas', en: 'identity orientation' },
    tableOrientation: { id: 'orientasi tabel', en: 'table orientation' },
    notesColumn: { id: 'kolom keterangan', en: 'notes column' },
    columnNumbers: { id: 'nomor kolom', en: 'column numbers' },
    blankCapsules: { id: 'kapsul kosong', en: 'blank capsules' },
    rowsPerPage: { id: 'baris per halaman', en: 'rows per page' },
    tableCaption: { id: 'judul tabel', en: 'table caption' },
    labels: { id: 'label', en: 'label' },
};

/** The display name of a field key of the report (`number`, `template.paper`, `component.fees` …). */
export function fieldName(key: string, lang: ReviewLang): string {
    if (key.startsWith('component.')) return componentTitle(key.slice('component.'.length) as ServiceComponentKey, lang);
    if (key.startsWith('template.')) {
        const [, name, label] = key.split('.');
        const part = templateNames[name]?.[lang] ?? name;
        return `${fieldNames.template[lang]}: ${part}${label ? ` "${label}"` : ''}`;
    }
    return fieldNames[key]?.[lang] ?? key;
}

const sentences = {
    sop: { id: 'SOP', en: 'SOP' },
    sp: { id: 'Standar Pelayanan', en: 'Service standard' },
    collection: { id: 'Buku SOP', en: 'SOP book' },
    added: { id: 'ditambahkan', en: 'added' },
    removed: { id: 'dihapus', en: 'removed' },
    changed: { id: 'diubah', en: 'changed' },
    unchanged: { id: 'tidak berubah', en: 'unchanged' },
    renamedFrom: { id: 'id semula {0}', en: 'was {0}' },
    moved: { id: 'dipindah dari nomor {0} ke {1}', en: 'moved from row {0} to {1}' },
    laneMoved: { id: 'kolom dipindah dari {0} ke {1}', en: 'column moved from {0} to {1}' },
    identity: { id: 'Identitas', en: 'Identity' },
    components: { id: 'Komponen', en: 'Components' },
    lanes: { id: 'Pelaksana', en: 'Performers' },
    steps: { id: 'Langkah', en: 'Steps' },
    step: { id: 'langkah', en: 'step' },
    stepColumn: { id: 'Langkah', en: 'Step' },
    criticalPath: { id: 'Jalur kritis', en: 'Critical path' },
    criticalPathSame: { id: '{0} (tetap)', en: '{0} (unchanged)' },
    timeChecks: { id: 'Jangka waktu standar pelayanan', en: 'Service standard time' },
    timeCheckLine: { id: '{0} ↔ SOP {1}: {2}', en: '{0} ↔ SOP {1}: {2}' },
    exceeded: { id: 'melebihi', en: 'exceeded' },
    kept: { id: 'terpenuhi', en: 'met' },
    noCheck: { id: 'tidak diperiksa', en: 'not checked' },
    diagnostics: { id: 'Diagnostik', en: 'Diagnostics' },
    introduced: { id: 'baru', en: 'introduced' },
    fixed: { id: 'teratasi', en: 'fixed' },
    line: { id: 'baris', en: 'line' },
    none: { id: '(tidak ada)', en: '(none)' },
    empty: { id: '-', en: '-' },
    fileAdded: { id: 'berkas baru', en: 'new file' },
    fileDeleted: { id: 'berkas dihapus', en: 'deleted file' },
    fileRenamed: { id: 'berkas diganti nama: {0} → {1}', en: 'file renamed: {0} → {1}' },
    cosmeticFile: { id: '{0}: hanya kosmetik (format, komentar atau bahasa kata kunci)', en: '{0}: cosmetic only (formatting, comments or keyword language)' },
    noChange: { id: 'Tidak ada perubahan makna.', en: 'No change in meaning.' },
    cosmeticOnly: { id: 'Hanya perubahan kosmetik: tidak ada perubahan makna.', en: 'Cosmetic only: no change in meaning.' },
    summary: {
        id: '{0} dokumen berubah, {1} ditambahkan, {2} dihapus; diagnostik: {3} baru, {4} teratasi',
        en: '{0} document(s) changed, {1} added, {2} removed; diagnostics: {3} introduced, {4} fixed',
    },
    heading: { id: 'Tinjauan perubahan SOP: {0} → {1}', en: 'SOP change review: {0} → {1}' },
    before: { id: 'Sebelum', en: 'Before' },
    after: { id: 'Sesudah', en: 'After' },
    field: { id: 'Unsur', en: 'Field' },
    change: { id: 'Perubahan', en: 'Change' },
    flowchart: { id: 'Diagram alir versi baru', en: 'Flowchart of the new version' },
    legend: {
        id: 'hijau: langkah baru · oranye: langkah diubah · merah putus-putus: langkah dihapus',
        en: 'green: added step · orange: changed step · red dashed: removed step',
    },
    removedMark: { id: '(dihapus)', en: '(removed)' },
    // symbols and flow words, as the official table names them
    start: { id: 'mulai', en: 'start' },
    end: { id: 'selesai', en: 'end' },
    deadEnd: { id: 'buntu', en: 'dead end' },
    handover: { id: 'serahkan', en: 'hand over to' },
    yes: { id: 'ya', en: 'yes' },
    no: { id: 'tidak', en: 'no' },
    kindStart: { id: 'kapsul (mulai)', en: 'capsule (start)' },
    kindEnd: { id: 'kapsul (selesai)', en: 'capsule (end)' },
    kindProcess: { id: 'kotak', en: 'box' },
    kindDecision: { id: 'belah ketupat', en: 'diamond' },
    kindHandover: { id: 'segilima', en: 'off-page connector' },
    systemLane: { id: 'sistem', en: 'system' },
} satisfies Texts;

/** A sentence of the report with `{0}`, `{1}` … filled in. */
export function t(key: keyof typeof sentences, lang: ReviewLang, ...args: unknown[]): string {
    return phrase(sentences[key], lang, ...args);
}
