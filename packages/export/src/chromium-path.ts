/**
 * Finds a browser to draw the exports with: Chromium, Google Chrome or Microsoft Edge (all three
 * are Chromium and take the same flags) on Windows, macOS and Linux. We never download a browser:
 * export must work offline, so a missing browser is a clear error that says what to install on
 * this kind of computer instead.
 *
 * Order: the path the user chose (`--browser`, the `sop.export.browserPath` setting), else
 * `CHROMIUM_PATH`, else the browsers installed on this system (see {@link browserCandidates}).
 * A path the user chose is used alone: silently falling back to another browser would hide a typo.
 *
 * Everything that touches the system (platform, environment, "is this an executable file?") can
 * be passed in, so the lookup of every platform is testable on any machine.
 */
import { accessSync, constants, statSync } from 'node:fs';
import * as path from 'node:path';

/** Environment variables as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Language of the messages (the CLI writes English; the VS Code extension follows its UI language). */
export type BrowserMessageLang = 'en' | 'id';

/** Everything {@link findBrowser} needs; each part defaults to this process and this machine. */
export interface BrowserLookup {
    /** A path the user chose (`--browser`, `sop.export.browserPath`); empty or blank = none. */
    explicit?: string;
    /** Where {@link explicit} came from, for the message (e.g. `--browser`; default "the browser path"). */
    explicitFrom?: string;
    /** How the user can name a browser, for the message (default `CHROMIUM_PATH`). */
    setWith?: string;
    env?: Env;
    platform?: NodeJS.Platform;
    /** True when the path is an executable file (default: asks the file system). */
    exists?: (p: string) => boolean;
    lang?: BrowserMessageLang;
}

/** The standard Linux paths looked at after PATH (kept for callers of the first version). */
export const CHROMIUM_CANDIDATES: readonly string[] = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
];

/** Program names on PATH (Linux, and command-line installs on macOS), best first. */
const UNIX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable', 'msedge'];

/** Flatpak applications whose exported launcher runs a Chromium browser. */
const FLATPAK_APPS = ['org.chromium.Chromium', 'com.google.Chrome', 'com.microsoft.Edge', 'io.github.ungoogled_software.ungoogled_chromium'];

/** Windows installs below Program Files or %LocalAppData%, stable channels first. */
const WINDOWS_APPS: readonly string[][] = [
    ['Google', 'Chrome', 'Application', 'chrome.exe'],
    ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ['Chromium', 'Application', 'chrome.exe'],
    ['Google', 'Chrome Beta', 'Application', 'chrome.exe'],
    ['Microsoft', 'Edge Beta', 'Application', 'msedge.exe'],
    ['Google', 'Chrome Dev', 'Application', 'chrome.exe'],
    ['Microsoft', 'Edge Dev', 'Application', 'msedge.exe'],
    ['Google', 'Chrome SxS', 'Application', 'chrome.exe'],
    ['Microsoft', 'Edge SxS', 'Application', 'msedge.exe'],
];

/** macOS application bundles, stable channels first. */
const MAC_APPS = [
    'Google Chrome', 'Microsoft Edge', 'Chromium',
    'Google Chrome Beta', 'Microsoft Edge Beta', 'Google Chrome Dev', 'Microsoft Edge Dev', 'Google Chrome Canary', 'Microsoft Edge Canary',
];

/** An environment variable; on Windows names are case-insensitive (`Path`, `LocalAppData`). */
function envValue(env: Env, name: string, platform: NodeJS.Platform): string | undefined {
    let v = env[name];
    if (v === undefined && platform === 'win32') {
        const key = Object.keys(env).find(k => k.toLowerCase() === name.toLowerCase());
        if (key !== undefined) v = env[key];
    }
    return v && v.trim() ? v.trim() : undefined;
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
    return platform === 'win32' ? path.win32 : path.posix;
}

/** The folders of PATH. Empty entries (the current folder) are left out: we never run a browser found there. */
function pathDirs(env: Env, platform: NodeJS.Platform): string[] {
    const value = envValue(env, 'PATH', platform);
    if (!value) return [];
    return value.split(platform === 'win32' ? ';' : ':')
        .map(d => d.trim().replace(/^"(.*)"$/, '$1'))
        .filter(d => d !== '' && d !== '.' && pathApi(platform).isAbsolute(d));
}

