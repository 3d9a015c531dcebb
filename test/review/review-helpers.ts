/**
 * Helpers of the review tests: a revision built from in-memory texts with the real language
 * services (parsed, linked, validated together, as the CLI builds a side), a review of two such
 * revisions, and the SOP the unit tests edit.
 */
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices, type Lang } from '@sop/language';
import { diffRevisions, type DiffReport, type FilePair, type ReviewInput, type RevisionSnapshot } from '@sop/review';
import { toCliDiagnostic } from '../../packages/cli/src/diagnostics-format.js';

/**
 * Builds one side: `files` maps a path to its text; `compared` names the files under review (the
 * others are siblings, there only so references resolve). English messages, a fixed today.
 */
export async function snapshot(label: string, files: Record<string, string>, compared = Object.keys(files), lang: Lang = 'en'): Promise<RevisionSnapshot> {
    const { shared, Sop } = createSopServices(EmptyFileSystem);
    Sop.sop.Settings.locale = lang;
    Sop.sop.Settings.today = '2026-11-29';
    const docs = Object.entries(files).map(([path, text]) => {
        const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/ws/${path}`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        return { path, text, doc };
    });
    await shared.workspace.DocumentBuilder.build(docs.map(d => d.doc), { validation: true });
    const models = new Map(docs.map(d => [d.path, Sop.sop.Models.getModels(d.doc)]));
    return {
        label,
        files: docs.filter(d => compared.includes(d.path)).map(d => ({
            path: d.path, text: d.text, models: models.get(d.path)!,
            diagnostics: (d.doc.diagnostics ?? []).map(x => {
                const { code, severity, line, column, message } = toCliDiagnostic(d.path, x);
                return { code, severity, line, column, message };
            }),
        })),
        context: [...models.values()].flat(),
    };
}

/** The review input of two versions of one file `sop.sop` (plus optional siblings on both sides). */
export async function reviewInput(oldText: string, newText: string, siblings: { old?: Record<string, string>; new?: Record<string, string> } = {}, lang: Lang = 'en'): Promise<ReviewInput> {
    const pairs: FilePair[] = [{ old: 'sop.sop', new: 'sop.sop' }];
    return {
        old: await snapshot('old', { 'sop.sop': oldText, ...siblings.old }, ['sop.sop'], lang),
        new: await snapshot('new', { 'sop.sop': newText, ...siblings.new }, ['sop.sop'], lang),
        pairs,
    };
}

/** Reviews two versions of `sop.sop` in English. */
export async function review(oldText: string, newText: string, siblings: { old?: Record<string, string>; new?: Record<string, string> } = {}): Promise<DiffReport> {
    return diffRevisions(await reviewInput(oldText, newText, siblings), { lang: 'en' });
}

/** A complete SOP AP with no diagnostic: three pelaksana, a decision, two ends. Critical path 1 h 5 min. */
export const BASE = `sop Cuti "Pelayanan Cuti Pegawai" {
  nomor      "01/SOP/KEP/2024"
  unit       "Badan Kepegawaian Daerah"
  logo       "logo.png"
  dibuat     2024-01-10
  direvisi   -
  efektif    2024-02-01
  disahkan   "Kepala Badan" nama "Ir. Contoh Nama" nip "19640709 198803 2 007"
  dasar-hukum { "Peraturan Pemerintah Nomor 11 Tahun 2017" }
  keterkaitan -
  kualifikasi { "Minimal SLTA" }
  peralatan   { "Komputer" }
  peringatan  "Cuti tidak dapat diproses tepat waktu"
  pencatatan  { "Buku agenda cuti" }

  pelaksana staf    "Staf Kepegawaian"
  pelaksana kasubag "Kepala Sub Bagian Umum"
  pelaksana kepala  "Kepala Badan"

  prosedur {
    terima  staf    "Menerima permohonan cuti pegawai"      | "Formulir cuti"      | 10 menit | "Formulir diterima"
    periksa kasubag "Memeriksa kelengkapan berkas cuti"     | "Formulir diterima"  | 15 menit | "Berkas diperiksa"
            lengkap -> setuju  "tidak lengkap" -> kembali
    kembali staf    "Mengembalikan berkas kepada pemohon"   | "Berkas diperiksa"   | 5 menit  | "Berkas dikembalikan" selesai
    setuju  kepala  "Menandatangani surat izin cuti"        | "Berkas diperiksa"   | 30 menit | "Surat izin cuti"
    arsip   staf    "Mengarsipkan surat izin cuti"          | "Surat izin cuti"    | 10 menit | "Arsip surat cuti"   selesai
  }
}
`;

/** BASE with each `[from, to]` replacement applied once (each must match, so a stale test fails). */
export function edit(text: string, ...replacements: Array<[string | RegExp, string]>): string {
    let out = text;
    for (const [from, to] of replacements) {
        const next = out.replace(from, to);
        if (next === out) throw new Error(`edit: ${String(from)} not found`);
        out = next;
    }
    return out;
}
