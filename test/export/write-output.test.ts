/** The safe writer, the generated-by marker, file names, PDF date normalisation and Chromium lookup. */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
    ChromiumNotFoundError, ForeignFileError, GENERATED_MARKER, MANIFEST_NAME, ManifestError, findChromium, foreignReason,
    isUpToDate, markText, normalizePdfDates, outputFileName, readManifest, slug, writeOutput,
} from '@sop/export';

let dir: string;
beforeEach(() => { dir = mkdtempSync(path.join(tmpdir(), 'sop-write-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

describe('writeOutput', () => {
    it('creates, then updates its own files, and records them in the manifest', () => {
        const f = path.join(dir, 'sub', 'a.png');
        expect(writeOutput(f, new Uint8Array([1, 2, 3]))).toBe('created');
        expect(writeOutput(f, new Uint8Array([1, 2, 3]))).toBe('unchanged');
        expect(writeOutput(f, new Uint8Array([4]))).toBe('updated');
        expect([...readFileSync(f)]).toEqual([4]);
        const manifest = JSON.parse(readFileSync(path.join(dir, 'sub', MANIFEST_NAME), 'utf8'));
        expect(Object.keys(manifest.files)).toEqual(['a.png']);
        expect(manifest.files['a.png']).toMatch(/^sha256-[0-9a-f]{64}$/);
        expect(JSON.stringify(manifest)).not.toMatch(/20\d\d-\d\d/);
    });

    it('records what an output was made from; other writes keep the record; isUpToDate holds until the file changes', () => {
        const f = path.join(dir, 'b.X.md');
        writeOutput(f, '# b\n', { record: { source: '../src/b.sop', inputs: 'sha256-in' } });
        writeOutput(path.join(dir, 'a.X.md'), '# a\n');
        const manifest = readManifest(dir);
        expect(manifest.sources).toEqual({ '../src/b.sop': { 'b.X.md': { inputs: 'sha256-in', output: manifest.files['b.X.md'] } } });
        expect(Object.keys(JSON.parse(readFileSync(path.join(dir, MANIFEST_NAME), 'utf8')).files)).toEqual(['a.X.md', 'b.X.md']);
        expect(isUpToDate(manifest, f, '../src/b.sop', 'sha256-in')).toBe(true);
        expect(isUpToDate(manifest, f, '../src/b.sop', 'sha256-other')).toBe(false);
        expect(isUpToDate(manifest, f, '../src/c.sop', 'sha256-in')).toBe(false);
        writeFileSync(f, '# b, edited\n');
        expect(isUpToDate(manifest, f, '../src/b.sop', 'sha256-in')).toBe(false);
        rmSync(f);
        expect(isUpToDate(manifest, f, '../src/b.sop', 'sha256-in')).toBe(false);
    });

    it('refuses to overwrite a file it did not write, naming the file; --force replaces it', () => {
        const f = path.join(dir, 'x.SuratMasuk.svg');
        writeFileSync(f, '<svg>hand made</svg>');
        expect(() => writeOutput(f, markText('<svg/>', 'svg'))).toThrow(ForeignFileError);
        expect(() => writeOutput(f, '<svg/>')).toThrow(`refusing to overwrite ${f}: it is not recorded in .sop-export.json as written by sop export; use --force to replace it`);
        expect(readFileSync(f, 'utf8')).toBe('<svg>hand made</svg>');
        expect(writeOutput(f, markText('<svg/>', 'svg'), { force: true })).toBe('forced');
        expect(foreignReason(f)).toBeUndefined();
    });

    it('protects a binary file changed by hand after export', () => {
        const f = path.join(dir, 'x.pdf');
        writeOutput(f, new Uint8Array([1]));
        writeFileSync(f, new Uint8Array([9]));
        expect(foreignReason(f)).toMatch(/changed since sop export wrote it/);
        expect(() => writeOutput(f, new Uint8Array([2]))).toThrow(ForeignFileError);
    });

    it('protects a marked text file edited by hand after export', () => {
        const f = path.join(dir, 'edited.SuratMasuk.md');
        writeOutput(f, markText('# T\n', 'md', 'x.sop'));
        writeFileSync(f, readFileSync(f, 'utf8') + 'my own notes\n');
        expect(foreignReason(f)).toMatch(/changed since sop export wrote it/);
        expect(() => writeOutput(f, markText('# T2\n', 'md', 'x.sop'))).toThrow(ForeignFileError);
        expect(readFileSync(f, 'utf8')).toContain('my own notes');
        expect(writeOutput(f, markText('# T2\n', 'md', 'x.sop'), { force: true })).toBe('forced');
    });

    it('does not take a marked text file for its own without a matching manifest entry', () => {
        const f = path.join(dir, 'x.md');
        writeFileSync(f, markText('# T\n', 'md', 'x.sop'));
        expect(foreignReason(f)).toMatch(/not recorded in \.sop-export\.json/);
        expect(() => writeOutput(f, markText('# T2\n', 'md', 'x.sop'))).toThrow(ForeignFileError);
        expect(readFileSync(f, 'utf8')).toContain('# T\n');
    });

    it('never writes through a symbolic link, dangling or not; with force it replaces the link, not its target', () => {
        const target = path.join(dir, 'target.txt');
        writeFileSync(target, 'keep');
        const link = path.join(dir, 'link.mmd');
        symlinkSync(target, link);
        expect(foreignReason(link)).toBe('it is a symbolic link');
        expect(() => writeOutput(link, 'x')).toThrow(ForeignFileError);
        expect(readFileSync(target, 'utf8')).toBe('keep');
        const elsewhere = path.join(dir, 'elsewhere', 'new.txt');
        const dangling = path.join(dir, 'out', 'x.SuratKeluar.mmd');
        mkdirSync(path.join(dir, 'out'));
        symlinkSync(elsewhere, dangling);
        expect(() => writeOutput(dangling, 'x')).toThrow(/symbolic link/);
        expect(existsSync(elsewhere)).toBe(false);
        expect(writeOutput(dangling, 'x', { force: true })).toBe('forced');
        expect(lstatSync(dangling).isSymbolicLink()).toBe(false);
        expect(existsSync(elsewhere)).toBe(false);
        expect(writeOutput(link, 'y', { force: true })).toBe('forced');
        expect(readFileSync(target, 'utf8')).toBe('keep');
        expect(foreignReason(path.join(dir, 'missing'))).toBeUndefined();
    });

    it('never writes the manifest through a link, and then writes nothing at all', () => {
        const mine = path.join(dir, 'mine.txt');
        writeFileSync(mine, 'my notes');
        symlinkSync(mine, path.join(dir, MANIFEST_NAME));
        const f = path.join(dir, 'a.SuratMasuk.mmd');
        expect(() => writeOutput(f, 'flowchart TB\n')).toThrow(ManifestError);
        expect(readFileSync(mine, 'utf8')).toBe('my notes');
        expect(existsSync(f)).toBe(false);
    });

    it('reports a manifest it cannot write as nothing written (the old output stays)', () => {
        const f = path.join(dir, 'a.pdf');
        writeOutput(f, new Uint8Array([1]));
        rmSync(path.join(dir, MANIFEST_NAME));
        mkdirSync(path.join(dir, MANIFEST_NAME));
        expect(() => writeOutput(f, new Uint8Array([2]), { force: true })).toThrow(/not written: .*not a regular file/);
        expect([...readFileSync(f)]).toEqual([1]);
    });

    it('replaces a file by renaming a complete new one over it, leaving no temporary file', () => {
        const f = path.join(dir, 'a.svg');
        writeOutput(f, '<svg>1</svg>');
        const before = statSync(f).ino;
        writeOutput(f, '<svg>2</svg>');
        // A new inode: the old file was never truncated in place, so a crash leaves old or new, not half.
        expect(statSync(f).ino).not.toBe(before);
        expect(readFileSync(f, 'utf8')).toBe('<svg>2</svg>');
        expect(readdirSync(dir).sort()).toEqual([MANIFEST_NAME, 'a.svg']);
    });
});

describe('markText', () => {
    it('puts the marker in a comment each format ignores', () => {
        const mmd = markText('---\nconfig:\n  theme: default\n---\nflowchart TB\n', 'mmd', 'a/b.sop');
        expect(mmd).toBe(`---\nconfig:\n  theme: default\n---\n%% ${GENERATED_MARKER} from a/b.sop; edit the .sop source, not this file\nflowchart TB\n`);
        expect(markText('<!DOCTYPE html>\n<html></html>', 'html')).toBe(`<!DOCTYPE html>\n<!-- ${GENERATED_MARKER}; edit the .sop source, not this file -->\n<html></html>`);
        expect(markText('<svg></svg>', 'svg', 'x--y.sop')).toBe(`<!-- ${GENERATED_MARKER} from x-y.sop; edit the .sop source, not this file -->\n<svg></svg>`);
        expect(markText(mmd, 'mmd')).toBe(mmd);
    });
});

describe('file names', () => {
    it('are <source>.<DocumentId>[.<NN-section>].<ext>', () => {
        expect(outputFileName('/x/examples/surat-masuk.sop', 'SuratMasuk', 'svg')).toBe('surat-masuk.SuratMasuk.svg');
        expect(outputFileName('a.SOP', 'Id', 'pdf')).toBe('a.Id.pdf');
        expect(outputFileName('a.sop', 'Id', 'svg', { index: 2, title: 'Persetujuan Kepala Dinas' })).toBe('a.Id.02-persetujuan-kepala-dinas.svg');
        expect(slug('Évaluasi / Ümum ../..')).toBe('evaluasi-umum');
        expect(slug('!!!')).toBe('bagian');
    });
});

describe('normalizePdfDates', () => {
    it('fixes creation dates and keeps the length', () => {
        const pdf = new TextEncoder().encode("%PDF-1.4\n<</Producer (Skia)\n/CreationDate (D:20261129184041+00'00')\n/ModDate (D:20261129184041+00'00')>>\nstream\u00ff\u00fe");
        const out = normalizePdfDates(pdf);
        expect(out.length).toBe(pdf.length);
        const text = Buffer.from(out).toString('latin1');
        expect(text).toContain("/CreationDate (D:20000101000000+00'00')");
        expect(text).toContain("/ModDate (D:20000101000000+00'00')");
        expect(text).not.toContain('2026');
    });
});

describe('findChromium', () => {
    it('uses an explicit path or CHROMIUM_PATH alone, else the system paths', () => {
        const exists = (p: string) => p === '/usr/bin/chromium-browser' || p === '/opt/c';
        expect(findChromium(undefined, {}, exists)).toBe('/usr/bin/chromium-browser');
        expect(findChromium('/opt/c', {}, exists)).toBe('/opt/c');
        expect(findChromium(undefined, { CHROMIUM_PATH: '/opt/c' }, exists)).toBe('/opt/c');
        expect(() => findChromium(undefined, { CHROMIUM_PATH: '/nope' }, exists)).toThrow(ChromiumNotFoundError);
    });

    it('says how to install Chromium when none is found', () => {
        expect(() => findChromium(undefined, {}, () => false)).toThrow(/sudo apt-get install chromium/);
    });
});
