/**
 * `sop diff` in a real git repository, with the bundled CLI (`node packages/cli/bin/sop.cjs`, built
 * by `node scripts/build.mjs`) and the real `git`: a history of commits that add steps, rename a
 * step id, give a step to another pelaksana, point a branch elsewhere, only reformat, and rename a
 * file; reviews of revision ranges, of the working tree (untracked files included) and of a
 * pathspec; and git's own `git diff` / `git log -p` showing the textconv lines of
 * `.gitattributes` `*.sop diff=sop` with `diff.sop.textconv = sop diff --textconv`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffReport } from '@sop/review';
import { repoRoot } from './cli-helpers.js';
import { BASE, edit } from '../review/review-helpers.js';

const BIN = path.join(repoRoot, 'packages/cli/bin/sop.cjs');
const built = existsSync(path.join(repoRoot, 'packages/cli/out/sop.cjs'));
if (!built) console.warn('[diff git tests] SKIPPING: run `node scripts/build.mjs` first');

let dir: string;
/** A clean environment: no user or system git configuration, English messages, no colour. */
let env: NodeJS.ProcessEnv;

function git(...args: string[]): string {
    const r = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
}

function sop(...args: string[]): { code: number; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env, encoding: 'utf8' });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function commit(message: string, files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    git('add', '-A');
    git('commit', '-q', '-m', message);
}

const SP = `standar-pelayanan SpCuti "Pelayanan Cuti" {
  sistem-mekanisme-prosedur Cuti
  jangka-waktu 70 menit
}
`;
const V2 = edit(BASE, ['    periksa kasubag', '    catat   staf    "Mencatat permohonan di aplikasi" | "Formulir diterima" | 10 menit | "Permohonan tercatat"\n    periksa kasubag']);
const V3 = edit(V2, ['    periksa kasubag', '    cek     kasubag']);
const V4 = edit(V3, ['    setuju  kepala ', '    setuju  kasubag']);
const V5 = edit(V4, ['"tidak lengkap" -> kembali', '"tidak lengkap" -> terima'], [/ {4}kembali[^\n]*\n/, '']);

