/**
 * The strings of the editor features (hover, code actions, code lens, completion, symbols), in
 * Bahasa Indonesia and English. Diagnostic messages live in validation/rules.ts and phrases.ts;
 * together these files are the server's message catalogue.
 */
import type { Lang } from '../syntax/keywords.js';
import { phrase, type Phrase } from './phrases.js';

/** Every editor-feature string, by key, in Bahasa Indonesia and English. */
export const lspMessages = {
    // hover
    source: { id: 'Sumber', en: 'Source' },
    example: { id: 'Contoh', en: 'Example' },
    keyword: { id: 'kata kunci', en: 'keyword' },
    alsoWritten: { id: 'juga ditulis `{0}`', en: 'also written `{0}`' },
    step: { id: 'Langkah {0}', en: 'Step {0}' },
    pelaksana: { id: 'Pelaksana', en: 'Pelaksana' },
    inputs: { id: 'Kelengkapan', en: 'Inputs (kelengkapan)' },
    time: { id: 'Waktu', en: 'Time' },
    output: { id: 'Output', en: 'Output' },
    note: { id: 'Keterangan', en: 'Note' },
    mutuBaku: { id: 'Mutu baku', en: 'Mutu baku' },
    cumulative: { id: 'Waktu kumulatif sampai langkah ini selesai: {0}.', en: 'Cumulative time until this step is done: {0}.' },
    unreachableTime: { id: 'Langkah ini tidak tercapai dari langkah mulai lewat alur maju.', en: 'This step is not reached from the start along forward arrows.' },
    onCriticalPath: { id: 'Di jalur kritis.', en: 'On the critical path.' },
    unknownTimes: { id: 'waktu tidak terbaca dihitung 0', en: 'unreadable times count as 0' },
    kindStart: { id: 'mulai (kapsul)', en: 'start (terminator)' },
    kindEnd: { id: 'selesai (kapsul)', en: 'end (terminator)' },
    kindProcess: { id: 'proses (kotak)', en: 'process (box)' },
    kindDecision: { id: 'keputusan (belah ketupat)', en: 'decision (diamond)' },
    kindHandover: { id: 'serah ke SOP lain (segilima)', en: 'hand-over to another SOP (pentagon)' },
    actorSteps: { id: '{0} langkah', en: '{0} steps' },
    actorSystem: { id: 'sistem/aplikasi', en: 'system (application)' },
    column: { id: 'kolom ke-{0} tabel prosedur', en: 'column {0} of the procedure table' },
    sopNumber: { id: 'Nomor', en: 'Number' },
    sopUnit: { id: 'Unit', en: 'Unit' },
    criticalPath: { id: 'Jalur kritis', en: 'Critical path' },
    stepsCount: { id: 'Langkah', en: 'Steps' },
    spComponents: { id: 'Komponen Pasal 21 terisi', en: 'Pasal 21 components present' },
    serviceTime: { id: 'Jangka waktu', en: 'Service time' },
    definedIn: { id: 'Didefinisikan di {0}', en: 'Defined in {0}' },
    // code lens
    lensSop: { id: '{0} langkah · jalur kritis {1}', en: '{0} steps · critical path {1}' },
    lensSopNoPath: { id: '{0} langkah · jalur kritis belum dapat dihitung', en: '{0} steps · critical path cannot be computed yet' },
    lensSp: { id: '{0}/14 komponen · jangka waktu {1}', en: '{0}/14 components · service time {1}' },
    // code actions
    addComponent: { id: 'Tambahkan komponen "{0}"', en: 'Add the component "{0}"' },
    addAllComponents: { id: 'Tambahkan semua komponen wajib yang belum ada ({0})', en: 'Add all missing mandatory components ({0})' },
    addTitle: { id: 'Tambahkan judul SOP', en: 'Add the SOP title' },
    declareActor: { id: 'Deklarasikan pelaksana "{0}"', en: 'Declare the pelaksana "{0}"' },
    removeActor: { id: 'Hapus pelaksana "{0}" yang tidak dipakai', en: 'Remove the unused pelaksana "{0}"' },
    addBranch: { id: 'Tambahkan cabang "{0} -> {1}"', en: 'Add the branch "{0} -> {1}"' },
    fixNumber: { id: 'Ganti nomor langkah menjadi {0}', en: 'Change the step number to {0}' },
    renumberWrong: { id: 'Perbaiki {0} nomor langkah yang salah', en: 'Fix the {0} wrong step numbers' },
    removeNumbers: { id: 'Hapus nomor langkah yang ditulis (baris dinomori saat dicetak)', en: 'Remove the written step numbers (rows are numbered when printed)' },
    normaliseDate: { id: 'Tulis tanggal sebagai {0}', en: 'Write the date as {0}' },
    rewriteEn: { id: 'Tulis ulang kata kunci dalam bahasa Inggris', en: 'Rewrite keywords in English' },
    rewriteId: { id: 'Tulis ulang kata kunci dalam Bahasa Indonesia', en: 'Rewrite keywords in Bahasa Indonesia' },
    // completion
    snippetSop: { id: 'SOP baru (semua komponen wajib)', en: 'New SOP (all mandatory components)' },
    snippetSp: { id: 'Standar pelayanan baru (14 komponen)', en: 'New service standard (14 components)' },
    snippetStep: { id: 'Langkah baru dengan mutu baku', en: 'New step with mutu baku' },
    durationUnit: { id: 'satuan waktu', en: 'time unit' },
    sopReference: { id: 'SOP di workspace', en: 'SOP in the workspace' },
    // symbols
    identity: { id: 'Identitas', en: 'Identity' },
    procedure: { id: 'Prosedur', en: 'Procedure' },
    // rename
    invalidName: { id: '"{0}" bukan id yang sah (huruf, angka, garis bawah; bukan kata kunci).', en: '"{0}" is not a valid id (letters, digits, underscore; not a keyword).' },
    // placeholders of inserted components
    phNumber: { id: 'Nomor SOP', en: 'SOP number' },
    phDate: { id: 'tanggal', en: 'date' },
    phUnit: { id: 'Nama instansi/unit kerja', en: 'Organisation / unit' },
    phLogo: { id: 'logo.png', en: 'logo.png' },
    phRole: { id: 'Jabatan', en: 'Position' },
    phPerson: { id: 'Nama pejabat', en: 'Official\'s name' },
    phNip: { id: 'NIP 18 digit', en: '18-digit NIP' },
    phLegal: { id: 'Peraturan yang menjadi dasar hukum', en: 'Regulation forming the legal basis' },
    phItem: { id: 'Uraian', en: 'Description' },
    phWarning: { id: 'Jika SOP ini tidak dilaksanakan maka ...', en: 'If this SOP is not followed, ...' },
    phTitle: { id: 'Judul SOP', en: 'SOP title' },
    phSpTitle: { id: 'Nama layanan', en: 'Service name' },
    phSopId: { id: 'IdSop', en: 'SopId' },
    phSpId: { id: 'IdStandarPelayanan', en: 'ServiceStandardId' },
    phActorTitle: { id: 'Jabatan pelaksana', en: 'Pelaksana position' },
    phActor: { id: 'Pelaksana', en: 'Pelaksana' },
    phDecree: { id: 'Keputusan ... Nomor ... tentang Standar Pelayanan', en: 'Decree ... Number ... on the Service Standard' },
    phPledge: { id: 'Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan', en: 'We pledge to deliver the service as set in this service standard' },
    phParticipants: { id: 'Perwakilan masyarakat', en: 'Public representatives' },
    phFees: { id: 'Tidak dipungut biaya', en: 'No charge' },
    phServiceTime: { id: '1 hari', en: '1 day' },
    phStepText: { id: 'Menerima ...', en: 'Receive ...' },
    phStepText2: { id: 'Memeriksa ...', en: 'Check ...' },
    phStepInput: { id: 'Kelengkapan', en: 'Inputs' },
    phStepOutput: { id: 'Output', en: 'Output' },
} satisfies Record<string, Phrase>;

/** The key of an editor-feature string. */
export type LspMessage = keyof typeof lspMessages;

/** A message of the editor features in a language, with `{0}`, `{1}` ... filled in. */
export function msg(key: LspMessage, lang: Lang, ...args: unknown[]): string {
    return phrase(lspMessages[key], lang, ...args);
}
