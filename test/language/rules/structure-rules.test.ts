import { describe } from 'vitest';
import { sub, validSop, validSp } from '../../helpers/rule-fixtures.js';
import { ruleCases } from './rule-case.js';

const s = validSop;

describe('structural rules (DOC-..)', () => {
    ruleCases([
        { code: 'DOC-01', why: 'the same SOP id in two files', trigger: { 'test.sop': s, 'copy.sop': s }, clean: { 'test.sop': s, 'copy.sop': sub(s, 'sop SuratMasuk', 'sop SuratMasukLama') }, line: 1, message: 'copy.sop' },
        { code: 'DOC-02', why: 'a Standar Pelayanan field in an SOP', trigger: sub(s, '  logo       "logo.png"\n', '  logo       "logo.png"\n  biaya "Gratis"\n'), clean: s, line: 5, message: '"biaya" does not belong' },
        { code: 'DOC-02', why: 'a pelaksana in a Standar Pelayanan', trigger: { 'sp.sop': sub(validSp, '  unit', '  pelaksana admin "Admin"\n  unit'), 'sop.sop': s }, clean: { 'sp.sop': validSp, 'sop.sop': s }, line: 2 },
        { code: 'DOC-03', why: 'nomor written twice', trigger: sub(s, '  nomor      "SOP.SEK.01.01"\n', '  nomor "SOP.SEK.01.01"\n  number "SOP.SEK.01.02"\n'), clean: s, line: 3 },
        { code: 'DOC-04', why: 'an unknown profile', trigger: sub(s, '  nomor', '  profil iso\n  nomor'), clean: sub(s, '  nomor', '  profil sop-ap\n  nomor'), line: 2 },
        { code: 'DOC-05', why: 'an SOP book listing an unknown SOP', trigger: { 'book.sop': 'koleksi Buku "Buku SOP" {\n  isi SuratMasuk SuratHilang\n}\n', 'sop.sop': s }, clean: { 'book.sop': 'koleksi Buku "Buku SOP" {\n  isi SuratMasuk\n}\n', 'sop.sop': s }, line: 2 },
    ]);
});
