/**
 * One table for every bilingual keyword: its canonical key, its Indonesian and English spelling.
 * Validation, hover, completion, the formatter (language rewrite) and the model builder all read it.
 */

export type Lang = 'id' | 'en';

/** A keyword pair. `key` is the canonical (English) name used in code. */
export interface KeywordPair {
    key: string;
    id: string;
    en: string;
}

const pairs: KeywordPair[] = [
    // documents
    { key: 'sop', id: 'sop', en: 'sop' },
    { key: 'service-standard', id: 'standar-pelayanan', en: 'service-standard' },
    { key: 'collection', id: 'koleksi', en: 'collection' },
    { key: 'monitoring', id: 'pemantauan', en: 'monitoring' },
    // identity / text fields
    { key: 'number', id: 'nomor', en: 'number' },
    { key: 'unit', id: 'unit', en: 'unit' },
    { key: 'logo', id: 'logo', en: 'logo' },
    { key: 'title', id: 'judul', en: 'title' },
    { key: 'version', id: 'versi', en: 'version' },
    { key: 'legal-basis', id: 'dasar-hukum', en: 'legal-basis' },
    { key: 'qualifications', id: 'kualifikasi', en: 'qualifications' },
    { key: 'equipment', id: 'peralatan', en: 'equipment' },
    { key: 'warnings', id: 'peringatan', en: 'warnings' },
    { key: 'records', id: 'pencatatan', en: 'records' },
    { key: 'purpose', id: 'maksud', en: 'purpose' },
    { key: 'scope', id: 'ruang-lingkup', en: 'scope' },
    { key: 'summary', id: 'ringkasan', en: 'summary' },
    { key: 'definitions', id: 'definisi', en: 'definitions' },
    { key: 'year', id: 'tahun', en: 'year' },
    { key: 'number-pattern', id: 'pola-nomor', en: 'number-pattern' },
    { key: 'requirements', id: 'persyaratan', en: 'requirements' },
    { key: 'fees', id: 'biaya', en: 'fees' },
    { key: 'products', id: 'produk', en: 'products' },
    { key: 'facilities', id: 'sarana', en: 'facilities' },
    { key: 'competence', id: 'kompetensi', en: 'competence' },
    { key: 'supervision', id: 'pengawasan', en: 'supervision' },
    { key: 'complaints', id: 'pengaduan', en: 'complaints' },
    { key: 'staffing', id: 'jumlah-pelaksana', en: 'staffing' },
    { key: 'service-guarantee', id: 'jaminan-pelayanan', en: 'service-guarantee' },
    { key: 'safety-guarantee', id: 'jaminan-keamanan', en: 'safety-guarantee' },
    { key: 'evaluation', id: 'evaluasi', en: 'evaluation' },
    { key: 'service-hours', id: 'jam-pelayanan', en: 'service-hours' },
    { key: 'public-procedure', id: 'prosedur-publik', en: 'public-procedure' },
    // dates
    { key: 'created', id: 'dibuat', en: 'created' },
    { key: 'revised', id: 'direvisi', en: 'revised' },
    { key: 'effective', id: 'efektif', en: 'effective' },
    { key: 'approval-date', id: 'tanggal-pengesahan', en: 'approval-date' },
    // references
    { key: 'related', id: 'keterkaitan', en: 'related' },
    { key: 'procedures', id: 'sistem-mekanisme-prosedur', en: 'procedures' },
    { key: 'contents', id: 'isi', en: 'contents' },
    // structured members
    { key: 'approved', id: 'disahkan', en: 'approved' },
    { key: 'name', id: 'nama', en: 'name' },
    { key: 'date', id: 'tanggal', en: 'date' },
    { key: 'service-time', id: 'jangka-waktu', en: 'service-time' },
    { key: 'enactment', id: 'penetapan', en: 'enactment' },
    { key: 'by', id: 'oleh', en: 'by' },
    { key: 'service-pledge', id: 'maklumat', en: 'service-pledge' },
    { key: 'public-consultation', id: 'konsultasi-publik', en: 'public-consultation' },
    { key: 'participants', id: 'peserta', en: 'participants' },
    { key: 'published', id: 'dipublikasikan', en: 'published' },
    { key: 'profile', id: 'profil', en: 'profile' },
    { key: 'history', id: 'riwayat', en: 'history' },
    { key: 'actor', id: 'pelaksana', en: 'actor' },
    { key: 'system', id: 'sistem', en: 'system' },
    { key: 'procedure', id: 'prosedur', en: 'procedure' },
    { key: 'section', id: 'bagian', en: 'section' },
    { key: 'start', id: 'mulai', en: 'start' },
    { key: 'symbol', id: 'simbol', en: 'symbol' },
    { key: 'end', id: 'selesai', en: 'end' },
    { key: 'handover', id: 'serahkan', en: 'handover' },
    { key: 'page-break', id: 'halaman-baru', en: 'page-break' },
    { key: 'dead-end', id: 'buntu', en: 'dead-end' },
    // templates of the official document
    { key: 'template', id: 'templat', en: 'template' },
    { key: 'paper', id: 'kertas', en: 'paper' },
    { key: 'language', id: 'bahasa', en: 'language' },
    { key: 'identity-orientation', id: 'orientasi-identitas', en: 'identity-orientation' },
    { key: 'table-orientation', id: 'orientasi-tabel', en: 'table-orientation' },
    { key: 'label', id: 'label', en: 'label' },
    { key: 'notes-column', id: 'kolom-keterangan', en: 'notes-column' },
    { key: 'column-numbers', id: 'nomor-kolom', en: 'column-numbers' },
    { key: 'blank-capsules', id: 'kapsul-kosong', en: 'blank-capsules' },
    { key: 'rows-per-page', id: 'baris-per-halaman', en: 'rows-per-page' },
    { key: 'table-caption', id: 'judul-tabel', en: 'table-caption' },
    // monitoring (Permenpan RB 35/2012, Tabel 7)
    { key: 'assessed', id: 'dinilai', en: 'assessed' },
    { key: 'book', id: 'buku', en: 'book' },
    { key: 'assessments', id: 'penilaian', en: 'assessments' },
    { key: 'good', id: 'baik', en: 'good' },
    { key: 'not-good', id: 'tidak-baik', en: 'not-good' },
    { key: 'revise', id: 'revisi', en: 'revise' },
];

const byWord = new Map<string, KeywordPair>();
const byKey = new Map<string, KeywordPair>();
for (const p of pairs) {
    byWord.set(p.id, p);
    byWord.set(p.en, p);
    byKey.set(p.key, p);
}

/** All keyword pairs, in the order above. */
export const keywordPairs: readonly KeywordPair[] = pairs;

/** The canonical key of a keyword as written (`nomor` and `number` both give `number`). */
export function canonicalKey(word: string): string | undefined {
    return byWord.get(word)?.key;
}

/** The keyword pair of a word in either language. */
export function keywordPair(word: string): KeywordPair | undefined {
    return byWord.get(word);
}

/** The spelling of a canonical key in the given language. */
export function keywordIn(key: string, lang: Lang): string {
    const p = byKey.get(key);
    return p ? p[lang] : key;
}

/** How a component is named in messages: the Indonesian keyword, plus it in brackets for English readers. */
export function componentName(key: string, lang: Lang): string {
    return lang === 'id' ? keywordIn(key, 'id') : `${keywordIn(key, 'en')} (${keywordIn(key, 'id')})`;
}
