/**
 * The web build of the extension (the `browser` entry: vscode.dev, github.dev), as built by
 * scripts/build.mjs: declared in the manifest and shipped, at most the size of the desktop build,
 * one copy of each LSP library per bundle, and no Node built-in left in it (the build fails on
 * that too; here it is read back from the source maps). Skipped until the bundles are built.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'packages/vscode/out');
const pairs = [['extension-web.js', 'extension.cjs'], ['server-web.js', 'server.cjs']] as const;
const built = pairs.every(([web, desktop]) => existsSync(path.join(OUT, web)) && existsSync(path.join(OUT, desktop)));

/** The source files of a bundle, from its source map. */
const sources = (bundle: string): string[] => (JSON.parse(readFileSync(path.join(OUT, `${bundle}.map`), 'utf8')) as { sources: string[] }).sources;

describe('the manifest', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'packages/vscode/package.json'), 'utf8')) as { main: string; browser: string };
    const ignore = readFileSync(path.join(ROOT, 'packages/vscode/.vscodeignore'), 'utf8').split('\n');

    test('declares both entries: main (Node extension host) and browser (web worker extension host)', () => {
        expect(manifest.main).toBe('./out/extension.cjs');
        // The web worker host loads the browser entry as a .js file (it appends .js otherwise).
        expect(manifest.browser).toBe('./out/extension-web.js');
    });

    test('ships the web bundles in the .vsix', () => {
        for (const f of ['extension-web.js', 'server-web.js', 'docx.cjs', 'pdf-view.js']) expect(ignore).toContain(`!out/${f}`);
        // One DOCX bundle for both hosts: no second copy.
        expect(ignore.filter(l => /docx/.test(l))).toEqual(['!out/docx.cjs']);
    });
});

describe.skipIf(!built)('the web bundles', () => {
    test.each(pairs)('%s is at most the size of %s', (web, desktop) => {
        expect(statSync(path.join(OUT, web)).size).toBeLessThanOrEqual(statSync(path.join(OUT, desktop)).size);
    });

    test.each(['extension-web.js', 'server-web.js'])('%s holds one copy of each LSP library', bundle => {
        for (const pkg of ['vscode-jsonrpc', 'vscode-languageserver-protocol', 'vscode-languageserver-types']) {
            const copies = new Set(sources(bundle).map(s => new RegExp(`^(.*node_modules/${pkg})/`).exec(s)?.[1]).filter(Boolean));
            expect([...copies], pkg).toHaveLength(1);
        }
    });

    test.each(pairs.map(p => p[0]))('%s contains no Node built-in, no Langium in the extension host, no playwright', bundle => {
        const files = sources(bundle);
        expect(files.filter(f => f.startsWith('node-unavailable:') || f.includes('playwright'))).toEqual([]);
        if (bundle === 'extension-web.js') expect(files.filter(f => /node_modules\/(langium|chevrotain|docx)\//.test(f))).toEqual([]);
    });

    test('the extension bundle uses the web client and the web modules in place of the desktop ones', () => {
        const files = sources('extension-web.js');
        expect(files.some(f => f.includes('vscode-languageclient/lib/browser/'))).toBe(true);
        expect(files.some(f => f.includes('vscode-languageclient/lib/node/'))).toBe(false);
        for (const [desktop, web] of [['extension/client.ts', 'browser/client.ts'], ['extension/export/formats.ts', 'browser/formats.ts'], ['extension/export/write-file.ts', 'browser/write-file.ts']]) {
            expect(files.some(f => f.endsWith(`src/${web}`)), web).toBe(true);
            expect(files.some(f => f.endsWith(`src/${desktop}`)), desktop).toBe(false);
        }
    });
});
