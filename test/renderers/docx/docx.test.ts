/**
 * DOCX renderer: the archive is unzipped and word/document.xml is checked for the identity
 * fields, the pelaksana headers, the step texts in order, the flowchart's shapes and labels (drawn
 * and checked on LibreOffice's page images in docx-flowchart-libreoffice.test.ts), the SP
 * component tables, byte-for-byte determinism; and (when LibreOffice is installed) the file is
 * converted to PDF to prove Word-compatible readers open it (pages rasterised to
 * test-results/official/docx/ for a look).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DocumentModel, SopModel } from '@sop/language';
import { renderDocx } from '@sop/renderers';
import { exampleFiles, fixtureFiles, loadModels, root } from '../official/load-models.js';
import { shapeGroups } from './docx-drawings.js';
import { unzip, zipTimes } from './unzip.js';

let models: DocumentModel[] = [];
const byId = (id: string) => models.find(m => m.id === id)!;

/** The visible text runs of document.xml in order, XML entities decoded. */
function texts(xml: string): string[] {
    return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
}

async function documentXml(m: DocumentModel, options = {}): Promise<string> {
    return unzip(await renderDocx(m, options)).get('word/document.xml')!.toString('utf8');
}

beforeAll(async () => {
    models = (await loadModels([...fixtureFiles(), ...exampleFiles().filter(f => f.includes('/examples/real/'))])).flatMap(f => f.models);
});

