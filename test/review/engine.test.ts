/**
 * The semantic diff engine on small SOP texts: steps added, removed, renamed, moved and changed
 * field by field; identity and pelaksana; flow; critical path; diagnostics introduced and fixed;
 * Standar Pelayanan components and time check; documents added, removed and moved; and a change
 * of formatting, comments or keyword language reported as cosmetic only.
 */
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices } from '@sop/language';
import { diffRevisions, type DocumentReport, type StepChange } from '@sop/review';
import { BASE, edit, review, reviewInput, snapshot } from './review-helpers.js';

const only = (report: { documents: DocumentReport[] }) => {
    expect(report.documents).toHaveLength(1);
    return report.documents[0];
};
const step = (doc: DocumentReport, id: string): StepChange => {
    const found = doc.steps.find(s => s.id === id);
    if (!found) throw new Error(`no step change ${id} in ${JSON.stringify(doc.steps.map(s => s.id))}`);
    return found;
};

/** The text of BASE reformatted by the real formatter with every keyword in English. */
async function inEnglish(text: string): Promise<string> {
    const { shared, Sop } = createSopServices(EmptyFileSystem);
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/ws/x.sop'));
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc]);
    return Sop.sopLsp.Formatter.formatText(doc, 'en')!;
}

describe('the base fixture', () => {
    it('has no diagnostic, so every diagnostic in a test comes from its edit', async () => {
        const s = await snapshot('x', { 'sop.sop': BASE });
        expect(s.files[0].diagnostics).toEqual([]);
        expect(s.files[0].models[0].kind).toBe('sop');
    });
});

describe('no change and cosmetic changes', () => {
    it('the same text is no change at all', async () => {
        const r = await review(BASE, BASE);
        expect(r.summary).toMatchObject({ semanticChange: false, cosmeticOnly: false });
        expect(only(r).status).toBe('unchanged');
        expect(r.files[0]).toMatchObject({ status: 'unchanged', textChanged: false, cosmeticOnly: false });
    });

    it('comments, blank lines, spacing and every keyword in English are cosmetic only', async () => {
        const english = await inEnglish(BASE);
        expect(english).toContain('legal-basis');
        const changed = '// revised layout\n' + english.replace(/\n  actor/, '\n\n  /* performers */\n  actor').replace(/\| 10 menit \|/, '|   10   menit   |');
        expect(changed).not.toBe(BASE);
        const r = await review(BASE, changed);
        expect(r.summary).toMatchObject({ semanticChange: false, cosmeticOnly: true });
        expect(only(r).status).toBe('unchanged');
        expect(r.files[0]).toMatchObject({ status: 'modified', textChanged: true, cosmeticOnly: true });
    });

    it('line ends as git checks them out on Windows (CRLF) are cosmetic', async () => {
        const r = await review(BASE, BASE.replace(/\n/g, '\r\n'));
        expect(r.summary).toMatchObject({ semanticChange: false, cosmeticOnly: true });
    });

    it('a real edit hidden in a reformat is still found', async () => {
        const r = await review(BASE, (await inEnglish(BASE)).replace('15 menit', '20 menit'));
        expect(r.summary.semanticChange).toBe(true);
        expect(step(only(r), 'periksa').fields).toEqual([{ field: 'time', old: '15 menit', new: '20 menit' }]);
    });
});

