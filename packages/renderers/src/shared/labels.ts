/**
 * Fixed texts of the Mermaid and Markdown renderers in Bahasa Indonesia (default) and English.
 */
import type { ServiceComponentKey } from '@sop/language/model';

/** Output language of a renderer. */
export type RenderLang = 'id' | 'en';

const texts = {
    sop: { id: 'Standar Operasional Prosedur', en: 'Standard Operating Procedure' },
    sp: { id: 'Standar Pelayanan', en: 'Service Standard' },
    collection: { id: 'Buku SOP', en: 'SOP Book' },
    identity: { id: 'Identitas', en: 'Identity' },
    flowchart: { id: 'Diagram Alir', en: 'Flowchart' },
    procedure: { id: 'Prosedur', en: 'Procedure' },
    components: { id: 'Komponen Standar Pelayanan', en: 'Service Standard Components' },
    field: { id: 'Unsur', en: 'Field' },
    value: { id: 'Isi', en: 'Value' },
    number: { id: 'Nomor SOP', en: 'SOP number' },
    unit: { id: 'Unit Kerja', en: 'Unit' },
    created: { id: 'Tanggal Pembuatan', en: 'Date created' },
    revised: { id: 'Tanggal Revisi', en: 'Date revised' },
    effective: { id: 'Tanggal Efektif', en: 'Effective date' },
    approvalDate: { id: 'Tanggal Pengesahan', en: 'Approval date' },
    approvedBy: { id: 'Disahkan oleh', en: 'Approved by' },
    name: { id: 'Nama', en: 'Name' },
    nip: { id: 'NIP', en: 'NIP' },
    title: { id: 'Nama SOP', en: 'SOP title' },
    legalBasis: { id: 'Dasar Hukum', en: 'Legal basis' },
    qualifications: { id: 'Kualifikasi Pelaksana', en: 'Performer qualifications' },
    related: { id: 'Keterkaitan', en: 'Related SOPs' },
    equipment: { id: 'Peralatan/Perlengkapan', en: 'Equipment and supplies' },
    warnings: { id: 'Peringatan', en: 'Warnings' },
    records: { id: 'Pencatatan dan Pendataan', en: 'Records' },
    no: { id: 'No', en: 'No' },
    activity: { id: 'Kegiatan', en: 'Activity' },
    actor: { id: 'Pelaksana', en: 'Performer' },
    inputs: { id: 'Kelengkapan', en: 'Inputs' },
    time: { id: 'Waktu', en: 'Time' },
    output: { id: 'Output', en: 'Output' },
    notes: { id: 'Keterangan', en: 'Notes' },
    component: { id: 'Komponen', en: 'Component' },
    description: { id: 'Uraian', en: 'Description' },
    yes: { id: 'ya', en: 'yes' },
    goTo: { id: 'ke langkah', en: 'go to step' },
    handover: { id: 'Dilanjutkan ke SOP', en: 'Continues in SOP' },
    end: { id: 'Selesai', en: 'End' },
    deadEnd: { id: 'buntu (tanpa lanjutan)', en: 'dead end (no way out)' },
    start: { id: 'Mulai', en: 'Start' },
    section: { id: 'Bagian', en: 'Section' },
    noActor: { id: '(pelaksana tidak dikenal)', en: '(unknown performer)' },
    fromStep: { id: 'dari langkah', en: 'from step' },
    toStep: { id: 'ke langkah', en: 'to step' },
    published: { id: 'Komponen yang dipublikasikan (penyampaian pelayanan)', en: 'Published components (service delivery)' },
    allComponents: { id: 'Komponen pelayanan (UU 25/2009 Pasal 21)', en: 'Service components (Law 25/2009 Art. 21)' },
    serviceHours: { id: 'Jam Pelayanan', en: 'Service hours' },
    enactment: { id: 'Penetapan', en: 'Enactment' },
    maklumat: { id: 'Maklumat Pelayanan', en: 'Service pledge' },
    consultation: { id: 'Konsultasi Publik', en: 'Public consultation' },
    contents: { id: 'Daftar Isi', en: 'Contents' },
    scope: { id: 'Ruang Lingkup', en: 'Scope' },
    summary: { id: 'Ringkasan', en: 'Summary' },
    definitions: { id: 'Definisi', en: 'Definitions' },
    purpose: { id: 'Maksud dan Tujuan', en: 'Purpose' },
    year: { id: 'Tahun', en: 'Year' },
    criticalPath: { id: 'Waktu total (jalur kritis)', en: 'Total time (critical path)' },
    largeWarning: {
        id: 'PERINGATAN: prosedur ini memiliki {0} langkah (lebih dari {1}); diagram sulit dibaca. Bagi menjadi beberapa `bagian` dan ekspor dengan --split-sections.',
        en: 'WARNING: this procedure has {0} steps (more than {1}); the diagram is hard to read. Split it into `section`s and export with --split-sections.',
    },
} as const;

/** A fixed renderer text in the given language, with `{0}`, `{1}` … filled in. */
export function label(key: keyof typeof texts, lang: RenderLang = 'id', ...args: unknown[]): string {
    return texts[key][lang].replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

const componentTitles: Record<ServiceComponentKey, { id: string; en: string }> = {
    'legal-basis': { id: 'Dasar Hukum', en: 'Legal basis' },
    'requirements': { id: 'Persyaratan Pelayanan', en: 'Requirements' },
    'procedures': { id: 'Sistem, Mekanisme, dan Prosedur', en: 'System, mechanism and procedure' },
    'service-time': { id: 'Jangka Waktu Penyelesaian', en: 'Completion time' },
    'fees': { id: 'Biaya/Tarif', en: 'Fees' },
    'products': { id: 'Produk Pelayanan', en: 'Service products' },
    'facilities': { id: 'Sarana, Prasarana, dan/atau Fasilitas', en: 'Facilities and infrastructure' },
    'competence': { id: 'Kompetensi Pelaksana', en: 'Staff competence' },
    'supervision': { id: 'Pengawasan Internal', en: 'Internal supervision' },
    'complaints': { id: 'Penanganan Pengaduan, Saran, dan Masukan', en: 'Complaints, suggestions and feedback' },
    'staffing': { id: 'Jumlah Pelaksana', en: 'Number of staff' },
    'service-guarantee': { id: 'Jaminan Pelayanan', en: 'Service guarantee' },
    'safety-guarantee': { id: 'Jaminan Keamanan dan Keselamatan Pelayanan', en: 'Security and safety guarantee' },
    'evaluation': { id: 'Evaluasi Kinerja Pelaksana', en: 'Staff performance evaluation' },
};

/** The title of a Standar Pelayanan component (Pasal 21) in the given language. */
export function componentTitle(key: ServiceComponentKey, lang: RenderLang = 'id'): string {
    return componentTitles[key][lang];
}
