/**
 * HTML → PDF with the own `--print-to-pdf` of the browser on this computer: Chrome, Edge or
 * Chromium (no playwright in the .vsix, no download). The page is written to a temporary file;
 * the network is disabled by flags.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { uiLang } from '../i18n.js';
import { findBrowser } from './sop-export.js';

const FLAGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw',
    // Chrome and Edge as well as Chromium: no prompts, no add-ons, no host name resolves, no sign-in.
    '--no-default-browser-check', '--disable-default-apps', '--disable-extensions', '--disable-breakpad',
    '--host-resolver-rules=MAP * ~NOTFOUND', '--dns-prefetch-disable', '--no-pings',
    '--disable-features=AsyncDns,DnsOverHttps,NetworkTimeServiceQuerying,OptimizationHints,PreconnectToSearch,msForceBrowserSignIn',
    // Edge may restart itself on Windows; the first process would then exit before the PDF is written.
    '--edge-skip-compat-layer-relaunch',
];

/** The setting that names a browser, in the language of the messages. */
const SETTING = { en: 'the setting sop.export.browserPath', id: 'pengaturan sop.export.browserPath' };

/**
 * The browser for PDF: the `sop.export.browserPath` setting, else `CHROMIUM_PATH`, else Chrome,
 * Edge or Chromium installed on this computer.
 * @throws ChromiumNotFoundError whose message says what to install on this kind of computer.
 */
export function pdfBrowser(browserPath?: string): string {
    const lang = uiLang();
    return findBrowser({ explicit: browserPath, explicitFrom: 'sop.export.browserPath', setWith: SETTING[lang], lang });
}

/**
 * Prints a complete HTML page to PDF bytes with the browser of {@link pdfBrowser}.
 * @throws ChromiumNotFoundError (its message says what to install) when there is no browser.
 */
export async function htmlToPdf(html: string, browserPath?: string): Promise<Uint8Array> {
    const chromium = pdfBrowser(browserPath);
    const dir = mkdtempSync(path.join(tmpdir(), 'sop-pdf-'));
    try {
        const page = path.join(dir, 'page.html');
        const out = path.join(dir, 'page.pdf');
        writeFileSync(page, html);
        await new Promise<void>((resolve, reject) => {
            execFile(chromium, [...FLAGS, `--user-data-dir=${path.join(dir, 'profile')}`, `--print-to-pdf=${out}`, pathToFileURL(page).href],
                { timeout: 60000 }, err => (err ? reject(err) : resolve()));
        });
        return readFileSync(out);
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
