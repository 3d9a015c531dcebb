import { describe, expect, test } from 'vitest';
import { parseHelper } from 'langium/test';
import { analyzeFlow, parseDate, parseDurationText, formatDate, formatMinutes, type ast, type SopModel } from '@sop/language';
import { testServices, validSop } from '../helpers/sop-test-services.js';
import { buildWorkspace } from '../helpers/sop-test-services.js';

async function model(text: string): Promise<SopModel> {
    const services = testServices();
    const doc = await parseHelper<ast.Model>(services)(text);
    return services.sop.Models.getModels(doc)[0] as SopModel;
}

describe('durations', () => {
    test.each([
        ['5 menit', 5, 5], ['30 detik', 0.5, 0.5], ['1-2 hari', 1440, 2880], ['30 menit - 3 jam', 30, 180],
        ['1 hari kerja', 480, 480], ['2 working days', 960, 960], ['Segera', 0, 0], ['1,5 jam', 90, 90], ['1 minggu', 10080, 10080],
    ])('"%s" is %d..%d minutes', (text, min, max) => {
        const d = parseDurationText(text);
        expect([d.minMinutes, d.maxMinutes]).toEqual([min, max]);
    });
    test('a rate as printed ("2 menit/berkas", "5 menit per dokumen") is the time of one item, text kept', () => {
        expect(parseDurationText('2 menit/berkas')).toEqual({ text: '2 menit/berkas', minMinutes: 2, maxMinutes: 2 });
        expect(parseDurationText('5 menit per dokumen')).toMatchObject({ text: '5 menit per dokumen', minMinutes: 5 });
        expect(parseDurationText('kadang/kadang').minMinutes).toBeUndefined();
    });
    test('unreadable text keeps its text and has no minutes', () => {
        expect(parseDurationText('secepatnya saja')).toEqual({ text: 'secepatnya saja' });
    });
    test('written durations in the grammar are read the same way, multi-word units included', async () => {
        const m = await model(validSop.replace('| 5 menit  | "Surat masuk diterima"', '| 1 - 2 hari kerja | "Surat masuk diterima"'));
        expect(m.nodes[0].time).toEqual({ text: '1 - 2 hari kerja', minMinutes: 480, maxMinutes: 960 });
    });
    test('minutes are formatted for people', () => {
        expect(formatMinutes(1530)).toBe('1 hari 1 jam 30 menit');
        expect(formatMinutes(0.5, 'en')).toBe('30 s');
    });
});

describe('dates', () => {
    test.each([
        ['2024-01-10', '2024-01-10', 'day'], ['2013-12', '2013-12', 'month'], ['7 Januari 2022', '2022-01-07', 'day'],
        ['Desember 2013', '2013-12', 'month'], ['1 August 2019', '2019-08-01', 'day'], ['31/12/2020', '2020-12-31', 'day'],
    ])('"%s" reads as %s (%s)', (text, iso, precision) => {
        expect(parseDate(text)).toMatchObject({ iso, precision });
    });
    test.each(['2024-13', '2023-02-29', '30 Februari 2022', 'kemarin'])('"%s" is invalid', text => {
        expect(parseDate(text).precision).toBe('invalid');
    });
    test('dates are printed in Indonesian', () => {
        expect(formatDate(parseDate('2024-01-10'))).toBe('10 Januari 2024');
        expect(formatDate(parseDate('2013-12'))).toBe('Desember 2013');
        expect(formatDate(parseDate('-'))).toBe('-');
    });
});

