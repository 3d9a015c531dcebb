/**
 * PDF in the extension: the browser on this computer (Chrome, Edge or Chromium; no playwright in
 * the .vsix, no download) driven by the printer of '@sop/export', the one `sop export` uses, so
 * both write the same PDF bytes.
 */
import { findBrowser, printHtmlToPdf } from '@sop/export/pipeline';
import { uiLang } from '../i18n.js';

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
    return printHtmlToPdf(html, pdfBrowser(browserPath));
}
