import { describe } from 'vitest';
import { sub, validSop, validSp } from '../../helpers/rule-fixtures.js';
import { ruleCases } from './rule-case.js';

const ws = (sp: string) => ({ 'sp.sop': sp, 'sop.sop': validSop });
const published = `standar-pelayanan Pendaftaran "Pendaftaran Pasien" {
  unit "UPT Puskesmas Muara Basung"
  dipublikasikan
  persyaratan { "KTP atau KK" }
  sistem-mekanisme-prosedur SuratMasuk
  jangka-waktu { "Pasien baru" 10 menit  "Pasien lama" 5 menit }
  biaya "Rp 0 (Perbup Bengkalis Nomor 75 Tahun 2016)"
  produk { "Pendaftaran pasien" }
  pengaduan { "SMS 0812-0000-0000" }
  penetapan "SK Kepala Puskesmas Nomor 5 Tahun 2022" tanggal 2022-01-10 oleh "Kepala Puskesmas"
  maklumat "Kami sanggup melayani sesuai standar." disahkan "Kepala Puskesmas" nama "dr. Contoh"
  konsultasi-publik 2021-12-01
}
`;

describe('Standar Pelayanan rules (SP-..)', () => {
    ruleCases([
        { code: 'SP-01', why: 'a full SP without pengawasan', trigger: ws(sub(validSp, '  pengawasan { "Kepala Sub Bagian Umum" }\n', '')), clean: ws(validSp), line: 1, message: 'supervision (pengawasan)' },
        { code: 'SP-02', why: 'a published SP without produk', trigger: ws(sub(published, '  produk { "Pendaftaran pasien" }\n', '')), clean: ws(published), line: 1 },
        { code: 'SP-03', why: 'a published SP exposing an internal component', trigger: ws(sub(published, '  dipublikasikan\n', '  dipublikasikan\n  kompetensi { "Perekam medis" }\n')), clean: ws(published), line: 4 },
        { code: 'SP-04', why: 'an unreadable jangka waktu', trigger: ws(sub(validSp, 'jangka-waktu 1 hari', 'jangka-waktu "sesuai antrean"')), clean: ws(sub(validSp, 'jangka-waktu 1 hari', 'jangka-waktu "1 hari kerja"')), line: 6 },
        { code: 'SP-05', why: 'a fee without legal basis', trigger: ws(sub(validSp, '"Tidak dipungut biaya"', '"Rp 50.000"')), clean: ws(sub(validSp, '"Tidak dipungut biaya"', '"Rp 50.000 sesuai Perda Nomor 3 Tahun 2020"')), line: 7 },
        { code: 'SP-06', why: 'complaints without a channel', trigger: ws(sub(validSp, '{ "Kotak saran", "Email bappeda@example.go.id" }', '{ "" }')), clean: ws(validSp), line: 12 },
        { code: 'SP-07', why: 'no penetapan', trigger: ws(sub(validSp, /  penetapan .*\n/.exec(validSp)![0], '')), clean: ws(validSp), line: 1 },
        { code: 'SP-08', why: 'no maklumat', trigger: ws(sub(validSp, /  maklumat .*\n/.exec(validSp)![0], '')), clean: ws(validSp), line: 1 },
        { code: 'SP-08', why: 'an unsigned maklumat', trigger: ws(sub(validSp, ' disahkan "Kepala Bappeda" nama "Ir. Contoh Nama"\n', '\n')), clean: ws(validSp), line: 18, message: 'not signed' },
        { code: 'SP-09', why: 'no public consultation', trigger: ws(sub(validSp, /  konsultasi-publik .*\n/.exec(validSp)![0], '')), clean: ws(validSp), line: 1 },
        { code: 'SP-10', why: 'procedures linking no SOP', trigger: ws(sub(validSp, 'sistem-mekanisme-prosedur SuratMasuk', 'sistem-mekanisme-prosedur "Lihat papan informasi"')), clean: ws(validSp), line: 5 },
        { code: 'SP-10', why: 'a link to an SOP that does not exist', trigger: ws(sub(validSp, 'sistem-mekanisme-prosedur SuratMasuk', 'sistem-mekanisme-prosedur SuratMasuk SuratHilang')), clean: ws(sub(validSp, 'sistem-mekanisme-prosedur SuratMasuk', 'sistem-mekanisme-prosedur SuratMasuk, "SOP Arsip Daerah"')), line: 5, message: 'SuratHilang' },
        { code: 'SOP-P17', why: 'on the SOP side too', trigger: { 'sop.sop': validSop, 'sp.sop': sub(validSp, 'jangka-waktu 1 hari', 'jangka-waktu 30 menit') }, clean: { 'sop.sop': validSop, 'sp.sop': sub(validSp, 'jangka-waktu 1 hari', 'jangka-waktu 50 menit') }, line: 1, message: "exceeds the service time" },
    ]);
});