describe('steps', () => {
    it('an added step: all its fields, and the flow of the step before it now leads to it', async () => {
        const r = await review(BASE, edit(BASE, ['    periksa kasubag', '    catat   staf    "Mencatat permohonan di aplikasi" | "Formulir diterima" | 5 menit | "Permohonan tercatat"\n    periksa kasubag']));
        const doc = only(r);
        const added = step(doc, 'catat');
        expect(added).toMatchObject({ status: 'added', number: { old: null, new: 2 }, lane: 'staf', text: 'Mencatat permohonan di aplikasi' });
        expect(added.fields).toContainEqual({ field: 'time', old: null, new: '5 menit' });
        expect(added.fields).toContainEqual({ field: 'flow', old: null, new: ['→ periksa'] });
        expect(step(doc, 'terima').fields).toEqual([{ field: 'flow', old: ['start', '→ periksa'], new: ['start', '→ catat'] }]);
        // Numbers shift after an insertion; that alone is no change of the later steps.
        expect(doc.steps.map(s => s.id)).toEqual(['terima', 'catat']);
        expect(doc.criticalPath).toEqual({ old: { minMinutes: 65, maxMinutes: 65, text: '1 h 5 min' }, new: { minMinutes: 70, maxMinutes: 70, text: '1 h 10 min' } });
    });

    it('a removed step is placed after the step that now precedes it', async () => {
        const r = await review(BASE, edit(BASE, [/ {4}setuju {2}kepala[^\n]*\n/, ''], ['-> setuju', '-> arsip']));
        const doc = only(r);
        expect(step(doc, 'setuju')).toMatchObject({ status: 'removed', number: { old: 4, new: null }, after: 'kembali', lane: 'kepala' });
        expect(doc.steps.map(s => `${s.status} ${s.id}`)).toEqual(['changed periksa', 'removed setuju']);
    });

    it('a renamed id is matched by position and text: one rename, no change of the steps pointing to it', async () => {
        const r = await review(BASE, edit(BASE, ['    periksa kasubag', '    cek     kasubag']));
        const doc = only(r);
        expect(doc.steps).toEqual([{
            status: 'changed', id: 'cek', oldId: 'periksa', number: { old: 2, new: 2 }, text: 'Memeriksa kelengkapan berkas cuti', lane: 'kasubag',
            renamed: true, moved: false, fields: [],
        }]);
    });

    it('a renamed id with an edited text is still the same step; a new text at the same place is not', async () => {
        const renamed = await review(BASE, edit(BASE, ['    arsip   staf    "Mengarsipkan surat izin cuti"', '    simpan  staf    "Mengarsipkan surat izin cuti pegawai"']));
        expect(step(only(renamed), 'simpan')).toMatchObject({ status: 'changed', oldId: 'arsip', fields: [{ field: 'text', old: 'Mengarsipkan surat izin cuti', new: 'Mengarsipkan surat izin cuti pegawai' }] });
        const replaced = await review(BASE, edit(BASE, ['    arsip   staf    "Mengarsipkan surat izin cuti"', '    kirim   staf    "Mengirim salinan kepada pemohon lewat pos"']));
        expect(only(replaced).steps.map(s => `${s.status} ${s.id}`)).toEqual(['changed setuju', 'removed arsip', 'added kirim']);
    });

    it('a moved step is the only one reported as moved', async () => {
        // `kembali` goes to the end: the others keep their relative order.
        const moved = edit(BASE, [/ {4}kembali[^\n]*\n/, ''], [/( {4}arsip[^\n]*\n)/, '$1    kembali staf    "Mengembalikan berkas kepada pemohon"   | "Berkas diperiksa"   | 5 menit  | "Berkas dikembalikan" selesai\n']);
        const doc = only(await review(BASE, moved));
        expect(doc.steps.filter(s => s.moved).map(s => s.id)).toEqual(['kembali']);
        expect(step(doc, 'kembali').number).toEqual({ old: 3, new: 5 });
    });

    it('a step given to another pelaksana changes its lane only', async () => {
        const doc = only(await review(BASE, edit(BASE, ['    setuju  kepala ', '    setuju  kasubag'])));
        expect(doc.steps).toHaveLength(1);
        expect(step(doc, 'setuju').fields).toEqual([{ field: 'lane', old: 'kepala', new: 'kasubag' }]);
    });

    it('each mutu baku field and the keterangan, old → new', async () => {
        const doc = only(await review(BASE, edit(BASE,
            ['"Formulir cuti"      | 10 menit | "Formulir diterima"', '"Formulir cuti", "KTP" | 10 menit | "Formulir diterima" | "Dilayani di loket 2"'],
            ['"Menandatangani surat izin cuti"', '"Menandatangani surat izin cuti tahunan"'])));
        expect(step(doc, 'terima').fields).toEqual([
            { field: 'inputs', old: ['Formulir cuti'], new: ['Formulir cuti', 'KTP'] },
            { field: 'notes', old: [], new: ['Dilayani di loket 2'] },
        ]);
        expect(step(doc, 'setuju').fields).toEqual([{ field: 'text', old: 'Menandatangani surat izin cuti', new: 'Menandatangani surat izin cuti tahunan' }]);
    });

    it('a decision branch that points elsewhere, and a relabelled branch', async () => {
        const doc = only(await review(BASE, edit(BASE, ['"tidak lengkap" -> kembali', '"belum lengkap" -> terima'])));
        expect(step(doc, 'periksa').fields).toEqual([{ field: 'flow', old: ['lengkap → setuju', 'tidak lengkap → kembali'], new: ['lengkap → setuju', 'belum lengkap → terima'] }]);
    });

    it('the written order of two branches is no change', async () => {
        const r = await review(BASE, edit(BASE, ['lengkap -> setuju  "tidak lengkap" -> kembali', '"tidak lengkap" -> kembali  lengkap -> setuju']));
        expect(r.summary.semanticChange).toBe(false);
    });

    it('a changed symbol is reported with the official symbol names', async () => {
        const doc = only(await review(BASE, edit(BASE, ['"Menandatangani surat izin cuti"        | "Berkas diperiksa"   | 30 menit | "Surat izin cuti"', '"Menandatangani surat izin cuti"        | "Berkas diperiksa"   | 30 menit | "Surat izin cuti" -> arsip'], ['    arsip   staf ', '    arsip   staf? '])));
        expect(step(doc, 'arsip').fields.find(f => f.field === 'symbols')).toEqual({ field: 'symbols', old: 'capsule (end)', new: 'diamond' });
    });
});