describe('the process model', () => {
    test('lanes, kinds, labelled edges and the critical path of the base SOP', async () => {
        const m = await model(validSop);
        expect(m.lanes.map(l => l.id)).toEqual(['admin', 'kepala']);
        expect(m.nodes.map(n => `${n.id}:${n.kind}:${n.lane}`)).toEqual(['terima:start:admin', 'telaah:decision:kepala', 'distribusi:end:admin', 'arsip:end:admin']);
        expect(m.edges).toEqual([
            { from: 'terima', to: 'telaah', kind: 'next', back: false, label: undefined },
            { from: 'telaah', to: 'distribusi', kind: 'branch', back: false, label: 'ya' },
            { from: 'telaah', to: 'arsip', kind: 'branch', back: false, label: 'tidak' },
        ]);
        expect(m.criticalPath).toEqual({ minMinutes: 50, maxMinutes: 50, nodeIds: ['terima', 'telaah', 'distribusi'], unknownNodeIds: [] });
    });

    test('a loop back is a back edge and is counted once on the critical path; a hand-over ends the flow', async () => {
        const m = await model(validSop
            .replace('ya -> distribusi  tidak -> arsip', 'ya -> distribusi  tidak -> perbaiki')
            .replace('    arsip      admin  "Mengarsipkan surat masuk"     | "Surat masuk ditelaah" | 5 menit  | "Surat masuk terarsip" selesai',
                '    perbaiki   admin  "Memperbaiki surat masuk"      | "Surat masuk ditelaah" | 1-2 jam  | "Surat masuk diperbaiki" -> telaah\n    arsip admin "Mengarsipkan surat masuk" | "Surat" | 5 menit | "Arsip" serahkan SuratKeluar'));
        expect(m.edges.find(e => e.from === 'perbaiki')).toMatchObject({ to: 'telaah', kind: 'jump', back: true });
        expect(m.nodes.find(n => n.id === 'arsip')).toMatchObject({ kind: 'handover', handover: { id: 'SuratKeluar', resolved: false } });
        expect(m.criticalPath.maxMinutes).toBe(50);
    });

    test('sections group the steps after each heading', async () => {
        const m = await model(validSop.replace('    terima ', '    bagian "Penerimaan"\n    terima ').replace('    distribusi ', '    bagian "Tindak lanjut"\n    distribusi '));
        expect(m.sections).toEqual([{ title: 'Penerimaan', nodeIds: ['terima', 'telaah'] }, { title: 'Tindak lanjut', nodeIds: ['distribusi', 'arsip'] }]);
        expect(m.nodes.map(n => n.section)).toEqual(['Penerimaan', 'Penerimaan', 'Tindak lanjut', 'Tindak lanjut']);
    });

    test('references resolve across files; the link carries the target title and file', async () => {
        const { services, docs } = await buildWorkspace({
            'a.sop': validSop.replace('keterkaitan -', 'keterkaitan SuratKeluar'),
            'b.sop': 'sop SuratKeluar "Pelayanan Surat Keluar" { }',
        });
        const m = services.sop.Models.getModels(docs['a.sop'])[0] as SopModel;
        expect(m.header.related).toEqual([{ id: 'SuratKeluar', text: 'Pelayanan Surat Keluar', resolved: true, uri: 'file:///ws/b.sop' }]);
    });

    test('the model is computed once per workspace state and recomputed after a change', async () => {
        const { services, docs } = await buildWorkspace({ 'a.sop': validSop });
        const first = services.sop.Models.getModels(docs['a.sop']);
        expect(services.sop.Models.getModels(docs['a.sop'])[0]).toBe(first[0]);
        await services.shared.workspace.DocumentBuilder.update([], []);
        expect(services.sop.Models.getModels(docs['a.sop'])[0]).not.toBe(first[0]);
    });
});

describe('flow analysis is linear in the number of steps', () => {
    function chain(n: number): { nodes: SopModel['nodes']; edges: SopModel['edges'] } {
        const nodes = Array.from({ length: n }, (_, i) => ({
            id: `s${i}`, number: i + 1, row: i, primary: true, lane: 'a', kind: i % 3 === 1 ? 'decision' : 'process', isStart: i === 0, isEnd: i === n - 1,
            text: '', inputs: [], outputs: [], notes: [], time: { text: '1 menit', minMinutes: 1, maxMinutes: 1 },
        })) as SopModel['nodes'];
        const edges: SopModel['edges'] = [];
        for (let i = 0; i + 1 < n; i++) {
            edges.push({ from: `s${i}`, to: `s${i + 1}`, kind: 'next', back: false });
            if (i % 3 === 1) edges.push({ from: `s${i}`, to: `s${Math.max(0, i - 1)}`, kind: 'branch', back: true, label: 'tidak' });
        }
        return { nodes, edges };
    }
    test('a 100 000-step procedure with loops is analysed (no recursion limit, all steps reachable)', () => {
        const { nodes, edges } = chain(100_000);
        const a = analyzeFlow(nodes, edges);
        expect(a.unreachable).toEqual([]);
        expect(a.noExit).toEqual([]);
    });
});
