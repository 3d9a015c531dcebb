/**
 * Golden tests of the Markdown renderer on every example and fixture (UPDATE_GOLDEN=1 updates),
 * and the structure GitHub needs: identity table with the 13 SOP AP fields, a ```mermaid block
 * equal to renderMermaid, the 7-column procedure table, SP component tables.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown, renderMermaid, splitBySection } from '@sop/renderers';
import { golden, loadAllModels, shortName, sopsOf, type LoadedModel } from '../../fixtures/render/load.js';

let models: LoadedModel[] = [];
beforeAll(async () => { models = await loadAllModels(); });

/** Cells of a Markdown table row, splitting on pipes that are not escaped. */
function cells(row: string): string[] {
    return row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map(c => c.trim());
}

/** The rows of the first table after a heading. */
function tableAfter(md: string, heading: string): string[][] {
    const lines = md.split('\n');
    let i = lines.indexOf(heading);
    expect(i, heading).toBeGreaterThanOrEqual(0);
    while (!lines[i].startsWith('|')) i++;
    const rows: string[][] = [];
    for (; i < lines.length && lines[i].startsWith('|'); i++) rows.push(cells(lines[i]));
    return rows;
}

describe('renderMarkdown on every example', () => {
    it('matches the golden files and is deterministic', () => {
        const missing: string[] = [];
        expect(models.length).toBeGreaterThan(3);
        for (const { file, model } of models) {
            const text = renderMarkdown(model);
            expect(renderMarkdown(structuredClone(model))).toBe(text);
            const name = `${shortName(file)}.${model.id}.md`;
            const expected = golden(name, text);
            if (expected === undefined) missing.push(name);
            else expect(text, name).toBe(expected);
        }
        expect(missing, 'goldens missing: run UPDATE_GOLDEN=1 npx vitest run test/renderers').toEqual([]);
    });

    it('SOP: identity table with the 13 header fields, flowchart, procedure table', () => {
        for (const { model } of sopsOf(models)) {
            const md = renderMarkdown(model);
            expect(md.startsWith('# ')).toBe(true);
            const identity = tableAfter(md, '## Identitas');
            expect(identity[0]).toEqual(['Unsur', 'Isi']);
            const fields = identity.slice(2).map(r => r[0]);
            expect(fields.slice(0, 13)).toEqual(['Nomor SOP', 'Unit Kerja', 'Tanggal Pembuatan', 'Tanggal Revisi',
                model.header.effectiveLabel === 'pengesahan' ? 'Tanggal Pengesahan' : 'Tanggal Efektif', 'Disahkan oleh', 'Nama SOP',
                'Dasar Hukum', 'Kualifikasi Pelaksana', 'Keterkaitan', 'Peralatan/Perlengkapan', 'Peringatan', 'Pencatatan dan Pendataan']);
            for (const r of identity) expect(r).toHaveLength(2);
            if (model.header.approval?.nip) expect(md).toContain(`NIP: ${model.header.approval.nip}`);

            const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map(m => m[1]);
            const large = model.nodes.length > 40 && model.sections.length > 0;
            expect(blocks).toEqual(large ? splitBySection(model).map(p => p.mermaid) : [renderMermaid(model)]);

            const proc = tableAfter(md, '## Prosedur');
            expect(proc[0]).toEqual(['No', 'Kegiatan', 'Pelaksana', 'Kelengkapan', 'Waktu', 'Output', 'Keterangan']);
            for (const r of proc) expect(r, r.join('|')).toHaveLength(7);
            const stepRows = proc.slice(2).filter(r => r[0] !== '');
            // One table row per row of the procedure, whatever number of symbols it draws.
            expect(stepRows.map(r => Number(r[0]))).toEqual(model.rows.map(r => r.number));
            const rowOf = (id: string) => model.rows.findIndex(r => r.nodeIds.includes(id));
            for (const [i, row] of model.rows.entries()) {
                const lanes = [...new Set(row.nodeIds.map(id => model.nodes.find(n => n.id === id)!.lane))].map(id => model.lanes.find(l => l.id === id));
                if (lanes.every(l => l && !/[\\`*_[\]|~#<>&]/.test(l.title))) expect(stepRows[i][2]).toBe(lanes.map(l => l!.title).join(' → '));
            }
            // Decision branches name their label and target row.
            // (a branch to another symbol of the same row names that symbol's pelaksana).
            for (const e of model.edges.filter(x => x.kind === 'branch')) {
                const to = model.nodes.find(n => n.id === e.to)!;
                const sameRow = rowOf(e.from) === rowOf(e.to);
                const title = model.lanes.find(l => l.id === to.lane)?.title ?? to.lane;
                expect(stepRows[rowOf(e.from)][6]).toContain(sameRow ? `${e.label} → ${title}` : `${e.label} → ke langkah ${to.number}`);
            }
        }
    });

    it('Standar Pelayanan: No | Komponen | Uraian with 14 or the 6 published components', () => {
        const sps = models.filter(m => m.model.kind === 'sp');
        expect(sps.length).toBeGreaterThan(0);
        for (const { model } of sps) {
            if (model.kind !== 'sp') continue;
            const md = renderMarkdown(model);
            const heading = model.published ? '## Komponen yang dipublikasikan (penyampaian pelayanan)' : '## Komponen pelayanan (UU 25/2009 Pasal 21)';
            const rows = tableAfter(md, heading);
            expect(rows[0]).toEqual(['No', 'Komponen', 'Uraian']);
            expect(rows.length - 2).toBe(model.published ? 6 : 14);
            expect(rows[2][1]).toBe(model.published ? 'Persyaratan Pelayanan' : 'Dasar Hukum');
        }
    });

    it('English headings with lang en', () => {
        const { model } = sopsOf(models)[0];
        const md = renderMarkdown(model, { lang: 'en' });
        expect(md).toContain('## Identity');
        expect(tableAfter(md, '## Procedure')[0]).toEqual(['No', 'Activity', 'Performer', 'Inputs', 'Time', 'Output', 'Notes']);
        const sp = models.find(m => m.model.kind === 'sp')!;
        expect(renderMarkdown(sp.model, { lang: 'en' })).toMatch(/\| No \| Component \| Description \|/);
    });
});
