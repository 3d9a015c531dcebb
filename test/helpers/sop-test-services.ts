/**
 * Test helpers for the language: fresh services per call, validation of one text or of a
 * multi-file workspace, and compact diagnostic strings for assertions.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createSopServices, type SopServices, type Lang, type ast } from '@sop/language';

export interface TestOptions {
    lang?: Lang;
    profile?: 'sop-ap' | 'generic';
    today?: string;
}

/** Creates services with test settings (English messages and a fixed "today" unless told otherwise). */
export function testServices(options: TestOptions = {}): SopServices {
    const { Sop } = createSopServices(EmptyFileSystem);
    Sop.sop.Settings.locale = options.lang ?? 'en';
    Sop.sop.Settings.defaultProfile = options.profile ?? 'sop-ap';
    Sop.sop.Settings.today = options.today ?? '2026-11-29';
    return Sop;
}

/** Builds several in-memory files together so references resolve across them. */
export async function buildWorkspace(files: Record<string, string>, options: TestOptions = {}): Promise<{ services: SopServices; docs: Record<string, LangiumDocument<ast.Model>> }> {
    const services = testServices(options);
    const shared = services.shared;
    const docs: Record<string, LangiumDocument<ast.Model>> = {};
    for (const [name, text] of Object.entries(files)) {
        const doc = shared.workspace.LangiumDocumentFactory.fromString<ast.Model>(text, URI.file(`/ws/${name}`));
        shared.workspace.LangiumDocuments.addDocument(doc);
        docs[name] = doc;
    }
    await shared.workspace.DocumentBuilder.build(Object.values(docs), { validation: true });
    return { services, docs };
}

/** Validates one text; returns its diagnostics. */
export async function validate(text: string, options: TestOptions = {}): Promise<Diagnostic[]> {
    const { docs } = await buildWorkspace({ 'test.sop': text }, options);
    return docs['test.sop'].diagnostics ?? [];
}

/** The rule codes of diagnostics (syntax errors as `syntax`). */
export function codes(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => (typeof d.code === 'string' ? d.code : 'syntax'));
}

/** `line:col code` strings (1-based) for compact, exact assertions. */
export function located(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${typeof d.code === 'string' ? d.code : 'syntax'}`);
}

/** A complete, valid SOP AP used as the base of rule tests: it gives no diagnostics at all. */
export const validSop = `sop SuratMasuk "Pelayanan Administrasi Surat Masuk" {
  nomor      "SOP.SEK.01.01"
  unit       "Bappeda Kabupaten Kotawaringin Timur"
  logo       "logo.png"
  dibuat     2024-01-10
  direvisi   -
  efektif    2024-02-01
  disahkan   "Kepala Bappeda" nama "Ir. Contoh Nama" nip "19640709 198803 2 007"
  dasar-hukum { "Permenpan RB Nomor 35 Tahun 2012" }
  keterkaitan -
  kualifikasi { "Minimal SLTA" }
  peralatan   { "Komputer" }
  peringatan  "Surat tidak dapat ditindaklanjuti tepat waktu"
  pencatatan  { "Buku agenda" }

  pelaksana admin  "Pengadministrasi Umum"
  pelaksana kepala "Kepala Badan"

  prosedur {
    terima     admin  "Menerima surat masuk"          | "Surat masuk"         | 5 menit  | "Surat masuk diterima"
    telaah     kepala "Menelaah surat masuk"          | "Surat masuk diterima" | 30 menit | "Surat masuk ditelaah"
               ya -> distribusi  tidak -> arsip
    distribusi admin  "Mendistribusikan surat masuk" | "Surat masuk ditelaah" | 15 menit | "Surat masuk terdistribusi" selesai
    arsip      admin  "Mengarsipkan surat masuk"     | "Surat masuk ditelaah" | 5 menit  | "Surat masuk terarsip" selesai
  }
}
`;