const MULTI = `sop Survei "Survei Harga" {
  pelaksana ketua   "Ketua Tim"
  pelaksana anggota "Anggota Tim"
  pelaksana bps     "BPS Kab/Kota"
  prosedur {
    1 data   (ketua) > anggota > bps "Melakukan pendataan" | "Kuesioner" | 1 bulan | "Data entri"
    2 cek    bps > anggota? "Memonitoring entri data"      | "Data harga" | 1 bulan | "Data harga"
             Ya -> kirim  Tidak -> .bps
    3 kirim  (anggota)  "Mengirim data"                    | "Data harga" | 1 hari | "Data terkirim"
  }
}
`;

describe('rows of several symbols', () => {
    it('a renamed pelaksana used inside rows and flow targets is one change', async () => {
        const doc = only(await review(MULTI, MULTI.replace(/\banggota\b/g, 'tim')));
        expect(doc.lanes.map(l => `${l.id} was ${l.oldId}`)).toEqual(['tim was anggota']);
        expect(doc.steps).toEqual([]);
    });

    it('the flow of one symbol of a row is reported with its pelaksana', async () => {
        const doc = only(await review(MULTI, MULTI.replace('Tidak -> .bps', 'Tidak -> data.bps')));
        expect(doc.steps.map(s => [s.id, s.lane, s.fields])).toEqual([['cek', 'bps > anggota', [
            { field: 'flow', old: ['anggota: Ya → kirim', 'anggota: Tidak → cek'], new: ['anggota: Ya → kirim', 'anggota: Tidak → data.bps'] },
        ]]]);
    });
});

