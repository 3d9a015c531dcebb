/**
 * The PDF export of the VS Code extension finds its browser with the `sop.export.browserPath`
 * setting first, and its error notification carries the same install message as `sop export`,
 * in the UI language. `vscode` is stubbed: only the UI language is read from it here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ChromiumNotFoundError, browserInstallHint } from '@sop/export';
import { chromiumMissing } from './chromium-available.js';

const ui = vi.hoisted(() => ({ language: 'auto', display: 'en' }));
vi.mock('vscode', () => ({
    workspace: { getConfiguration: () => ({ get: (_key: string, fallback: unknown) => ui.language ?? fallback }) },
    env: { get language() { return ui.display; } },
}));

const { htmlToPdf, pdfBrowser } = await import('../../packages/vscode/src/extension/export/pdf.js');

const dir = mkdtempSync(path.join(tmpdir(), 'sop-vscode-pdf-'));
const missing = path.join(dir, 'no-browser.exe');
const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
    ui.language = 'auto';
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('VS Code PDF export and its browser', () => {
    it('uses sop.export.browserPath before CHROMIUM_PATH, alone, and says what to install', async () => {
        process.env.CHROMIUM_PATH = process.execPath;
        expect(pdfBrowser('')).toBe(process.execPath);
        expect(pdfBrowser(process.execPath)).toBe(process.execPath);
        let error: unknown;
        try { pdfBrowser(missing); } catch (e) { error = e; }
        expect(error).toBeInstanceOf(ChromiumNotFoundError);
        expect((error as Error).message).toBe(`sop.export.browserPath is set to ${missing}, which is not an executable file. `
            + browserInstallHint(process.platform, 'the setting sop.export.browserPath'));
        await expect(htmlToPdf('<p>x</p>', missing)).rejects.toThrow(/the setting sop\.export\.browserPath/);
    });

    it('speaks Bahasa Indonesia when the UI does', () => {
        ui.language = 'id';
        expect(() => pdfBrowser(missing)).toThrow(/^sop\.export\.browserPath berisi .* tetapi itu bukan program yang ada\. Pasang .*pengaturan sop\.export\.browserPath/);
    });

    it.skipIf(chromiumMissing !== undefined)('prints a PDF with the offline flags through the browser of the setting', async () => {
        const { findChromium } = await import('@sop/export');
        delete process.env.CHROMIUM_PATH;
        const pdf = await htmlToPdf('<!DOCTYPE html><html><body><h1>Prosedur</h1></body></html>', findChromium());
        expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }, 90_000);
});
