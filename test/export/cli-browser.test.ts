/**
 * `sop export` and the browser: `--browser` wins over CHROMIUM_PATH, an explicit svg/png/pdf
 * export without a browser fails (exit 1) with what to install, and `--skip-unavailable` (what
 * `npm run demo` uses) writes every format that needs no browser, exits 0 and says in one line
 * what it skipped. No browser is simulated with a browser path that does not exist and, for the
 * bundled binary, an empty PATH.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.js';
import { FIXTURES, ROOT } from '../fixtures/render/load.js';

const bundle = path.join(ROOT, 'packages/cli/bin/sop.cjs');
const bundleBuilt = existsSync(path.join(ROOT, 'packages/cli/out/sop.cjs'));

let dir: string;
let cwd: string;
let savedChromiumPath: string | undefined;

async function sop(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    const out: string[] = [], err: string[] = [];
    const code = await main(args, { out: l => out.push(l), err: l => err.push(l) });
    return { code, out, err };
}

const written = (folder: string) => readdirSync(path.join(dir, folder)).filter(f => !f.startsWith('.')).sort();

beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sop-export-browser-'));
    cpSync(path.join(FIXTURES, 'surat-masuk.sop'), path.join(dir, 'src', 'surat-masuk.sop'));
    cpSync(path.join(FIXTURES, 'sp-pendaftaran.sop'), path.join(dir, 'src', 'sp-pendaftaran.sop'));
    cwd = process.cwd();
    process.chdir(dir);
    savedChromiumPath = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = path.join(dir, 'no-browser-here');
});
afterEach(() => {
    process.chdir(cwd);
    if (savedChromiumPath === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = savedChromiumPath;
    rmSync(dir, { recursive: true, force: true });
});

describe('sop export without a browser', () => {
    it('an explicit pdf export fails (exit 1) with what to install, once', async () => {
        const r = await sop('export', 'src/surat-masuk.sop', '-f', 'pdf', '-o', 'out');
        expect(r.code).toBe(1);
        const hints = r.err.filter(l => l.includes('sudo apt-get install chromium'));
        expect(hints).toEqual([`sop export: CHROMIUM_PATH is set to ${path.join(dir, 'no-browser-here')}, which is not an executable file. `
            + 'Install one: sudo apt-get install chromium (Debian; Ubuntu: sudo snap install chromium), sudo dnf install chromium (Fedora), '
            + 'or Google Chrome / Microsoft Edge; or give its path with --browser PATH (or CHROMIUM_PATH).']);
        expect(r.err).toContain('sop export: src/surat-masuk.sop: out/surat-masuk.FxSuratMasuk.pdf: not written (pdf needs Chrome, Edge or Chromium)');
        expect(r.out.at(-1)).toBe('0 of 2 files written');
    });

    it('--browser is used before CHROMIUM_PATH, and alone', async () => {
        process.env.CHROMIUM_PATH = process.execPath; // an executable file: it would be taken without --browser
        const r = await sop('export', 'src/surat-masuk.sop', '-f', 'svg', '-o', 'out', '--browser', path.join(dir, 'typo', 'chrome'));
        expect(r.code).toBe(1);
        expect(r.err[0]).toBe(`sop export: --browser is set to ${path.join(dir, 'typo', 'chrome')}, which is not an executable file. `
            + 'Install one: sudo apt-get install chromium (Debian; Ubuntu: sudo snap install chromium), sudo dnf install chromium (Fedora), '
            + 'or Google Chrome / Microsoft Edge; or give its path with --browser PATH (or CHROMIUM_PATH).');
        const empty = await sop('export', 'src', '-f', 'svg', '--browser', ' ');
        expect(empty.code).toBe(2);
    });

    it('--skip-unavailable writes every other format, exits 0 and says in one line what it skipped and what to install', async () => {
        const r = await sop('export', 'src', '-f', 'mmd,md,svg,png,html,pdf,docx', '-o', 'out', '--skip-unavailable');
        expect(r.code).toBe(0);
        const skipped = r.err.filter(l => !l.includes('has no flowchart'));
        expect(skipped).toHaveLength(1);
        expect(skipped[0]).toMatch(/^sop export: skipped svg, png, pdf \(no browser\): CHROMIUM_PATH is set to .*no-browser-here, which is not an executable file\. Install one: sudo apt-get install chromium/);
        expect(written('out')).toEqual([
            'sp-pendaftaran.SpDaftar.docx', 'sp-pendaftaran.SpDaftar.html', 'sp-pendaftaran.SpDaftar.md',
            'surat-masuk.FxSuratKeluar.docx', 'surat-masuk.FxSuratKeluar.html', 'surat-masuk.FxSuratKeluar.md', 'surat-masuk.FxSuratKeluar.mmd',
            'surat-masuk.FxSuratMasuk.docx', 'surat-masuk.FxSuratMasuk.html', 'surat-masuk.FxSuratMasuk.md', 'surat-masuk.FxSuratMasuk.mmd',
        ]);
        expect(r.out.at(-1)).toBe('11 of 11 files written');
        // Only browser formats asked for: nothing to write, nothing failed.
        const only = await sop('export', 'src', '-f', 'pdf', '-o', 'out2', '--skip-unavailable');
        expect([only.code, only.err.length, only.out.at(-1)]).toEqual([0, 1, '0 of 0 files written']);
        // No browser format asked for: no lookup, no line.
        const none = await sop('export', 'src', '-f', 'md', '-o', 'out3', '--skip-unavailable');
        expect([none.code, none.err]).toEqual([0, []]);
    });

    it('the usage text names --browser, --skip-unavailable and Chrome, Edge or Chromium', async () => {
        const r = await sop('export', '--help');
        const usage = r.out.join('\n');
        expect(usage).toContain('--browser PATH');
        expect(usage).toContain('--skip-unavailable');
        expect(usage).toContain('Google Chrome, Microsoft\nEdge or Chromium');
    });
});

describe.skipIf(!bundleBuilt)('npm run demo without a browser (bundled binary, empty PATH)', () => {
    const demo = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.demo as string;
    const noBrowser = () => ({ ...process.env, PATH: '', CHROMIUM_PATH: path.join(dir, 'none') });

    it('exits 0, writes every format that needs no browser for every example, and says in one line what it skipped', () => {
        // The demo is the build and then scripts/demo.mjs (Node, so cmd.exe runs it too); run that part.
        expect(demo).toBe('npm run build && node scripts/demo.mjs');
        const out = path.join(dir, 'demo-out');
        const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/demo.mjs'), path.join(ROOT, 'examples'), out], { cwd: ROOT, encoding: 'utf8', env: noBrowser(), timeout: 240_000 });
        expect(r.status).toBe(0);
        expect(r.stdout).toMatch(/14 files checked: \d+ errors?, \d+ warnings?/);
        const skipLines = r.stderr.split('\n').filter(l => l.includes('skipped svg'));
        expect(skipLines).toHaveLength(1);
        expect(skipLines[0]).toMatch(/^sop export: skipped svg, png, pdf \(no browser\): .*Install one: sudo apt-get install chromium/);
        const files = readdirSync(out).filter(f => !f.startsWith('.'));
        expect(files.filter(f => /\.(svg|png|pdf)$/.test(f))).toEqual([]);
        for (const ext of ['mmd', 'md', 'html', 'docx']) expect(files.some(f => f.endsWith(`.${ext}`)), ext).toBe(true);
        const tail = r.stdout.trim().split('\n').slice(-2);
        expect(tail[0]).toBe(`${files.length} of ${files.length} files written`);
        // The incomplete example is a draft: listed, marked, and (with the demo's --allow-draft) not a failure.
        expect(tail[1]).toBe('drafts (marked KONSEP / DRAFT, not ready to sign): examples/incomplete/izin-keramaian.sop IzinKeramaian (7 errors)');
        expect(readFileSync(path.join(out, 'izin-keramaian.IzinKeramaian.html'), 'utf8')).toContain('KONSEP: 7 galat; belum dapat disahkan');
    }, 300_000);

    it('an explicit `sop export --format pdf` still fails with exit 1 and what to install', () => {
        const r = spawnSync(process.execPath, [bundle, 'export', 'src/surat-masuk.sop', '--format', 'pdf', '-o', 'pdf-out'],
            { cwd: dir, encoding: 'utf8', env: noBrowser() });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('which is not an executable file. Install one: sudo apt-get install chromium');
        expect(r.stderr).toContain('not written (pdf needs Chrome, Edge or Chromium)');
    });
});
