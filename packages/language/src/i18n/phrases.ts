/**
 * Phrases that validators compose into rule messages, in both languages. Rule messages
 * themselves live in validation/rules.ts; together they are the server's message catalogue.
 */
import type { Lang } from '../syntax/keywords.js';

export type Phrase = Record<Lang, string>;

export const phrases = {
    missing: { id: 'belum diisi', en: 'is missing' },
    unreadable: { id: 'tidak terbaca: "{0}" (tulis 2024-01-10, 2024-01 atau "10 Januari 2024")', en: 'cannot be read: "{0}" (write 2024-01-10, 2024-01 or "10 January 2024")' },
    noneNotAllowed: { id: 'tidak boleh "-"', en: 'cannot be "-"' },
    approvalMissing: { id: 'Pengesahan belum diisi (`disahkan "Jabatan" nama "..." nip "..."`).', en: 'The approval is missing (`approved "Role" name "..." nip "..."`).' },
    approvalNoName: { id: 'Nama pejabat yang mengesahkan belum diisi (`nama "..."`).', en: 'The approving official\'s name is missing (`name "..."`).' },
    approvalNoRole: { id: 'Jabatan pejabat yang mengesahkan belum diisi.', en: 'The approving official\'s position is empty.' },
    effectiveDate: { id: 'efektif', en: 'effective' },
    revisionDate: { id: 'revisi', en: 'revision' },
    startMultiple: { id: 'Hanya boleh ada satu langkah `mulai`; langkah "{0}" sudah ditandai mulai.', en: 'Only one step may be marked `start`; step "{0}" already is.' },
    noEnd: { id: 'Prosedur tidak memiliki langkah akhir (`selesai`).', en: 'The procedure has no end step (`end`).' },
    decisionBranches: { id: 'Keputusan harus memiliki tepat dua cabang berlabel (mis. `ya -> a  tidak -> b`); ada {0}.', en: 'A decision needs exactly two labelled branches (e.g. `yes -> a  no -> b`); found {0}.' },
    decisionLabelEmpty: { id: 'Label cabang keputusan tidak boleh kosong.', en: 'A decision branch label cannot be empty.' },
    decisionLabelSame: { id: 'Kedua cabang keputusan berlabel sama ("{0}").', en: 'Both decision branches have the same label ("{0}").' },
    unreachable: { id: 'Langkah "{0}" tidak dapat dicapai dari langkah mulai.', en: 'Step "{0}" cannot be reached from the start.' },
    noExit: { id: 'Dari langkah "{0}" alur tidak pernah mencapai selesai.', en: 'From step "{0}" the flow never reaches an end.' },
    inputs: { id: 'kelengkapan', en: 'inputs (kelengkapan)' },
    output: { id: 'output', en: 'output' },
    spTooShortOnSp: { id: 'Jangka waktu {0} lebih singkat dari jalur kritis SOP "{1}" ({2}).', en: 'The service time {0} is shorter than the critical path of SOP "{1}" ({2}).' },
    spTooShortOnSop: { id: 'Jalur kritis SOP ini ({0}) melebihi jangka waktu standar pelayanan "{1}" ({2}).', en: 'This SOP\'s critical path ({0}) exceeds the service time of service standard "{1}" ({2}).' },
    spNoProcedure: { id: 'Sistem, mekanisme, dan prosedur belum merujuk SOP AP mana pun (`sistem-mekanisme-prosedur IdSop`).', en: 'Procedures link to no SOP (`procedures SopId`).' },
    textUnclosed: { id: 'Teks yang dimulai di baris {0} kolom {1} tidak ditutup dengan tanda petik ("); tambahkan " di akhir teks.', en: 'The text that starts on line {0}, column {1} is not closed with a quote ("); add " at the end of the text.' },
    textUnopened: { id: 'Tanda petik (") di akhir baris {0} menutup teks yang tidak pernah dibuka; tambahkan " di awal teks.', en: 'The quote (") at the end of line {0} closes a text that was never opened; add " at the start of the text.' },
    quotesUnpaired: { id: 'Tanda petik (") di baris {0} tidak berpasangan: salah satu teks di baris ini kehilangan tanda petik pembuka atau penutupnya. Teks ditulis "seperti ini".', en: 'The quotes (") on line {0} do not pair: a text on this line lacks its opening or closing quote. Texts are written "like this".' },
    spUnresolved: { id: 'SOP "{0}" yang dirujuk tidak ditemukan di workspace.', en: 'The referenced SOP "{0}" is not in the workspace.' },
    maklumatMissing: { id: 'Maklumat pelayanan belum ada (`maklumat "..." disahkan "Jabatan" nama "..."`).', en: 'The service pledge is missing (`service-pledge "..." approved "Role" name "..."`).' },
    maklumatUnsigned: { id: 'Maklumat pelayanan belum ditandatangani (jabatan dan nama).', en: 'The service pledge is not signed (role and name).' },
    genTitle: { id: 'judul', en: 'title' },
    genNumber: { id: 'nomor dokumen', en: 'document number' },
    genVersion: { id: 'versi', en: 'version' },
    genEffective: { id: 'tanggal efektif', en: 'effective date' },
    genApprover: { id: 'nama dan jabatan penyetuju', en: 'approver name and role' },
    genApprovalDate: { id: 'tanggal persetujuan', en: 'approval date' },
    genScope: { id: 'Tujuan atau ruang lingkup (`purpose`/`scope`)', en: 'Purpose or scope (`purpose`/`scope`)' },
    genResponsibilities: { id: 'Tanggung jawab (pelaksana)', en: 'Responsibilities (actors)' },
    genNoHistory: { id: 'Riwayat revisi belum ada (`history { "1.0" 2024-01-10 "..." }`).', en: 'There is no revision history (`history { "1.0" 2024-01-10 "..." }`).' },
    genHistoryNoDate: { id: 'Entri riwayat versi "{0}" tidak bertanggal.', en: 'History entry "{0}" has no date.' },
    genHistoryNoCurrent: { id: 'Versi saat ini "{0}" tidak ada di riwayat revisi.', en: 'The current version "{0}" is not in the revision history.' },
    kindSop: { id: 'SOP', en: 'an SOP' },
    kindSp: { id: 'standar pelayanan', en: 'a service standard' },
    kindCollection: { id: 'buku SOP', en: 'an SOP book' },
    kindTemplate: { id: 'templat', en: 'a template' },
    kindMonitoring: { id: 'pemantauan', en: 'a monitoring round' },
    monNever: { id: 'belum pernah dimonitor', en: 'never monitored' },
    monLast: { id: 'terakhir {0}', en: 'last on {0}' },
    monNoRevision: { id: 'belum direvisi', en: 'not revised' },
    shapeStart: { id: 'kapsul (mulai)', en: 'a terminator (start)' },
    shapeEnd: { id: 'kapsul (selesai)', en: 'a terminator (end)' },
    shapeProcess: { id: 'kotak (proses)', en: 'a process box' },
    shapeDecision: { id: 'belah ketupat (keputusan)', en: 'a decision diamond' },
    shapeHandover: { id: 'segilima (penghubung antarhalaman)', en: 'an off-page connector' },
} satisfies Record<string, Phrase>;

/** Fills `{0}`, `{1}` ... of a phrase in the given language. */
export function phrase(p: Phrase, lang: Lang, ...args: unknown[]): string {
    return p[lang].replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}
