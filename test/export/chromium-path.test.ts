/**
 * The browser lookup of every platform, with the platform, the environment and the file system
 * passed in (nothing here looks at the real disk): Chrome, Edge and Chromium at their standard
 * places on Windows, macOS and Linux, PATH, the order of preference, paths as users type them,
 * and a message that says what to install on that kind of computer.
 */
import { describe, expect, it } from 'vitest';
import { ChromiumNotFoundError, browserCandidates, browserInstallHint, findBrowser, findChromium, normalizeBrowserPath } from '@sop/export';

/** An "is it an executable file?" that knows only these paths (case-insensitive on Windows). */
function disk(paths: string[], windows = false): (p: string) => boolean {
    const set = new Set(paths.map(p => (windows ? p.toLowerCase() : p)));
    return p => set.has(windows ? p.toLowerCase() : p);
}

function notFound(run: () => unknown): ChromiumNotFoundError {
    try {
        run();
    } catch (e) {
        expect(e).toBeInstanceOf(ChromiumNotFoundError);
        return e as ChromiumNotFoundError;
    }
    throw new Error('no error thrown');
}

const WIN_ENV = {
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
    ProgramW6432: 'C:\\Program Files',
    LOCALAPPDATA: 'C:\\Users\\budi\\AppData\\Local',
    USERPROFILE: 'C:\\Users\\budi',
    SystemDrive: 'C:',
    Path: 'C:\\Windows\\system32;C:\\Windows;C:\\Tools\\Portable',
};