function unique(paths: string[], platform: NodeJS.Platform): string[] {
    const seen = new Set<string>();
    return paths.filter(p => {
        const key = platform === 'win32' ? p.toLowerCase() : p;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

/** `names` looked up in every folder of PATH, name by name (as `which`/`where` would, without the current folder). */
function onPath(names: readonly string[], env: Env, platform: NodeJS.Platform): string[] {
    const dirs = pathDirs(env, platform);
    const p = pathApi(platform);
    return names.flatMap(name => dirs.map(d => p.join(d, name)));
}

function windowsCandidates(env: Env): string[] {
    const p = path.win32;
    const get = (n: string) => envValue(env, n, 'win32');
    const drive = get('SystemDrive') ?? 'C:';
    const profile = get('USERPROFILE');
    const local = get('LOCALAPPDATA') ?? (profile ? p.join(profile, 'AppData', 'Local') : undefined);
    // ProgramW6432 is the 64-bit folder even when a 32-bit Node sees ProgramFiles as "(x86)".
    const bases = unique([
        get('ProgramFiles'), get('ProgramW6432'), get('ProgramFiles(x86)'),
        `${drive}\\Program Files`, `${drive}\\Program Files (x86)`, local,
    ].filter((b): b is string => !!b), 'win32');
    const installed = WINDOWS_APPS.flatMap(app => bases.map(b => p.join(b, ...app)));
    return [...installed, ...onPath(['chrome.exe', 'msedge.exe', 'chromium.exe'], env, 'win32')];
}

function macCandidates(env: Env): string[] {
    const p = path.posix;
    const home = envValue(env, 'HOME', 'darwin');
    const folders = ['/Applications', ...(home ? [p.join(home, 'Applications')] : [])];
    const bundles = MAC_APPS.flatMap(app => folders.map(f => p.join(f, `${app}.app`, 'Contents', 'MacOS', app)));
    return [...bundles, ...onPath(UNIX_NAMES, env, 'darwin')];
}

function linuxCandidates(env: Env): string[] {
    const p = path.posix;
    const home = envValue(env, 'HOME', 'linux');
    const data = envValue(env, 'XDG_DATA_HOME', 'linux') ?? (home ? p.join(home, '.local', 'share') : undefined);
    const standard = [
        ...CHROMIUM_CANDIDATES,
        ...['/usr/bin', '/usr/local/bin', '/snap/bin'].flatMap(d => UNIX_NAMES.map(n => p.join(d, n))),
        '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge',
    ];
    // Flatpak last: its sandbox may hide the temporary files an export uses.
    const flatpakDirs = ['/var/lib/flatpak/exports/bin', ...(data ? [p.join(data, 'flatpak', 'exports', 'bin')] : [])];
    const flatpak = FLATPAK_APPS.flatMap(app => flatpakDirs.map(d => p.join(d, app)));
    return [...onPath(UNIX_NAMES, env, 'linux'), ...standard, ...flatpak];
}

/** Every place looked at for a system browser on `platform`, best first (no duplicates). */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: Env = process.env): string[] {
    const list = platform === 'win32' ? windowsCandidates(env) : platform === 'darwin' ? macCandidates(env) : linuxCandidates(env);
    return unique(list, platform);
}

/**
 * A path as the user wrote it, made usable: surrounding quotes (Windows "Copy as path") removed,
 * `~` and, on Windows, `%VARIABLES%` expanded, and on macOS an `.app` bundle turned into the
 * program inside it.
 */
export function normalizeBrowserPath(raw: string, platform: NodeJS.Platform = process.platform, env: Env = process.env): string {
    let p = raw.trim().replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1').trim();
    const home = envValue(env, platform === 'win32' ? 'USERPROFILE' : 'HOME', platform);
    if (home && (p === '~' || p.startsWith('~/') || (platform === 'win32' && p.startsWith('~\\')))) p = home + p.slice(1);
    if (platform === 'win32') p = p.replace(/%([^%]+)%/g, (whole, name: string) => envValue(env, name, platform) ?? whole);
    if (platform === 'darwin') {
        const bundle = /^(.*\/)?([^/]+)\.app\/?$/.exec(p);
        if (bundle) p = `${p.replace(/\/$/, '')}/Contents/MacOS/${bundle[2]}`;
    }
    return p;
}

/** What to install, for this kind of computer, and how to name a browser that is already there. */
export function browserInstallHint(platform: NodeJS.Platform = process.platform, setWith = 'CHROMIUM_PATH', lang: BrowserMessageLang = 'en'): string {
    if (lang === 'id') {
        if (platform === 'win32') {
            return 'Pasang Microsoft Edge atau Google Chrome (Chrome dapat dipasang untuk satu pengguna tanpa hak administrator: '
                + `https://www.google.com/chrome), atau isi jalur msedge.exe atau chrome.exe (Chrome portabel juga bisa) di ${setWith}.`;
        }
        if (platform === 'darwin') {
            return 'Pasang Google Chrome atau Microsoft Edge (seret ke Applications, atau ke ~/Applications tanpa hak administrator) '
                + `atau Chromium (brew install --cask chromium), atau isi jalurnya di ${setWith}.`;
        }
        return 'Pasang salah satu: sudo apt-get install chromium (Debian; Ubuntu: sudo snap install chromium), '
            + `sudo dnf install chromium (Fedora), atau Google Chrome / Microsoft Edge; atau isi jalurnya di ${setWith}.`;
    }
    if (platform === 'win32') {
        return 'Install Microsoft Edge or Google Chrome (Chrome installs for one user without administrator rights: '
            + `https://www.google.com/chrome), or give the path of msedge.exe or chrome.exe (a portable Chrome works too) with ${setWith}.`;
    }
    if (platform === 'darwin') {
        return 'Install Google Chrome or Microsoft Edge (drag it to Applications, or to ~/Applications without administrator rights) '
            + `or Chromium (brew install --cask chromium), or give its path with ${setWith}.`;
    }
    return 'Install one: sudo apt-get install chromium (Debian; Ubuntu: sudo snap install chromium), '
        + `sudo dnf install chromium (Fedora), or Google Chrome / Microsoft Edge; or give its path with ${setWith}.`;
}

/** Thrown when no browser can be found; the message says what to install on this kind of computer. */
export class ChromiumNotFoundError extends Error {
    /** Every path looked at. */
    readonly tried: readonly string[];
    /** What to install and how to name a browser (the second half of the message). */
    readonly hint: string;

    constructor(tried: readonly string[], options: { platform?: NodeJS.Platform; setWith?: string; chosenFrom?: string; lang?: BrowserMessageLang } = {}) {
        const lang = options.lang ?? 'en';
        const hint = browserInstallHint(options.platform ?? process.platform, options.setWith, lang);
        const first = options.chosenFrom
            ? (lang === 'id'
                ? `${options.chosenFrom} berisi ${tried[0]}, tetapi itu bukan program yang ada.`
                : `${options.chosenFrom} is set to ${tried[0]}, which is not an executable file.`)
            : (lang === 'id'
                ? 'Chrome, Edge, atau Chromium tidak ditemukan di komputer ini.'
                : 'No Chrome, Edge or Chromium was found on this computer.');
        super(`${first} ${hint}`);
        this.name = 'ChromiumNotFoundError';
        this.tried = tried;
        this.hint = hint;
    }
}

/** True when `p` is a file this process may run (on Windows: an existing file). */
export function isExecutableFile(p: string): boolean {
    try {
        if (!statSync(p).isFile()) return false;
        if (process.platform !== 'win32') accessSync(p, constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

/**
 * The browser to launch (see the file comment for the order).
 * @throws ChromiumNotFoundError when the chosen path is not there or no browser is installed.
 */
export function findBrowser(lookup: BrowserLookup = {}): string {
    const env = lookup.env ?? process.env;
    const platform = lookup.platform ?? process.platform;
    const exists = lookup.exists ?? isExecutableFile;
    const errorOptions = { platform, setWith: lookup.setWith, lang: lookup.lang };
    const chosen: Array<[string | undefined, string]> = [
        [lookup.explicit, lookup.explicitFrom ?? 'the browser path'],
        [env.CHROMIUM_PATH, 'CHROMIUM_PATH'],
    ];
    for (const [raw, from] of chosen) {
        if (!raw || !raw.trim()) continue;
        const p = normalizeBrowserPath(raw, platform, env);
        if (exists(p)) return p;
        throw new ChromiumNotFoundError([p], { ...errorOptions, chosenFrom: from });
    }
    const tried = browserCandidates(platform, env);
    const found = tried.find(p => exists(p));
    if (found) return found;
    throw new ChromiumNotFoundError(tried, errorOptions);
}

/**
 * The executable to launch: the explicit path, else `CHROMIUM_PATH`, else the first system
 * browser that exists ({@link findBrowser} with positional arguments, as in the first version).
 */
export function findChromium(explicit?: string, env: Env = process.env, exists: (p: string) => boolean = isExecutableFile, platform: NodeJS.Platform = process.platform): string {
    return findBrowser({ explicit, env, exists, platform });
}
