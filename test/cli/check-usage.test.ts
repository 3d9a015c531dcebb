import { afterAll, describe, expect, test } from 'vitest';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot, runBinary, runCli } from './cli-helpers.js';
import { validSop } from '../helpers/sop-test-services.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sop-cli-'));
/** validSop names `logo "logo.png"`: put the project's example logo where each test writes it. */
function withLogo(folder: string): void {
    copyFileSync(path.join(repoRoot, 'examples/logo-contoh.png'), path.join(folder, 'logo.png'));
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sop check: usage, inputs and exit codes', () => {
    test('no arguments is bad usage (exit 2) with the usage text', async () => {
        const r = await runCli([]);
        expect(r.code).toBe(2);
        expect(r.out.join('\n')).toContain('Usage: sop <command>');
    });

    test('an unknown option is exit 2 with a one-line reason, no stack trace', () => {
        const r = runBinary(['check', '--frobnicate', 'x.sop']);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain("Unknown option '--frobnicate'");
        expect(r.stderr).not.toMatch(/\n\s+at /);
    });

    test('a file that is not .sop is exit 2 and named, not an internal error', async () => {
        const txt = path.join(dir, 'notes.txt');
        writeFileSync(txt, 'x');
        const r = await runCli(['check', txt]);
        expect(r.code).toBe(2);
        expect(r.err.join('\n')).toContain('notes.txt: not a .sop file');
        expect(r.err.join('\n')).not.toContain('internal error');
    });

    test('a file that is not UTF-8 is refused (exit 2) by check and fmt, and never rewritten', async () => {
        const latin = path.join(dir, 'latin.sop');
        const bytes = Buffer.from('sop L "Caf\xe9" {}\n', 'latin1');
        writeFileSync(latin, bytes);
        for (const command of ['check', 'fmt']) {
            const r = await runCli([command, latin]);
            expect(r.code, command).toBe(2);
            expect(r.err.join('\n')).toContain('latin.sop: cannot read (not UTF-8 text; save it as UTF-8, nothing was changed)');
        }
        expect(readFileSync(latin).equals(bytes)).toBe(true);
    });

    test('a folder\'s linked .sop files are checked like the others', async () => {
        const folder = path.join(dir, 'linked');
        mkdirSync(folder);
        writeFileSync(path.join(dir, 'real.sop'), validSop);
        symlinkSync(path.join(dir, 'real.sop'), path.join(folder, 'link.sop'));
        const r = await runCli(['check', folder]);
        expect(r.code).toBe(0);
        expect(r.out.join('\n')).toContain('1 file checked');
    });

    test('a missing file is exit 2 and named', async () => {
        const r = await runCli(['check', path.join(dir, 'nope.sop')]);
        expect(r.code).toBe(2);
        expect(r.err.join('\n')).toContain('nope.sop: no such file or folder');
    });

    test('an unreadable file is exit 2 and named, the others are still checked', async () => {
        if (process.getuid?.() === 0) {
            // root reads everything: use a folder named like a file instead
            mkdirSync(path.join(dir, 'folder.sop'), { recursive: true });
        }
        writeFileSync(path.join(dir, 'good.sop'), validSop);
        withLogo(dir);
        const locked = path.join(dir, 'locked.sop');
        writeFileSync(locked, validSop);
        chmodSync(locked, 0o000);
        const target = process.getuid?.() === 0 ? path.join(dir, 'folder.sop') : locked;
        const r = await runCli(['check', path.join(dir, 'good.sop'), target, '--lang', 'en']);
        chmodSync(locked, 0o644);
        expect(r.code).toBe(2);
        expect(r.out.at(-1)).toMatch(/^1 file checked/);
    });

    test('a glob selects files; json output is machine-readable', async () => {
        mkdirSync(path.join(dir, 'g/sub'), { recursive: true });
        writeFileSync(path.join(dir, 'g/sub/a.sop'), validSop.replace('SuratMasuk', 'A'));
        withLogo(path.join(dir, 'g/sub'));
        writeFileSync(path.join(dir, 'g/b.txt'), 'not sop');
        const r = await runCli(['check', `${dir}/g/**/*.sop`, '--format', 'json']);
        expect(r.code).toBe(0);
        const json = JSON.parse(r.out.join('\n'));
        expect(json.summary).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0, hints: 0 });
    });

    test('a syntax error is reported with its line and code "syntax", and the rest is still validated', async () => {
        const broken = validSop.replace('  peralatan   { "Komputer" }\n', '  peralatan   { "Komputer" \n').replace('"SOP.SEK.01.01"', '');
        writeFileSync(path.join(dir, 'broken.sop'), broken);
        const r = await runCli(['check', path.join(dir, 'broken.sop'), '--lang', 'en']);
        expect(r.code).toBe(1);
        const text = r.out.join('\n');
        expect(text).toMatch(/broken\.sop:\d+:\d+ error syntax /);
        expect(text).toMatch(/broken\.sop:\d+:\d+ error SOP-H02 /);
    });

    test('--min-severity error hides warnings but the summary still counts them', async () => {
        // In a folder of its own: the other files beside an input are its workspace (same ids there are DOC-01).
        const alone = path.join(dir, 'alone');
        mkdirSync(alone, { recursive: true });
        writeFileSync(path.join(alone, 'good.sop'), validSop);
        withLogo(alone);
        const r = await runCli(['check', path.join(alone, 'good.sop'), '--min-severity', 'error', '--lang', 'en']);
        expect(r.code).toBe(0);
        expect(r.out).toEqual(['1 file checked: 0 errors, 0 warnings, 0 info']);
    });

    test('the .sop files beside an input are its workspace: references resolve, duplicates are DOC-01, only the input is reported', async () => {
        const ws = path.join(dir, 'siblings');
        mkdirSync(ws, { recursive: true });
        withLogo(ws);
        writeFileSync(path.join(ws, 'a.sop'), validSop.replace('keterkaitan -', 'keterkaitan B'));
        writeFileSync(path.join(ws, 'b.sop'), validSop.replace('SuratMasuk', 'B').replace('"SOP.SEK.01.01"', ''));
        const r = await runCli(['check', path.join(ws, 'a.sop'), '--lang', 'en']);
        expect(r.out).toEqual(['1 file checked: 0 errors, 0 warnings, 0 info']);
        expect(r.code).toBe(0);
        writeFileSync(path.join(ws, 'c.sop'), validSop);
        const dup = await runCli(['check', path.join(ws, 'a.sop'), '--lang', 'en']);
        expect(dup.out[0]).toMatch(/a\.sop:1:5 error DOC-01 The document id "SuratMasuk" is also used in c\.sop\.$/);
    });
});
