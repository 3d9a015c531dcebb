/**
 * What `sop import` says, in Bahasa Indonesia and English: the doubts (written into the `.sop` as
 * `// import: ...` comments and listed in the report), the other comments it writes and the header
 * of the file. The same catalogue form as the language's (`Phrase`, `phrase()` of @sop/language):
 * a key, which is also the stable code of a doubt in `sop import --format json`, and its text in
 * both languages with `{0}`, `{1}` ... filled in. No Node API: this also runs in a web worker.
 */
import { phrase, type Lang, type Phrase } from '@sop/language';

export const importMessages = {
    // identity block
    officialNameMissing: { id: 'nama pejabat di bawah "{0}" tidak ditemukan (hanya "{1}")', en: 'the name of the official under "{0}" was not found (only "{1}")' },
    approvalEmpty: { id: 'tidak ada apa pun di bawah "{0}"', en: 'nothing found under "{0}"' },
    fieldLabelMissing: { id: 'label "{0}" tidak ditemukan di blok identitas', en: 'no "{0}" label found in the identity block' },
    sectionMissing: { id: 'bagian "{0}" tidak ditemukan di blok identitas', en: 'no "{0}" section found in the identity block' },
    extraField: { id: 'isian "{0}": {1}', en: 'field "{0}": {1}' },
    // file and paper
    paperUnknown: { id: 'ukuran halaman {0} × {1} pt bukan A4, F4, letter, atau legal; ditulis sebagai yang terdekat, {2}', en: 'page size {0} × {1} pt is none of A4, F4, letter, legal; written as the nearest, {2}' },
    scanned: { id: 'hasil pindai: {0} halaman berupa gambar tanpa teks; tidak ada yang dapat dibaca', en: 'scanned: {0} page(s) of images without text; nothing can be read' },
    scannedPage: { id: 'halaman {0} berupa gambar tanpa teks (hasil pindai atau gambar tabel); tidak dibaca', en: 'page {0} is an image without text (a scan or a picture of the table); not read' },
    // table
    noTable: { id: 'tabel prosedur tidak ditemukan (tidak ada judul kolom "Kegiatan"/"Aktivitas" dengan garis tabel)', en: 'no procedure table found (no heading "Kegiatan"/"Aktivitas" with a grid)' },
    noTablePictures: { id: 'tabel prosedur tidak ditemukan (tidak ada judul kolom "Kegiatan"/"Aktivitas" dengan garis tabel); ada {0} gambar besar di berkas: tabelnya mungkin gambar', en: 'no procedure table found (no heading "Kegiatan"/"Aktivitas" with a grid); {0} large picture(s) in the file: the table may be a picture' },
    columnUnknown: { id: 'kolom "{0}" bukan kolom pelaksana maupun mutu baku; tidak dibaca', en: 'column "{0}" is neither a pelaksana nor a mutu baku column; not read' },
    columnNoHeading: { id: 'kolom tanpa judul bukan kolom pelaksana maupun mutu baku; tidak dibaca', en: 'column "(empty heading)" is neither a pelaksana nor a mutu baku column; not read' },
    noPelaksana: { id: 'tidak ada kolom pelaksana di antara Kegiatan dan mutu baku', en: 'no pelaksana column found between Kegiatan and the mutu baku' },
    rowWithoutNumber: { id: 'baris tabel tanpa nomor di halaman {0} ("{1}") tidak dibaca', en: 'a table row without a number on page {0} ("{1}") was not read' },
    rowTwice: { id: 'nomor baris {0} tercetak dua kali; yang kedua tidak dibaca', en: 'row number {0} printed twice; the second was not read' },
    kegiatanEmpty: { id: 'sel Kegiatan kosong', en: 'the Kegiatan cell is empty' },
    rowOrder: { id: 'baris {0} menyusul baris {1}', en: 'row {0} follows row {1}' },
    // flowchart
    flowchartPicture: { id: 'bagan alir di halaman {0} berupa gambar, bukan gambar vektor: simbol dan panahnya tidak dapat dibaca', en: 'the flowchart on page {0} is a picture, not a drawing: its symbols and arrows cannot be read' },
    shapeUnknown: { id: 'bentuk yang bukan salah satu dari lima simbol di halaman {0} tidak dibaca', en: 'a shape that is none of the five symbols on page {0} was not read' },
    symbolExtraColumn: { id: '{0} di kolom pelaksana halaman {1} yang tidak ada di judul tabel halaman pertama tidak dibaca', en: 'a {0} in a pelaksana column of page {1} that the heading of the first table page does not have was not read' },
    symbolOutside: { id: '{0} di luar kolom pelaksana atau baris tabel di halaman {1} tidak dibaca', en: 'a {0} outside the pelaksana columns or the rows on page {1} was not read' },
    twoLabels: { id: 'dua label pada satu panah ("{0}", "{1}"); yang lebih dekat dipakai', en: 'two labels on one arrow ("{0}", "{1}"); kept the nearer' },
    looseText: { id: 'teks "{0}" di bagan alir bukan milik panah mana pun; tidak dibaca', en: 'the text "{0}" in the flowchart belongs to no arrow; not read' },
    connectorsUnpaired: { id: '{0} penghubung antarhalaman di akhir halaman {1} tetapi {2} di halaman berikutnya; yang tidak berpasangan tidak diikuti', en: '{0} off-page connector(s) at the end of page {1} but {2} on the next page; unpaired ones were not followed' },
    connectorNotFollowed: { id: 'panah ke penghubung antarhalaman di halaman {0} tidak dapat diikuti ke halaman berikutnya', en: 'an arrow into an off-page connector on page {0} could not be followed to the next page' },
    arrowStartLoose: { id: 'panah di halaman {0} yang pangkalnya tidak menyentuh simbol mana pun tidak dibaca', en: 'an arrow on page {0} whose start touches no symbol was not read' },
    arrowEndLoose: { id: 'panah di halaman {0} yang ujungnya tidak menyentuh simbol mana pun tidak dibaca', en: 'an arrow on page {0} whose end touches no symbol was not read' },
    rowNoSymbol: { id: 'tidak ada simbol di kolom pelaksana baris ini; ditulis sebagai kotak pelaksana pertama tanpa jalan keluar (buntu)', en: 'no symbol found in the pelaksana columns of this row; written as a box of the first pelaksana with no way out (buntu)' },
    rowSymbolsPicture: { id: 'simbol baris ini ada dalam gambar; ditulis sebagai kotak pelaksana pertama tanpa jalan keluar (buntu)', en: 'the symbols of this row are in a picture; written as a box of the first pelaksana with no way out (buntu)' },
    decisionWays: { id: 'keputusan baris {0} ({1}) punya {2} jalan keluar', en: 'the decision of row {0} ({1}) has {2} way(s) out' },
    decisionWaysUnlabelled: { id: 'keputusan baris {0} ({1}) punya {2} jalan keluar, sebagian tanpa label ("?")', en: 'the decision of row {0} ({1}) has {2} way(s) out, some without a label ("?")' },
    // the inputs of sop import
    inputNotFound: { id: '{0}: tidak ditemukan', en: '{0}: not found' },
    inputNotPdf: { id: '{0}: bukan berkas PDF', en: '{0}: not a PDF file' },
    // the header of the file
    headerImported: { id: 'Diimpor oleh sop import dari {0} ({1} halaman).', en: 'Imported by sop import from {0} ({1} page{2}).' },
    headerSource: { id: 'PDF bertanda tangan', en: 'a signed PDF' },
    headerDoubts: { id: '{0} keraguan: cari "import:" dan periksa terhadap PDF-nya.', en: '{0} doubt(s): search for "import:" and check them against the PDF.' },
    headerClean: { id: 'Terbaca tanpa keraguan; tetap bandingkan dengan PDF bertanda tangan sebelum dipakai.', en: 'Read without doubts; still compare it with the signed PDF before relying on it.' },
    // symbol kinds, inside the messages above
    kindCapsule: { id: 'kapsul', en: 'capsule' },
    kindBox: { id: 'kotak', en: 'box' },
    kindDiamond: { id: 'belah ketupat', en: 'diamond' },
} satisfies Record<string, Phrase>;

