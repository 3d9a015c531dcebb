/**
 * `sop export` skips what has not changed (issue 11, P5): the output folder's manifest records,
 * per source and output, a checksum of what the output was made from and of the bytes written.
 * A second run with nothing changed writes nothing; a changed SOP re-exports it and the documents
 * that link to it; a deleted output comes back; `--force` makes everything again; an output edited
 * by hand is still refused without `--force`. Formats without a browser (md, mmd), in process.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli-helpers.js';

let dir: string;
let savedLang: { LANG?: string; LC_ALL?: string; LC_MESSAGES?: string };

const FILES: Record<string, string> = {
    'masuk.sop': 'sop SuratMasuk "Pelayanan Surat Masuk" {\n  nomor "SOP.01"\n  pelaksana admin "Admin"\n  prosedur {\n    s1 admin "Menerima surat" mulai\n    s2 admin "Mencatat surat" selesai\n  }\n}\n',
    'keluar.sop': 'sop SuratKeluar "Pelayanan Surat Keluar" {\n  nomor "SOP.02"\n  keterkaitan SuratMasuk\n  pelaksana admin "Admin"\n  prosedur {\n    s1 admin "Menyusun surat" mulai\n    s2 admin "Mengirim surat" selesai\n  }\n}\n',
    'lain.sop': 'sop Lain "Pelayanan Lain" {\n  nomor "SOP.03"\n  pelaksana admin "Admin"\n  prosedur {\n    s1 admin "Menerima tamu" mulai\n    s2 admin "Mencatat tamu" selesai\n  }\n}\n',
    'sp.sop': 'standar-pelayanan SpSurat "Pelayanan Surat" {\n  unit "Sekretariat"\n  sistem-mekanisme-prosedur SuratMasuk\n}\n',
    'buku.sop': 'koleksi Buku "Buku SOP" {\n  isi SuratMasuk, SuratKeluar\n}\n',
};

/** `sop export src --format md,mmd -o out`, plus `extra` arguments. */
function exportAll(...extra: string[]) {
    return runCli(['export', path.join(dir, 'src'), '--format', 'md,mmd', '-o', path.join(dir, 'out'), '--allow-draft', ...extra]);
}

/** The output files named in the `[i/N] source → target` progress lines, sorted. */
function made(out: string[]): string[] {
    return out.filter(l => /^\[\d+\/\d+\]/.test(l)).map(l => path.basename(l.split(' → ')[1])).sort();
}

/** The summary line (the drafts line that follows it lists the incomplete test SOPs). */
function summary(out: string[]): string | undefined {
    return out.filter(l => !l.startsWith('drafts ')).at(-1);
}

/** Inode and modification time of every file of the output folder, the manifest included. */
function stamps(): Record<string, string> {
    const out = path.join(dir, 'out');
    return Object.fromEntries(readdirSync(out).sort().map(f => {
        const st = statSync(path.join(out, f));
        return [f, `${st.ino}:${st.mtimeMs}:${st.size}`];
    }));
}

beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'sop-incremental-'));
    mkdirSync(path.join(dir, 'src'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(path.join(dir, 'src', name), text);
    savedLang = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES };
    process.env.LANG = 'C.UTF-8';
    delete process.env.LC_ALL;
    delete process.env.LC_MESSAGES;
});
afterEach(() => {
    for (const [k, v] of Object.entries(savedLang)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
    rmSync(dir, { recursive: true, force: true });
});

describe('sop export skips unchanged sources', () => {
    it('writes nothing the second time (same inodes and times) and says how many it skipped, in Indonesian too', async () => {
        const first = await exportAll();
        expect(first.code).toBe(0);
        expect(summary(first.out)).toBe('8 of 8 files written');
        const before = stamps();
        expect(Object.keys(before)).toContain('.sop-export.json');
        const second = await exportAll();
        expect(second.code).toBe(0);
        expect(made(second.out)).toEqual([]);
        expect(summary(second.out)).toBe('8 unchanged, skipped; nothing written');
        expect(stamps()).toEqual(before);
        process.env.LANG = 'id_ID.UTF-8';
        const third = await exportAll();
        expect(summary(third.out)).toBe('8 tidak berubah, dilewati; tidak ada yang ditulis');
        expect(stamps()).toEqual(before);
    }, 60_000);

    it('re-exports a changed SOP and the documents that link to it (SOP, Standar Pelayanan, book), nothing else', async () => {
        expect((await exportAll()).code).toBe(0);
        const before = stamps();
        const masuk = path.join(dir, 'src', 'masuk.sop');
        writeFileSync(masuk, readFileSync(masuk, 'utf8').replace('Pelayanan Surat Masuk', 'Pelayanan Surat Masuk Dinas'));
        const r = await exportAll();
        expect(r.code).toBe(0);
        // keluar.sop names SuratMasuk under keterkaitan (its md prints the title; its flowchart does not).
        expect(made(r.out)).toEqual(['buku.Buku.md', 'keluar.SuratKeluar.md', 'masuk.SuratMasuk.md', 'masuk.SuratMasuk.mmd', 'sp.SpSurat.md']);
        expect(summary(r.out)).toBe('5 of 5 files written, 3 unchanged, skipped');
        const after = stamps();
        for (const untouched of ['lain.Lain.md', 'lain.Lain.mmd', 'keluar.SuratKeluar.mmd']) expect(after[untouched]).toBe(before[untouched]);
        expect(readFileSync(path.join(dir, 'out', 'sp.SpSurat.md'), 'utf8')).toContain('Pelayanan Surat Masuk Dinas');
        expect(readFileSync(path.join(dir, 'out', 'buku.Buku.md'), 'utf8')).toContain('Pelayanan Surat Masuk Dinas');
        // The new state is recorded: the run after it skips everything again.
        expect(made((await exportAll()).out)).toEqual([]);
    }, 60_000);

    it('makes a deleted output again, and an output whose options changed', async () => {
        expect((await exportAll()).code).toBe(0);
        unlinkSync(path.join(dir, 'out', 'lain.Lain.md'));
        const r = await exportAll();
        expect(made(r.out)).toEqual(['lain.Lain.md']);
        expect(existsSync(path.join(dir, 'out', 'lain.Lain.md'))).toBe(true);
        const themed = await exportAll('--theme', 'dark');
        // The theme is an option of every output (it colours the flowcharts and the Markdown's mermaid blocks).
        expect(made(themed.out)).toHaveLength(8);
        expect(made((await exportAll('--theme', 'dark')).out)).toEqual([]);
    }, 60_000);

    it('re-exports everything with --force', async () => {
        expect((await exportAll()).code).toBe(0);
        const r = await exportAll('--force');
        expect(r.code).toBe(0);
        expect(made(r.out)).toHaveLength(8);
        expect(summary(r.out)).toBe('8 of 8 files written');
    }, 60_000);

    it('does not overwrite an output edited by hand without --force, even when its source changed', async () => {
        expect((await exportAll()).code).toBe(0);
        const edited = path.join(dir, 'out', 'lain.Lain.md');
        writeFileSync(edited, readFileSync(edited, 'utf8') + 'catatan saya\n');
        const unchanged = await exportAll();
        expect(unchanged.code).toBe(1);
        expect(unchanged.err.join('\n')).toContain(`refusing to overwrite ${path.relative(process.cwd(), edited)}: it changed since sop export wrote it (.sop-export.json has another checksum); use --force to replace it`);
        const lain = path.join(dir, 'src', 'lain.sop');
        writeFileSync(lain, readFileSync(lain, 'utf8').replace('Menerima tamu', 'Menyambut tamu'));
        expect((await exportAll()).code).toBe(1);
        expect(readFileSync(edited, 'utf8')).toContain('catatan saya');
        const forced = await exportAll('--force');
        expect(forced.code).toBe(0);
        expect(readFileSync(edited, 'utf8')).not.toContain('catatan saya');
        expect(readFileSync(edited, 'utf8')).toContain('Menyambut tamu');
    }, 60_000);

    it('keeps the manifest deterministic and free of absolute paths (same bytes from another folder)', async () => {
        expect((await exportAll()).code).toBe(0);
        const manifest = readFileSync(path.join(dir, 'out', '.sop-export.json'), 'utf8');
        expect(manifest).not.toContain(dir);
        const parsed = JSON.parse(manifest) as { sources: Record<string, Record<string, { inputs: string; output: string }>> };
        expect(Object.keys(parsed.sources)).toEqual(['../src/buku.sop', '../src/keluar.sop', '../src/lain.sop', '../src/masuk.sop', '../src/sp.sop']);
        expect(parsed.sources['../src/masuk.sop']['masuk.SuratMasuk.md'].inputs).toMatch(/^sha256-[0-9a-f]{64}$/);
        // The same sources exported in another folder: the same manifest, so a checkout elsewhere skips too.
        const elsewhere = mkdtempSync(path.join(tmpdir(), 'sop-incremental-moved-'));
        try {
            cpSync(path.join(dir, 'src'), path.join(elsewhere, 'src'), { recursive: true });
            const r = await runCli(['export', path.join(elsewhere, 'src'), '--format', 'md,mmd', '-o', path.join(elsewhere, 'out'), '--allow-draft']);
            expect(r.code).toBe(0);
            expect(readFileSync(path.join(elsewhere, 'out', '.sop-export.json'), 'utf8')).toBe(manifest);
        } finally {
            rmSync(elsewhere, { recursive: true, force: true });
        }
    }, 60_000);
});
