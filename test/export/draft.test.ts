/**
 * The draft guard (issue: "a document with errors exports as a clean-looking final document"):
 * every page of a document with errors says KONSEP and its error count, in HTML, PDF and DOCX;
 * the summary lists the drafts and the exit code is 1; `--strict` writes nothing of them.
 * The PDF's first page is rendered to test-results/export/draft-page-1.png to be looked at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot, runCli } from '../cli/cli-helpers.js';
import { unzip } from '../renderers/docx/unzip.js';
import { chromiumMissing } from './chromium-available.js';

let dir: string;
const shots = path.join(repoRoot, 'test-results', 'export');
beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sop-draft-'));
    cpSync(path.join(repoRoot, 'examples/incomplete'), path.join(dir, 'src', 'incomplete'), { recursive: true });
    copyFileSync(path.join(repoRoot, 'examples/logo-contoh.png'), path.join(dir, 'src', 'logo-contoh.png'));
    copyFileSync(path.join(repoRoot, 'examples/surat-masuk.sop'), path.join(dir, 'src', 'surat-masuk.sop'));
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const src = (f: string) => path.join(dir, 'src', f);

describe('draft guard', () => {
    it('marks every page of a document with errors, lists it and exits 1; a clean document is not marked', async () => {
        const out = path.join(dir, 'out');
        const r = await runCli(['export', src('incomplete/izin-keramaian.sop'), src('surat-masuk.sop'), '-f', 'html,docx', '-o', out]);
        expect(r.code).toBe(1);
        expect(r.out.at(-1)).toMatch(/^drafts \(marked KONSEP \/ DRAFT, not ready to sign\): .*izin-keramaian\.sop IzinKeramaian \(7 errors\)$/);
        const html = readFileSync(path.join(out, 'izin-keramaian.IzinKeramaian.html'), 'utf8');
        const sheets = html.match(/<section class="sheet/g)!.length;
        expect(sheets).toBeGreaterThanOrEqual(2);
        expect(html.match(/<div class="draft-mark" aria-hidden="true">KONSEP<\/div><p class="draft-note">KONSEP: 7 galat; belum dapat disahkan<\/p>/g)).toHaveLength(sheets);
        const header = [...unzip(readFileSync(path.join(out, 'izin-keramaian.IzinKeramaian.docx'))).entries()]
            .filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, b]) => b.toString('utf8')).join('');
        expect(header).toContain('KONSEP');
        expect(header).toContain('KONSEP: 7 galat; belum dapat disahkan');
        expect(readFileSync(path.join(out, 'surat-masuk.SuratMasuk.html'), 'utf8')).not.toContain('<div class="draft-mark"');
        // With --allow-draft the same export exits 0, and the drafts are still marked and listed.
        const allowed = await runCli(['export', src('incomplete/izin-keramaian.sop'), '-f', 'html', '-o', path.join(dir, 'out-allowed'), '--allow-draft']);
        expect(allowed.code).toBe(0);
        expect(allowed.out.at(-1)).toMatch(/^drafts /);
    }, 120_000);

    it('--strict writes nothing of a document with errors', async () => {
        const out = path.join(dir, 'strict');
        const r = await runCli(['export', src('incomplete/izin-keramaian.sop'), '-f', 'html,md', '-o', out, '--strict']);
        expect(r.code).toBe(1);
        expect(r.err.join('\n')).toContain('IzinKeramaian has 7 errors; nothing written (--strict)');
        expect(existsSync(out) ? readdirSync(out).filter(f => !f.startsWith('.')) : []).toEqual([]);
    });

    it.skipIf(chromiumMissing !== undefined || spawnSync('pdftoppm', ['-v']).error !== undefined)('prints the mark on the PDF pages (page image for a person to look at)', async () => {
        const out = path.join(dir, 'pdf');
        const r = await runCli(['export', src('incomplete/izin-keramaian.sop'), '-f', 'pdf', '-o', out, '--allow-draft']);
        expect(r.code).toBe(0);
        const pdf = path.join(out, 'izin-keramaian.IzinKeramaian.pdf');
        const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
        expect(text).toContain('KONSEP: 7 galat; belum dapat disahkan');
        mkdirSync(shots, { recursive: true });
        spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(shots, 'draft-page')]);
        expect(readdirSync(shots).some(f => /^draft-page-0*1\.png$/.test(f))).toBe(true);
    }, 120_000);
});
