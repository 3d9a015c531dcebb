/**
 * HTML → PDF with the system Chromium's own `--print-to-pdf` (no playwright in the .vsix, no
 * download). The page is written to a temporary file; the network is disabled by flags.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findChromium } from './sop-export.js';

const FLAGS = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw',
];

/**
 * Prints a complete HTML page to PDF bytes.
 * @throws ChromiumNotFoundError (its message has the install command) when there is no Chromium.
 */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
    const chromium = findChromium();
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
