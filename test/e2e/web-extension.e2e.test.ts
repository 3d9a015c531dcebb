/**
 * End-to-end test of the web build of the extension (the `browser` entry: vscode.dev, github.dev)
 * in code-server's web worker extension host. The same .vsix as the desktop test
 * (extension.e2e.test.ts); the user setting `remote.extensionKind` moves it from the Node host to
 * the web worker host, as on vscode.dev. Asserted: the host (Running Extensions says "web worker"),
 * diagnostics with rule codes, cross-file diagnostics from a file that is never opened (the
 * server reads the workspace through the extension), the preview and its document view, and the
 * exports that need no browser of their own (.mmd, .md, HTML, DOCX, and SVG / PNG drawn by the
 * preview); PDF says how to get one instead of failing silently.
 *
 * Screenshots go to test-results/e2e-web/*.png. Runs when code-server and Chromium are present,
 * as the desktop test (SOP_E2E_REQUIRED=1 makes a missing piece fail).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import type { SopModel } from '@sop/language';
import { importPdf, readPdf } from '@sop/import';
import { findChromium } from '../../packages/export/src/chromium-path.js';
import { CHROMIUM_ARGS, e2eSkipReason } from './prerequisites.js';
import { codeServerBin, REPO, startCodeServer, type CodeServer } from './code-server.js';
import { modelsOf } from './expected.js';
import { drawnPdfPages, explorerContextCommand, filterProblems, flat, focusEditor, frameWith, goToLine, openFile, previewFrame, problems, runCommand, squiggles, svgFlatText, waitForSvgText, waitForWorkbench } from './workbench.js';

const VSIX = path.join(REPO, 'packages', 'vscode', 'sop-vscode.vsix');
const SHOTS = path.join(REPO, 'test-results', 'e2e-web');
const EXTENSION_ID = (() => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'packages', 'vscode', 'package.json'), 'utf8')) as { publisher: string; name: string };
    return `${pkg.publisher}.${pkg.name}`;
})();
const INCOMPLETE = 'examples/incomplete/izin-keramaian.sop';
/** A copy of surat-masuk.sop that is never opened: its document id clashes with the original's (DOC-01). */
const UNOPENED_COPY = 'cross/salinan-surat-masuk.sop';

const why = e2eSkipReason('web extension end-to-end test');

