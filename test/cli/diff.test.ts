/**
 * `sop diff OLD.sop NEW.sop` in process, on real files in a temp folder outside any git
 * repository: the three formats, the exit codes (0 no change or cosmetic only, 1 changes,
 * 2 bad usage), the message language, siblings resolving references, and `--textconv`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DiffReport } from '@sop/review';
import { runCli } from './cli-helpers.js';
import { BASE, edit } from '../review/review-helpers.js';

let dir: string;
let cwd: string;
const ceiling = process.env.GIT_CEILING_DIRECTORIES;

const NEW = edit(BASE,
    ['"01/SOP/KEP/2024"', '"02/SOP/KEP/2025"'],
    ['    periksa kasubag', '    catat   staf    "Mencatat permohonan di aplikasi" | "Formulir diterima" | 5 menit | "Permohonan tercatat"\n    periksa kasubag'],
    ['    setuju  kepala ', '    setuju  kasubag']);

beforeAll(() => {
    // The temp folder must not be found inside some repository above it: these are file-mode tests.
    process.env.GIT_CEILING_DIRECTORIES = path.resolve(tmpdir());
});
afterAll(() => {
    if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES; else process.env.GIT_CEILING_DIRECTORIES = ceiling;
});
beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sop-diff-'));
    mkdirSync(path.join(dir, 'v1'));
    mkdirSync(path.join(dir, 'v2'));
    writeFileSync(path.join(dir, 'v1', 'cuti.sop'), BASE);
    writeFileSync(path.join(dir, 'v2', 'cuti.sop'), NEW);
    cwd = process.cwd();
    process.chdir(dir);
});
afterEach(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
});

describe('sop diff OLD.sop NEW.sop', () => {
    it('text: the changes and exit 1', async () => {
        const r = await runCli(['diff', 'v1/cuti.sop', 'v2/cuti.sop', '--lang', 'en']);
        expect(r.code).toBe(1);
        expect(r.err).toEqual([]);
        expect(r.out[0]).toBe('SOP change review: v1/cuti.sop → v2/cuti.sop');
        expect(r.out).toContain('v2/cuti.sop');
        expect(r.out).toContain('      ~ Number: "01/SOP/KEP/2024" → "02/SOP/KEP/2025"');
        expect(r.out).toContain('      + 2 catat [staf] "Mencatat permohonan di aplikasi"');
        expect(r.out).toContain('          ~ Performer: "kepala" → "kasubag"');
        expect(r.out).toContain('    Critical path: 1 h 5 min → 1 h 10 min');
        expect(r.out.at(-1)).toMatch(/^1 document\(s\) changed, 0 added, 0 removed; diagnostics: /);
        // In-process output is no terminal: no colour unless asked.
        expect(r.out.join('\n')).not.toContain('\u001b');
        const coloured = await runCli(['diff', 'v1/cuti.sop', 'v2/cuti.sop', '--color', 'always']);
        expect(coloured.out.join('\n')).toContain('\u001b[32m');
    });

    it('text in Bahasa Indonesia with --lang id', async () => {
        const r = await runCli(['diff', 'v1/cuti.sop', 'v2/cuti.sop', '--lang', 'id']);
        expect(r.code).toBe(1);
        expect(r.out[0]).toBe('Tinjauan perubahan SOP: v1/cuti.sop → v2/cuti.sop');
        expect(r.out).toContain('    Jalur kritis: 1 jam 5 menit → 1 jam 10 menit');
        expect(r.out).toContain('          ~ Pelaksana: "kepala" → "kasubag"');
    });

    it('json: the documented shape', async () => {
        const r = await runCli(['diff', 'v1/cuti.sop', 'v2/cuti.sop', '--format', 'json', '--lang', 'en']);
        expect(r.code).toBe(1);
        const report = JSON.parse(r.out.join('\n')) as DiffReport;
        expect(report).toMatchObject({ format: 'sop-diff', version: 1, old: { label: 'v1/cuti.sop' }, new: { label: 'v2/cuti.sop' } });
        expect(report.summary).toMatchObject({ semanticChange: true, cosmeticOnly: false, documents: { added: 0, removed: 0, changed: 1, unchanged: 0 } });
        expect(report.files).toEqual([{ old: 'v1/cuti.sop', new: 'v2/cuti.sop', status: 'modified', textChanged: true, cosmeticOnly: false, diagnostics: { introduced: [], fixed: [] } }]);
        const doc = report.documents[0];
        expect(doc).toMatchObject({ id: 'Cuti', kind: 'sop', status: 'changed', file: { old: 'v1/cuti.sop', new: 'v2/cuti.sop' } });
        expect(doc.criticalPath).toEqual({ old: { minMinutes: 65, maxMinutes: 65, text: '1 h 5 min' }, new: { minMinutes: 70, maxMinutes: 70, text: '1 h 10 min' } });
        expect(doc.steps.map(s => `${s.status} ${s.id}`)).toEqual(['changed terima', 'added catat', 'changed setuju']);
    });

    it('md: a pull-request comment with the styled flowchart', async () => {
        const r = await runCli(['diff', 'v1/cuti.sop', 'v2/cuti.sop', '--format', 'md', '--lang', 'en']);
        expect(r.code).toBe(1);
        const md = r.out.join('\n');
        expect(md.startsWith('## SOP change review: v1/cuti.sop → v2/cuti.sop\n')).toBe(true);
        expect(md).toContain('| **Critical path** | 1 h 5 min | 1 h 10 min |');
        expect(md).toMatch(/```mermaid\n---\nconfig:[\s\S]*class s_catat sopAdded\n[\s\S]*```/);
    });

    it('exit 0 for the same text, and for a reformatted file "cosmetic only"', async () => {
        const same = await runCli(['diff', 'v1/cuti.sop', 'v1/cuti.sop', '--lang', 'en']);
        expect(same.code).toBe(0);
        expect(same.out.at(-1)).toBe('No change in meaning.');
        const fmt = await runCli(['fmt', '--lang', 'en', '--stdout', 'v1/cuti.sop']);
        writeFileSync(path.join(dir, 'v2', 'cuti.sop'), `// reformatted\n${fmt.out.join('\n')}\n`);
        const cosmetic = await runCli(['diff', 'v1/cuti.sop', 'v2/cuti.sop', '--lang', 'en']);
        expect(cosmetic.code).toBe(0);
        expect(cosmetic.out).toContain('v2/cuti.sop: cosmetic only (formatting, comments or keyword language)');
        expect(cosmetic.out.at(-1)).toBe('Cosmetic only: no change in meaning.');
        const json = JSON.parse((await runCli(['diff', 'v1/cuti.sop', 'v2/cuti.sop', '--format', 'json'])).out.join('\n')) as DiffReport;
        expect(json.summary).toMatchObject({ semanticChange: false, cosmeticOnly: true });
    });

    it('siblings of each file resolve its references: the SP beside the new version is checked', async () => {
        writeFileSync(path.join(dir, 'v2', 'sp.sop'), 'standar-pelayanan SpCuti "Pelayanan Cuti" {\n  sistem-mekanisme-prosedur Cuti\n  jangka-waktu 1 jam\n}\n');
        const r = await runCli(['diff', 'v1/cuti.sop', 'v2/cuti.sop', '--format', 'json', '--lang', 'en']);
        const doc = (JSON.parse(r.out.join('\n')) as DiffReport).documents[0];
        expect(doc.timeChecks).toEqual([{ sp: 'SpCuti', sop: 'Cuti', old: null, new: { limitMinutes: 60, criticalMinMinutes: 70, exceeded: true, text: '1 h 10 min / 1 h' } }]);
        expect(doc.diagnostics.introduced.map(d => d.code)).toContain('SOP-P17');
    });

    it('--textconv prints the canonical line-per-fact text of one file', async () => {
        const r = await runCli(['diff', '--textconv', 'v2/cuti.sop', '--lang', 'en']);
        expect(r.code).toBe(0);
        expect(r.out.join('\n').split('\n')).toEqual(expect.arrayContaining(['SOP Cuti', 'Cuti / Number: 02/SOP/KEP/2025', 'Cuti / step catat / Time: 5 menit', 'Cuti / Critical path: 1 h 10 min']));
    });

    it('exit 2 for bad usage, with a message and no stack trace', async () => {
        const cases: Array<[string[], RegExp]> = [
            [['diff', 'v1/cuti.sop', 'v2/cuti.sop', '--format', 'xml'], /--format must be text, json or md, not "xml"/],
            [['diff', 'v1/cuti.sop', 'v2/cuti.sop', '--color', 'rainbow'], /--color must be auto, always or never/],
            [['diff', 'v1/cuti.sop', 'v2/missing.sop'], /v2\/missing\.sop: no such file/],
            [['diff'], /not inside a git repository: name two files, sop diff OLD\.sop NEW\.sop/],
            [['diff', '--textconv'], /--textconv: name exactly one file/],
            [['diff', '--textconv', 'v2/nothing.sop'], /v2\/nothing\.sop: cannot read/],
            [['diff', '--bogus'], /Unknown option '--bogus'/],
        ];
        for (const [args, message] of cases) {
            const r = await runCli(args);
            expect(r.code, args.join(' ')).toBe(2);
            expect(r.err.join('\n'), args.join(' ')).toMatch(message);
            expect(r.err.join('\n')).not.toMatch(/\n\s+at /);
        }
        const help = await runCli(['diff', '--help']);
        expect(help.code).toBe(0);
        expect(help.out.join('\n')).toContain('Usage: sop diff [options] OLD.sop NEW.sop');
    });
});
