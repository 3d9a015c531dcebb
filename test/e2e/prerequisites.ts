/**
 * What every end-to-end test needs before it starts: Chromium and code-server. Each e2e file asks
 * once at load; a missing piece skips the file with a loud message, or fails the run under
 * SOP_E2E_REQUIRED=1 (CI), so a machine without them can never pass by skipping silently.
 */
import { findChromium } from '../../packages/export/src/chromium-path.js';
import { codeServerBin } from './code-server.js';

/** Headless Chromium flags of the e2e runs: no GPU, no background traffic (nothing may leave the machine). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Why the e2e tests cannot run here, or undefined when they can. */
function missing(): string | undefined {
    let browser: string | undefined;
    try { browser = findChromium(); } catch { /* reported below */ }
    if (!browser) return 'Chromium not found (apt-get install -y chromium)';
    if (!codeServerBin()) return 'code-server not installed (run scripts/install-code-server.sh)';
    return undefined;
}

/**
 * Why the e2e test named `what` is skipped here, or undefined when it runs. Throws under
 * SOP_E2E_REQUIRED=1 when something is missing; prints a banner when it only skips.
 */
export function e2eSkipReason(what: string): string | undefined {
    const why = missing();
    if (why && process.env.SOP_E2E_REQUIRED === '1') throw new Error(`SOP_E2E_REQUIRED=1 but the ${what} cannot run: ${why}`);
    if (why) console.warn(`\n${'!'.repeat(78)}\n!! SKIPPED: ${what} (test/e2e) - ${why}\n${'!'.repeat(78)}\n`);
    return why;
}