describe.skipIf(!!why)('the web extension in code-server\'s web worker extension host (e2e)', () => {
    let server: CodeServer | undefined;
    let context: BrowserContext | undefined;
    let page: Page;
    let frame: Frame;
    let workspace: string;
    let profileDir: string;
    let incomplete: SopModel;
    /** Requests the page made to anything but the local code-server (all aborted). */
    const offline: string[] = [];
    /** Console output of the page and its workers (the web worker host's log is not written to disk). */
    const consoleLines: string[] = [];

    const shot = async (name: string) => {
        await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    };

    beforeAll(async () => {
        if (!existsSync(VSIX)) throw new Error(`${path.relative(REPO, VSIX)} is missing: build it first with "node scripts/build.mjs && npm run package -w sop-vscode"`);
        mkdirSync(SHOTS, { recursive: true });
        for (const f of readdirSync(SHOTS)) if (f.endsWith('.png')) rmSync(path.join(SHOTS, f));
        workspace = mkdtempSync(path.join(tmpdir(), 'sop-e2e-web-ws-'));
        cpSync(path.join(REPO, 'examples'), path.join(workspace, 'examples'), { recursive: true });
        mkdirSync(path.join(workspace, path.dirname(UNOPENED_COPY)), { recursive: true });
        cpSync(path.join(REPO, 'examples', 'surat-masuk.sop'), path.join(workspace, UNOPENED_COPY));
        mkdirSync(path.join(workspace, 'arsip'));
        cpSync(path.join(REPO, 'test', 'fixtures', 'import', 'pdf', '028.pdf'), path.join(workspace, 'arsip', '028.pdf'));
        const [model] = await modelsOf(path.join(workspace, INCOMPLETE));
        if (model?.kind !== 'sop') throw new Error(`${INCOMPLETE} has no SOP`);
        incomplete = model;
        // The one setting that differs from the desktop test: run the extension in the web worker host.
        server = await startCodeServer(codeServerBin()!, VSIX, workspace, { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } });
        profileDir = mkdtempSync(path.join(tmpdir(), 'sop-e2e-web-chromium-'));
        context = await chromium.launchPersistentContext(profileDir, {
            executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS, viewport: { width: 1600, height: 1000 },
        });
        // Nothing may leave the machine: only the local code-server is reachable (and every other
        // request is recorded: the web extension loads nothing from a CDN).
        await context.route(url => !url.toString().startsWith(server!.url) && /^https?:/.test(url.toString()), r => {
            offline.push(r.request().url());
            return r.abort();
        });
        page = context.pages()[0] ?? await context.newPage();
        page.on('console', m => consoleLines.push(`[page ${m.type()}] ${m.text()}`));
        page.on('worker', w => w.on('console', m => consoleLines.push(`[worker ${m.type()}] ${m.text()}`)));
        await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
        await waitForWorkbench(page);
    }, 180000);

    afterAll(async () => {
        writeFileSync(path.join(SHOTS, 'console.log'), consoleLines.join('\n') + '\n');
        await context?.close().catch(() => undefined);
        await server?.stop().catch(() => undefined);
        if (profileDir) rmSync(profileDir, { recursive: true, force: true });
        if (workspace) rmSync(workspace, { recursive: true, force: true });
    }, 60000);

    /** The notification toast holding `text`, faded in and expanded (a long message shows whole). */
    const shownToast = async (text: string) => {
        const toast = page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
        await toast.waitFor({ timeout: 30000 });
        await expect.poll(() => toast.evaluate(el => getComputedStyle(el.closest('.notification-toast-container') ?? el).opacity), { timeout: 10000 }).toBe('1');
        await toast.hover();
        const expand = toast.locator('.codicon-notifications-expand');
        if (await expand.isVisible().catch(() => false)) await expand.click();
        return toast;
    };

    beforeEach(ctx => {
        ctx.onTestFailed(async () => {
            await page?.screenshot({ path: path.join(SHOTS, `FAILED-${ctx.task.name.replace(/\W+/g, '-').slice(0, 60)}.png`) }).catch(() => undefined);
        });
    });

    it('shows the diagnostics of the incomplete example with rule codes, from the server in a web worker', async () => {
        await openFile(page, INCOMPLETE);
        await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 90000 });
        const marks = await squiggles(page);
        expect(marks.errors).toBeGreaterThan(0);
        expect(marks.warnings).toBeGreaterThan(0);
        // The Problems view draws only the rows that fit, and the whole workspace has problems: one code at a time.
        for (const code of ['SOP-H02', 'SOP-H05', 'SOP-P02', 'SOP-P08', 'SOP-P13']) {
            await filterProblems(page, code);
            await expect.poll(async () => (await problems(page)).join('\n'), { timeout: 20000, message: code }).toContain(`izin-keramaian.sop`);
        }
        await filterProblems(page, '');
        // Code lens and semantic colouring come from the same server.
        await expect.poll(() => page.locator('.monaco-editor .codelens-decoration').allInnerTexts(), { timeout: 30000 }).toContainEqual(expect.stringMatching(/\d+ steps/));
        await shot('01-diagnostics');
    }, 180000);

    it('runs in the web worker extension host (Developer: Show Running Extensions)', async () => {
        await runCommand(page, 'Developer: Show Running Extensions');
        const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'SOP as Code' }).first();
        await row.waitFor({ timeout: 30000 });
        await expect.poll(() => row.innerText(), { timeout: 15000 }).toMatch(/web worker/i);
        await shot('02-running-extensions');
        await page.keyboard.press('Control+W'); // close the Running Extensions editor
    }, 60000);

    it('reports a clash with a workspace file that was never opened (cross-file, read through vscode.workspace.fs)', async () => {
        await openFile(page, 'examples/surat-masuk.sop');
        // DOC-01 on the open file names the other file, and the never-opened file has its own
        // DOC-01 in the Problems view (the server validates the whole workspace).
        await filterProblems(page, 'DOC-01');
        const copy = path.basename(UNOPENED_COPY);
        const both = [`The document id "SuratMasuk" is also used in ${copy}`, 'The document id "SuratMasuk" is also used in surat-masuk.sop'];
        await expect.poll(async () => { const rows = (await problems(page)).join('\n'); return both.filter(b => !rows.includes(b)); }, { timeout: 60000, interval: 1000 })
            .toEqual([]);
        await shot('03-cross-file');

        // A file created behind the editor's back (an incomplete SOP with an id of its own): the file
        // watcher tells the server, which reads it through the extension and validates it; deleted,
        // its problems go.
        const created = path.join(workspace, 'cross', 'draf-baru.sop');
        writeFileSync(created, readFileSync(path.join(REPO, INCOMPLETE), 'utf8').replace('sop IzinKeramaian', 'sop DrafBaru'));
        await filterProblems(page, 'SOP-H02');
        await expect.poll(async () => (await problems(page)).join('\n'), { timeout: 60000, interval: 1000 }).toContain('draf-baru.sop');
        rmSync(created);
        await expect.poll(async () => (await problems(page).catch(() => [])).join('\n'), { timeout: 60000, interval: 1000 }).not.toContain('draf-baru.sop');
        await filterProblems(page, '');
    }, 120000);

    it('hovers and goes to the definition in a file that is not open (cross-file navigation)', async () => {
        // surat-masuk.sop (open) names SuratKeluar, declared in surat-keluar.sop (never opened).
        const line = readFileSync(path.join(workspace, 'examples', 'surat-masuk.sop'), 'utf8').split('\n').findIndex(l => /^\s*keterkaitan SuratKeluar/.test(l)) + 1;
        expect(line).toBeGreaterThan(0);
        const column = readFileSync(path.join(workspace, 'examples', 'surat-masuk.sop'), 'utf8').split('\n')[line - 1].indexOf('SuratKeluar') + 2;
        await focusEditor(page);
        await goToLine(page, line, column);
        await runCommand(page, 'Show or Focus Hover');
        const hover = page.locator('.monaco-hover:not(.hidden)').first();
        await hover.waitFor({ timeout: 20000 });
        await expect.poll(() => hover.innerText(), { timeout: 20000 }).toContain('Pelayanan Administrasi Surat Keluar');
        await shot('04a-hover');
        await page.keyboard.press('Escape');
        await focusEditor(page);
        await page.keyboard.press('F12');
        await page.waitForSelector('.tab.active[aria-label*="surat-keluar.sop"], .tab.active:has-text("surat-keluar.sop")', { timeout: 20000 });
        await shot('04b-definition');
    }, 120000);

    it('opens the preview with every step label and lane title, and the official document view', async () => {
        await openFile(page, INCOMPLETE);
        await focusEditor(page);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('V');
        frame = await previewFrame(page, 60000);
        await frame.waitForSelector('#canvas svg g.node', { timeout: 60000 });
        const text = await svgFlatText(frame);
        for (const n of incomplete.nodes) expect(text, `step ${n.id}`).toContain(flat(n.text));
        for (const l of incomplete.lanes) expect(text, `lane ${l.id}`).toContain(flat(l.title));
        expect(await frame.locator('#banner').innerText()).toMatch(/\d+ error/);
        await shot('04-preview');
        await frame.locator('#toolbar button[data-view="document"]').click();
        await frame.waitForSelector('#doc:not([hidden]) .official', { timeout: 15000 });
        const doc = flat(await frame.locator('#doc').innerText());
        for (const n of incomplete.nodes) expect(doc, `step ${n.id} in the document view`).toContain(flat(n.text));
        expect(doc).toContain(flat('KONSEP:'));
        await shot('05-official-document');
        await frame.locator('#toolbar button[data-view="flowchart"]').click();
        await frame.waitForSelector('#stage:not([hidden]) #canvas svg', { timeout: 15000 });
    }, 180000);

    it('updates the preview when a step is typed', async () => {
        const tolak = incomplete.nodes.find(n => n.id === 'tolak');
        expect(tolak?.range).toBeDefined();
        await focusEditor(page);
        await goToLine(page, tolak!.range!.end.line + 1);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        const label = 'Memberikan tanda terima kepada pemohon';
        await page.keyboard.type(`tandaTerima petugas "${label}" | "Berkas dikembalikan" | 5 menit | "Tanda terima"  selesai`);
        await waitForSvgText(frame, label, 30000);
        await expect.poll(async () => (await problems(page)).join('\n'), { timeout: 30000, interval: 500 }).not.toContain('SOP-P08');
        await shot('06-typed-step');
    }, 120000);

    it('exports SVG and PNG drawn by the preview, and .mmd, .md, HTML and DOCX, with vscode.workspace.fs', async () => {
        const dir = path.join(workspace, 'examples', 'incomplete');
        const file = (ext: string) => path.join(dir, `izin-keramaian.IzinKeramaian.${ext}`);
        const done: Record<string, (b: Buffer) => boolean> = {
            svg: b => b.toString('utf8').includes('</svg>'),
            png: b => b.length > 12 && b.subarray(-8, -4).toString('latin1') === 'IEND',
            mmd: b => b.toString('utf8').includes('flowchart'),
            md: b => b.toString('utf8').includes('Memberikan tanda terima kepada pemohon'),
            html: b => b.toString('utf8').trimEnd().endsWith('</html>'),
            docx: b => b.length > 22 && b.readUInt32LE(b.length - 22) === 0x06054b50,
        };
        const commands: Array<[string, string]> = [
            ['svg', 'SOP: Export Flowchart as SVG'], ['png', 'SOP: Export Flowchart as PNG'], ['mmd', 'SOP: Export Mermaid Source (.mmd)'],
            ['md', 'SOP: Export as Markdown'], ['html', 'SOP: Export Official Document as HTML'], ['docx', 'SOP: Export Official Document as DOCX'],
        ];
        for (const [ext, title] of commands) {
            expect(existsSync(file(ext)), `${ext} not there before`).toBe(false);
            await focusEditor(page);
            await runCommand(page, title);
            await expect.poll(() => existsSync(file(ext)) && done[ext](readFileSync(file(ext))), { timeout: 60000, message: `${ext} written` }).toBe(true);
        }
        const svg = readFileSync(file('svg'), 'utf8');
        const check = await page.evaluate(text => {
            const d = new DOMParser().parseFromString(text, 'image/svg+xml');
            return { root: d.documentElement.localName, parseError: d.querySelector('parsererror')?.textContent ?? '', text: d.documentElement.textContent ?? '' };
        }, svg);
        expect(check.parseError).toBe('');
        expect(check.root).toBe('svg');
        expect(flat(check.text)).toContain(flat('Memberikan tanda terima kepada pemohon'));
        expect(readFileSync(file('png')).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        // The generated-by comment names the source relative to the output, as on desktop.
        expect(readFileSync(file('mmd'), 'utf8')).toContain('izin-keramaian.sop');
        // Unsaved edits are exported (the typed step), and the document is a draft (it has errors).
        expect(readFileSync(file('html'), 'utf8')).toContain('KONSEP');
        await shot('07-exports');
    }, 240000);

    it('exports the SOP book as HTML with its SOPs read from files that are not open', async () => {
        const out = path.join(workspace, 'examples', 'buku-sop-sekretariat.BukuSopUmpeg.html');
        expect(existsSync(out)).toBe(false);
        await openFile(page, 'examples/buku-sop-sekretariat.sop');
        await focusEditor(page);
        await runCommand(page, 'SOP: Export Official Document as HTML');
        await expect.poll(() => existsSync(out) && readFileSync(out, 'utf8').trimEnd().endsWith('</html>'), { timeout: 60000 }).toBe(true);
        const html = readFileSync(out, 'utf8');
        // The book holds its SOPs (surat-masuk.sop, surat-keluar.sop), with the unit's logo.
        expect(html).toContain('Pelayanan Administrasi Surat Masuk');
        expect(html).toContain('Pelayanan Administrasi Surat Keluar');
        expect(html).toContain('data:image/png;base64,');
        await shot('07b-book');
    }, 120000);

    it('says how to get a PDF instead of failing silently', async () => {
        await runCommand(page, 'Notifications: Clear All Notifications');
        await openFile(page, INCOMPLETE);
        await focusEditor(page);
        await runCommand(page, 'SOP: Export Official Document as PDF');
        const toast = await shownToast('PDF');
        const text = await toast.innerText();
        await shot('08-pdf-message');
        expect(text).toContain('Export Official Document as HTML');
        expect(text).toContain('Save as PDF');
        expect(text).toMatch(/sop export/);
        expect(existsSync(path.join(workspace, 'examples', 'incomplete', 'izin-keramaian.IzinKeramaian.pdf'))).toBe(false);
    }, 60000);

    it('renames a document id across files that were never opened, and saves them with vscode.workspace.fs', async () => {
        const file = (rel: string) => path.join(workspace, ...rel.split('/'));
        const users = ['examples/surat-keluar.sop', 'examples/monitoring-2026-1.sop', 'examples/standar-pelayanan-surat.sop']
            .filter(rel => readFileSync(file(rel), 'utf8').includes('SuratKeluar'));
        expect(users.length).toBeGreaterThan(1);
        await openFile(page, 'examples/surat-masuk.sop');
        const lines = readFileSync(file('examples/surat-masuk.sop'), 'utf8').split('\n');
        const line = lines.findIndex(l => /^\s*keterkaitan SuratKeluar/.test(l)) + 1;
        await focusEditor(page);
        await goToLine(page, line, lines[line - 1].indexOf('SuratKeluar') + 2);
        await page.keyboard.press('F2');
        const input = page.locator('.rename-box input').first();
        await input.waitFor({ timeout: 20000 });
        await input.fill('SuratKeluarBaru');
        await shot('10-rename');
        await page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden', timeout: 20000 });
        await runCommand(page, 'File: Save All Files');
        for (const rel of users) {
            await expect.poll(() => readFileSync(file(rel), 'utf8'), { timeout: 30000, message: rel }).toMatch(/\bSuratKeluarBaru\b/);
        }
        expect(readFileSync(file('examples/surat-masuk.sop'), 'utf8')).toContain('keterkaitan SuratKeluarBaru');
    }, 120000);

    it('says what Compare with HEAD needs when the git API is not in this extension host', async () => {
        // The web worker host has no built-in git extension (github.dev neither): no compare view, a clear message.
        await runCommand(page, 'Notifications: Clear All Notifications');
        await focusEditor(page);
        await runCommand(page, 'SOP: Compare with HEAD');
        const toast = await shownToast('Git');
        expect(await toast.innerText()).toContain('Compare needs the built-in Git extension');
        await shot('09-compare-without-git');
    }, 60000);

    it('imports a signed PDF: read in the webview, converted by the server in its web worker, written with vscode.workspace.fs', async () => {
        const bytes = readFileSync(path.join(workspace, 'arsip', '028.pdf'));
        const expected = (await importPdf(bytes, { source: '028.pdf' })).text;
        await explorerContextCommand(page, 'arsip/028.pdf', 'Import from PDF…');
        await page.waitForSelector('.tab.active[aria-label*="028.sop"], .tab.active:has-text("028.sop")', { timeout: 60000 });
        expect(readFileSync(path.join(workspace, 'arsip', '028.sop'), 'utf8')).toBe(expected);
        const drawn = await drawnPdfPages(await frameWith(page, 'body[data-pages]', 60000));
        expect(drawn).toHaveLength((await readPdf(bytes)).pages.length);
        for (const dark of drawn) expect(dark).toBeGreaterThan(5000);
        await page.screenshot({ path: path.join(SHOTS, '09-import-pdf.png') });
    }, 180000);

    it('loaded nothing from the network', () => {
        expect(offline.filter(u => !/\/\/(127\.0\.0\.1|localhost)[:/]/.test(u))).toEqual([]);
    });
});