describe.skipIf(!built)('sop diff with git', () => {
    beforeAll(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'sop-diff-git-'));
        env = { ...process.env, HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: path.join(dir, '.no-global'), LANG: 'C', LC_ALL: 'C', NO_COLOR: '1', GIT_PAGER: 'cat', PAGER: 'cat' };
        git('init', '-q', '-b', 'main');
        git('config', 'user.email', 'reviewer@example.go.id');
        git('config', 'user.name', 'Reviewer');
        // The set-up the README gives, with the CLI of this checkout.
        git('config', 'diff.sop.textconv', `node ${JSON.stringify(BIN)} diff --textconv`);
        commit('add the leave SOP and its service standard', { '.gitattributes': '*.sop diff=sop\n', 'cuti.sop': BASE, 'sp-cuti.sop': SP });
        commit('add a step', { 'cuti.sop': V2 });
        commit('rename a step id', { 'cuti.sop': V3 });
        commit('give the signature to the kasubag', { 'cuti.sop': V4 });
        commit('send incomplete files back to the start', { 'cuti.sop': V5 });
        const fmt = sop('fmt', '--lang', 'en', 'cuti.sop');
        if (fmt.code !== 0) throw new Error(fmt.stderr);
        git('commit', '-q', '-am', 'format only');
    }, 120_000);
    afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

    it('reviews each commit of the history', () => {
        const added = sop('diff', 'HEAD~5..HEAD~4');
        expect(added.code).toBe(1);
        expect(added.stdout).toContain('SOP change review: HEAD~5 → HEAD~4');
        expect(added.stdout).toContain('      + 2 catat [staf] "Mencatat permohonan di aplikasi"');
        expect(added.stdout).toContain('    Critical path: 1 h 5 min → 1 h 15 min');
        // The SP promises 1 h 10 min: the SOP now exceeds it.
        expect(added.stdout).toContain('      SpCuti ↔ SOP Cuti: 1 h 5 min / 1 h 10 min (met) → 1 h 15 min / 1 h 10 min (exceeded)');
        expect(added.stdout).toMatch(/\+ warning SOP-P17 \(line \d+, introduced\)/);

        const renamed = sop('diff', 'HEAD~4..HEAD~3');
        expect(renamed.code).toBe(1);
        expect(renamed.stdout).toContain('      ~ 3 cek [kasubag] "Memeriksa kelengkapan berkas cuti" (was periksa)');
        expect(renamed.stdout).not.toMatch(/Flow/);

        const moved = sop('diff', 'HEAD~3..HEAD~2');
        expect(moved.stdout).toContain('          ~ Performer: "kepala" → "kasubag"');

        const branch = sop('diff', 'HEAD~2..HEAD~1');
        expect(branch.stdout).toContain('          - Flow: "tidak lengkap → kembali"');
        expect(branch.stdout).toContain('          + Flow: "tidak lengkap → terima"');
        expect(branch.stdout).toContain('      - 4 kembali [staf] "Mengembalikan berkas kepada pemohon"');

        const cosmetic = sop('diff', 'HEAD~1..HEAD');
        expect(cosmetic.code).toBe(0);
        expect(cosmetic.stdout).toContain('cuti.sop: cosmetic only (formatting, comments or keyword language)');
    }, 120_000);

    it('reviews a whole range as JSON and restricts it to a pathspec', () => {
        const r = sop('diff', 'HEAD~5..HEAD', '--format', 'json');
        expect(r.code).toBe(1);
        const report = JSON.parse(r.stdout) as DiffReport;
        expect(report.files.map(f => `${f.status} ${f.new}`)).toEqual(['modified cuti.sop']);
        const doc = report.documents[0];
        expect(doc.criticalPath).toMatchObject({ old: { minMinutes: 65 }, new: { minMinutes: 75 } });
        expect(doc.steps.map(s => `${s.status} ${s.id}${s.oldId ? ` (was ${s.oldId})` : ''}`)).toEqual([
            'changed terima', 'added catat', 'changed cek (was periksa)', 'removed kembali', 'changed setuju',
        ]);
        const none = sop('diff', 'HEAD~5..HEAD', '--', 'sp-cuti.sop');
        expect(none.code).toBe(0);
        expect(none.stdout.trim().split('\n').at(-1)).toBe('No change in meaning.');
    }, 120_000);

    it('reviews the working tree against HEAD, untracked files included, and follows a renamed file', () => {
        const formatted = readFileSync(path.join(dir, 'cuti.sop'), 'utf8');
        expect(formatted).toMatch(/\| 10 menit +\|/);
        writeFileSync(path.join(dir, 'cuti.sop'), formatted.replace(/\| 10 menit( +)\|/, '| 20 menit$1|'));
        writeFileSync(path.join(dir, 'baru.sop'), BASE.replace('sop Cuti "Pelayanan Cuti Pegawai"', 'sop CutiBaru "Pelayanan Cuti Baru"'));
        const r = sop('diff', '--format', 'md');
        expect(r.code).toBe(1);
        expect(r.stdout).toContain('## SOP change review: HEAD → working tree');
        expect(r.stdout).toContain('### SOP `CutiBaru`: Pelayanan Cuti Baru (added)');
        expect(r.stdout).toContain('| 1 | `terima` (staf) | Time | 10 menit | 20 menit |');
        git('checkout', '-q', '--', 'cuti.sop');
        rmSync(path.join(dir, 'baru.sop'));

        git('mv', 'cuti.sop', 'cuti-pegawai.sop');
        git('commit', '-q', '-m', 'rename the file');
        const moved = sop('diff', 'HEAD~1..HEAD');
        expect(moved.code).toBe(0);
        expect(moved.stdout).toContain('cuti-pegawai.sop (file renamed: cuti.sop → cuti-pegawai.sop)');
        git('reset', '-q', '--hard', 'HEAD~1');
    }, 120_000);

    it('git diff and git log -p show the textconv lines; a formatting-only commit shows no line', () => {
        const diff = git('diff', 'HEAD~4', 'HEAD~3', '--', 'cuti.sop');
        expect(diff).toContain('-Cuti / step periksa / Activity: Memeriksa kelengkapan berkas cuti');
        expect(diff).toContain('+Cuti / step cek / Activity: Memeriksa kelengkapan berkas cuti');
        expect(diff).not.toContain('sop Cuti "Pelayanan Cuti Pegawai" {');

        const log = git('log', '-p', '--format=commit %s');
        const commits = log.split(/^commit /m).filter(Boolean);
        const byTitle = (title: string) => commits.find(c => c.startsWith(`${title}\n`))!;
        expect(byTitle('give the signature to the kasubag')).toContain('-Cuti / step setuju / Performer: kepala\n+Cuti / step setuju / Performer: kasubag');
        const branch = byTitle('send incomplete files back to the start');
        expect(branch).toContain('\n-Cuti / step cek / Flow: tidak lengkap → kembali\n');
        expect(branch).toContain('\n+Cuti / step cek / Flow: tidak lengkap → terima\n');
        expect(branch).toContain('\n-Cuti / step kembali / Activity: Mengembalikan berkas kepada pemohon\n');
        expect(byTitle('add a step')).toContain('+Cuti / step catat / Time: 10 menit');
        expect(byTitle('add a step')).toContain('-Cuti / Critical path: 1 h 5 min\n+Cuti / Critical path: 1 h 15 min');
        // Formatting and keyword language only: git shows the commit without a single changed line.
        expect(byTitle('format only').trim()).toBe('format only');
        // The raw text is still one flag away.
        expect(git('log', '-p', '-1', '--no-textconv', '--format=%s')).toContain('+  number ');
    }, 120_000);

    it('exit 2 for an unknown revision or a word that is neither revision nor path', () => {
        const r = sop('diff', 'nosuch..HEAD');
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('sop: unknown revision "nosuch"');
        const typo = sop('diff', 'HEAD~1', 'cuti-typo.sop');
        expect(typo.code).toBe(2);
        expect(typo.stderr).toContain('sop: "cuti-typo.sop" is no revision and no path in the working tree (write paths after "--")');
        // After `--` it is a path (a deleted file, say): nothing changed there.
        expect(sop('diff', 'HEAD~1', '--', 'cuti-typo.sop').code).toBe(0);
    });
});
