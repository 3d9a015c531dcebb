/**
 * Pure layout of the procedure table: column widths, pagination, edge routing and off-page
 * connector pairing, on models parsed from real `.sop` text.
 */
import { describe, expect, it } from 'vitest';
import type { SopModel } from '@sop/language';
import { layoutProcedure, renderDocx, renderMarkdown, renderMermaid, renderOfficialHtml } from '@sop/renderers';
import { pageContentWidth, procedureColumns, rowBudget } from '../../../packages/renderers/src/official/procedure-geometry.js';
import { connectorLabel } from '../../../packages/renderers/src/official/procedure-routing.js';
import { wrap } from '../../../packages/renderers/src/official/procedure-svg.js';
import { modelsOf } from './load-models.js';

/** An SOP with n steps over three pelaksana, a decision every 5th step and a loop back from the last decision to step 2. */
function longSop(n: number): string {
    const lanes = ['a', 'b', 'c'];
    const steps: string[] = [];
    for (let i = 1; i <= n; i++) {
        const lane = lanes[i % 3];
        let line = `    s${i} ${lane} "Melakukan kegiatan nomor ${i}" | "Berkas" | 5 menit | "Hasil"`;
        if (i % 5 === 0 && i < n) line += ` ya -> s${i + 1}  tidak -> s${Math.max(1, i - 3)}`;
        if (i === 3) steps.push('    bagian "Bagian kedua"');
        steps.push(line);
    }
    return `sop Panjang "SOP panjang" {
  pelaksana a "Pelaksana A"
  pelaksana b "Pelaksana B"
  pelaksana c "Pelaksana C"
  prosedur {
${steps.join('\n')}
  }
}`;
}

async function sop(text: string): Promise<SopModel> {
    const [m] = await modelsOf(text);
    expect(m.kind).toBe('sop');
    return m as SopModel;
}