describe('browser lookup on Windows', () => {
    const win = (paths: string[], env: Record<string, string> = WIN_ENV, explicit?: string) =>
        findBrowser({ platform: 'win32', env, exists: disk(paths, true), explicit });

    it('finds Edge where Windows installs it (Program Files (x86)), with no Chrome', () => {
        const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
        expect(win([edge])).toBe(edge);
    });

    it('finds Chrome in Program Files, Program Files (x86) and a per-user install in %LocalAppData%', () => {
        for (const chrome of [
            'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
            'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
            'C:\\Users\\budi\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
        ]) expect(win([chrome])).toBe(chrome);
    });

    it('prefers Chrome to Edge to Chromium, and a stable channel to Beta, Dev and Canary', () => {
        const chrome = 'C:\\Users\\budi\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
        const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
        const chromium = 'C:\\Users\\budi\\AppData\\Local\\Chromium\\Application\\chrome.exe';
        const canary = 'C:\\Users\\budi\\AppData\\Local\\Google\\Chrome SxS\\Application\\chrome.exe';
        expect(win([canary, chromium, edge, chrome])).toBe(chrome);
        expect(win([canary, chromium, edge])).toBe(edge);
        expect(win([canary, chromium])).toBe(chromium);
        expect(win([canary])).toBe(canary);
    });

    it('reads environment names in any case, and falls back to the system drive and the user profile', () => {
        const env = { PROGRAMFILES: 'D:\\Apps', userprofile: 'C:\\Users\\sri', SYSTEMDRIVE: 'C:' };
        expect(win(['D:\\Apps\\Google\\Chrome\\Application\\chrome.exe'], env)).toBe('D:\\Apps\\Google\\Chrome\\Application\\chrome.exe');
        expect(win(['C:\\Users\\sri\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'], env))
            .toBe('C:\\Users\\sri\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
        expect(win(['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'], {}))
            .toBe('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    });

    it('looks on PATH like `where` (chrome.exe, msedge.exe, chromium.exe), after the standard places, never in the current folder', () => {
        expect(win(['C:\\Tools\\Portable\\chrome.exe'])).toBe('C:\\Tools\\Portable\\chrome.exe');
        const candidates = browserCandidates('win32', { ...WIN_ENV, Path: '.;"C:\\Quoted Dir";;C:\\Tools' });
        expect(candidates).toContain('C:\\Quoted Dir\\msedge.exe');
        expect(candidates).toContain('C:\\Tools\\chromium.exe');
        expect(candidates.some(c => !/^[A-Z]:\\/.test(c))).toBe(false);
        expect(candidates.indexOf('C:\\Tools\\chrome.exe')).toBeGreaterThan(candidates.indexOf('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'));
        expect(new Set(candidates.map(c => c.toLowerCase())).size).toBe(candidates.length);
    });

    it('uses a chosen path alone, as Windows "Copy as path" gives it or with %VARIABLES%', () => {
        const portable = 'D:\\Portable\\GoogleChromePortable\\App\\Chrome-bin\\chrome.exe';
        const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
        expect(win([portable, edge], WIN_ENV, `"${portable}"`)).toBe(portable);
        expect(win([edge], WIN_ENV, '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe')).toBe(edge);
        const e = notFound(() => win([edge], WIN_ENV, 'D:\\typo\\chrome.exe'));
        expect(e.tried).toEqual(['D:\\typo\\chrome.exe']);
    });

    it('says what a Windows user installs', () => {
        const e = notFound(() => win([]));
        expect(e.message).toMatch(/^No Chrome, Edge or Chromium was found on this computer\. Install Microsoft Edge or Google Chrome/);
        expect(e.message).toContain('without administrator rights');
        expect(e.message).toContain('msedge.exe or chrome.exe');
        expect(e.message).not.toContain('apt-get');
        expect(e.tried).toContain('C:\\Users\\budi\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    });
});

describe('browser lookup on macOS', () => {
    const mac = (paths: string[], env: Record<string, string> = { HOME: '/Users/budi', PATH: '/usr/bin:/opt/homebrew/bin' }, explicit?: string) =>
        findBrowser({ platform: 'darwin', env, exists: disk(paths), explicit });

    it('finds the .app bundles in /Applications and ~/Applications', () => {
        expect(mac(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'])).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
        expect(mac(['/Users/budi/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']))
            .toBe('/Users/budi/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
        expect(mac(['/Applications/Chromium.app/Contents/MacOS/Chromium', '/opt/homebrew/bin/chromium'])).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
        expect(mac(['/opt/homebrew/bin/chromium'])).toBe('/opt/homebrew/bin/chromium');
    });

    it('prefers Chrome to Edge to Chromium', () => {
        expect(mac(['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']))
            .toBe('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    });

    it('takes a chosen .app bundle or ~ path', () => {
        expect(mac(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], undefined, '/Applications/Google Chrome.app'))
            .toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
        expect(normalizeBrowserPath('~/Applications/Chromium.app/', 'darwin', { HOME: '/Users/sri' })).toBe('/Users/sri/Applications/Chromium.app/Contents/MacOS/Chromium');
    });

    it('says what a Mac user installs', () => {
        const e = notFound(() => mac([]));
        expect(e.message).toContain('Install Google Chrome or Microsoft Edge');
        expect(e.message).toContain('~/Applications');
        expect(e.message).not.toContain('apt-get');
    });
});

describe('browser lookup on Linux', () => {
    const linux = (paths: string[], env: Record<string, string> = { HOME: '/home/budi', PATH: '/usr/local/bin:/usr/bin:/bin' }, explicit?: string) =>
        findBrowser({ platform: 'linux', env, exists: disk(paths), explicit });

    it('finds every usual name on PATH', () => {
        for (const name of ['google-chrome', 'google-chrome-stable', 'chromium', 'chromium-browser', 'microsoft-edge', 'microsoft-edge-stable', 'msedge']) {
            expect(linux([`/usr/local/bin/${name}`])).toBe(`/usr/local/bin/${name}`);
        }
        expect(linux(['/home/budi/bin/chromium'], { PATH: '/home/budi/bin' })).toBe('/home/budi/bin/chromium');
    });

    it('prefers Chromium, then Chrome, then Edge; PATH first', () => {
        expect(linux(['/usr/bin/microsoft-edge', '/usr/bin/google-chrome', '/usr/bin/chromium'])).toBe('/usr/bin/chromium');
        expect(linux(['/usr/bin/microsoft-edge', '/usr/bin/google-chrome'])).toBe('/usr/bin/google-chrome');
        expect(linux(['/usr/bin/chromium', '/usr/local/bin/chromium'])).toBe('/usr/local/bin/chromium');
    });

    it('finds /usr/bin, /snap/bin, /opt and flatpak exports when PATH is empty or lacks them', () => {
        expect(linux(['/usr/bin/chromium-browser'], {})).toBe('/usr/bin/chromium-browser');
        expect(linux(['/snap/bin/chromium'], { PATH: '' })).toBe('/snap/bin/chromium');
        expect(linux(['/opt/google/chrome/chrome'], {})).toBe('/opt/google/chrome/chrome');
        expect(linux(['/opt/microsoft/msedge/msedge'], {})).toBe('/opt/microsoft/msedge/msedge');
        expect(linux(['/var/lib/flatpak/exports/bin/org.chromium.Chromium'], {})).toBe('/var/lib/flatpak/exports/bin/org.chromium.Chromium');
        expect(linux(['/home/budi/.local/share/flatpak/exports/bin/com.google.Chrome'])).toBe('/home/budi/.local/share/flatpak/exports/bin/com.google.Chrome');
        // A flatpak browser is the last resort (its sandbox may hide the temporary files).
        expect(linux(['/var/lib/flatpak/exports/bin/com.google.Chrome', '/opt/microsoft/msedge/msedge'], {})).toBe('/opt/microsoft/msedge/msedge');
    });

    it('never runs a browser from the current folder (empty or relative PATH entries)', () => {
        expect(browserCandidates('linux', { PATH: ':.:bin:/usr/bin' }).filter(c => !c.startsWith('/'))).toEqual([]);
    });

    it('says what a Linux user installs, as before', () => {
        const e = notFound(() => linux([]));
        expect(e.message).toContain('sudo apt-get install chromium');
        expect(e.message).toContain('sudo dnf install chromium');
    });
});

describe('order of preference and messages', () => {
    const everywhere = disk(['/usr/bin/chromium', '/opt/chosen', '/opt/env']);

    it('explicit path (flag or setting) > CHROMIUM_PATH > the system browser', () => {
        expect(findBrowser({ platform: 'linux', env: { CHROMIUM_PATH: '/opt/env' }, exists: everywhere, explicit: '/opt/chosen' })).toBe('/opt/chosen');
        expect(findBrowser({ platform: 'linux', env: { CHROMIUM_PATH: '/opt/env' }, exists: everywhere })).toBe('/opt/env');
        expect(findBrowser({ platform: 'linux', env: { CHROMIUM_PATH: '  ' }, exists: everywhere, explicit: '' })).toBe('/usr/bin/chromium');
        expect(findChromium(undefined, { CHROMIUM_PATH: '/opt/env' }, everywhere, 'linux')).toBe('/opt/env');
    });

    it('a chosen path that is not there is an error naming where it came from, never a silent fallback', () => {
        const flag = notFound(() => findBrowser({ platform: 'linux', env: {}, exists: everywhere, explicit: '/opt/typo', explicitFrom: '--browser', setWith: '--browser PATH' }));
        expect(flag.message).toMatch(/^--browser is set to \/opt\/typo, which is not an executable file\. Install one: sudo apt-get install chromium/);
        expect(flag.message).toContain('or give its path with --browser PATH.');
        const env = notFound(() => findBrowser({ platform: 'win32', env: { CHROMIUM_PATH: 'C:\\nope.exe' }, exists: everywhere }));
        expect(env.message).toMatch(/^CHROMIUM_PATH is set to C:\\nope\.exe, which is not an executable file\. Install Microsoft Edge/);
    });

    it('speaks Bahasa Indonesia for the VS Code extension', () => {
        const e = notFound(() => findBrowser({ platform: 'win32', env: {}, exists: () => false, lang: 'id', setWith: 'pengaturan sop.export.browserPath' }));
        expect(e.message).toMatch(/^Chrome, Edge, atau Chromium tidak ditemukan di komputer ini\. Pasang Microsoft Edge atau Google Chrome/);
        expect(e.message).toContain('pengaturan sop.export.browserPath');
        expect(browserInstallHint('linux', 'X', 'id')).toContain('sudo apt-get install chromium');
    });
});
