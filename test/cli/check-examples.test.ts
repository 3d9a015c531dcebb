import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot, runBinary, runCli } from './cli-helpers.js';

const examples = path.join(repoRoot, 'examples');

describe('sop check on examples/', () => {
    test('reports errors only for the deliberately incomplete example, exactly these', async () => {
        const { code, out } = await runCli(['check', examples, '--lang', 'en', '--format', 'json', '--today', '2026-11-29']);
        expect(code).toBe(1);
        const result = JSON.parse(out.join('\n')) as { summary: Record<string, number>; diagnostics: Array<{ file: string; line: number; column: number; severity: string; code: string }> };
        const errors = result.diagnostics.filter(d => d.severity === 'error');
        expect(new Set(errors.map(d => path.relative(examples, d.file)))).toEqual(new Set(['incomplete/izin-keramaian.sop']));
        const incomplete = result.diagnostics
            .filter(d => d.file.endsWith('izin-keramaian.sop'))
            .map(d => `${d.line}:${d.column} ${d.severity} ${d.code}`);
        expect(incomplete).toEqual([
            '6:5 error SOP-H02',
            '6:5 error SOP-H05',
            '6:5 error SOP-H11',
            '11:64 warning SOP-H10',
            '20:13 warning SOP-P03',
            '24:164 error SOP-P07',
            '25:21 error SOP-P02',
            '25:131 warning SOP-P13',
            '26:131 warning SOP-P14',
            '27:5 error SOP-P09',
            '27:169 error SOP-P08',
        ]);
        expect(result.summary.files).toBe(14);
    });

    test('without the incomplete example everything passes (exit 0)', async () => {
        const files = ['surat-masuk.sop', 'surat-keluar.sop', 'perpustakaan-surat-masuk.sop', 'puskesmas-surat-masuk.sop',
            'pendaftaran-pasien.sop', 'standar-pelayanan-surat.sop', 'en/equipment-calibration.sop', 'buku-sop-sekretariat.sop'];
        const { code, out } = await runCli(['check', ...files.map(f => path.join(examples, f)), '--lang', 'en']);
        expect(out.at(-1)).toMatch(/^8 files checked: 0 errors, \d+ warnings?, \d+ info$/);
        expect(code).toBe(0);
    });

    test('the built binary prints file:line:col severity code message and a summary, in Indonesian on request', () => {
        if (!existsSync(path.join(repoRoot, 'packages/cli/out/sop.cjs'))) throw new Error('run `npm run build` first: packages/cli/out/sop.cjs is missing');
        const r = runBinary(['check', 'examples/incomplete', '--lang', 'id']);
        expect(r.code).toBe(1);
        const lines = r.stdout.trim().split('\n');
        expect(lines).toContain('examples/incomplete/izin-keramaian.sop:27:169 error SOP-P08 Langkah atau SOP tujuan "tandaTerima" tidak ditemukan.');
        expect(lines.at(-1)).toBe('1 berkas diperiksa: 7 galat, 4 peringatan, 0 info');
        expect(r.stderr).toBe('');
    });
});