describe('identity, pelaksana and critical path', () => {
    it('identity fields: a changed number, a new legal basis, a new approving official', async () => {
        const doc = only(await review(BASE, edit(BASE,
            ['"01/SOP/KEP/2024"', '"02/SOP/KEP/2025"'],
            ['{ "Peraturan Pemerintah Nomor 11 Tahun 2017" }', '{ "Peraturan Pemerintah Nomor 11 Tahun 2017", "Peraturan BKN Nomor 24 Tahun 2017" }'],
            ['nama "Ir. Contoh Nama"', 'nama "Dra. Nama Baru"'])));
        expect(doc.fields).toEqual([
            { field: 'number', old: '01/SOP/KEP/2024', new: '02/SOP/KEP/2025' },
            { field: 'approval.person', old: 'Ir. Contoh Nama', new: 'Dra. Nama Baru' },
            { field: 'legalBasis', old: ['Peraturan Pemerintah Nomor 11 Tahun 2017'], new: ['Peraturan Pemerintah Nomor 11 Tahun 2017', 'Peraturan BKN Nomor 24 Tahun 2017'] },
        ]);
        expect(doc.steps).toEqual([]);
    });

    it('pelaksana renamed (title and id), reordered, added and removed; a renamed id changes no step', async () => {
        const next = edit(BASE,
            ['pelaksana staf    "Staf Kepegawaian"\n  pelaksana kasubag "Kepala Sub Bagian Umum"\n  pelaksana kepala  "Kepala Badan"',
                'pelaksana petugas "Staf Kepegawaian"\n  pelaksana kepala  "Kepala Badan Kepegawaian"\n  pelaksana kasubag "Kepala Sub Bagian Umum"\n  pelaksana sekre   "Sekretaris"'],
            [/ staf {4}"/g, ' petugas "'],
            ['    setuju  kepala ', '    setuju  sekre  ']);
        const doc = only(await review(BASE, next));
        expect(doc.lanes.map(l => `${l.status} ${l.id}${l.oldId ? ` (was ${l.oldId})` : ''}${l.moved ? ' moved' : ''}`)).toEqual([
            'changed petugas (was staf)', 'changed kepala', 'changed kasubag moved', 'added sekre',
        ]);
        expect(doc.lanes.find(l => l.id === 'kepala')!.fields).toEqual([{ field: 'title', old: 'Kepala Badan', new: 'Kepala Badan Kepegawaian' }]);
        // Only the step given to the new pelaksana changed: the renamed `staf` lane is mapped.
        expect(doc.steps.map(s => `${s.id}: ${s.fields.map(f => `${f.field} ${f.old} → ${f.new}`).join(', ')}`)).toEqual(['setuju: lane kepala → sekre']);
        const removed = only(await review(next, BASE)).lanes.filter(l => l.status === 'removed');
        expect(removed.map(l => l.id)).toEqual(['sekre']);
    });

    it('the critical path before and after (1 h 5 min → 1 h 40 min), and a path that no longer exists', async () => {
        const longer = only(await review(BASE, edit(BASE, ['| 30 menit |', '| 1 jam |'], ['| 10 menit | "Arsip', '| 15 menit | "Arsip'])));
        expect(longer.criticalPath).toEqual({ old: { minMinutes: 65, maxMinutes: 65, text: '1 h 5 min' }, new: { minMinutes: 100, maxMinutes: 100, text: '1 h 40 min' } });
        const ranged = only(await review(BASE, edit(BASE, ['| 30 menit |', '| 1-2 hari |'])));
        expect(ranged.criticalPath!.new).toEqual({ minMinutes: 35 + 1440, maxMinutes: 35 + 2880, text: '1 d 35 min - 2 d 35 min' });
    });
});

const SP = (time: string) => `standar-pelayanan SpCuti "Pelayanan Cuti" {
  unit "Badan Kepegawaian Daerah"
  dasar-hukum { "UU Nomor 25 Tahun 2009" }
  persyaratan { "Formulir cuti" }
  sistem-mekanisme-prosedur Cuti
  jangka-waktu ${time}
  biaya "Tidak dipungut biaya"
  produk { "Surat izin cuti" }
}
`;

describe('diagnostics introduced and fixed', () => {
    it('a warning introduced (code, line, step) and fixed; an edit above a warning does not re-report it', async () => {
        const noTime = edit(BASE, ['| 10 menit | "Arsip surat cuti"', '| - | "Arsip surat cuti"']);
        const r1 = await review(BASE, noTime);
        expect(only(r1).diagnostics.introduced.map(d => `${d.severity} ${d.code} ${d.line} ${d.step}`)).toEqual(['warning SOP-P13 26 arsip']);
        expect(only(r1).diagnostics.fixed).toEqual([]);
        const r2 = await review(noTime, BASE);
        expect(only(r2).diagnostics.fixed.map(d => `${d.code} ${d.line} ${d.step}`)).toEqual(['SOP-P13 26 arsip']);
        // Two lines more above the warning: it moves from line 26 to 28, nothing introduced or fixed.
        const shifted = edit(noTime, ['  peralatan   { "Komputer" }', '  peralatan   {\n    "Komputer"\n  }']);
        const r3 = await review(noTime, shifted);
        expect(r3.summary).toMatchObject({ semanticChange: false, cosmeticOnly: true, diagnostics: { introduced: 0, fixed: 0 } });
    });

    it('the same finding with new numbers in its message is neither fixed nor introduced', async () => {
        // The SP promises 30 min; BASE takes 1 h 5 min and, after the edit, 1 h 35 min: SOP-P17 stays.
        const r = await review(BASE, edit(BASE, ['| 30 menit |', '| 1 jam |']), { old: { 'sp.sop': SP('30 menit') }, new: { 'sp.sop': SP('30 menit') } });
        const doc = only(r);
        expect(doc.diagnostics).toEqual({ introduced: [], fixed: [] });
        expect(doc.timeChecks.map(c => [c.old?.exceeded, c.new?.exceeded])).toEqual([[true, true]]);
    });

    it('an error introduced by a broken flow is counted in the summary', async () => {
        const r = await review(BASE, edit(BASE, ['"tidak lengkap" -> kembali', '"tidak lengkap" -> hilang']));
        expect(r.summary.diagnostics.introduced).toBeGreaterThanOrEqual(1);
        expect(only(r).diagnostics.introduced.map(d => d.code)).toContain('SOP-P08');
    });
});

describe('Standar Pelayanan', () => {
    it('a changed component and the SP-vs-SOP time check before and after', async () => {
        const input = await reviewInput(SP('2 jam'), edit(SP('1 jam'), ['{ "Formulir cuti" }', '{ "Formulir cuti", "Surat pengantar atasan" }']),
            { old: { 'cuti.sop': BASE }, new: { 'cuti.sop': BASE } });
        const doc = only(diffRevisions(input, { lang: 'en' }));
        expect(doc.kind).toBe('sp');
        expect(doc.fields).toEqual([
            { field: 'component.requirements', old: ['Formulir cuti'], new: ['Formulir cuti', 'Surat pengantar atasan'] },
            { field: 'component.service-time', old: ['2 jam'], new: ['1 jam'] },
        ]);
        expect(doc.timeChecks).toEqual([{
            sp: 'SpCuti', sop: 'Cuti',
            old: { limitMinutes: 120, criticalMinMinutes: 65, exceeded: false, text: '1 h 5 min / 2 h' },
            new: { limitMinutes: 60, criticalMinMinutes: 65, exceeded: true, text: '1 h 5 min / 1 h' },
        }]);
        expect(doc.diagnostics.introduced.map(d => d.code)).toContain('SOP-P17');
    });

    it('an SOP whose critical path now exceeds the promise of the SP linking it (a sibling file)', async () => {
        const r = await review(BASE, edit(BASE, ['| 30 menit |', '| 3 jam |']), { old: { 'sp.sop': SP('2 jam') }, new: { 'sp.sop': SP('2 jam') } });
        const doc = only(r);
        expect(doc.timeChecks.map(c => [c.sp, c.old?.exceeded, c.new?.exceeded])).toEqual([['SpCuti', false, true]]);
        expect(doc.diagnostics.introduced.map(d => d.code)).toEqual(['SOP-P17']);
    });
});

describe('documents and files', () => {
    it('documents added and removed in one file; a document moved to another file is no change', async () => {
        const other = BASE.replace('sop Cuti "Pelayanan Cuti Pegawai"', 'sop CutiBesar "Pelayanan Cuti Besar"').replace('"01/SOP/KEP/2024"', '"02/SOP/KEP/2024"');
        const r = diffRevisions({
            old: await snapshot('old', { 'a.sop': BASE, 'b.sop': other }),
            new: await snapshot('new', { 'a.sop': '// moved to b.sop\n', 'b.sop': BASE }),
            pairs: [{ old: 'a.sop', new: 'a.sop' }, { old: 'b.sop', new: 'b.sop' }],
        }, { lang: 'en' });
        expect(r.documents.map(d => `${d.status} ${d.id} ${d.file.old} → ${d.file.new}`)).toEqual([
            'unchanged Cuti a.sop → b.sop', 'removed CutiBesar b.sop → null',
        ]);
        expect(r.summary.documents).toEqual({ added: 0, removed: 1, changed: 0, unchanged: 1 });
    });

    it('a renamed file with the same content is a rename without semantic change', async () => {
        const r = diffRevisions({ old: await snapshot('old', { 'a.sop': BASE }), new: await snapshot('new', { 'b.sop': BASE }), pairs: [{ old: 'a.sop', new: 'b.sop' }] });
        expect(r.files[0]).toMatchObject({ status: 'renamed', textChanged: false });
        expect(r.summary.semanticChange).toBe(false);
    });
});
