/**
 * What each keyword of the language means and where the regulation asks for it, in Bahasa
 * Indonesia and English. Hover and completion read this table; keys are the canonical keys of
 * syntax/keywords.ts. Contents follow shared/reference/domain-sop-sp.md (§1.4 identity fields,
 * §1.5 procedure table and symbols, §2.1 the 14 Pasal 21 components, §5 the generic profile).
 */
import type { Lang } from '../syntax/keywords.js';

/** Documentation of one keyword. */
export interface KeywordDoc {
    /** What the keyword holds, for someone who knows the regulation but not the tool. */
    meaning: Record<Lang, string>;
    /** Where the regulation (or the generic standard) asks for it. */
    source: string;
    /** A one-line example, in the keyword's Indonesian spelling. */
    example?: string;
}

const P35 = 'Permenpan RB 35/2012';
const P35I = `${P35}, Bagian Identitas`;
const UU25 = 'UU 25/2009 Pasal 21';
const P15 = 'Permenpan RB 15/2014';

function d(id: string, en: string, source: string, example?: string): KeywordDoc {
    return { meaning: { id, en }, source, example };
}

const docs: Record<string, KeywordDoc> = {
    'sop': d('Standar Operasional Prosedur Administrasi Pemerintahan (SOP AP): bagian identitas, pelaksana, dan prosedur (diagram alir bercabang).',
        'A government administrative SOP (SOP AP): identity block, pelaksana (actors) and the procedure (branching flowchart).',
        `${P35}, Unsur Prosedur`, 'sop SuratMasuk "Pelayanan Administrasi Surat Masuk" { ... }'),
    'service-standard': d('Standar Pelayanan: 14 komponen Pasal 21 (6 komponen penyampaian pelayanan yang dipublikasikan, 8 komponen pengelolaan internal).',
        'A Standar Pelayanan (service standard): the 14 components of Pasal 21 (6 published service-delivery and 8 internal components).',
        `${UU25}; ${P15}`, 'standar-pelayanan SpSurat "Pelayanan Persuratan" { ... }'),
    'collection': d('Buku SOP (unsur dokumentasi): halaman judul, penetapan, ruang lingkup, ringkasan, definisi, dan daftar isi.',
        'An SOP book (documentation part): cover, enactment, scope, summary, definitions and contents.',
        `${P35}, Unsur Dokumentasi`),
    'number': d('Nomor SOP, sesuai tata naskah dinas unit kerja.', 'The SOP number, following the unit\'s official numbering (tata naskah dinas).',
        `${P35I} #2 (Nomor SOP)`, 'nomor "SOP.SEK.01.01"'),
    'unit': d('Nama instansi/SKPD/unit kerja yang menerbitkan SOP (nomenklatur resmi).', 'The issuing organisation or unit (official name).',
        `${P35I} #1 (Logo dan Nama Instansi)`, 'unit "Bappeda Kabupaten ..."'),
    'logo': d('Berkas logo instansi yang dicetak di kepala dokumen.', 'The organisation\'s logo file printed in the document header.',
        `${P35I} #1 (Logo dan Nama Instansi)`, 'logo "logo.png"'),
    'title': d('Judul/nama SOP: nama prosedur yang sesuai dengan tugas dan fungsi.', 'The SOP title: the name of the procedure, matching a task or function.',
        `${P35I} #7 (Nama SOP)`, 'judul "Pelayanan Surat Masuk"'),
    'version': d('Versi dokumen (profil generik).', 'Document version (generic profile).', 'ISO 9001:2015 §7.5.2; EPA QA/G-6', 'versi "1.0"'),
    'legal-basis': d('Dasar hukum: peraturan perundang-undangan yang mendasari prosedur.', 'Legal basis: the laws and regulations behind the procedure.',
        `${P35I} #8 (Dasar Hukum); ${UU25} huruf a`, 'dasar-hukum { "Permenpan RB Nomor 35 Tahun 2012" }'),
    'qualifications': d('Kualifikasi pelaksana: pendidikan/kompetensi yang diperlukan.', 'Performer qualifications: the education or competence needed.',
        `${P35I} #9 (Kualifikasi Pelaksana)`, 'kualifikasi { "Minimal SLTA" }'),
    'equipment': d('Peralatan/perlengkapan: alat, formulir, dan aplikasi yang dipakai.', 'Equipment and supplies: tools, forms and applications used.',
        `${P35I} #11 (Peralatan/Perlengkapan)`, 'peralatan { "Komputer" }'),
    'warnings': d('Peringatan: akibat bila SOP tidak dilaksanakan atau dilaksanakan keliru.', 'Warnings: what happens if the SOP is not (or wrongly) followed.',
        `${P35I} #12 (Peringatan)`, 'peringatan "Jika SOP ini tidak dilaksanakan maka ..."'),
    'records': d('Pencatatan dan pendataan: apa yang dicatat/diarsipkan (buku, formulir, aplikasi).', 'Records and data kept: what is recorded or filed (books, forms, applications).',
        `${P35I} #13 (Pencatatan dan Pendataan)`, 'pencatatan { "Buku agenda" }'),
    'purpose': d('Maksud dan tujuan SOP (varian templat; wajib pada profil generik bersama ruang lingkup).', 'Purpose of the SOP (a template variant; required with scope in the generic profile).',
        'EPA QA/G-6 (purpose, scope and applicability)', 'maksud "..."'),
    'scope': d('Ruang lingkup: penjelasan singkat penggunaan SOP.', 'Scope: a short explanation of what the SOP covers.', `${P35}, Unsur Dokumentasi (Ruang Lingkup); EPA QA/G-6`),
    'summary': d('Ringkasan isi buku SOP.', 'Summary of the SOP book.', `${P35}, Unsur Dokumentasi (Ringkasan)`),
    'definitions': d('Definisi/pengertian umum istilah yang dipakai.', 'Definitions of the terms used.', `${P35}, Unsur Dokumentasi (Definisi)`),
    'number-pattern': d('Pola nomor SOP dalam buku (`#` satu angka, `*` teks apa pun); SOP yang nomornya tidak mengikutinya ditandai (BOOK-03).',
        'How the book\'s SOPs are numbered (`#` one digit, `*` any text); an SOP whose number does not follow it is flagged (BOOK-03).',
        `${P35}, identitas #2 (Nomor SOP menurut tata naskah dinas unit)`, 'pola-nomor "##/SOP/UMPEG/BAPPEDA/####"'),
    'monitoring': d('Satu putaran monitoring penerapan SOP (setiap 6 bulan): tanggal, penilai, dan per SOP penilaian, catatan, tindakan, paraf (Tabel 7).',
        'One round of the six-monthly monitoring of SOPs: date, assessor, and per SOP the assessment, notes, action and initials (Tabel 7).',
        `${P35}, monitoring dan evaluasi (Tabel 7)`, 'pemantauan Monitoring2026S1 "Monitoring Semester I 2026" { ... }'),
    'assessed': d('Tanggal monitoring dan pejabat yang menilai (jabatan, nama, NIP).', 'When the round was assessed and by whom (role, name, NIP).',
        `${P35}, Tabel 7 (Paraf penilai)`, 'dinilai 2026-06-15 oleh "Kepala Sub Bagian Umum" nama "..." nip "..."'),
    'book': d('Buku SOP yang SOP-nya dimonitor dalam putaran ini.', 'The SOP book whose SOPs the round monitors.', `${P35}, monitoring dan evaluasi`, 'buku BukuSopUmpeg'),
    'assessments': d('Baris formulir monitoring: SOP | penilaian | catatan | tindakan | paraf.', 'The rows of the monitoring form: SOP | assessment | notes | action | initials.',
        `${P35}, Tabel 7`, 'penilaian { SuratMasuk baik | "Lancar" | - | "SA" }'),
    'good': d('Penilaian penerapan: SOP berjalan dengan baik.', 'Assessment: the SOP is running well.', `${P35}, Tabel 7 (Penilaian penerapan)`),
    'not-good': d('Penilaian penerapan: SOP tidak berjalan dengan baik; tuliskan tindakan yang harus diambil (MON-02).', 'Assessment: the SOP is not running well; write the action to take (MON-02).',
        `${P35}, Tabel 7 (Penilaian penerapan)`),
    'revise': d('Tindakan yang meminta revisi SOP; setelah putaran ini tanggal revisi SOP harus lebih baru (MON-03).', 'An action that asks for a revision of the SOP; its revision date must then be after the round (MON-03).',
        `${P35}, Tabel 7 (Tindakan yang harus diambil)`, 'revisi "Menambah langkah verifikasi"'),
    'year': d('Tahun pembuatan buku SOP (halaman judul).', 'Year of the SOP book (cover page).', `${P35}, Unsur Dokumentasi (Halaman Judul)`),
    'requirements': d('Persyaratan: dokumen/hal yang harus dipenuhi pemohon, teknis maupun administratif.', 'Requirements: documents or items the applicant must provide, technical and administrative.',
        `${UU25} huruf b (penyampaian pelayanan)`),
    'fees': d('Biaya/tarif: "Tidak dipungut biaya" atau besaran dengan dasar hukumnya (Perda/Perkada).', 'Fees: an explicit zero or the amount with its legal basis (regional regulation).',
        `${UU25} huruf e (penyampaian pelayanan)`, 'biaya "Tidak dipungut biaya"'),
    'products': d('Produk pelayanan: hasil yang diterima pengguna layanan.', 'Service products: what the service user receives.', `${UU25} huruf f (penyampaian pelayanan)`),
    'facilities': d('Sarana, prasarana, dan/atau fasilitas, termasuk bagi kelompok rentan.', 'Facilities and infrastructure, including for vulnerable groups.', `${UU25} huruf g (pengelolaan internal)`),
    'competence': d('Kompetensi pelaksana: pengetahuan, keahlian, keterampilan, dan pengalaman.', 'Staff competence: knowledge, skills and experience.', `${UU25} huruf h (pengelolaan internal)`),
    'supervision': d('Pengawasan internal oleh pimpinan unit atau atasan langsung.', 'Internal supervision by the head of the unit or the direct superior.', `${UU25} huruf i (pengelolaan internal)`),
    'complaints': d('Penanganan pengaduan, saran, dan masukan: saluran dan tindak lanjutnya.', 'Complaints, suggestions and feedback: the channels and the follow-up.', `${UU25} huruf j (penyampaian pelayanan)`),
    'staffing': d('Jumlah pelaksana sesuai beban kerja.', 'Number of staff matching the workload.', `${UU25} huruf k (pengelolaan internal)`),
    'service-guarantee': d('Jaminan pelayanan bahwa pelayanan diberikan sesuai standar pelayanan.', 'Assurance that the service follows the service standard.', `${UU25} huruf l (pengelolaan internal)`),
    'safety-guarantee': d('Jaminan keamanan dan keselamatan pelayanan.', 'Security and safety guarantee of the service.', `${UU25} huruf m (pengelolaan internal)`),
    'evaluation': d('Evaluasi kinerja pelaksana terhadap standar pelayanan.', 'Evaluation of staff performance against the service standard.', `${UU25} huruf n (pengelolaan internal)`),
    'service-hours': d('Jam pelayanan (baris tambahan yang lazim pada standar pelayanan yang dipublikasikan).', 'Service hours (an extra row common in published service standards).', `${P15} (praktik publikasi)`),
    'public-procedure': d('Uraian prosedur untuk masyarakat (ringkasan SOP dari sisi pemohon).', 'The procedure as the public sees it (the applicant\'s view of the SOPs).', `${UU25} huruf c`),
    'created': d('Tanggal pembuatan: tanggal SOP selesai disusun (bukan mulai disusun).', 'Creation date: when the SOP was finished (not started).',
        `${P35I} #3 (Tanggal Pembuatan)`, 'dibuat 2024-01-10'),
    'revised': d('Tanggal revisi, atau jadwal peninjauan; `-` bila belum pernah direvisi.', 'Revision date, or the planned review date; `-` when never revised.',
        `${P35I} #4 (Tanggal Revisi)`, 'direvisi -'),
    'effective': d('Tanggal efektif: mulai berlaku, atau sama dengan tanggal pengesahan.', 'Effective date: start of validity, or the signing date.',
        `${P35I} #5 (Tanggal Efektif)`, 'efektif 2024-02-01'),
    'approval-date': d('Tanggal pengesahan (varian templat yang dipakai sebagai pengganti tanggal efektif).', 'Approval date (a template variant used instead of the effective date).',
        `${P35I} #5 (Tanggal Efektif)`),
    'related': d('Keterkaitan: SOP lain yang terkait dengan SOP ini (id SOP di workspace); `-` bila tidak ada.', 'Related SOPs (ids in the workspace); `-` when there are none.',
        `${P35I} #10 (Keterkaitan)`, 'keterkaitan SuratKeluar'),
    'procedures': d('Sistem, mekanisme, dan prosedur: SOP AP yang menjalankan pelayanan ini.', 'Procedures: the SOPs that carry out this service.',
        `${UU25} huruf c (penyampaian pelayanan)`, 'sistem-mekanisme-prosedur SuratMasuk'),
    'contents': d('Daftar isi buku SOP: id SOP yang dimuat.', 'Contents of the SOP book: the SOP ids it holds.', `${P35}, Unsur Dokumentasi (Daftar Isi)`),
    'approved': d('Disahkan oleh: jabatan, nama, dan NIP pejabat yang berwenang.', 'Approved by: position, name and NIP of the competent official.',
        `${P35I} #6 (Pengesahan)`, 'disahkan "Kepala Dinas" nama "..." nip "..."'),
    'name': d('Nama pejabat.', 'Name of the official.', `${P35I} #6 (Pengesahan)`),
    'date': d('Tanggal (penetapan atau pengesahan).', 'Date (of enactment or approval).', `${P35I} #6; UU 25/2009 Pasal 20`),
    'service-time': d('Jangka waktu penyelesaian pelayanan; boleh per varian layanan.', 'Service time: how long the whole service takes; may differ per variant.',
        `${UU25} huruf d (penyampaian pelayanan)`, 'jangka-waktu 1 hari'),
    'enactment': d('Penetapan: keputusan yang menetapkan standar pelayanan atau buku SOP.', 'Enactment: the decree that sets the service standard or the SOP book.',
        'UU 25/2009 Pasal 20; Permenpan RB 35/2012 (penetapan berjenjang)', 'penetapan "Keputusan Kepala ... Nomor ..." tanggal 2024-01-10 oleh "Kepala Dinas"'),
    'by': d('Pejabat yang menetapkan.', 'The official who enacted it.', 'UU 25/2009 Pasal 20'),
    'service-pledge': d('Maklumat pelayanan: janji tertulis penyelenggara untuk memenuhi standar pelayanan, ditandatangani pimpinan unit.', 'Service pledge (maklumat): the signed promise to deliver the service as set in the standard.',
        'UU 25/2009 Pasal 22', 'maklumat "Dengan ini kami menyatakan ..." disahkan "Kepala Dinas" nama "..."'),
    'public-consultation': d('Konsultasi publik: keterlibatan masyarakat dalam penyusunan standar pelayanan.', 'Public consultation: public involvement in drafting the service standard.',
        'UU 25/2009 Pasal 20 ayat 2', 'konsultasi-publik 2024-01-05 peserta { "Perwakilan masyarakat" }'),
    'participants': d('Peserta konsultasi publik.', 'Participants of the public consultation.', 'UU 25/2009 Pasal 20 ayat 2'),
    'published': d('Menandai standar pelayanan versi publikasi (6 komponen penyampaian pelayanan).', 'Marks the published view of the service standard (6 service-delivery components).',
        `${P15}, 6 komponen penyampaian pelayanan`),
    'profile': d('Profil validasi dokumen: `sop-ap` (Permenpan RB 35/2012, bawaan) atau `generic` (ISO 9001 / EPA QA/G-6).', 'Validation profile: `sop-ap` (default) or `generic` (ISO 9001 / EPA QA/G-6).',
        'Bahasa SOP', 'profil generic'),
    'history': d('Riwayat revisi: versi, tanggal, dan uraian perubahan.', 'Revision history: version, date and description of each change.',
        '40 CFR 792.81; ISO 9001:2015 §7.5.3', 'riwayat { "1.0" 2024-01-10 "Terbit pertama" }'),
    'actor': d('Pelaksana: jabatan yang melaksanakan kegiatan; satu kolom pada tabel prosedur (urutan = urutan deklarasi).', 'Pelaksana (actor): a position that performs steps; one column of the procedure table, in declaration order.',
        `${P35}, pelaksana dipisahkan dari kegiatan`, 'pelaksana admin "Pengadministrasi Umum"'),
    'system': d('Pelaksana berupa sistem/aplikasi, bukan orang.', 'The pelaksana is a system (application), not a person.', 'Dokumen SOP nyata ("Aplikasi Pelayanan")'),
    'procedure': d('Prosedur: langkah kegiatan satu per baris — [nomor] id pelaksana "kegiatan" | kelengkapan | waktu | output | keterangan.', 'Procedure: one step per line — [no] id pelaksana "activity" | inputs | time | output | note.',
        `${P35}, Bagian Flowchart (tabel prosedur dan mutu baku)`),
    'section': d('Bagian: judul yang mengelompokkan langkah berikutnya (memecah diagram besar).', 'Section: a heading grouping the steps after it (splits large flowcharts).', 'Keterbacaan diagram alir'),
    'start': d('Menandai langkah awal (simbol kapsul); tanpa penanda, langkah pertama adalah awal.', 'Marks the first step (terminator symbol); without it the first written step starts.',
        `${P35}, simbol kapsul (mulai dan berakhir)`),
    'symbol': d('Menyebut simbol langkah secara eksplisit; hanya lima simbol SOP AP yang sah.', 'Names the step\'s symbol explicitly; only the five SOP AP symbols are allowed.',
        `${P35}, hanya lima simbol flowchart`),
    'end': d('Langkah ini mengakhiri prosedur (simbol kapsul).', 'This step ends the procedure (terminator symbol).', `${P35}, simbol kapsul (mulai dan berakhir)`),
    'handover': d('Alur berlanjut ke SOP lain (simbol segilima, penghubung antarhalaman).', 'The flow continues in another SOP (off-page connector, pentagon).', `${P35}, simbol segilima`),
    'page-break': d('Tabel prosedur berlanjut di halaman baru setelah baris di atasnya (seperti dokumen yang ditandatangani), dengan penghubung antarhalaman.',
        'The procedure table continues on a new page after the row above (as in the signed document), joined by off-page connectors.', `${P35}, simbol segilima (penghubung antarhalaman)`, 'halaman-baru'),
    'dead-end': d('Simbol ini tidak punya panah keluar, persis seperti dokumen yang ditandatangani; dilaporkan sebagai peringatan SOP-P24.',
        'This symbol has no outgoing arrow, exactly as in the signed document; reported as warning SOP-P24.', `${P35}, diagram alir bercabang`, 'buntu'),
    'template': d('Templat dokumen resmi unit: label, kolom, dan kertas; ditulis sekali lalu dipakai SOP dengan `templat Nama` atau oleh buku SOP.',
        'The unit\'s template of the official document: labels, columns and paper; written once, used by SOPs with `template Name` or by an SOP book.', 'Praktik unit kerja (variasi templat SOP AP)', 'templat BpsBengkulu'),
    'paper': d('Ukuran kertas dokumen resmi: A4, F4 (folio, 215 × 330 mm), letter, legal.', 'Paper of the official document: A4, F4 (folio, 215 × 330 mm), letter, legal.', 'Praktik kantor pemerintah Indonesia (kertas F4/folio)', 'kertas F4'),
    'identity-orientation': d('Orientasi halaman identitas: potret atau lanskap.', 'Orientation of the identity page: portrait or landscape.', `${P35}, Bagian Identitas`, 'orientasi-identitas lanskap'),
    'table-orientation': d('Orientasi halaman tabel prosedur: lanskap (bawaan) atau potret.', 'Orientation of the procedure table pages: landscape (default) or portrait.', `${P35}, Bagian Flowchart`, 'orientasi-tabel lanskap'),
    'label': d('Mengganti label tercetak, mis. "Judul SOP" untuk "Nama SOP" atau "Aktivitas" untuk "Kegiatan".', 'Replaces a printed label, e.g. "Judul SOP" for "Nama SOP" or "Aktivitas" for "Kegiatan".',
        'Praktik unit kerja (variasi templat SOP AP)', 'label "kegiatan" "Aktivitas"'),
    'notes-column': d('Cetak kolom Keterangan (ya/tidak).', 'Print the Keterangan (notes) column (yes/no).', `${P35}, Bagian Flowchart`, 'kolom-keterangan tidak'),
    'column-numbers': d('Cetak baris nomor kolom (1, 2, 3 ...) di bawah judul tabel (ya/tidak).', 'Print the row of column numbers (1, 2, 3 ...) under the table heading (yes/no).', 'Praktik unit kerja (variasi templat SOP AP)', 'nomor-kolom ya'),
    'blank-capsules': d('Simbol kapsul dicetak tanpa teks "Mulai"/"Selesai" (ya/tidak).', 'Capsules are printed without the "Mulai"/"Selesai" text (yes/no).', `${P35}, simbol kapsul`, 'kapsul-kosong ya'),
    'table-caption': d('Cetak baris judul (nomor dan nama SOP, halaman) di atas tabel prosedur (ya/tidak); banyak dokumen yang ditandatangani tidak memilikinya.',
        'Print the caption line (SOP number and title, page) above the procedure table (yes/no); many signed documents have none.', 'Praktik unit kerja (variasi templat SOP AP)', 'judul-tabel tidak'),
    'rows-per-page': d('Jumlah baris tabel prosedur per halaman cetak.', 'Number of procedure rows per printed page.', `${P35}, Bagian Flowchart`, 'baris-per-halaman 8'),
};

/** The documentation of a canonical keyword, if any. */
export function keywordDoc(key: string): KeywordDoc | undefined {
    return docs[key];
}

/** Every documented canonical key. */
export const documentedKeywords: readonly string[] = Object.keys(docs);
