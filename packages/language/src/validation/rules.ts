/**
 * The rule catalogue: every diagnostic's stable code, severity, profile, its source in the
 * regulation, and its message in Bahasa Indonesia and English. `{0}`, `{1}` ... are arguments.
 * Codes and sources follow ../shared/reference/domain-sop-sp.md §6 (SOP-H.., SOP-P.., SP-.., GEN-..);
 * DOC-.. codes are structural rules of this language.
 */
import type { Lang } from '../syntax/keywords.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** Which documents a rule applies to: SOP AP, generic SOP, Standar Pelayanan, any SOP, or all. */
export type RuleScope = 'sop-ap' | 'generic' | 'sp' | 'sop' | 'all';

export interface RuleDef {
    code: string;
    severity: Severity;
    scope: RuleScope;
    source: string;
    title: Record<Lang, string>;
    message: Record<Lang, string>;
}

const P35 = 'Permenpan RB 35/2012';
const UU25 = 'UU 25/2009 Pasal 21';
const P15 = 'Permenpan RB 15/2014';

function r(code: string, severity: Severity, scope: RuleScope, source: string, title: [string, string], message: [string, string]): RuleDef {
    return { code, severity, scope, source, title: { id: title[0], en: title[1] }, message: { id: message[0], en: message[1] } };
}

