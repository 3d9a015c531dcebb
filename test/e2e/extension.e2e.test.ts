/**
 * End-to-end test of the VS Code extension in a real VS Code: code-server 4.100.3 with the built
 * .vsix installed, driven by Debian Chromium through playwright-core. Runs whenever Chromium and
 * code-server are present; otherwise it is skipped with a loud message, unless SOP_E2E_REQUIRED=1
 * (CI), where a missing piece fails the run. The .vsix is never built here: run
 * `npm run package -w sop-vscode` (after the bundle) first.
 *
 * Screenshots go to test-results/e2e/*.png, timings to test-results/e2e/metrics.json.
 * SOP_E2E_DOCS_SCREENSHOT=1 also writes the README screenshot docs/images/editor-preview.png.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import type { SopModel } from '@sop/language';
import { importPdf, readPdf } from '@sop/import';
import { findChromium } from '../../packages/export/src/chromium-path.js';
import { CHROMIUM_ARGS, e2eSkipReason } from './prerequisites.js';
import { codeServerBin, extensionLog, REPO, startCodeServer, type CodeServer } from './code-server.js';
import { largestSop, insertionPoint, modelsOf, sopFiles } from './expected.js';
import {
    clickNode, cursorPosition, drawnPdfPages, explorerContextCommand, explorerRow, flat, focusEditor, frameWith, goToLine, openFile, previewFrame, problems, runCommand,
    setColorTheme, squiggles, svgFlatText, waitForSvgText, waitForWorkbench,
} from './workbench.js';

const VSIX = path.join(REPO, 'packages', 'vscode', 'sop-vscode.vsix');
const SHOTS = path.join(REPO, 'test-results', 'e2e');
const INCOMPLETE = 'examples/incomplete/izin-keramaian.sop';

const why = e2eSkipReason('VS Code end-to-end test');

const metrics: Record<string, unknown> = {};
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

describe.skipIf(!!why)('VS Code extension in code-server (e2e)', () => {
    let server: CodeServer | undefined;
    let context: BrowserContext | undefined;
    let page: Page;
    let frame: Frame;
    let workspace: string;
    let profileDir: string;
    let incomplete: SopModel;

    const shot = async (name: string) => {
        await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
    };

    beforeAll(async () => {
        if (!existsSync(VSIX)) {
            throw new Error(`${path.relative(REPO, VSIX)} is missing: build it first with "node scripts/build.mjs --minify && npm run package -w sop-vscode"`);
        }
        metrics.vsixBytes = statSync(VSIX).size;
        mkdirSync(SHOTS, { recursive: true });
        for (const f of readdirSync(SHOTS)) if (f.endsWith('.png')) rmSync(path.join(SHOTS, f));
        workspace = mkdtempSync(path.join(tmpdir(), 'sop-e2e-ws-'));
        cpSync(path.join(REPO, 'examples'), path.join(workspace, 'examples'), { recursive: true });
        // A signed SOP of the openSOP corpus, for "SOP: Import from PDF…".
        mkdirSync(path.join(workspace, 'arsip'));
        cpSync(path.join(REPO, 'test', 'fixtures', 'import', 'pdf', '028.pdf'), path.join(workspace, 'arsip', '028.pdf'));
        cpSync(path.join(REPO, 'test', 'fixtures', 'import', 'pdf', '035.pdf'), path.join(workspace, 'arsip', '035.pdf'));
        const [model] = await modelsOf(path.join(workspace, INCOMPLETE));
        if (model?.kind !== 'sop') throw new Error(`${INCOMPLETE} has no SOP`);
        incomplete = model;
        server = await startCodeServer(codeServerBin()!, VSIX, workspace);
        profileDir = mkdtempSync(path.join(tmpdir(), 'sop-e2e-chromium-'));
        context = await chromium.launchPersistentContext(profileDir, {
            executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS, viewport: { width: 1600, height: 1000 },
        });
        // Nothing may leave the machine: only the local code-server is reachable.
        await context.route(url => !url.toString().startsWith(server!.url) && /^https?:/.test(url.toString()), r => r.abort());
        page = context.pages()[0] ?? await context.newPage();
        await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
        await waitForWorkbench(page);
    }, 180000);


    afterAll(async () => {
        if (server) writeFileSync(path.join(SHOTS, 'sop-extension.log'), extensionLog(server));
        // Always stop the browser and code-server, even after a failure.
        await context?.close().catch(() => undefined);
        await server?.stop().catch(() => undefined);
        if (profileDir) rmSync(profileDir, { recursive: true, force: true });
        if (workspace) rmSync(workspace, { recursive: true, force: true });
        if (Object.keys(metrics).length) writeFileSync(path.join(SHOTS, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
        console.log('e2e metrics', metrics);
    }, 60000);

    beforeEach(ctx => {
        ctx.onTestFailed(async () => {
            await page?.screenshot({ path: path.join(SHOTS, `FAILED-${ctx.task.name.replace(/\W+/g, '-').slice(0, 60)}.png`) }).catch(() => undefined);
        });
    });

    it('shows the diagnostics of the incomplete example (squiggles and Problems with rule codes)', async () => {
        const opened = Date.now();
        metrics.openedAt = opened;
        await openFile(page, INCOMPLETE);
        await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 60000 });
        metrics.firstDiagnosticsMs = Date.now() - opened;
        const marks = await squiggles(page);
        expect(marks.errors).toBeGreaterThan(0);
        expect(marks.warnings).toBeGreaterThan(0);
        const rows = (await problems(page)).join('\n');
        for (const code of ['SOP-H02', 'SOP-H05', 'SOP-H11', 'SOP-P02', 'SOP-P07', 'SOP-P08', 'SOP-P09', 'SOP-H10', 'SOP-P03', 'SOP-P13', 'SOP-P14']) {
            expect(rows, `Problems view lists ${code}`).toContain(code);
        }
        await shot('01-diagnostics');
    }, 120000);

    it('opens the preview beside the editor with every step label and lane title in the SVG', async () => {
        await focusEditor(page);
        await page.keyboard.press('Control+K'); // the Markdown-style chord Ctrl+K V
        await page.keyboard.press('V');
        frame = await previewFrame(page);
        await frame.waitForSelector('#canvas svg g.node', { timeout: 30000 });
        const text = await svgFlatText(frame);
        for (const n of incomplete.nodes) expect(text, `step ${n.id}`).toContain(flat(n.text));
        for (const l of incomplete.lanes) expect(text, `lane ${l.id}`).toContain(flat(l.title));
        const banner = await frame.locator('#banner').innerText();
        expect(banner).toMatch(/\d+ error/);
        // Readable without zooming: node text drawn at least as large as the editor's text.
        await expect.poll(() => frame.evaluate(() => {
            const editorPx = parseFloat(getComputedStyle(document.body).getPropertyValue('--vscode-editor-font-size')) || 14;
            const sizes = [...document.querySelectorAll('#canvas g.node text')].filter(t => (t.textContent ?? '').trim()).map(t => {
                const r = (t as SVGTextElement).getBoundingClientRect();
                const lines = Math.max(1, t.querySelectorAll('tspan.text-outer-tspan, tspan[dy]').length);
                return r.height / lines / editorPx;
            });
            return sizes.length ? Math.min(...sizes) : 0;
        }), { timeout: 15000 }).toBeGreaterThanOrEqual(0.95);
        await shot('02-preview');
    }, 120000);

    it('updates the preview and the diagnostics when a step is typed', async () => {
        const before = (await problems(page)).join('\n');
        expect(before).toContain('SOP-P08');
        const tolak = incomplete.nodes.find(n => n.id === 'tolak');
        expect(tolak?.range).toBeDefined();
        await focusEditor(page);
        await goToLine(page, tolak!.range!.end.line + 1);
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        const label = 'Memberikan tanda terima kepada pemohon';
        await page.keyboard.type(`tandaTerima petugas "${label}" | "Berkas dikembalikan" | 5 menit | "Tanda terima"  selesai`);
        await waitForSvgText(frame, label, 30000);
        // The jump `tolak -> tandaTerima` now has its target: SOP-P08 leaves the Problems view.
        await expect.poll(async () => (await problems(page)).join('\n'), { timeout: 30000, interval: 500 }).not.toContain('SOP-P08');
        await shot('03-typed-step');
    }, 120000);

    it('reveals the step in the editor when its node is clicked', async () => {
        const teken = incomplete.nodes.find(n => n.id === 'teken')!;
        await goToLine(page, 1);
        // The preview may still repaint after the last edit; a click on a node being replaced is
        // lost, so click until the editor's cursor arrives on the step (a condition, not a pause).
        await expect.poll(async () => {
            if ((await cursorPosition(page))?.line !== teken.range!.start.line + 1) await clickNode(frame, teken.text);
            return (await cursorPosition(page))?.line;
        }, { timeout: 30000, interval: 1000 }).toBe(teken.range!.start.line + 1);
        // The cursor is on the step: its node is highlighted.
        await expect.poll(() => frame.$$eval('#canvas g.node.sop-highlight', els => els.map(e => e.textContent ?? '').join('|'))).toContain('Menandatangani');
        await shot('04-click-reveal');
    }, 120000);

    it('exports the flowchart as SVG from the command palette', async () => {
        const out = path.join(workspace, 'examples', 'incomplete', 'izin-keramaian.IzinKeramaian.svg');
        expect(existsSync(out)).toBe(false);
        await focusEditor(page);
        await runCommand(page, 'SOP: Export Flowchart as SVG');
        // Poll the content, not the name: the file exists a moment before its bytes are written.
        await expect.poll(() => (existsSync(out) ? readFileSync(out, 'utf8') : ''), { timeout: 30000 }).toContain('</svg>');
        const svg = readFileSync(out, 'utf8');
        writeFileSync(path.join(SHOTS, 'exported.svg'), svg);
        const check = await page.evaluate(text => {
            const d = new DOMParser().parseFromString(text, 'image/svg+xml');
            return { root: d.documentElement.localName, ns: d.documentElement.namespaceURI, parseError: d.querySelector('parsererror')?.textContent ?? '', text: d.documentElement.textContent ?? '' };
        }, svg);
        expect(check.parseError, 'the SVG is well-formed XML').toBe('');
        expect(check.root).toBe('svg');
        expect(check.ns).toBe('http://www.w3.org/2000/svg');
        expect(flat(check.text)).toContain(flat('Memberikan tanda terima kepada pemohon'));
        expect(svg).not.toContain('<foreignObject'); // text labels: readable outside browsers
        await shot('05-export');

        // Never overwrite without asking: a changed file on disk brings a modal question; Cancel keeps it.
        writeFileSync(out, svg + '<!-- edited by hand -->\n');
        await focusEditor(page);
        await runCommand(page, 'SOP: Export Flowchart as SVG');
        const dialog = page.locator('.monaco-dialog-box');
        await dialog.waitFor({ timeout: 15000 });
        expect(await dialog.innerText()).toContain('izin-keramaian.IzinKeramaian.svg');
        await shot('05b-overwrite-question');
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        // The question is the last step of the export: once it is gone, nothing more is written.
        await dialog.waitFor({ state: 'hidden', timeout: 15000 });
        expect(readFileSync(out, 'utf8')).toContain('<!-- edited by hand -->');

        // PNG: drawn on a 2x canvas in the webview.
        const png = out.replace(/\.svg$/, '.png');
        await focusEditor(page);
        await runCommand(page, 'SOP: Export Flowchart as PNG');
        // Complete when its last chunk (IEND) is there.
        await expect.poll(() => (existsSync(png) ? readFileSync(png).subarray(-8, -4).toString('latin1') : ''), { timeout: 30000 }).toBe('IEND');
        const bytes = readFileSync(png);
        expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
        const viewBox = /viewBox="[\d.]+ [\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg)!;
        expect(bytes.readUInt32BE(16)).toBe(Math.round(Number(viewBox[1]) * 2));
    }, 120000);

    it('switches the preview to the official document and back', async () => {
        await frame.locator('#toolbar button[data-view="document"]').click();
        await frame.waitForSelector('#doc:not([hidden]) .official', { timeout: 15000 });
        const doc = flat(await frame.locator('#doc').innerText());
        for (const n of incomplete.nodes) expect(doc, `step ${n.id} in the document view`).toContain(flat(n.text));
        // The UI is English (code-server's default); the SOP AP document stays Indonesian.
        expect(doc).toContain(flat('Nomor SOP'));
        expect(doc).toContain(flat('Tanggal Pembuatan'));
        expect(doc).not.toContain(flat('SOP Number'));
        // The incomplete example has errors: its document is a draft, marked on every page.
        expect(doc).toContain(flat('KONSEP:'));
        // Never cut off: the document view stays inside the pane and scrolls what does not fit.
        const box = await frame.evaluate(() => {
            const d = document.getElementById('doc')!;
            const r = d.getBoundingClientRect();
            return { right: r.right, bottom: r.bottom, width: innerWidth, height: innerHeight, scrolls: d.scrollWidth > d.clientWidth, overflow: getComputedStyle(d).overflowX };
        });
        expect(box.right).toBeLessThanOrEqual(box.width + 0.5);
        expect(box.bottom).toBeLessThanOrEqual(box.height + 0.5);
        expect(box.scrolls ? box.overflow : 'auto').toBe('auto');
        await shot('07-official-document');
        await frame.locator('#toolbar button[data-view="service-standard"]').click();
        await expect.poll(() => frame.locator('#doc').innerText(), { timeout: 15000 }).toContain('Standar Pelayanan');
        await frame.locator('#toolbar button[data-view="flowchart"]').click();
        await frame.waitForSelector('#stage:not([hidden]) #canvas svg', { timeout: 15000 });
    }, 60000);

    it('measures keystroke → repainted preview on the largest example', async () => {
        const largest = await largestSop(path.join(workspace, 'examples'));
        const rel = path.relative(workspace, largest.file).split(path.sep).join('/');
        await openFile(page, rel);
        // The unlocked preview follows the active editor.
        await waitForSvgText(frame, largest.model.nodes[0].text, 30000);
        const { before } = insertionPoint(largest.model);
        const actor = before.lane;
        const line = before.range!.start.line + 1; // each new step goes on this line, above the previous one
        const samples: number[] = [];
        for (let i = 1; i <= 7; i++) {
            const label = `Langkah uji nomor ${i}`;
            await focusEditor(page);
            await goToLine(page, line);
            await page.keyboard.press('Enter'); // at column 1: opens an empty line above
            await page.keyboard.press('ArrowUp');
            // Everything but the closing quote: an unterminated string is a syntax error, so the
            // preview keeps the last valid diagram; the closing quote is the measured keystroke.
            await page.keyboard.type(`uji${i} ${actor} "${label}`);
            // The server has read the open text when the preview shows its error banner (DOC-08);
            // the diagram is then still the last valid one, without the new step.
            await frame.waitForSelector('#banner:not([hidden])', { timeout: 30000 });
            await waitForSvgText(frame, label, 5000, false);
            const t0 = Date.now();
            await page.keyboard.type('"');
            await waitForSvgText(frame, label, 30000);
            samples.push(Date.now() - t0);
        }
        metrics.largestExample = rel;
        metrics.largestSteps = largest.model.nodes.length;
        metrics.keystrokeToPreviewMs = samples;
        metrics.keystrokeToPreviewMedianMs = median(samples);
        await shot('06-largest-after-edits');
        // All seven typed steps are in the diagram, and the error banner is gone with the last quote.
        const drawn = flat(await frame.locator('#canvas svg').textContent() ?? '');
        for (let i = 1; i <= 7; i++) expect(drawn).toContain(flat(`Langkah uji nomor ${i}`));
        await frame.waitForSelector('#banner[hidden]', { state: 'attached', timeout: 30000 });
    }, 240000);

    it('shows a clean example beside its preview (README screenshot)', async () => {
        await openFile(page, 'examples/surat-masuk.sop');
        const [model] = await modelsOf(path.join(workspace, 'examples', 'surat-masuk.sop'));
        if (model?.kind !== 'sop') throw new Error('surat-masuk.sop has no SOP');
        for (const n of model.nodes) await waitForSvgText(frame, n.text, 30000);
        expect(await frame.locator('#banner').isHidden()).toBe(true); // no errors: no banner
        if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
        await goToLine(page, model.nodes[3].range!.start.line + 1); // a step under the cursor is highlighted
        await expect.poll(() => frame.$$eval('#canvas g.node.sop-highlight', els => els.map(e => e.textContent ?? '').join('|')), { timeout: 15000 })
            .toContain(model.nodes[3].text.split(' ')[0]);
        await shot('08-readme');
        if (process.env.SOP_E2E_DOCS_SCREENSHOT === '1') {
            mkdirSync(path.join(REPO, 'docs', 'images'), { recursive: true });
            await page.screenshot({ path: path.join(REPO, 'docs', 'images', 'editor-preview.png') });
        }
    }, 120000);

    /**
     * Exports `source` (opened in the editor) as HTML, DOCX and PDF from the command palette, then
     * with `sop export` in the workspace folder, and expects the same bytes; returns the extension's files.
     */
    const sameBytesAsCli = async (source: string, id: string): Promise<Map<string, Buffer>> => {
        const base = path.join(workspace, path.dirname(source), `${path.basename(source, '.sop')}.${id}`);
        const complete: Record<string, (b: Buffer) => boolean> = {
            html: b => b.toString('utf8').trimEnd().endsWith('</html>'),
            // A zip ends with its end-of-central-directory record; a PDF with %%EOF.
            docx: b => b.length > 22 && b.readUInt32LE(b.length - 22) === 0x06054b50,
            pdf: b => b.subarray(-8).toString('latin1').includes('%%EOF'),
        };
        const fromEditor = new Map<string, Buffer>();
        for (const [ext, title] of [['html', 'HTML'], ['docx', 'DOCX'], ['pdf', 'PDF']] as const) {
            const file = `${base}.${ext}`;
            expect(existsSync(file)).toBe(false);
            await focusEditor(page);
            await runCommand(page, `SOP: Export Official Document as ${title}`);
            await expect.poll(() => existsSync(file) && complete[ext](readFileSync(file)), { timeout: 90000 }).toBe(true);
            fromEditor.set(ext, readFileSync(file));
            rmSync(file);
        }
        // The CLI, run in the workspace folder as a user would, writes beside the source too.
        execFileSync(process.execPath, [path.join(REPO, 'packages', 'cli', 'bin', 'sop.cjs'), 'export', source, '--format', 'html,docx,pdf', '--allow-draft'],
            { cwd: workspace, env: { ...process.env, CHROMIUM_PATH: findChromium() } });
        for (const [ext, bytes] of fromEditor) {
            const file = `${base}.${ext}`;
            const fromCli = readFileSync(file);
            expect(fromCli.length, `${ext} size`).toBeGreaterThan(1000);
            if (!fromCli.equals(bytes)) {
                // Keep both for a look: test-results/e2e/<name>.{cli,editor}.<ext>
                writeFileSync(path.join(SHOTS, `${path.basename(base)}.cli.${ext}`), fromCli);
                writeFileSync(path.join(SHOTS, `${path.basename(base)}.editor.${ext}`), bytes);
            }
            expect(fromCli.equals(bytes), `${path.basename(file)}: the extension and the CLI wrote different bytes`).toBe(true);
            rmSync(file);
        }
        return fromEditor;
    };

    it('writes the same HTML, DOCX and PDF bytes as `sop export` (one export pipeline)', async () => {
        // surat-masuk.sop is open from the test above; it names the example logo, so the logo is in all three.
        const files = await sameBytesAsCli('examples/surat-masuk.sop', 'SuratMasuk');
        expect(files.get('html')!.toString('utf8')).toContain('data:image/png;base64,');
    }, 240000);

    it('follows the dark and high-contrast themes', async () => {
        /** Luminance (0 dark .. 1 light) of the first step node's fill in the preview. */
        const nodeLuminance = () => frame.$eval('#canvas g.node[id*="flowchart-s_"]', g => {
            const shape = g.querySelector('rect, polygon, path') as SVGElement;
            const m = /rgba?\((\d+), (\d+), (\d+)/.exec(getComputedStyle(shape).fill);
            return m ? (0.2126 * +m[1] + 0.7152 * +m[2] + 0.0722 * +m[3]) / 255 : -1;
        });
        expect(await nodeLuminance()).toBeGreaterThan(0.6);
        for (const [theme, bodyClass] of [['Default Dark Modern', 'vscode-dark'], ['Default High Contrast', 'vscode-high-contrast']] as const) {
            await focusEditor(page);
            await setColorTheme(page, theme);
            await frame.waitForFunction(c => document.body.classList.contains(c), bodyClass, { timeout: 20000 });
            await expect.poll(nodeLuminance, { timeout: 20000 }).toBeLessThan(0.3);
            await shot(`09-theme-${bodyClass}`);
        }
        await focusEditor(page);
        await setColorTheme(page, 'Default Light Modern');
        await frame.waitForFunction(() => document.body.classList.contains('vscode-light'), undefined, { timeout: 20000 });
        await expect.poll(nodeLuminance, { timeout: 20000 }).toBeGreaterThan(0.6);
    }, 120000);

    it('restores the preview after a window reload', async () => {
        await page.reload();
        await waitForWorkbench(page);
        frame = await previewFrame(page, 60000);
        // The unlocked preview follows the editor VS Code restores as active; which one that is after
        // a reload (several were open, one with unsaved edits) is VS Code's choice, so the test reads
        // the active tab and expects that file's first row.
        const tab = page.locator('.editor-group-container').first().locator('.tab.active');
        await tab.waitFor({ state: 'visible', timeout: 60000 });
        const name = (await tab.getAttribute('data-resource-name')) ?? (await tab.getAttribute('aria-label'))?.split(',')[0] ?? '';
        const file = sopFiles(path.join(workspace, 'examples')).find(f => path.basename(f) === name.trim());
        expect(file, `active editor after reload: ${name}`).toBeDefined();
        const [model] = await modelsOf(file!);
        if (model?.kind !== 'sop') throw new Error(`${name} has no SOP`);
        await waitForSvgText(frame, model.rows[0].text, 60000);
        await shot('10-after-reload');
    }, 120000);

    it('exports a whole SOP book from the editor with the bytes of `sop export`', async () => {
        // The book prints its SOPs from the other files of the folder, with page numbers from the printer.
        // (Before the compare test: its file repeats an id of the examples, which the CLI would not see.)
        await openFile(page, 'examples/buku-sop-sekretariat.sop');
        const files = await sameBytesAsCli('examples/buku-sop-sekretariat.sop', 'BukuSopUmpeg');
        const html = files.get('html')!.toString('utf8');
        expect(html).toContain('Pelayanan Administrasi Surat Keluar');
        expect(html).toContain('Pelayanan Administrasi Surat Masuk');
        // The preview's document view shows the whole book too: front matter, then each SOP's pages.
        await frame.locator('#toolbar button[data-view="document"]').click();
        await expect.poll(async () => flat(await frame.locator('#doc').innerText()).toLowerCase(), { timeout: 30000 }).toContain('daftarisi');
        const doc = flat(await frame.locator('#doc').innerText());
        for (const text of ['Pelayanan Administrasi Surat Masuk', 'Pelayanan Administrasi Surat Keluar', 'Nomor SOP', 'Mendistribusikan surat']) expect(doc).toContain(flat(text));
        await shot('11b-book-preview');
        await frame.locator('#toolbar button[data-view="flowchart"]').click();
    }, 240000);

    it('lists the workspace in the SOP Documents view of the Explorer: facts, severity icons, a click opens the file', async () => {
        const header = page.locator('.pane-header', { hasText: 'SOP Documents' }).first();
        await header.waitFor({ timeout: 30000 });
        // The folder tree above takes the height: collapse it while the view is looked at.
        const folders = page.locator('.pane-header', { hasText: /sop-e2e-ws/i }).first();
        const setExpanded = async (h: typeof header, want: boolean) => {
            await expect.poll(async () => {
                if (((await h.getAttribute('aria-expanded')) === 'true') !== want) await h.click();
                return (await h.getAttribute('aria-expanded')) === 'true';
            }, { timeout: 15000 }).toBe(want);
        };
        await setExpanded(folders, false);
        await setExpanded(header, true);
        await page.mouse.move(900, 10); // no tooltip over the list
        const pane = page.locator('.pane', { has: header });
        const row = (title: string) => pane.locator('.monaco-list-row', { hasText: title }).first();
        // The incomplete example is listed with its error icon; a clean SOP with its number, steps and critical path.
        await row('Pelayanan Rekomendasi Izin Keramaian').waitFor({ timeout: 30000 });
        expect(await row('Pelayanan Rekomendasi Izin Keramaian').locator('.codicon-error').count()).toBe(1);
        const masuk = flat(await row('Pelayanan Administrasi Surat Masuk').innerText());
        expect(masuk).toContain(flat('01/SOP/UMPEG/BAPPEDA/2013'));
        expect(masuk).toContain(flat('7 steps'));
        for (const group of ['SOP', 'Standar Pelayanan', 'SOP books', 'Monitoring rounds']) {
            await expect.poll(() => pane.locator('.monaco-list-row', { hasText: group }).count(), { timeout: 15000 }).toBeGreaterThan(0);
        }
        await shot('12-sop-documents-view');
        if (process.env.SOP_E2E_DOCS_SCREENSHOT === '1') await page.screenshot({ path: path.join(REPO, 'docs', 'images', 'sop-documents-view.png') });
        await row('Pelayanan Administrasi Surat Keluar').click();
        await page.waitForSelector('.tab.active[aria-label*="surat-keluar.sop"], .tab.active:has-text("surat-keluar.sop")', { timeout: 15000 });
        // Back as it was: the folder tree has the height again for the tests that click in it.
        await setExpanded(header, false);
        await setExpanded(folders, true);
    }, 120000);

    /** git in the workspace, with an identity of its own and no signing. */
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=SOP e2e', '-c', 'user.email=e2e@example.invalid',
        '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: workspace, stdio: 'pipe' }).toString();

    /** The compare view's nodes: Mermaid id, classes, flat text, tooltip and fill. */
    const compareNodes = () => frame.$$eval('#canvas svg g.node', els => els.map(g => ({
        id: /flowchart-(.+)-\d+$/.exec(g.id)?.[1] ?? g.id,
        classes: [...g.classList],
        text: (g.textContent ?? '').replace(/\s+/g, ''),
        tip: g.querySelector(':scope > title')?.textContent ?? '',
        fill: getComputedStyle(g.querySelector('rect, path, polygon') as SVGElement).fill,
    })));

    it('compares a .sop file with HEAD: added, changed and removed steps in the preview', async () => {
        // A git repository in the workspace with one committed SOP, then changed on disk:
        // a step removed (disposisi), one added in its place (periksa), one reworded (perintah).
        const rel = 'review/penanganan-surat.sop'; // a name of its own: openFile clicks the first row of that name
        const file = path.join(workspace, ...rel.split('/'));
        mkdirSync(path.dirname(file), { recursive: true });
        const original = readFileSync(path.join(REPO, 'examples', 'surat-masuk.sop'), 'utf8');
        writeFileSync(file, original);
        git('init', '-q');
        git('add', rel);
        git('commit', '-q', '-m', 'Surat masuk as signed');
        const changed = original
            .replace(/\n *3 {2}disposisi[^\n]*/, '')
            .replace(/(\n *2 {2}registrasi[^\n]*)/, '$1\n    3  periksa      admin       "Memeriksa kelengkapan berkas surat masuk" | "Surat masuk" | 5 menit | "Berkas surat lengkap"')
            .replace('pendistribusian surat ke bidang"', 'pendistribusian surat ke bidang teknis"');
        expect(changed).not.toBe(original);
        writeFileSync(file, changed);

        // The Explorer shows a folder created behind its back once refreshed (its watcher may lag).
        await runCommand(page, 'Refresh Explorer');
        await openFile(page, rel);
        await runCommand(page, 'SOP: Compare with HEAD');
        frame = await previewFrame(page);
        await frame.waitForSelector('body[data-view="compare"] #stage:not([hidden]) #canvas svg g.node.sopAdded', { timeout: 60000 });
        const nodes = await compareNodes();
        const node = (needle: string) => nodes.find(n => n.text.includes(flat(needle)));
        const added = node('Memeriksa kelengkapan berkas surat masuk');
        expect(added?.classes).toContain('sopAdded');
        expect(added?.fill).toBe('rgb(218, 251, 225)');
        const edited = node('pendistribusian surat ke bidang teknis');
        expect(edited?.classes).toContain('sopChanged');
        expect(edited?.fill).toBe('rgb(255, 223, 182)');
        expect(edited?.tip).toContain('ke bidang → ');
        const ghost = node('Membuat disposisi dan menyampaikan surat kepada Kepala Badan');
        expect(ghost?.classes).toContain('sopRemoved');
        expect(node('Mengarsipkan surat')?.classes).not.toContain('sopChanged');
        const summary = await frame.locator('#summary').innerText();
        expect(summary).toMatch(/1 document\(s\) changed/);
        expect(summary).toContain('disposisi');
        expect(summary).toContain('periksa');
        expect(summary).toContain('HEAD');
        await shot('11-compare-with-head');
    }, 180000);

    it('compares with the previous revision: the commit before the file\'s last one', async () => {
        // The change of the test above committed: HEAD is now the new text, the first commit the old one.
        const rel = 'review/penanganan-surat.sop';
        git('add', rel);
        git('commit', '-q', '-m', 'Pemeriksaan kelengkapan sebelum disposisi');
        const first = git('rev-list', '--max-parents=0', 'HEAD').trim().slice(0, 7);
        await openFile(page, rel);
        await runCommand(page, 'SOP: Compare with Previous Revision');
        frame = await previewFrame(page);
        await expect.poll(async () => (await frame.locator('#summary').innerText().catch(() => '')), { timeout: 60000 }).toContain(first);
        await frame.waitForSelector('body[data-view="compare"] #canvas svg g.node.sopAdded', { timeout: 60000 });
        const nodes = await compareNodes();
        const node = (needle: string) => nodes.find(n => n.text.includes(flat(needle)));
        expect(node('Memeriksa kelengkapan berkas surat masuk')?.classes).toContain('sopAdded');
        expect(node('pendistribusian surat ke bidang teknis')?.classes).toContain('sopChanged');
        expect(node('Membuat disposisi dan menyampaikan surat kepada Kepala Badan')?.classes).toContain('sopRemoved');
        expect(await frame.locator('#summary').innerText()).toMatch(/1 document\(s\) changed/);
        // A file with one commit has no previous revision: the command says so instead of comparing.
        const single = 'review/satu-revisi.sop';
        writeFileSync(path.join(workspace, ...single.split('/')), readFileSync(path.join(REPO, 'examples', 'surat-keluar.sop'), 'utf8').replace(/\bsop SuratKeluar\b/, 'sop SuratKeluarSatuRevisi'));
        git('add', single);
        git('commit', '-q', '-m', 'Satu revisi');
        await runCommand(page, 'Refresh Explorer');
        await openFile(page, single);
        await runCommand(page, 'SOP: Compare with Previous Revision');
        await expect.poll(() => page.locator('.notifications-toasts').innerText(), { timeout: 30000 }).toContain('satu-revisi.sop has no previous revision in git.');
    }, 180000);

    it('imports a signed PDF from the Explorer: the .sop of `sop import`, beside the drawn pages, never over a file', async () => {
        const pdfFile = path.join(workspace, 'arsip', '028.pdf');
        const bytes = readFileSync(pdfFile);
        const expected = (await importPdf(bytes, { source: '028.pdf' })).text;
        const pageCount = (await readPdf(bytes)).pages.length;
        const importFromExplorer = () => explorerContextCommand(page, 'arsip/028.pdf', 'Import from PDF…');
        await importFromExplorer();
        // The .sop opens in the first group; the PDF's pages are drawn beside it.
        await page.waitForSelector('.tab.active[aria-label*="028.sop"], .tab.active:has-text("028.sop")', { timeout: 60000 });
        const target = path.join(workspace, 'arsip', '028.sop');
        expect(readFileSync(target, 'utf8')).toBe(expected);
        // Side by side: the .sop in the first editor group, the PDF's pages in the second.
        const groups = page.locator('.editor-group-container');
        await expect.poll(() => groups.count(), { timeout: 15000 }).toBeGreaterThanOrEqual(2);
        await expect.poll(() => groups.nth(0).locator('.tab.active').innerText(), { timeout: 15000 }).toContain('028.sop');
        await expect.poll(() => groups.nth(1).locator('.tab.active').innerText(), { timeout: 15000 }).toContain('Original: 028.pdf');
        const pdfView = await frameWith(page, 'body[data-pages]', 60000);
        const drawn = await drawnPdfPages(pdfView);
        expect(drawn).toHaveLength(pageCount);
        for (const dark of drawn) expect(dark, 'ink on every drawn page (text and table lines)').toBeGreaterThan(5000);
        expect(await pdfView.locator('#pages figcaption').first().innerText()).toBe(`Page 1 of ${pageCount}`);
        await expect.poll(() => page.locator('.notifications-toasts').innerText(), { timeout: 30000 }).toMatch(/Imported arsip\/028\.sop: \d+ rows, \d+ symbols, \d+ arrows/);
        await shot('13-import-pdf');
        if (process.env.SOP_E2E_DOCS_SCREENSHOT === '1') await page.screenshot({ path: path.join(REPO, 'docs', 'images', 'import-pdf.png') });
        // Again: the name is taken, so the user chooses; "Import as 028-2.sop" leaves 028.sop as it was.
        const before = statSync(target);
        await importFromExplorer();
        await page.locator('.monaco-dialog-box .monaco-button', { hasText: 'Import as 028-2.sop' }).click();
        await page.waitForSelector('.tab.active[aria-label*="028-2.sop"], .tab.active:has-text("028-2.sop")', { timeout: 60000 });
        expect(readFileSync(path.join(workspace, 'arsip', '028-2.sop'), 'utf8')).toBe(expected);
        const after = statSync(target);
        expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
        expect(readdirSync(path.join(workspace, 'arsip')).sort()).toEqual(['028-2.sop', '028.pdf', '028.sop', '035.pdf']); // no temporary file left
    }, 240000);

    it('imports a selection of PDFs at once: new ones written, a taken name left alone and counted', async () => {
        const target = path.join(workspace, 'arsip', '028.sop');
        const before = statSync(target);
        const expected = (await importPdf(readFileSync(path.join(workspace, 'arsip', '035.pdf')), { source: '035.pdf' })).text;
        // Select both PDFs in the Explorer (click, Ctrl+click), then the context menu of the selection.
        await focusEditor(page);
        await (await explorerRow(page, 'arsip/028.pdf')).click();
        await (await explorerRow(page, 'arsip/035.pdf')).click({ modifiers: ['Control'] });
        await expect.poll(() => page.locator('.explorer-folders-view .monaco-list-row.selected').count(), { timeout: 10000 }).toBe(2);
        await explorerContextCommand(page, 'arsip/035.pdf', 'Import from PDF…', false);
        await expect.poll(() => page.locator('.notifications-toasts').innerText(), { timeout: 90000 }).toContain('Imported 1 of 2 PDF files (1 not replaced: the .sop exists; 0 scanned; 0 failed');
        expect(readFileSync(path.join(workspace, 'arsip', '035.sop'), 'utf8')).toBe(expected);
        await page.waitForSelector('.tab.active[aria-label*="035.sop"], .tab.active:has-text("035.sop")', { timeout: 30000 });
        const after = statSync(target);
        expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    }, 240000);

    it('reports the activation time from the extension log', async () => {
        const text = extensionLog(server!);
        const ready = text.match(/SOP language client ready in (\d+) ms/);
        const diagnostics = text.match(/first diagnostics (\d+) ms after activation/);
        expect(ready, 'the SOP output channel logged the activation').not.toBeNull();
        metrics.clientReadyMs = Number(ready![1]);
        // activate() itself returns before the server is up: commands, views and the preview do not wait for it.
        const activated = text.match(/activated in (\d+) ms/);
        expect(activated, 'the SOP output channel logged the activation').not.toBeNull();
        metrics.activationMs = Number(activated![1]);
        expect(metrics.activationMs).toBeLessThan(Number(ready![1]));
        if (diagnostics) metrics.firstDiagnosticsAfterActivationMs = Number(diagnostics[1]);
        // Log lines start with a local time stamp: when did VS Code call activate()?
        const called = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) \[info\] activate$/m.exec(text);
        if (called && typeof metrics.openedAt === 'number') metrics.openToActivateMs = new Date(`${called[1]}T${called[2]}`).getTime() - metrics.openedAt;
        delete metrics.openedAt;
    });
});
