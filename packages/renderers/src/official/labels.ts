/**
 * Printed labels of the official documents in Bahasa Indonesia (the regulation's wording) and
 * English. Only fixed labels live here; user text is never translated.
 */
import type { ServiceComponentKey } from '@sop/language/model';
import { componentTitle } from '../shared/labels.js';

/** Language of the printed labels. */
export type OfficialLang = 'id' | 'en';

const id = {
    sopNumber: 'Nomor SOP', created: 'Tanggal Pembuatan', revised: 'Tanggal Revisi', effective: 'Tanggal Efektif',
    approvalDate: 'Tanggal Pengesahan', approvedBy: 'Disahkan oleh', sopTitle: 'Nama SOP', nip: 'NIP.',
    legalBasis: 'Dasar Hukum', related: 'Keterkaitan', warnings: 'Peringatan', qualifications: 'Kualifikasi Pelaksana',
    equipment: 'Peralatan/Perlengkapan', records: 'Pencatatan dan Pendataan', purpose: 'Maksud dan Tujuan',
    version: 'Versi', history: 'Riwayat Revisi', date: 'Tanggal', description: 'Keterangan',
    no: 'No', activity: 'Kegiatan', actors: 'Pelaksana', quality: 'Mutu Baku', inputs: 'Kelengkapan',
    time: 'Waktu', output: 'Output', notes: 'Keterangan', start: 'Mulai', end: 'Selesai',
    handoverTo: 'Dilanjutkan ke SOP', page: 'Halaman', of: 'dari', procedure: 'Prosedur',
    logo: 'Logo', unitMissing: 'Nama instansi/unit kerja',
    sp: 'Standar Pelayanan', spComponent: 'Komponen', spDescription: 'Uraian',
    spDelivery: 'Komponen Standar Pelayanan yang terkait dengan proses penyampaian pelayanan (service delivery)',
    spManufacturing: 'Komponen Standar Pelayanan yang terkait dengan proses pengelolaan pelayanan di internal organisasi (manufacturing)',
    spDeliveryShort: 'Penyampaian Pelayanan', spManufacturingShort: 'Pengelolaan Pelayanan',
    enactment: 'Penetapan', enactedBy: 'Ditetapkan dengan', on: 'tanggal', by: 'oleh',
    maklumat: 'Maklumat Pelayanan', serviceHours: 'Jam Pelayanan', consultation: 'Konsultasi Publik',
    participants: 'Peserta', sopBook: 'Standar Operasional Prosedur', contents: 'Daftar Isi', scope: 'Ruang Lingkup',
    summary: 'Ringkasan', definitions: 'Definisi', year: 'Tahun', decree: 'Keputusan', none: '-',
    linkedSop: 'SOP terkait',
};

const en: typeof id = {
    sopNumber: 'SOP Number', created: 'Date Created', revised: 'Date Revised', effective: 'Effective Date',
    approvalDate: 'Date Approved', approvedBy: 'Approved by', sopTitle: 'SOP Title', nip: 'NIP.',
    legalBasis: 'Legal Basis', related: 'Related Procedures', warnings: 'Warnings', qualifications: 'Performer Qualifications',
    equipment: 'Equipment/Supplies', records: 'Records and Data', purpose: 'Purpose',
    version: 'Version', history: 'Revision History', date: 'Date', description: 'Description',
    no: 'No', activity: 'Activity', actors: 'Performers', quality: 'Quality Standard', inputs: 'Inputs',
    time: 'Time', output: 'Output', notes: 'Notes', start: 'Start', end: 'End',
    handoverTo: 'Continues in SOP', page: 'Page', of: 'of', procedure: 'Procedure',
    logo: 'Logo', unitMissing: 'Organisation / unit',
    sp: 'Service Standard', spComponent: 'Component', spDescription: 'Description',
    spDelivery: 'Service standard components related to service delivery',
    spManufacturing: 'Service standard components related to internal service management (manufacturing)',
    spDeliveryShort: 'Service Delivery', spManufacturingShort: 'Service Management',
    enactment: 'Enactment', enactedBy: 'Enacted by', on: 'on', by: 'by',
    maklumat: 'Service Pledge', serviceHours: 'Service Hours', consultation: 'Public Consultation',
    participants: 'Participants', sopBook: 'Standard Operating Procedures', contents: 'Contents', scope: 'Scope',
    summary: 'Summary', definitions: 'Definitions', year: 'Year', decree: 'Decree', none: '-',
    linkedSop: 'Linked SOP',
};

/** The label set of one language. */
export type Labels = typeof id;

/** Labels for the given language (Indonesian by default). */
export function labels(lang: OfficialLang | undefined): Labels {
    return lang === 'en' ? en : id;
}

/** Template label slots (see the language's `labelSlots`) → the printed labels they replace. */
const slotLabels: Record<string, Array<keyof Labels>> = {
    name: ['sopTitle'], number: ['sopNumber'], created: ['created'], revised: ['revised'], effective: ['effective', 'approvalDate'],
    approved: ['approvedBy'], nip: ['nip'], legalBasis: ['legalBasis'], qualifications: ['qualifications'], related: ['related'],
    equipment: ['equipment'], warnings: ['warnings'], records: ['records'], purpose: ['purpose'], no: ['no'],
    activity: ['activity'], actors: ['actors'], quality: ['quality'], inputs: ['inputs'], time: ['time'], output: ['output'], notes: ['notes'],
};

/** The printed labels a template replaces: printed exactly as written (no colon added). */
export function templateLabelKeys(overrides: Readonly<Record<string, string>> | undefined): ReadonlySet<keyof Labels> {
    return new Set(Object.keys(overrides ?? {}).flatMap(slot => slotLabels[slot] ?? []));
}

/** The labels of a language with a template's own wording put in place (printed exactly as the template writes it). */
export function withTemplateLabels(base: Labels, overrides: Readonly<Record<string, string>> | undefined): Labels {
    if (!overrides) return base;
    const out: Labels = { ...base };
    for (const [slot, text] of Object.entries(overrides)) for (const key of slotLabels[slot] ?? []) out[key] = text;
    return out;
}

/** The printed name of a Standar Pelayanan component (UU 25/2009 Pasal 21): one table for every renderer. */
export function componentName(key: ServiceComponentKey, lang: OfficialLang | undefined): string {
    return componentTitle(key, lang === 'en' ? 'en' : 'id');
}
