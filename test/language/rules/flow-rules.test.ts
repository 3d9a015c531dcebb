import { describe } from 'vitest';
import { sub, validSop, validSp } from '../../helpers/rule-fixtures.js';
import { ruleCases } from './rule-case.js';

const s = validSop;
const procedureOf = (steps: string) => s.replace(/  prosedur \{[\s\S]*?\n  \}\n/, `  prosedur {\n${steps}\n  }\n`);
const row = (id: string, actor: string, text: string, flow = '') =>
    `    ${id} ${actor} "${text}" | "Surat masuk" | 5 menit | "Surat masuk diproses" ${flow}`;

describe('procedure and flowchart rules (SOP-P..)', () => {
    ruleCases([
        { code: 'SOP-P01', why: 'an empty procedure', trigger: procedureOf(''), clean: s, line: 19 },
        { code: 'SOP-P02', why: 'a step by an undeclared pelaksana', trigger: sub(s, 'arsip      admin ', 'arsip      arsiparis '), clean: sub(sub(s, 'arsip      admin ', 'arsip      arsiparis '), '  pelaksana kepala', '  pelaksana arsiparis "Arsiparis"\n  pelaksana kepala'), line: 24, message: 'arsiparis' },
        { code: 'SOP-P03', why: 'a pelaksana without steps', trigger: sub(s, '  pelaksana kepala', '  pelaksana bendahara "Bendahara"\n  pelaksana kepala'), clean: s, line: 17 },
        { code: 'SOP-P04', why: 'only one pelaksana', trigger: sub(sub(s, '  pelaksana kepala "Kepala Badan"\n', ''), 'telaah     kepala', 'telaah     admin'), clean: s, line: 16 },
        { code: 'SOP-P05', why: 'a document symbol', trigger: sub(s, '"Surat masuk diterima"\n', '"Surat masuk diterima" simbol dokumen\n'), clean: sub(s, '"Surat masuk diterima"\n', '"Surat masuk diterima" simbol kapsul\n'), line: 20 },
        { code: 'SOP-P05K', why: 'a diamond named on a process', trigger: sub(s, '"Surat masuk diterima"\n', '"Surat masuk diterima" simbol ketupat\n'), clean: sub(s, '"Surat masuk diterima"\n', '"Surat masuk diterima" simbol terminator\n'), line: 20 },
        { code: 'SOP-P06', why: 'two start markers', trigger: sub(sub(s, '"Surat masuk diterima"\n', '"Surat masuk diterima" mulai\n'), '"Surat masuk ditelaah"\n', '"Surat masuk ditelaah" mulai\n'), clean: sub(s, '"Surat masuk diterima"\n', '"Surat masuk diterima" mulai\n'), line: 21 },
        { code: 'SOP-P06', why: 'no end anywhere', trigger: procedureOf([row('a', 'admin', 'Menerima surat masuk'), row('b', 'kepala', 'Menelaah surat masuk', '-> a')].join('\n')), clean: procedureOf([row('a', 'admin', 'Menerima surat masuk'), row('b', 'kepala', 'Menelaah surat masuk')].join('\n')), message: 'no end step' },
        { code: 'SOP-P07', why: 'a decision with one branch', trigger: sub(s, 'ya -> distribusi  tidak -> arsip', 'ya -> distribusi'), clean: sub(s, 'ya -> distribusi  tidak -> arsip', 'lengkap -> distribusi  "tidak lengkap" -> arsip'), line: 22, message: 'found 1' },
        { code: 'SOP-P07', why: 'two branches with the same label', trigger: sub(s, 'tidak -> arsip', 'Ya -> arsip'), clean: s, line: 22, message: 'same label' },
        { code: 'SOP-P08', why: 'a jump to a step that does not exist', trigger: sub(s, 'tidak -> arsip', 'tidak -> arsipkan'), clean: s, line: 22, message: 'arsipkan' },
        { code: 'SOP-P08', why: 'a hand-over to an SOP that does not exist', trigger: sub(s, '"Surat masuk terarsip" selesai', '"Surat masuk terarsip" serahkan Pengarsipan'), clean: sub(s, '"Surat masuk terarsip" selesai', '"Surat masuk terarsip" serahkan "SOP Pengarsipan (Arsip Daerah)"') },
        { code: 'SOP-P09', why: 'a step nobody reaches', trigger: procedureOf([row('a', 'admin', 'Menerima surat masuk', 'selesai'), row('b', 'kepala', 'Menelaah surat masuk')].join('\n')), clean: procedureOf([row('a', 'admin', 'Menerima surat masuk'), row('b', 'kepala', 'Menelaah surat masuk')].join('\n')), line: 21, message: 'cannot be reached' },
        { code: 'SOP-P09', why: 'a loop with no way out', trigger: procedureOf([row('a', 'admin', 'Menerima surat masuk'), row('b', 'kepala', 'Memeriksa surat masuk?', 'ya -> a tidak -> b'), row('c', 'admin', 'Mengarsipkan surat masuk')].join('\n')), clean: procedureOf([row('a', 'admin', 'Menerima surat masuk'), row('b', 'kepala', 'Memeriksa surat masuk?', 'ya -> a tidak -> c'), row('c', 'admin', 'Mengarsipkan surat masuk')].join('\n')), message: 'never reaches an end' },
        { code: 'SOP-P10', why: 'a jump back with no decision in the loop', trigger: procedureOf([row('a', 'admin', 'Menerima surat masuk'), row('b', 'kepala', 'Memeriksa surat masuk?', 'ya -> c tidak -> d'), row('c', 'admin', 'Memperbaiki surat masuk', '-> c2'), row('c2', 'admin', 'Mencetak ulang surat masuk', '-> c'), row('d', 'admin', 'Mengarsipkan surat masuk')].join('\n')), clean: procedureOf([row('a', 'admin', 'Menerima surat masuk'), row('b', 'kepala', 'Memeriksa surat masuk?', 'ya -> c tidak -> d'), row('c', 'admin', 'Memperbaiki surat masuk', '-> b'), row('d', 'admin', 'Mengarsipkan surat masuk')].join('\n')) },
        { code: 'SOP-P11', why: 'a gap in the written numbers', trigger: procedureOf([`    1 ${row('a', 'admin', 'Menerima surat masuk').trim()}`, `    3 ${row('b', 'kepala', 'Menelaah surat masuk').trim()}`].join('\n')), clean: procedureOf([`    1 ${row('a', 'admin', 'Menerima surat masuk').trim()}`, `    2 ${row('b', 'kepala', 'Menelaah surat masuk').trim()}`].join('\n')), line: 21, message: 'should be 2' },
        { code: 'SOP-P12', why: 'an activity written with a subject', trigger: sub(s, '"Menerima surat masuk"', '"Staf menerima surat masuk"'), clean: s, line: 20 },
        { code: 'SOP-P12', why: 'a passive activity', trigger: sub(s, '"Menerima surat masuk"', '"Diterimakan surat masuk"'), clean: sub(s, '"Menerima surat masuk"', '"Disposisi surat dibuat"') },
        { code: 'SOP-P13', why: 'no time on a step', trigger: sub(s, '| "Surat masuk"         | 5 menit  |', '| "Surat masuk"         | - |'), clean: s, line: 20 },
        { code: 'SOP-P14', why: 'an unreadable time', trigger: sub(s, '| 5 menit  | "Surat masuk diterima"', '| "secepatnya saja" | "Surat masuk diterima"'), clean: sub(s, '| 5 menit  | "Surat masuk diterima"', '| "10 menit" | "Surat masuk diterima"'), line: 20 },
        { code: 'SOP-P14', why: 'an unknown unit', trigger: sub(s, '| 5 menit  | "Surat masuk diterima"', '| 5 kali | "Surat masuk diterima"'), clean: sub(s, '| 5 menit  | "Surat masuk diterima"', '| 30 detik | "Surat masuk diterima"') },
        { code: 'SOP-P15', why: 'no output', trigger: sub(s, '| 5 menit  | "Surat masuk diterima"', '| 5 menit | -'), clean: s, line: 20, message: 'no output' },
        { code: 'SOP-P16', why: 'an output that the next step does not use', trigger: sub(s, '| "Surat masuk diterima" | 30 menit', '| "Lembar disposisi" | 30 menit'), clean: s, line: 21 },
        { code: 'SOP-P17', why: 'an SP promising less time than the SOP needs', trigger: { 'sp.sop': sub(validSp, 'jangka-waktu 1 hari', 'jangka-waktu 20 menit'), 'test.sop': s }, clean: { 'sp.sop': validSp, 'test.sop': s }, line: 6, message: 'shorter than the critical path' },
        { code: 'SOP-P20', why: 'two steps with one id', trigger: sub(s, '    arsip      admin', '    terima     admin'), clean: s, line: 24 },
        { code: 'SOP-P21', why: 'two pelaksana with one id', trigger: sub(s, '  pelaksana kepala "Kepala Badan"', '  pelaksana kepala "Kepala Badan"\n  pelaksana kepala "Kepala Dinas"'), clean: s, line: 18 },
        { code: 'SOP-P22', why: 'a very long procedure without sections', trigger: procedureOf(Array.from({ length: 41 }, (_, i) => row(`s${i}`, i % 2 ? 'admin' : 'kepala', 'Memproses surat masuk')).join('\n')), clean: procedureOf(['    bagian "Penerimaan"', ...Array.from({ length: 41 }, (_, i) => row(`s${i}`, i % 2 ? 'admin' : 'kepala', 'Memproses surat masuk'))].join('\n')) },
    ]);
});