const list: RuleDef[] = [
    // ---- SOP AP identity (bagian identitas) ----
    r('SOP-H01', 'error', 'sop-ap', `${P35}, identitas #7 (Nama SOP)`, ['Nama SOP wajib', 'SOP title required'],
        ['Nama (judul) SOP belum diisi.', 'The SOP has no title (nama SOP).']),
    r('SOP-H02', 'error', 'sop-ap', `${P35}, identitas #2 (Nomor SOP)`, ['Nomor SOP wajib', 'SOP number required'],
        ['Nomor SOP belum diisi (`nomor "..."`).', 'The SOP number is missing (`number "..."`).']),
    r('SOP-H03', 'error', 'sop-ap', `${P35}, identitas #1 (Logo dan nama instansi)`, ['Unit kerja wajib', 'Unit required'],
        ['Nama instansi/unit kerja belum diisi (`unit "..."`).', 'The issuing unit is missing (`unit "..."`).']),
    r('SOP-H03L', 'info', 'sop-ap', `${P35}, identitas #1 (Logo dan nama instansi)`, ['Logo instansi', 'Unit logo'],
        ['Logo instansi belum dirujuk (`logo "berkas.png"`); dokumen resmi akan menampilkan tempat kosong.', 'No logo is referenced (`logo "file.png"`); the official document will show an empty slot.']),
    r('SOP-H03F', 'warning', 'all', `${P35}, identitas #1 (Logo dan nama instansi)`, ['Berkas logo', 'Logo file'],
        ['Logo "{0}": {1}; dokumen resmi akan dicetak tanpa logo.', 'Logo "{0}": {1}; the official document will be printed without it.']),
    r('SOP-H04', 'error', 'sop-ap', `${P35}, identitas #3 (Tanggal Pembuatan)`, ['Tanggal pembuatan wajib', 'Creation date required'],
        ['Tanggal pembuatan {0}.', 'The creation date {0}.']),
    r('SOP-H05', 'error', 'sop-ap', `${P35}, identitas #5 (Tanggal Efektif)`, ['Tanggal efektif wajib', 'Effective date required'],
        ['Tanggal efektif {0}.', 'The effective date {0}.']),
    r('SOP-H06', 'info', 'sop-ap', `${P35}, identitas #4 (Tanggal Revisi)`, ['Tanggal revisi', 'Revision date'],
        ['Tanggal revisi tidak ditulis; tulis `direvisi -` bila belum pernah direvisi.', 'No revision date; write `revised -` when the SOP was never revised.']),
    r('SOP-H07', 'warning', 'sop-ap', `${P35}, identitas #3-#5`, ['Urutan tanggal', 'Date order'],
        ['Tanggal {0} ({1}) lebih awal dari tanggal pembuatan ({2}).', 'The {0} date ({1}) is before the creation date ({2}).']),
    r('SOP-H08', 'warning', 'sop-ap', 'Dokumen SOP nyata (tanggal sebagian)', ['Tanggal tidak lengkap', 'Partial date'],
        ['Tanggal "{0}" hanya bulan dan tahun; lengkapi dengan tanggalnya bila diketahui.', 'The date "{0}" has only month and year; give the day when known.']),
    r('SOP-H09', 'error', 'sop-ap', `${P35}, identitas #6 (Pengesahan)`, ['Pengesahan wajib', 'Approval required'],
        ['{0}', '{0}']),
    r('SOP-H09N', 'warning', 'sop-ap', `${P35}, identitas #6 (Pengesahan: nama dan NIP)`, ['NIP pejabat', 'Official NIP'],
        ['NIP pejabat yang mengesahkan belum diisi (`nip "..."`).', 'The approving official\'s NIP is missing (`nip "..."`).']),
    r('SOP-H10', 'warning', 'sop-ap', 'Struktur NIP (18 digit)', ['Format NIP', 'NIP format'],
        ['NIP "{0}" memiliki {1} digit; NIP terdiri dari 18 digit.', 'NIP "{0}" has {1} digits; a NIP has 18 digits.']),
    r('SOP-H11', 'error', 'sop-ap', `${P35}, identitas #8 (Dasar Hukum)`, ['Dasar hukum wajib', 'Legal basis required'],
        ['Dasar hukum belum diisi; sebutkan minimal satu peraturan (`dasar-hukum { "..." }`).', 'No legal basis; name at least one regulation (`legal-basis { "..." }`).']),
    r('SOP-H12', 'info', 'sop-ap', 'Permenpan RB 35/2012 menggantikan PER/21/M.PAN/11/2008; Permenpan RB 15/2014 menggantikan 36/2012', ['Dasar hukum usang', 'Superseded legal basis'],
        ['Dasar hukum "{0}" sudah dicabut/diganti oleh {1}.', 'The legal basis "{0}" has been superseded by {1}.']),
    r('SOP-H13', 'warning', 'sop-ap', `${P35}, identitas #9-#13`, ['Komponen identitas', 'Identity component'],
        ['Komponen "{0}" belum diisi.', 'The component "{0}" is missing.']),
    r('SOP-H14', 'warning', 'sop-ap', `${P35}, identitas #10 (Keterkaitan)`, ['Keterkaitan', 'Related SOPs'],
        ['SOP "{0}" yang dirujuk tidak ditemukan di workspace.', 'The referenced SOP "{0}" is not in the workspace.']),
    r('SOP-H14M', 'info', 'sop-ap', `${P35}, identitas #10 (Keterkaitan)`, ['Keterkaitan', 'Related SOPs'],
        ['Keterkaitan tidak ditulis; tulis `keterkaitan -` bila tidak ada SOP terkait.', 'No related SOPs given; write `related -` when there are none.']),
    r('SOP-H15', 'info', 'sop-ap', `${P35}, identitas #4 dan monitoring 6 bulanan`, ['Jadwal peninjauan lewat', 'Review date passed'],
        ['Tanggal revisi {0} adalah jadwal peninjauan yang sudah lewat (hari ini {1}).', 'The revision date {0} is a planned review date that has passed (today is {1}).']),
    // ---- SOP procedure / flowchart ----
    r('SOP-P01', 'error', 'sop', `${P35}, bagian flowchart`, ['Prosedur kosong', 'Empty procedure'],
        ['SOP belum memiliki langkah kegiatan (`prosedur { ... }`).', 'The SOP has no steps (`procedure { ... }`).']),
    r('SOP-P02', 'error', 'sop', `${P35}, pelaksana dipisahkan dari kegiatan`, ['Pelaksana tidak dikenal', 'Unknown pelaksana'],
        ['Pelaksana "{0}" belum dideklarasikan (`pelaksana {0} "..."`).', 'The pelaksana "{0}" is not declared (`actor {0} "..."`).']),
    r('SOP-P03', 'warning', 'sop', `${P35}, kolom pelaksana pada diagram alir (praktik: setiap kolom pelaksana memuat kegiatan)`, ['Pelaksana tidak dipakai', 'Unused pelaksana'],
        ['Pelaksana "{0}" tidak melaksanakan satu langkah pun.', 'The pelaksana "{0}" performs no step.']),
    r('SOP-P04', 'info', 'sop-ap', `${P35}, SOP AP dilaksanakan lebih dari satu pelaksana`, ['Satu pelaksana', 'Single pelaksana'],
        ['Hanya ada satu pelaksana: ini mungkin SOP teknis, bukan SOP AP; periksa kelengkapan pelaksana.', 'Only one pelaksana: this may be a technical SOP rather than an SOP AP; check the pelaksana list.']),
    r('SOP-P05', 'error', 'sop', `${P35}, hanya lima simbol flowchart`, ['Simbol tidak sah', 'Symbol not allowed'],
        ['Simbol "{0}" tidak termasuk lima simbol SOP AP (kapsul, kotak, belah ketupat, anak panah, segilima).', 'The symbol "{0}" is not one of the five SOP AP symbols (terminator, process, decision, arrow, off-page connector).']),
    r('SOP-P05K', 'warning', 'sop', `${P35}, hanya lima simbol flowchart`, ['Simbol tidak sesuai', 'Symbol mismatch'],
        ['Simbol "{0}" yang digambar tidak sesuai dengan alur langkah ini, yaitu {1}.', 'The symbol "{0}" is drawn, but the flow of this step is {1}.']),
    r('SOP-P06', 'error', 'sop', `${P35}, simbol kapsul = mulai dan berakhir`, ['Mulai/selesai', 'Start/end'],
        ['{0}', '{0}']),
    r('SOP-P07', 'error', 'sop', `${P35}, simbol belah ketupat (ya/tidak)`, ['Cabang keputusan', 'Decision branches'],
        ['{0}', '{0}']),
    r('SOP-P08', 'error', 'sop', 'Integritas diagram alir', ['Tujuan tidak ada', 'Dangling target'],
        ['Langkah atau SOP tujuan "{0}" tidak ditemukan.', 'The target step or SOP "{0}" does not exist.']),
    r('SOP-P09', 'error', 'sop', `${P35}, diagram alir bercabang`, ['Alur terputus', 'Broken flow'],
        ['{0}', '{0}']),
    r('SOP-P10', 'warning', 'sop', 'Praktik umum: pengulangan harus berakhir lewat keputusan', ['Pengulangan tanpa keputusan', 'Loop without decision'],
        ['Pengulangan kembali ke "{0}" tidak memuat keputusan yang dapat mengakhirinya.', 'The loop back to "{0}" contains no decision that can end it.']),
    r('SOP-P11', 'warning', 'sop', `${P35}, kolom nomor kegiatan`, ['Penomoran langkah', 'Step numbering'],
        ['Nomor langkah {0} seharusnya {1} (berurutan mulai 1 tanpa celah/ganda); langkah berikutnya dihitung dari nomor yang tertulis.', 'Step number {0} should be {1} (sequential from 1, no gaps or duplicates); the following steps count on from the number written.']),
    r('SOP-P23', 'warning', 'sop', `${P35}, simbol belah ketupat (percabangan lewat keputusan)`, ['Percabangan tanpa keputusan', 'Fork without decision'],
        ['Simbol "{0}" bercabang ke {1} tanpa belah ketupat; biasanya percabangan lewat keputusan. Biarkan bila dokumen yang ditandatangani memang begitu.',
            'Symbol "{0}" forks to {1} without a decision diamond; a flow usually branches through a decision. Leave it if the signed document draws it so.']),
    r('SOP-P24', 'warning', 'sop', `${P35}, diagram alir bercabang (setiap alur berakhir di kapsul)`, ['Alur buntu', 'Dead end'],
        ['Simbol "{0}" tidak punya panah keluar (buntu) dan tidak diakhiri kapsul selesai.', 'Symbol "{0}" has no outgoing arrow (a dead end) and no end capsule.']),
    r('SOP-P25', 'error', 'sop', 'Integritas diagram alir', ['Simbol tidak ada di baris', 'No such symbol in the row'],
        ['Baris "{0}" tidak punya simbol "{1}" (kolom pelaksana atau urutan simbol).', 'Row "{0}" has no symbol "{1}" (pelaksana column or place in the row).']),
    r('SOP-P26', 'warning', 'sop', `${P35}, simbol kapsul = mulai dan berakhir`, ['Kapsul di tengah alur', 'Capsule in the middle of the flow'],
        ['Baris "{0}" dibuka dengan kapsul yang meneruskan alur, padahal alur sudah dimulai sebelumnya; kapsul menandai mulai atau berakhir. Biarkan bila dokumen yang ditandatangani memang begitu; bila kapsul itu mengakhiri alur baris, tulis sesudah simbolnya (`kotak > (kapsul)`) atau beri alurnya sendiri (`1: selesai`).',
            'Row "{0}" opens with a capsule that leads on, although the flow has started before; a capsule marks the start or the end. Leave it if the signed document draws it so; if the capsule ends the row\'s flow, write it after its symbol (`box > (capsule)`) or give it its own flow (`1: selesai`).']),
    r('SOP-P27', 'error', 'sop', 'Integritas diagram alir', ['Simbol tidak jelas', 'Ambiguous symbol'],
        ['Baris "{0}" punya lebih dari satu simbol di kolom "{1}"; sebut simbol dengan urutannya di baris: {2}.', 'Row "{0}" has more than one symbol in the column "{1}"; name the symbol by its place in the row: {2}.']),
    r('SOP-P12', 'info', 'sop-ap', `${P35}, kegiatan ditulis aktif tanpa subjek`, ['Kalimat aktif', 'Active verb'],
        ['Kegiatan sebaiknya diawali kata kerja aktif tanpa subjek (mis. "Menerima ..."), bukan "{0}".', 'Write the activity as an active verb without a subject (e.g. "Menerima ..."), not "{0}".']),
    r('SOP-P13', 'warning', 'sop', `${P35}, mutu baku waktu`, ['Waktu belum diisi', 'Time missing'],
        ['Mutu baku waktu langkah "{0}" belum diisi.', 'Step "{0}" has no time (mutu baku waktu).']),
    r('SOP-P14', 'warning', 'sop', 'Mutu baku waktu: angka + satuan', ['Waktu tidak terbaca', 'Unreadable time'],
        ['Waktu "{0}" tidak terbaca; tulis angka dan satuan (detik, menit, jam, hari, hari kerja, minggu, bulan, tahun), rentang "1-2 hari", atau "segera".', 'The time "{0}" cannot be read; write a number and unit (seconds, minutes, hours, days, working days, weeks, months, years), a range "1-2 days", or "immediately".']),
    r('SOP-P15', 'warning', 'sop', `${P35}, mutu baku kelengkapan dan output`, ['Mutu baku belum lengkap', 'Mutu baku incomplete'],
        ['Mutu baku {0} langkah "{1}" belum diisi.', 'Step "{1}" has no {0} (mutu baku).']),
    r('SOP-P16', 'info', 'sop', 'Heuristik alur dokumen', ['Alur dokumen', 'Document flow'],
        ['Output langkah sebelumnya ({0}) tidak muncul di kelengkapan langkah ini.', 'The output of the previous step ({0}) does not appear in this step\'s inputs.']),
    r('SOP-P17', 'warning', 'all', `${P35} (mutu baku) dan ${UU25} huruf d`, ['Waktu melebihi standar pelayanan', 'Time exceeds service standard'],
        ['{0}', '{0}']),
    r('SOP-P20', 'error', 'sop', 'Identitas langkah unik', ['Id langkah ganda', 'Duplicate step id'],
        ['Id langkah "{0}" dipakai lebih dari sekali.', 'The step id "{0}" is used more than once.']),
    r('SOP-P21', 'error', 'sop', 'Identitas pelaksana unik', ['Id pelaksana ganda', 'Duplicate pelaksana id'],
        ['Id pelaksana "{0}" dideklarasikan lebih dari sekali.', 'The pelaksana id "{0}" is declared more than once.']),
    r('SOP-P22', 'warning', 'sop', 'Keterbacaan diagram alir', ['Prosedur sangat panjang', 'Very long procedure'],
        ['Prosedur memiliki {0} langkah; di atas {1} diagram sulit dibaca. Bagi dengan `bagian "..."` atau pecah menjadi beberapa SOP.', 'The procedure has {0} steps; above {1} the diagram is hard to read. Split it with `section "..."` or into several SOPs.']),
    // ---- Standar Pelayanan ----
    r('SP-01', 'error', 'sp', `${UU25}`, ['Komponen standar pelayanan', 'Service-standard component'],
        ['Komponen "{0}" (Pasal 21 huruf {1}) belum ada.', 'The component "{0}" (Pasal 21 letter {1}) is missing.']),
    r('SP-02', 'error', 'sp', `${P15}, 6 komponen penyampaian pelayanan`, ['Komponen publikasi', 'Published component'],
        ['Komponen penyampaian pelayanan "{0}" wajib dipublikasikan dan belum diisi.', 'The service-delivery component "{0}" must be published and is empty.']),
    r('SP-03', 'info', 'sp', `${P15}, pemisahan service delivery / manufacturing`, ['Komponen internal dipublikasikan', 'Internal component published'],
        ['Komponen pengelolaan internal "{0}" ikut terbit pada standar pelayanan yang dipublikasikan.', 'The internal (manufacturing) component "{0}" is part of a published service standard.']),
    r('SP-04', 'warning', 'sp', `${UU25} huruf d`, ['Jangka waktu tidak terbaca', 'Unreadable service time'],
        ['Jangka waktu "{0}" tidak terbaca sebagai durasi.', 'The service time "{0}" cannot be read as a duration.']),
    r('SP-05', 'warning', 'sp', `${UU25} huruf e`, ['Biaya/tarif', 'Fees'],
        ['Biaya "{0}" harus "Tidak dipungut biaya"/"Rp 0" atau menyebut dasar hukumnya (Perda/Perkada).', 'The fee "{0}" must be an explicit zero or cite its legal basis (regional regulation).']),
    r('SP-06', 'warning', 'sp', `${UU25} huruf j`, ['Saluran pengaduan', 'Complaint channels'],
        ['Penanganan pengaduan belum menyebut satu saluran pun.', 'Complaints handling names no channel.']),
    r('SP-07', 'warning', 'sp', 'UU 25/2009 Pasal 20 (standar pelayanan ditetapkan)', ['Penetapan', 'Enactment'],
        ['Penetapan standar pelayanan belum dicatat (`penetapan "SK ..." tanggal ... oleh "..."`).', 'The enactment is missing (`enactment "Decree ..." date ... by "..."`).']),
    r('SP-08', 'warning', 'sp', 'UU 25/2009 Pasal 22 (maklumat pelayanan)', ['Maklumat pelayanan', 'Service pledge'],
        ['{0}', '{0}']),
    r('SP-09', 'info', 'sp', 'UU 25/2009 Pasal 20 ayat 2 (melibatkan masyarakat)', ['Konsultasi publik', 'Public consultation'],
        ['Keterlibatan masyarakat belum dicatat (`konsultasi-publik <tanggal> peserta { ... }`).', 'Public involvement is not recorded (`public-consultation <date> participants { ... }`).']),
    r('SP-10', 'info', 'sp', `${UU25} huruf c dan ${P35} (mutu baku)`, ['Tautan prosedur', 'Procedure link'],
        ['{0}', '{0}']),
    // ---- Generic (ISO 9001 / EPA QA/G-6) ----
    r('GEN-01', 'error', 'generic', 'ISO 9001:2015 §7.5.2; EPA QA/G-6', ['Identification', 'Identification'],
        ['Identitas dokumen belum lengkap: {0}.', 'Document identification is incomplete: {0} missing.']),
    r('GEN-02', 'error', 'generic', 'ISO 9001:2015 §7.5.2 c (review and approval)', ['Approval', 'Approval'],
        ['Persetujuan belum lengkap: {0}.', 'Approval is incomplete: {0} missing.']),
    r('GEN-03', 'warning', 'generic', 'EPA QA/G-6 (scope and applicability, responsibilities)', ['Scope and responsibilities', 'Scope and responsibilities'],
        ['{0} belum diisi.', '{0} is missing.']),
    r('GEN-04', 'warning', 'generic', '40 CFR 792.81(d); ISO 9001:2015 §7.5.3', ['Revision history', 'Revision history'],
        ['{0}', '{0}']),
    r('GEN-05', 'info', 'generic', 'EPA QA/G-6 (warnings listed up front and at the critical steps)', ['Warnings up front', 'Warnings up front'],
        ['Langkah ini memuat peringatan yang tidak tercantum di bagian peringatan dokumen.', 'This step carries a warning that is not listed in the document\'s warnings.']),
    r('GEN-06', 'warning', 'generic', 'EPA QA/G-6 §j (records management)', ['Records', 'Records'],
        ['Bagian catatan (records) belum menyebut catatan yang dihasilkan.', 'The records section lists no records produced.']),
    // ---- Structure of the language ----
    r('DOC-01', 'error', 'all', 'Identitas dokumen unik di workspace', ['Id dokumen ganda', 'Duplicate document id'],
        ['Id dokumen "{0}" juga dipakai di {1}.', 'The document id "{0}" is also used in {1}.']),
    r('DOC-02', 'error', 'all', 'Struktur bahasa SOP', ['Komponen tidak pada tempatnya', 'Member not allowed here'],
        ['"{0}" tidak berlaku untuk {1}.', '"{0}" does not belong in {1}.']),
    r('DOC-03', 'error', 'all', 'Struktur bahasa SOP', ['Komponen ganda', 'Repeated member'],
        ['"{0}" ditulis lebih dari sekali; gabungkan isinya.', '"{0}" is written more than once; merge the entries.']),
    r('DOC-04', 'error', 'all', 'Profil validasi', ['Profil tidak dikenal', 'Unknown profile'],
        ['Profil "{0}" tidak dikenal; pilih sop-ap atau generic.', 'Unknown profile "{0}"; use sop-ap or generic.']),
    r('DOC-05', 'error', 'all', `${P35}, unsur dokumentasi (daftar isi)`, ['Isi buku SOP', 'SOP book contents'],
        ['SOP "{0}" dalam daftar isi tidak ditemukan di workspace.', 'The SOP "{0}" listed in the contents is not in the workspace.']),
    // ---- The SOP book (unsur dokumentasi) and the monitoring of its SOPs ----
    r('BOOK-01', 'warning', 'all', `${P35}, unsur dokumentasi (buku SOP memuat SOP unit kerja)`, ['SOP unit di luar buku', 'SOP of the unit not in the book'],
        ['SOP "{0}" ({1}) dari unit buku ini tidak tercantum dalam daftar isi.', 'The SOP "{0}" ({1}) of this book\'s unit is not in its contents.']),
    r('BOOK-02', 'warning', 'all', `${P35}, identitas #2 (Nomor SOP)`, ['Nomor SOP ganda', 'Duplicate SOP number'],
        ['Nomor SOP "{0}" juga dipakai oleh SOP "{1}" ({2}).', 'The SOP number "{0}" is also used by the SOP "{1}" ({2}).']),
    r('BOOK-03', 'warning', 'all', `${P35}, identitas #2 (Nomor SOP menurut tata naskah dinas unit)`, ['Pola nomor SOP', 'SOP number pattern'],
        ['Nomor SOP "{0}" ({1}) tidak mengikuti pola nomor buku "{2}".', 'The number "{0}" of the SOP {1} does not follow the book\'s numbering pattern "{2}".']),
    r('BOOK-04', 'warning', 'all', `${P35}, identitas #1 (Logo dan nama instansi)`, ['Unit SOP berbeda dari buku', 'SOP unit differs from the book'],
        ['Unit SOP {0} ("{1}") bukan unit buku ini ("{2}").', 'The unit of the SOP {0} ("{1}") is not this book\'s unit ("{2}").']),
    r('BOOK-05', 'warning', 'all', `${P35}, identitas #1 (Logo dan nama instansi)`, ['Logo SOP berbeda dari buku', 'SOP logo differs from the book'],
        ['Logo SOP {0} ("{1}") bukan logo buku ini ("{2}").', 'The logo of the SOP {0} ("{1}") is not this book\'s logo ("{2}").']),
    r('BOOK-06', 'warning', 'all', `${P35}, penetapan dokumen SOP AP dan identitas #5 (Tanggal Efektif)`, ['Tanggal efektif setelah penetapan', 'Effective after the decree'],
        ['SOP {0} berlaku efektif {1}, setelah penetapan buku ({2}).', 'The SOP {0} takes effect on {1}, after the decree that enacts the book ({2}).']),
    r('MON-01', 'warning', 'all', `${P35}, monitoring dan evaluasi (monitoring setiap 6 bulan)`, ['Monitoring 6 bulanan', 'Six-monthly monitoring'],
        ['SOP {0} belum dimonitor dalam 6 bulan terakhir ({1}; hari ini {2}).', 'The SOP {0} has not been monitored in the last six months ({1}; today is {2}).']),
    r('MON-02', 'warning', 'all', `${P35}, Tabel 7 (Tindakan yang harus diambil)`, ['Tindakan belum ditentukan', 'No action'],
        ['SOP {0} dinilai tidak berjalan dengan baik tetapi tindakan yang harus diambil belum ditulis.', 'The SOP {0} was assessed as not running well but no action to take is written.']),
    r('MON-03', 'warning', 'all', `${P35}, Tabel 7 dan identitas #4 (Tanggal Revisi)`, ['Revisi belum dilakukan', 'Revision not done'],
        ['Pemantauan {0} meminta revisi SOP {1}, tetapi tanggal revisinya ({2}) tidak setelah pemantauan itu.', 'The monitoring of {0} asked for a revision of the SOP {1}, but its revision date ({2}) is not after that round.']),
    r('MON-04', 'error', 'all', `${P35}, Tabel 7 (Prosedur)`, ['SOP yang dinilai tidak ada', 'Assessed SOP not found'],
        ['SOP "{0}" yang dinilai tidak ditemukan di workspace.', 'The assessed SOP "{0}" is not in the workspace.']),
    r('MON-05', 'error', 'all', `${P35}, monitoring dan evaluasi`, ['Buku SOP tidak ada', 'SOP book not found'],
        ['Buku SOP "{0}" tidak ditemukan di workspace.', 'The SOP book "{0}" is not in the workspace.']),
    r('MON-06', 'error', 'all', `${P35}, Tabel 7 (Paraf penilai) dan monitoring 6 bulanan`, ['Tanggal dan penilai', 'Date and assessor'],
        ['Pemantauan belum menyebut tanggal dan penilainya (`dinilai 2026-06-15 oleh "..."`).', 'The round does not say when and by whom it was assessed (`assessed 2026-06-15 by "..."`).']),
    r('DOC-06', 'warning', 'all', 'Templat dokumen resmi', ['Pengaturan templat', 'Template setting'],
        ['Nilai "{0}" tidak dikenal untuk "{1}"; pilihan: {2}.', 'Unknown value "{0}" for "{1}"; choose from: {2}.']),
    r('DOC-07', 'error', 'all', 'Templat dokumen resmi', ['Templat tidak ada', 'Unknown template'],
        ['Templat "{0}" tidak ditemukan di workspace.', 'The template "{0}" is not in the workspace.']),
    r('DOC-09', 'error', 'all', 'Isian dokumen oleh penyusun (templat tidak mengisi data)', ['Isian contoh', 'Placeholder'],
        ['Isian contoh "{0}" belum diganti dengan isi sebenarnya.', 'The placeholder "{0}" has not been replaced with the real content.']),
    r('DOC-08', 'error', 'all', 'Struktur bahasa SOP (teks diapit tanda petik pada satu baris)', ['Tanda petik tidak berpasangan', 'Unpaired quote'],
        ['{0}', '{0}']),
];

/** All rules by code. */
export const rules: ReadonlyMap<string, RuleDef> = new Map(list.map(rule => [rule.code, rule]));

/** All rules in catalogue order. */
export const ruleList: readonly RuleDef[] = list;

/** Fills `{0}`, `{1}` ... in a template. */
export function format(template: string, args: readonly unknown[]): string {
    return template.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** The localised message of a rule. */
export function ruleMessage(code: string, lang: Lang, args: readonly unknown[] = []): string {
    const rule = rules.get(code);
    if (!rule) throw new Error(`Unknown rule code ${code}`);
    return format(rule.message[lang], args);
}