describe('renderDocx', () => {
    it('writes the identity table and the procedure table of an SOP, in order', async () => {
        const sop = byId('SuratMasuk') as SopModel;
        const bytes = await renderDocx(sop);
        expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
        const files = unzip(bytes);
        expect([...files.keys()]).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml', 'docProps/core.xml']));
        const xml = files.get('word/document.xml')!.toString('utf8');
        const t = texts(xml);
        const joined = t.join('\n');
        for (const s of ['Nomor SOP', 'SOP.SEK.01.01', 'Tanggal Pembuatan', 'Desember 2013', 'Tanggal Efektif', '15 Januari 2014', 'Kepala Bappeda', 'Ir. Contoh Nama', 'NIP. 19640709 198803 2 007', 'Dasar Hukum:', 'Pencatatan dan Pendataan:']) {
            expect(joined).toContain(s);
        }
        // Pelaksana headers in declaration order, after the "Pelaksana" group header.
        const head = t.indexOf('Pelaksana');
        const laneIdx = sop.lanes.map(l => t.indexOf(l.title, head));
        expect(laneIdx.every(i => i > head)).toBe(true);
        expect([...laneIdx].sort((a, b) => a - b)).toEqual(laneIdx);
        // Step texts in row order.
        const stepIdx = sop.nodes.map(n => t.indexOf(n.text, laneIdx[laneIdx.length - 1]));
        expect(stepIdx.every(i => i > 0)).toBe(true);
        expect([...stepIdx].sort((a, b) => a - b)).toEqual(stepIdx);
        // The flowchart: capsules with their words, a diamond, branch labels on their arrows.
        const shapes = shapeGroups(xml).flatMap(g => g.shapes);
        expect(shapes.filter(s => s.geometry === 'flowChartTerminator').map(s => s.text)).toEqual(['Mulai', 'Selesai']);
        expect(shapes.filter(s => s.geometry === 'flowChartDecision').length).toBe(sop.nodes.filter(n => n.kind === 'decision').length);
        for (const label of ['ya', 'tidak', 'belum sesuai']) {
            expect(shapes.filter(s => s.name.startsWith('Label ')).map(s => s.text)).toContain(label);
            expect(shapes.filter(s => s.name.startsWith('Panah ')).map(s => s.descr)).toContain(label);
        }
        expect(xml).toContain('w:orient="landscape"');
        expect(xml).toContain('<w:tblHeader/>');
        expect(files.get('docProps/core.xml')!.toString('utf8')).not.toMatch(/dcterms:(created|modified)/);
    });

    it('is byte-for-byte deterministic with fixed zip times', async () => {
        const sop = byId('LayananIzin');
        // Two renders at clock times a day apart: zip entries stamped with the time would differ.
        vi.useFakeTimers({ toFake: ['Date'] });
        let a: Uint8Array, b: Uint8Array;
        try {
            vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
            a = await renderDocx(sop);
            vi.setSystemTime(new Date('2031-05-07T10:11:12Z'));
            b = await renderDocx(sop);
        } finally {
            vi.useRealTimers();
        }
        expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
        expect(new Set(zipTimes(a))).toEqual(new Set([((2000 - 1980) << 9 | 1 << 5 | 1) << 16]));
    });

    it('writes the hand-over symbol, sections and the "Tanggal Pengesahan" label', async () => {
        const xml = await documentXml(byId('LayananIzin'));
        const t = texts(xml);
        expect(t).toContain('Tanggal Pengesahan');
        expect(t).toContain('Dilanjutkan ke SOP: SOP Pengarsipan Dokumen Perizinan');
        expect(t).toContain('Penerimaan berkas');
        const shapes = shapeGroups(xml).flatMap(g => g.shapes);
        // The hand-over pentagon names the SOP the flow continues in (as far as it fits, as in the HTML).
        expect(shapes.filter(s => s.name.startsWith('Serah ')).map(s => [s.geometry, s.text])).toEqual([['flowChartOffpageConnector', 'SOP Pengarsi…']]);
        expect(shapes.find(s => s.name.startsWith('Serah '))!.descr).toContain('SOP Pengarsipan Dokumen Perizinan');
        expect(shapes.filter(s => s.name.startsWith('Label ')).map(s => s.text)).toContain('tidak lengkap');
        // The loop back to row 1 is an arrow with its arrowhead.
        expect(shapes.filter(s => s.name === 'Panah kembalikan ajukan' && s.arrowhead)).toHaveLength(1);
    });

    it('writes the published six components, the full fourteen, and the Maklumat', async () => {
        const pub = texts(await documentXml(byId('Pendaftaran')));
        for (const c of ['Persyaratan Pelayanan', 'Sistem, Mekanisme, dan Prosedur', 'Jangka Waktu Penyelesaian', 'Biaya/Tarif', 'Produk Pelayanan', 'Penanganan Pengaduan, Saran, dan Masukan']) expect(pub).toContain(c);
        expect(pub).not.toContain('Dasar Hukum');
        expect(pub).toContain('1. Pasien baru: 10 menit');
        expect(pub).toContain('2. Pasien lama: 5 menit');
        expect(pub).toContain('MAKLUMAT PELAYANAN');
        const full = texts(await documentXml(byId('IzinLengkap')));
        for (const l of 'abcdefghijklmn') expect(full).toContain(`${l}.`);
        expect(full.indexOf('b.')).toBeLessThan(full.indexOf('a.'));
        expect(full).toContain('Evaluasi Kinerja Pelaksana');
    });

    it('writes the SOP book front matter', async () => {
        const t = texts(await documentXml(byId('BukuSop')));
        for (const s of ['STANDAR OPERASIONAL PROSEDUR', 'DAFTAR ISI', 'Ruang Lingkup', 'Ringkasan', 'Definisi', '1. Pelayanan Penerbitan Izin Usaha Mikro dan Kecil (LayananIzin)']) expect(t).toContain(s);
    });

    it('embeds a PNG logo with repeatable bytes and ignores a non-image data URI', async () => {
        const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
        const sop = byId('SuratMasuk');
        const a = await renderDocx(sop, { logoDataUri: png });
        const b = await renderDocx(sop, { logoDataUri: png });
        expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
        const media = [...unzip(a).entries()].filter(([k]) => k.startsWith('word/media/'));
        expect(media.length).toBe(1);
        expect(media[0][1].subarray(1, 4).toString('latin1')).toBe('PNG');
        expect(unzip(a).get('word/document.xml')!.toString('utf8')).toContain('<wp:docPr id="1"');
        const none = unzip(await renderDocx(sop, { logoDataUri: 'data:text/html;base64,PGI+' }));
        expect([...none.keys()].some(k => k.startsWith('word/media/'))).toBe(false);
    });

    it('writes a row of several symbols once, each symbol in its pelaksana column, with the template\'s headings and paper', async () => {
        const sop = byId('UnitKerjaPimpinan') as SopModel;
        const xml = await documentXml(sop);
        const t = texts(xml);
        for (const s of ['Judul SOP', 'Aktivitas', 'Persyaratan/ Perlengkapan']) expect(t).toContain(s);
        expect(t).not.toContain('Keterangan');
        // Row 1 draws a capsule and a box in the Ketua Tim column: one table row, both symbols in one cell.
        expect(t.filter(x => x === 'Menerima permintaan penyusunan paparan dari pimpinan')).toHaveLength(1);
        expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
        const letter = await documentXml(byId('SurveiHargaKonsumen'));
        expect(letter).toContain('<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>');
        const numbered = texts(await documentXml(byId('BarangPersediaanKeluar')));
        // The column-number row 1..10 under the heading.
        const at = numbered.indexOf('Output');
        expect(numbered.slice(at + 1, at + 11)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    });

    it.skipIf(!existsSync('/usr/bin/soffice'))('opens in LibreOffice and converts to PDF', async () => {
        const dir = resolve(root, 'test-results/official/docx');
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        const ids = ['LayananIzin', 'Pendaftaran', 'SurveiHargaKonsumen', 'UnitKerjaPimpinan'];
        for (const id of ids) {
            writeFileSync(resolve(dir, `${id}.docx`), await renderDocx(byId(id)));
        }
        execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir,
            ...ids.map(id => resolve(dir, `${id}.docx`))], { timeout: 120000, stdio: 'pipe' });
        // The paper of the template survives LibreOffice: US Letter landscape for the BPS SOP.
        expect(execFileSync('pdfinfo', [resolve(dir, 'SurveiHargaKonsumen.pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+792 x 612 pts/);
        expect(execFileSync('pdfinfo', [resolve(dir, 'UnitKerjaPimpinan.pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.[89]\d* x 595\.\d+ pts/);
        for (const id of ids) {
            const pdf = resolve(dir, `${id}.pdf`);
            expect(existsSync(pdf)).toBe(true);
            const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
            expect(pages).toBeGreaterThanOrEqual(2);
            execFileSync('pdftoppm', ['-png', '-r', '60', pdf, resolve(dir, id)]);
        }
    }, 150000);
});
