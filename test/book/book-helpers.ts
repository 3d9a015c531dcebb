/**
 * Helpers of the SOP book tests: running the CLI in-process, reading a PDF's pages with poppler's
 * pdftotext, converting a DOCX with LibreOffice under a private profile.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../packages/cli/src/main.js';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const EXAMPLES = path.join(ROOT, 'examples');

export const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
export const hasSoffice = existsSync('/usr/bin/soffice') || spawnSync('soffice', ['--version']).status === 0;

/** Runs `sop ...` in-process and collects its output. */
export async function sop(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    const out: string[] = [], err: string[] = [];
    const code = await main(args, { out: l => out.push(l), err: l => err.push(l) });
    return { code, out, err };
}

/** The text of every page of a PDF (layout mode), one string per page. */
export function pdfPages(file: string): string[] {
    const info = execFileSync('pdfinfo', [file]).toString();
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const out: string[] = [];
    for (let p = 1; p <= pages; p++) out.push(execFileSync('pdftotext', ['-layout', '-f', String(p), '-l', String(p), file, '-']).toString());
    return out;
}

/** A contents entry as printed: its title, the SOP number (when printed) and the page. */
export interface TocEntry {
    title: string;
    page: number;
}

/** Reads the contents list (the page titled DAFTAR ISI / CONTENTS): lines `N. Title ... page`. */
export function tocEntries(pages: readonly string[]): { tocPage: number; entries: TocEntry[] } {
    const tocPage = pages.findIndex(t => /^\s*(DAFTAR ISI|CONTENTS)\s*$/m.test(t));
    if (tocPage < 0) throw new Error('no contents page');
    const entries: TocEntry[] = [];
    for (const line of pages[tocPage].split('\n')) {
        const m = /^\s*\d+\.\s+(.+?)[\s.]+(\d+)\s*$/.exec(line);
        if (m) entries.push({ title: m[1].replace(/\s*\(.*\)\s*$/, '').replace(/\s{2,}.*$/, '').trim(), page: Number(m[2]) });
    }
    return { tocPage: tocPage + 1, entries };
}

/** The printed page number in the footer of a page (its last non-empty line, a number alone). */
export function footerNumber(pageText: string): number | undefined {
    const last = pageText.split('\n').map(l => l.trim()).filter(Boolean).at(-1);
    return last && /^\d+$/.test(last) ? Number(last) : undefined;
}

/** Converts a DOCX to PDF with LibreOffice (a private profile, so parallel runs do not collide); returns the PDF path. */
export function docxToPdf(docx: string): string {
    const outDir = mkdtempSync(path.join(tmpdir(), 'sop-book-lo-'));
    execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${outDir}/profile`, '--convert-to', 'pdf', '--outdir', outDir, docx],
        { stdio: 'ignore', timeout: 120_000 });
    const pdf = readdirSync(outDir).find(f => f.endsWith('.pdf'));
    if (!pdf) throw new Error('LibreOffice wrote no PDF');
    return path.join(outDir, pdf);
}
