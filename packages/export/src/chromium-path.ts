/**
 * Finds a Chromium executable on this machine. We never download a browser: export must work
 * offline, so a missing browser is a clear error with the install command instead.
 */
import { existsSync } from 'node:fs';

/** Where we look, in order, after `CHROMIUM_PATH` and an explicit path. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
];

/** Thrown when no Chromium can be found; the message says how to install one. */
export class ChromiumNotFoundError extends Error {
    constructor(tried: readonly string[]) {
        super(`Chromium was not found (looked at ${tried.join(', ')}). `
            + 'Install it with: sudo apt-get install chromium (or set CHROMIUM_PATH to a Chrome/Chromium executable).');
        this.name = 'ChromiumNotFoundError';
    }
}

/**
 * The executable to launch: the explicit path, else `CHROMIUM_PATH`, else the first candidate
 * that exists. A path the user chose (argument or env) is used alone: silently falling back to
 * another browser would hide a typo. Throws {@link ChromiumNotFoundError} when nothing exists.
 */
export function findChromium(explicit?: string, env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string {
    const chosen = explicit || env.CHROMIUM_PATH;
    if (chosen) {
        if (exists(chosen)) return chosen;
        throw new ChromiumNotFoundError([chosen]);
    }
    const tried: string[] = [];
    for (const p of CHROMIUM_CANDIDATES) {
        if (exists(p)) return p;
        tried.push(p);
    }
    throw new ChromiumNotFoundError(tried);
}
