import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../packages/cli/src/main.js';

let dir: string;
const out: string[] = [], err: string[] = [];
const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
const messy = 'sop A "T" {\nnomor "1"\n  unit "U" // unit kerja\n}\n';
const tidy = 'sop A "T" {\n  nomor "1"\n  unit  "U" // unit kerja\n}\n';

beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sop-fmt-'));
    out.length = 0; err.length = 0;
    process.env.LANG = 'en_US.UTF-8';
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('sop fmt', () => {
    test('--check names the files that would change, exits 1 and writes nothing', async () => {
        writeFileSync(join(dir, 'a.sop'), messy);
        writeFileSync(join(dir, 'b.sop'), tidy);
        expect(await main(['fmt', '--check', dir], io)).toBe(1);
        expect(out).toEqual([expect.stringMatching(/^would change: .*\/a\.sop$/)]);
        expect(readFileSync(join(dir, 'a.sop'), 'utf8')).toBe(messy);
    });

    test('without --check it rewrites changed files in place; then --check passes', async () => {
        writeFileSync(join(dir, 'a.sop'), messy);
        expect(await main(['fmt', dir], io)).toBe(0);
        expect(readFileSync(join(dir, 'a.sop'), 'utf8')).toBe(tidy);
        expect(out[0]).toMatch(/^formatted: .*a\.sop$/);
        out.length = 0;
        expect(await main(['fmt', '--check', dir], io)).toBe(0);
        expect(out).toEqual([]);
    });

    test('a file with syntax errors is reported, never touched, and the exit code is 2', async () => {
        const broken = 'sop A {\n  nomor\n}\n';
        writeFileSync(join(dir, 'broken.sop'), broken);
        writeFileSync(join(dir, 'ok.sop'), messy);
        expect(await main(['fmt', dir], io)).toBe(2);
        expect(readFileSync(join(dir, 'broken.sop'), 'utf8')).toBe(broken);
        expect(readFileSync(join(dir, 'ok.sop'), 'utf8')).toBe(tidy);
        expect(err.join('\n')).toMatch(/broken\.sop:3:1: syntax error, file not formatted/);
    });

    test('--stdout prints and --lang en rewrites keywords', async () => {
        writeFileSync(join(dir, 'a.sop'), messy);
        expect(await main(['fmt', '--stdout', '--lang', 'en', join(dir, 'a.sop')], io)).toBe(0);
        expect(out.join('\n') + '\n').toBe('sop A "T" {\n  number "1"\n  unit   "U" // unit kerja\n}\n');
        expect(readFileSync(join(dir, 'a.sop'), 'utf8')).toBe(messy);
    });

    test('Windows line ends are kept', async () => {
        writeFileSync(join(dir, 'a.sop'), messy.replace(/\n/g, '\r\n'));
        expect(await main(['fmt', dir], io)).toBe(0);
        expect(readFileSync(join(dir, 'a.sop'), 'utf8')).toBe(tidy.replace(/\n/g, '\r\n'));
    });

    test('old Mac (CR-only) line ends are kept, and two comments on two lines stay two lines', async () => {
        const cr = 'sop A "T" {\r  // a\r  // b\rnomor "1"\r}\r';
        writeFileSync(join(dir, 'a.sop'), cr);
        expect(await main(['fmt', dir], io)).toBe(0);
        expect(readFileSync(join(dir, 'a.sop'), 'utf8')).toBe('sop A "T" {\r  // a\r  // b\r  nomor "1"\r}\r');
    });

    test('a text without its closing quote is a syntax error in plain words: the file is not touched', async () => {
        const broken = 'sop A "T" {\nnomor "1\n  unit "U"\n}\n';
        writeFileSync(join(dir, 'a.sop'), broken);
        expect(await main(['fmt', dir], io)).toBe(2);
        expect(readFileSync(join(dir, 'a.sop'), 'utf8')).toBe(broken);
        expect(err.join('\n')).toMatch(/a\.sop:2:7: syntax error, file not formatted: The text that starts on line 2, column 7 is not closed with a quote/);
    });

    test('a linked .sop is formatted in place: the link stays a link', async () => {
        writeFileSync(join(dir, 'real.sop'), messy);
        symlinkSync(join(dir, 'real.sop'), join(dir, 'link.sop'));
        expect(await main(['fmt', join(dir, 'link.sop')], io)).toBe(0);
        expect(lstatSync(join(dir, 'link.sop')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'real.sop'), 'utf8')).toBe(tidy);
    });

    test('--width wraps a longer step onto lines that start with its marker; without it the step is one line again', async () => {
        const one = 'sop A "T" {\n  pelaksana a "A"\n  prosedur {\n    terima a "Menerima" | "Surat masuk" | 5 menit | "Surat diterima"  selesai\n  }\n}\n';
        writeFileSync(join(dir, 'a.sop'), one);
        expect(await main(['fmt', '--width', '60', join(dir, 'a.sop')], io)).toBe(0);
        const wrapped = readFileSync(join(dir, 'a.sop'), 'utf8');
        expect(wrapped.split('\n').slice(3, 6)).toEqual([
            '    terima          a           "Menerima"',
            '    /*terima*/                  | "Surat masuk" | 5 menit',
            '    /*terima*/                  | "Surat diterima"  selesai',
        ]);
        expect(await main(['fmt', '--check', '--width', '60', dir], io)).toBe(0);
        expect(await main(['fmt', '--width', '0', join(dir, 'a.sop')], io)).toBe(0);
        expect(readFileSync(join(dir, 'a.sop'), 'utf8')).toBe(await (async () => {
            writeFileSync(join(dir, 'b.sop'), one);
            await main(['fmt', join(dir, 'b.sop')], io);
            return readFileSync(join(dir, 'b.sop'), 'utf8');
        })());
    });

    test('bad usage exits 2', async () => {
        expect(await main(['fmt', '--lang', 'fr', dir], io)).toBe(2);
        expect(await main(['fmt', '--width', 'wide', dir], io)).toBe(2);
        expect(await main(['fmt', '--width', '-5', dir], io)).toBe(2);
        expect(await main(['fmt'], io)).toBe(2);
    });
});
