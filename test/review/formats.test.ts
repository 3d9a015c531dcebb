/**
 * The three renderings of a review and the textconv text: the terminal report (colour only when
 * asked, no control character from a document reaching the terminal), the Markdown report (tables,
 * escaping, the Mermaid flowchart with added, changed and removed steps styled, removed ones as
 * ghosts in their lane), and the canonical line-per-fact text that cosmetic edits do not change.
 */
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices, type SopModel } from '@sop/language';
import { canonicalText, diffRevisions, DIFF_CLASSES, formatMarkdown, formatText } from '@sop/review';
import { BASE, edit, reviewInput } from './review-helpers.js';

/** Adds a step, removes one, changes one and moves `setuju` to another pelaksana. */
const CHANGED = edit(BASE,
    ['    periksa kasubag', '    catat   staf    "Mencatat permohonan | di aplikasi" | "Formulir diterima" | 5 menit | "Permohonan tercatat"\n    periksa kasubag'],
    [/ {4}kembali[^\n]*\n/, ''],
    ['"tidak lengkap" -> kembali', '"tidak lengkap" -> terima'],
    ['    setuju  kepala ', '    setuju  kasubag']);

async function models(text: string): Promise<SopModel> {
    const { shared, Sop } = createSopServices(EmptyFileSystem);
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/ws/x.sop'));
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc]);
    return Sop.sop.Models.getModels(doc)[0] as SopModel;
}

