/** Whether a Chromium for the export tests exists; tests that need it skip with this reason otherwise. */
import { findChromium } from '@sop/export';

function probe(): string | undefined {
    try {
        findChromium();
        return undefined;
    } catch (e) {
        return (e as Error).message;
    }
}

/** Undefined when Chromium is available, else why the browser tests are skipped. */
export const chromiumMissing: string | undefined = probe();
if (chromiumMissing) console.warn(`[export tests] SKIPPING browser tests: ${chromiumMissing}`);
