/**
 * Valid base documents for the Standar Pelayanan and generic-profile rule tests, and an exact
 * substring replacement that fails loudly when the text to replace is not there.
 */
import { validSop } from './sop-test-services.js';

/** Replaces `from` by `to` in `text`; throws if `from` does not occur (keeps fixtures honest). */
export function sub(text: string, from: string, to: string): string {
    if (!text.includes(from)) throw new Error(`fixture does not contain: ${from}`);
    return text.replace(from, to);
}

/** A full Standar Pelayanan with all 14 components, linked to the base SOP (SuratMasuk). */
export const validSp = `standar-pelayanan LayananSurat "Pelayanan Administrasi Surat" {
  unit "Bappeda Kabupaten Kotawaringin Timur"
  dasar-hukum { "UU Nomor 25 Tahun 2009 tentang Pelayanan Publik" }
  persyaratan { "Surat permohonan" }
  sistem-mekanisme-prosedur SuratMasuk
  jangka-waktu 1 hari
  biaya "Tidak dipungut biaya"
  produk { "Surat masuk terdistribusi" }
  sarana { "Ruang pelayanan" }
  kompetensi { "Memahami tata naskah dinas" }
  pengawasan { "Kepala Sub Bagian Umum" }
  pengaduan { "Kotak saran", "Email bappeda@example.go.id" }
  jumlah-pelaksana "2 orang"
  jaminan-pelayanan "Pelayanan sesuai standar"
  jaminan-keamanan "Dokumen dijaga kerahasiaannya"
  evaluasi "Evaluasi setiap 6 bulan"
  penetapan "SK Kepala Bappeda Nomor 12 Tahun 2024" tanggal 2024-01-15 oleh "Kepala Bappeda" nama "Ir. Contoh Nama"
  maklumat "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan." disahkan "Kepala Bappeda" nama "Ir. Contoh Nama"
  konsultasi-publik 2023-12-10 peserta { "Perwakilan masyarakat" }
}
`;

/** The base SOP rewritten as an English SOP under the generic profile, complete. */
export const validGeneric = `sop Calibration "Balance calibration" {
  profile generic
  number "QA-SOP-007"
  version "2.0"
  unit "Central Laboratory"
  logo "lab.png"
  created 2024-01-10
  effective 2024-02-01
  approved "Quality Manager" name "Dr. A. Example" date 2024-01-20
  purpose "Keep balances within tolerance"
  scope "All analytical balances"
  legal-basis { "ISO 9001:2015" }
  related -
  qualifications { "Trained technician" }
  equipment { "Reference weights" }
  warnings "Handle reference weights with gloves"
  records { "Calibration log" }
  history { "1.0" 2023-01-05 "First issue"  "2.0" 2024-01-10 "New tolerance" }

  actor tech "Technician"
  actor qa "QA officer"

  procedure {
    weigh tech "Weigh the reference weight" | "Reference weight" | 5 minutes | "Reading"
    check qa   "Within tolerance?"           | "Reading"          | 2 minutes | "Verdict"
               pass -> log  fail -> adjust
    adjust tech "Adjust the balance"         | "Verdict"          | 10 minutes | "Adjusted balance" -> weigh
    log    tech "Record the calibration"     | "Verdict"          | 2 minutes | "Calibration log entry" end
  }
}
`;

export { validSop };