describe('text report', () => {
    it('lists every change under its document, in Indonesian and in English, and ends with the summary', async () => {
        const input = await reviewInput(BASE, CHANGED, {}, 'id');
        const id = formatText(diffRevisions(input, { lang: 'id' }), { lang: 'id' });
        expect(id[0]).toBe('Tinjauan perubahan SOP: old → new');
        expect(id).toContain('      + 2 catat [staf] "Mencatat permohonan | di aplikasi"');
        expect(id).toContain('      - 3 kembali [staf] "Mengembalikan berkas kepada pemohon"');
        expect(id).toContain('          ~ Pelaksana: "kepala" → "kasubag"');
        expect(id).toContain('          + Alur: "tidak lengkap → terima"');
        expect(id).toContain('    Jalur kritis: 1 jam 5 menit → 1 jam 10 menit');
        expect(id.at(-1)).toMatch(/^1 dokumen berubah, 0 ditambahkan, 0 dihapus; diagnostik: \d+ baru, \d+ teratasi$/);
        const en = formatText(diffRevisions(await reviewInput(BASE, CHANGED), { lang: 'en' }), { lang: 'en' });
        expect(en).toContain('    Critical path: 1 h 5 min → 1 h 10 min');
        expect(en.join('\n')).not.toMatch(/\u001b/);
    });

    it('colours only when asked, and a document cannot send control characters to the terminal', async () => {
        const hostile = edit(CHANGED, ['"Mencatat permohonan | di aplikasi"', '"Mencatat \u001b[2J\u001b]0;pwned\u0007 permohonan"']);
        const report = diffRevisions(await reviewInput(BASE, hostile), { lang: 'en' });
        const plain = formatText(report, { lang: 'en' }).join('\n');
        expect(plain).toContain('"Mencatat [2J]0;pwned permohonan"');
        const coloured = formatText(report, { lang: 'en', color: true }).join('\n');
        expect(coloured).toContain('\u001b[32m      + 2 catat');
        expect(coloured).toContain('\u001b[31m      - 3 kembali');
        // Every escape in the coloured text is one of ours (a colour), none came from the document.
        expect(coloured.replace(/\u001b\[(?:1|2|22|3[1239])m/g, '')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    });

    it('says "cosmetic only" for a reformatted file and "no change" for the same text', async () => {
        const reformatted = formatText(diffRevisions(await reviewInput(BASE, '// a comment\n' + BASE.replace(/ {2,}\|/g, ' |'))), { lang: 'en' });
        expect(reformatted).toContain('sop.sop: cosmetic only (formatting, comments or keyword language)');
        expect(reformatted.at(-1)).toBe('Cosmetic only: no change in meaning.');
        expect(formatText(diffRevisions(await reviewInput(BASE, BASE)), { lang: 'en' }).at(-1)).toBe('No change in meaning.');
    });
});

describe('Markdown report', () => {
    it('has the critical path, escaped tables and the styled flowchart of the new version', async () => {
        const input = await reviewInput(BASE, CHANGED);
        const md = formatMarkdown(diffRevisions(input, { lang: 'en' }), input, { lang: 'en' });
        expect(md).toContain('## SOP change review: old → new');
        expect(md).toContain('| **Critical path** | 1 h 5 min | 1 h 10 min |');
        // A pipe in a kegiatan cannot break the table row.
        expect(md).toContain('| 2 | `catat` (staf) | **added** |   | Mencatat permohonan \\| di aplikasi |');
        expect(md).toContain('| ~~3~~ | `kembali` (staf) | **removed** | Mengembalikan berkas kepada pemohon |   |');
        expect(md).toContain('| 3 | `periksa` (kasubag) | Flow | − tidak lengkap → kembali | + tidak lengkap → terima |');
        expect(md).toContain('| 4 | `setuju` (kasubag) | Performer | kepala | kasubag |');
        const blocks = [...md.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(m => m[1]);
        expect(blocks).toHaveLength(1);
        const mermaid = blocks[0];
        expect(mermaid).toContain(`class s_catat ${DIFF_CLASSES.added}`);
        expect(mermaid).toMatch(new RegExp(`class (s_\\w+,)*s_setuju(,s_\\w+)* ${DIFF_CLASSES.changed}`));
        expect(mermaid).toMatch(/classDef sopRemoved [^\n]*stroke-dasharray/);
        // The removed step is a ghost node in its own lane, between the rows it stood between.
        const ghost = /^ {4}(sx_[0-9a-f]+)\(\["3\. Mengembalikan berkas kepada pemohon\\n\(removed\)\\n\(5 menit\)"\]\)$/m.exec(mermaid);
        expect(ghost, mermaid).not.toBeNull();
        expect(mermaid).toContain(`class ${ghost![1]} ${DIFF_CLASSES.removed}`);
        const staffLane = /subgraph L_staf\[[^\n]*\n([\s\S]*?)\n {4}end/.exec(mermaid)![1];
        expect(staffLane).toContain(ghost![1]);
        const order = [...mermaid.matchAll(/^ {4}(s_\w+|sx_[0-9a-f]+)[[({>]/gm)].map(m => m[1]);
        expect(order).toEqual(['s_terima', 's_catat', 's_periksa', ghost![1], 's_setuju', 's_arsip']);
    });
});

describe('textconv text', () => {
    it('is the same for a reformatted file in the other keyword language, and one line differs for one changed time', async () => {
        const { shared, Sop } = createSopServices(EmptyFileSystem);
        const doc = shared.workspace.LangiumDocumentFactory.fromString(BASE, URI.file('/ws/x.sop'));
        shared.workspace.LangiumDocuments.addDocument(doc);
        await shared.workspace.DocumentBuilder.build([doc]);
        const english = Sop.sopLsp.Formatter.formatText(doc, 'en')!;
        const base = canonicalText([await models(BASE)], 'en');
        expect(canonicalText([await models(english)], 'en')).toBe(base);
        const slower = canonicalText([await models(BASE.replace('| 15 menit |', '| 20 menit |'))], 'en');
        const a = base.split('\n'), b = slower.split('\n');
        expect(a.length).toBe(b.length);
        const differing = a.map((line, i) => (line === b[i] ? undefined : `${line} ⇒ ${b[i]}`)).filter(Boolean);
        expect(differing).toEqual([
            'Cuti / step periksa / Time: 15 menit ⇒ Cuti / step periksa / Time: 20 menit',
            'Cuti / Critical path: 1 h 5 min ⇒ Cuti / Critical path: 1 h 10 min',
        ]);
        expect(base).toContain('Cuti / step periksa / Flow: tidak lengkap → kembali\n');
        expect(base).toContain('Cuti / Performer staf: Staf Kepegawaian\n');
    });
});