/** The key of a message; for a doubt, its stable code (`code` in `sop import --format json`). */
export type ImportMessageCode = keyof typeof importMessages;

/** Arguments that name a symbol kind ('capsule', 'box', 'diamond'), said in the message's language. */
const kindArg: Partial<Record<ImportMessageCode, number>> = { symbolExtraColumn: 0, symbolOutside: 0 };
const kinds: Record<string, ImportMessageCode> = { capsule: 'kindCapsule', box: 'kindBox', diamond: 'kindDiamond' };

/** A message of the importer in a language, with `{0}`, `{1}` ... filled in. */
export function importMessage(code: ImportMessageCode, lang: Lang, ...args: Array<string | number>): string {
    const k = kindArg[code];
    const filled = k !== undefined && kinds[String(args[k])] ? args.map((a, i) => (i === k ? phrase(importMessages[kinds[String(a)]], lang) : a)) : args;
    return phrase(importMessages[code], lang, ...filled);
}

/** The two header lines of an imported file. */
export function importHeader(source: string | undefined, pages: number, doubts: number, lang: Lang): string[] {
    return [
        importMessage('headerImported', lang, source ?? importMessage('headerSource', lang), pages, pages === 1 ? '' : 's'),
        doubts ? importMessage('headerDoubts', lang, doubts) : importMessage('headerClean', lang),
    ];
}
