import { describe } from 'vitest';
import { sub, validSop } from '../../helpers/rule-fixtures.js';
import { ruleCases } from './rule-case.js';

const s = validSop;

describe('SOP AP identity rules (SOP-H..)', () => {
    ruleCases([
        { code: 'SOP-H01', why: 'no title', trigger: sub(s, ' "Pelayanan Administrasi Surat Masuk" {', ' {'), clean: sub(s, ' "Pelayanan Administrasi Surat Masuk" {', ' {\n  judul "Pelayanan Administrasi Surat Masuk"'), line: 1 },
        { code: 'SOP-H02', why: 'no nomor', trigger: sub(s, '  nomor      "SOP.SEK.01.01"\n', ''), clean: sub(s, '"SOP.SEK.01.01"', '"01"'), line: 1, message: 'SOP number' },
        { code: 'SOP-H03', why: 'no unit', trigger: sub(s, '  unit       "Bappeda Kabupaten Kotawaringin Timur"\n', ''), clean: s, line: 1 },
        { code: 'SOP-H03L', why: 'unit without logo', trigger: sub(s, '  logo       "logo.png"\n', ''), clean: s, line: 3 },
        { code: 'SOP-H04', why: 'no creation date', trigger: sub(s, '  dibuat     2024-01-10\n', ''), clean: s, line: 1, message: 'creation date is missing' },
        { code: 'SOP-H04', why: 'an unreadable creation date', trigger: sub(s, 'dibuat     2024-01-10', 'dibuat "kemarin sore"'), clean: sub(s, 'dibuat     2024-01-10', 'dibuat "10 Januari 2024"'), line: 5, message: 'cannot be read' },
        { code: 'SOP-H05', why: 'no effective date', trigger: sub(s, '  efektif    2024-02-01\n', ''), clean: sub(s, 'efektif    2024-02-01', 'tanggal-pengesahan 2024-02-01'), line: 1 },
        { code: 'SOP-H05', why: 'an impossible effective date', trigger: sub(s, 'efektif    2024-02-01', 'efektif 2024-02-30'), clean: sub(s, 'efektif    2024-02-01', 'efektif 2024-02-29'), line: 7 },
        { code: 'SOP-H06', why: 'no revision date at all', trigger: sub(s, '  direvisi   -\n', ''), clean: s, line: 1 },
        { code: 'SOP-H07', why: 'effective before creation', trigger: sub(s, 'efektif    2024-02-01', 'efektif 2023-12-31'), clean: sub(s, 'efektif    2024-02-01', 'efektif 2024-01-10'), line: 7 },
        { code: 'SOP-H08', why: 'a month-only date', trigger: sub(s, 'dibuat     2024-01-10', 'dibuat "Desember 2023"'), clean: sub(s, 'dibuat     2024-01-10', 'dibuat "7 Januari 2024"'), line: 5 },
        { code: 'SOP-H09', why: 'no approval', trigger: sub(s, '  disahkan   "Kepala Bappeda" nama "Ir. Contoh Nama" nip "19640709 198803 2 007"\n', ''), clean: s, line: 1 },
        { code: 'SOP-H09', why: 'approval without a name', trigger: sub(s, ' nama "Ir. Contoh Nama"', ''), clean: s, line: 8, message: 'name is missing' },
        { code: 'SOP-H09N', why: 'approval without NIP', trigger: sub(s, ' nip "19640709 198803 2 007"', ''), clean: s, line: 8 },
        { code: 'SOP-H10', why: 'a NIP of 17 digits', trigger: sub(s, '"19640709 198803 2 007"', '"19640709 198803 2 00"'), clean: sub(s, '"19640709 198803 2 007"', '"196407091988032007"'), line: 8, message: '17 digits' },
        { code: 'SOP-H11', why: 'an empty legal basis', trigger: sub(s, '{ "Permenpan RB Nomor 35 Tahun 2012" }', '{ }'), clean: s, line: 9 },
        { code: 'SOP-H12', why: 'the superseded PER/21/M.PAN/11/2008', trigger: sub(s, '"Permenpan RB Nomor 35 Tahun 2012"', '"Permenpan Nomor PER/21/M.PAN/11/2008"'), clean: s, line: 9, message: '35/2012' },
        { code: 'SOP-H13', why: 'no peralatan', trigger: sub(s, '  peralatan   { "Komputer" }\n', ''), clean: s, line: 1, message: 'peralatan' },
        { code: 'SOP-H13', why: 'pencatatan written as -', trigger: sub(s, '{ "Buku agenda" }', '-'), clean: s, line: 14 },
        { code: 'SOP-H14', why: 'an unknown related SOP', trigger: sub(s, 'keterkaitan -', 'keterkaitan SuratKeluar'), clean: { 'test.sop': sub(s, 'keterkaitan -', 'keterkaitan SuratKeluar'), 'other.sop': 'sop SuratKeluar "Surat Keluar" { }' }, line: 10 },
        { code: 'SOP-H14M', why: 'no keterkaitan line', trigger: sub(s, '  keterkaitan -\n', ''), clean: sub(s, 'keterkaitan -', 'keterkaitan "SOP Pengarsipan (Arsip Daerah)"'), line: 1 },
        { code: 'SOP-H15', why: 'a planned review date in the past', trigger: sub(s, 'direvisi   -', 'direvisi 2025-02-01'), clean: sub(s, 'direvisi   -', 'direvisi 2027-02-01'), line: 6 },
    ]);
});
