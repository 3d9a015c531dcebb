/**
 * Test helper: a headless Chromium page with JavaScript ENABLED (so the injection test proves
 * that nothing in the output runs) and every network request aborted.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

/** The flags the project uses for headless Chromium in containers. */
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Launches Chromium and opens one offline page. */
export async function openPage(width = 1200): Promise<{ browser: Browser; page: Page; requests: string[] }> {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    await context.route('**/*', route => { requests.push(route.request().url()); return route.abort('blockedbyclient'); });
    const page = await context.newPage();
    return { browser, page, requests };
}