describe('procedure layout', () => {
    it('labels connectors A..Z, AA, AB', () => {
        expect([0, 1, 25, 26, 27, 51, 52].map(connectorLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
    });

    it('fits up to nine pelaksana on an A4 landscape page without zoom, and zooms beyond', () => {
        for (let n = 1; n <= 9; n++) {
            const c = procedureColumns(n);
            expect(c.total, `${n} lanes`).toBeLessThanOrEqual(pageContentWidth);
            expect(c.zoom).toBe(1);
            expect(c.laneWidth).toBeLessThanOrEqual(150);
            expect(c.laneWidth).toBeGreaterThanOrEqual(56);
        }
        for (const n of [10, 14, 20]) {
            const wide = procedureColumns(n);
            expect(wide.zoom).toBeLessThan(1);
            expect(wide.total * wide.zoom).toBeLessThanOrEqual(pageContentWidth);
        }
    });

    it('puts rowsPerPage steps on each page and keeps a section heading with its step', async () => {
        const m = await sop(longSop(12));
        const layout = layoutProcedure(m, 3);
        expect(layout.pages.length).toBe(4);
        for (const p of layout.pages) {
            const steps = layout.rows.slice(p.first, p.last + 1).filter(r => r.type === 'step').length;
            expect(steps).toBe(3);
            expect(layout.rows[p.last].type).toBe('step');
        }
        // With two steps a page the heading before s3 opens the second page instead of closing the first.
        const two = layoutProcedure(m, 2);
        const sectionAt = two.rows.findIndex(r => r.type === 'section');
        expect(sectionAt).toBe(2);
        expect(two.pages[1].first).toBe(sectionAt);
        expect(two.pages[0].last).toBe(1);
    });

    it('paginates by estimated height by default, within the page budget, with balanced pages', async () => {
        const m = await sop(longSop(40));
        const layout = layoutProcedure(m);
        expect(layout.pages.length).toBeGreaterThan(2);
        const heights = layout.pages.map(p => layout.rows.slice(p.first, p.last + 1).reduce((s, r) => s + r.height, 0));
        for (const h of heights) expect(h).toBeLessThanOrEqual(rowBudget(layout.cols));
        expect(Math.min(...heights)).toBeGreaterThan(Math.max(...heights) / 2);
    });

    it('pairs an off-page connector for every arrow that crosses a page, forward and back', async () => {
        const m = await sop(longSop(12));
        const layout = layoutProcedure(m, 3);
        const pageOfRow = (g: number) => layout.pages.find(p => p.first <= g && g <= p.last)!.index;
        const rowOf = (id: string) => layout.rows.findIndex(r => r.type === 'step' && r.nodes.some(n => n.id === id));
        const crossing = m.edges.map((e, k) => ({ e, k })).filter(({ e }) => pageOfRow(rowOf(e.from)) !== pageOfRow(rowOf(e.to)));
        expect(crossing.length).toBeGreaterThanOrEqual(4);
        const carried = layout.routing.connectors.flatMap(c => c.edges);
        for (const { k } of crossing) expect(carried).toContain(k);
        const back = layout.routing.connectors.filter(c => c.fromPage > c.toPage);
        expect(back.length).toBeGreaterThanOrEqual(1);
        for (const c of layout.routing.connectors) {
            const all = [...layout.routing.prims.values()].flat().filter(p => p.t === 'connector' && p.label === c.label);
            expect(all.map(p => (p as { role: string }).role).sort()).toEqual(['in', 'out']);
        }
        // Every edge ends in an arrowhead somewhere (in its target row or in a connector).
        const arrows = new Set([...layout.routing.prims.values()].flat().filter(p => p.t === 'arrow').map(p => p.edge));
        const merged = new Set(layout.routing.connectors.flatMap(c => c.edges.slice(1)));
        for (let k = 0; k < m.edges.length; k++) if (!merged.has(k)) expect(arrows.has(k), `arrow of edge ${k}`).toBe(true);
    });

    it('renders a broken SOP (undeclared pelaksana, dangling jump, no steps) without throwing', async () => {
        const broken = await sop(`sop Rusak "Rusak" {
  pelaksana a "A"
  prosedur {
    s1 a "Mulai"
    s2 hantu "Langkah pelaksana tak dikenal" -> tidakada
    s3 a "Selesai" selesai
  }
}`);
        const html = renderOfficialHtml(broken);
        expect(html).toContain('data-lane="hantu"');
        expect(html.match(/class="sym"/g)?.length).toBe(3);
        const empty = await sop('sop Kosong "Kosong" { }');
        expect(renderOfficialHtml(empty)).toContain('class="proc"');
    });

    it('wraps and shortens hand-over labels', () => {
        expect(wrap('SOP Pengarsipan Dokumen Perizinan', 12, 2)).toEqual(['SOP', 'Pengarsipan…']);
        expect(wrap('Pendek', 12, 2)).toEqual(['Pendek']);
    });

    it('prints a template\'s headings exactly as written (no colon added) and the default ones with a colon; user text is not upper-cased', async () => {
        const text = (extra: string) => `sop Uji "Judul huruf kecil" {\n  unit "Unit kecil"\n  disahkan "Kepala" nama "Nama" nip "196408251988021001"\n  dasar-hukum { "Peraturan" }\n${extra}\n  pelaksana a "A"\n  prosedur {\n    s a "Memproses" | "x" | 1-2 hari | "y"\n  }\n}\n`;
        const plain = renderOfficialHtml(await sop(text('')));
        expect(plain).toContain('<th>Dasar Hukum:</th>');
        expect(plain).toContain('NIP. 196408251988021001');
        expect(plain).toContain('>1-2 hari<');
        const own = renderOfficialHtml(await sop(text('  label "dasar-hukum" "DASAR HUKUM"\n  label "nip" "NIP"')));
        expect(own).toContain('<th>DASAR HUKUM</th>');
        expect(own).toContain('NIP 196408251988021001');
        expect(own).toContain('<th>Kualifikasi Pelaksana:</th>');
        expect(plain).not.toMatch(/text-transform:\s*uppercase[^}]*\}[^}]*sop-title/);
        expect(plain).toContain('Judul huruf kecil');
    });

    it('gives nested loops nested channels, the longest outermost, so they do not cross', async () => {
        const m = await sop(`sop N "Loops" {\n  pelaksana a "A"\n  pelaksana b "B"\n  prosedur {\n    s1 a "Satu"\n    s2 a "Dua"\n    s3 a "Tiga"\n    s4 a "Empat"\n    s5 a "Lima?"\n      ya -> s6  tidak -> s3\n    s6 a "Enam?"\n      ya -> s7  tidak -> s2\n    s7 b "Tujuh" selesai\n  }\n}\n`);
        const layout = layoutProcedure(m);
        const trackX = (from: string, to: string) => {
            const k = m.edges.findIndex(e => e.from === from && e.to === to);
            const through = [...layout.routing.prims.values()].flat().find(p => p.t === 'through' && p.edge === k) as { x: number } | undefined;
            return through!.x;
        };
        const center = layout.cols.laneWidth / 2;
        const outer = Math.abs(trackX('s6', 's2') - center), inner = Math.abs(trackX('s5', 's3') - center);
        expect(outer).toBeGreaterThan(inner);
    });

    it('prints `$&`, `$\'` and `$1` in user text as written, never as replacement patterns', async () => {
        const text = 'sop Uji "Judul $& $1" {\n  unit "Unit $& $\' $` $$"\n  pelaksana a "A $&"\n  prosedur {\n    s a "Memproses $&" | "x" | 5 menit | "y"\n  }\n}\n';
        const html = renderOfficialHtml(await sop(text));
        expect(html).toContain('<div class="unit-line">Unit $&amp; $&#39; $` $$</div>');
        expect(html.match(/<table class="ident">[\s\S]*?<\/table>/)![0].match(/<tr>/g)).toHaveLength(6);
        expect(html).toContain('Judul $&amp; $1');
    });

    it('renders every format of a document whose id did not parse, without throwing', async () => {
        for (const text of ['sop {}\n', 'sop unit "Judul" {\n  pelaksana x "X"\n  prosedur {\n    s x "Satu"\n  }\n}\n']) {
            const [m] = await modelsOf(text);
            expect(m.id).toBe('');
            expect(renderOfficialHtml(m)).toContain('class="sop-official"');
            expect(renderMermaid(m as SopModel)).toContain('flowchart TB');
            expect(renderMarkdown(m)).toContain('# ');
            expect((await renderDocx(m)).length).toBeGreaterThan(1000);
        }
    });
});
