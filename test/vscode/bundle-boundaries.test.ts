/**
 * Package boundaries as the bundler sees them: the extension host and the webview load only the
 * light subpaths of the other packages (no Langium, no language server library, no playwright,
 * no `docx` at activation), and no package reaches into another's `src/` by a relative path.
 */
import { describe, expect, test } from 'vitest';
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** The input files esbuild puts in a bundle of `entry`. */
async function inputsOf(entry: string, platform: 'node' | 'browser'): Promise<string[]> {
    const r = await esbuild.build({
        entryPoints: [path.join(ROOT, entry)], bundle: true, write: false, metafile: true, platform, logLevel: 'silent',
        format: platform === 'node' ? 'cjs' : 'iife', external: ['vscode'], outdir: '/tmp/sop-bundle-check',
        ...(platform === 'node' ? { define: { 'import.meta.url': 'importMetaUrl' }, inject: [path.join(ROOT, 'scripts/import-meta-url.js')] } : {}),
    });
    return Object.keys(r.metafile.inputs);
}

const heavy = (inputs: string[], pkg: string) => inputs.filter(f => f.includes(`node_modules/${pkg}/`));

describe('what the extension host loads at activation', () => {
    test('no Langium, no Chevrotain, no language server library, no playwright, no docx', async () => {
        const inputs = await inputsOf('packages/vscode/src/extension/main.ts', 'node');
        for (const pkg of ['langium', 'chevrotain', 'vscode-languageserver', 'playwright-core', 'docx', 'mermaid']) {
            expect(heavy(inputs, pkg), pkg).toEqual([]);
        }
        // The language package is reached only through its model and protocol subpaths.
        expect(inputs.filter(f => f.startsWith('packages/language/src/')).every(f => /^packages\/language\/src\/(model\.ts|protocol\.ts|model\/|i18n\/|syntax\/keywords\.ts)/.test(f))).toBe(true);
        // The client library is there: it is what talks to the server.
        expect(heavy(inputs, 'vscode-languageclient').length).toBeGreaterThan(0);
    }, 60_000);

    test('the webview bundle is browser code only', async () => {
        const inputs = await inputsOf('packages/vscode/src/webview/main.ts', 'browser');
        expect(inputs.filter(f => f.includes('node_modules/'))).toEqual([]);
        // Of the other packages only the Mermaid configuration and the label text helpers.
        const others = inputs.filter(f => /^packages\/(language|export|renderers|review)\//.test(f));
        expect(others).toContain('packages/export/src/mermaid-config.ts');
        expect(others).toContain('packages/renderers/src/mermaid/svg-text.ts');
        expect(others.filter(f => f !== 'packages/export/src/mermaid-config.ts' && !/^packages\/renderers\/src\/(mermaid|shared)\/[\w-]+\.ts$/.test(f))).toEqual([]);
    }, 60_000);

    test.skipIf(!exists('packages/vscode/out/extension.cjs'))('the built extension bundle is at most 900 KB', () => {
        expect(statSync(path.join(ROOT, 'packages/vscode/out/extension.cjs')).size).toBeLessThanOrEqual(900 * 1024);
    });
});

function exists(rel: string): boolean {
    try { return statSync(path.join(ROOT, rel)).isFile(); } catch { return false; }
}

describe('package boundaries in the source', () => {
    const sources = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap(e =>
        e.isDirectory() ? (e.name === 'generated' || e.name === 'node_modules' ? [] : sources(path.join(dir, e.name))) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
    const packages = readdirSync(path.join(ROOT, 'packages')).filter(p => exists(`packages/${p}/package.json`));

    test.each(packages)('packages/%s imports other packages by their name, never by a path into their src/', pkg => {
        const offending: string[] = [];
        for (const file of sources(path.join(ROOT, 'packages', pkg, 'src'))) {
            for (const m of readFileSync(file, 'utf8').matchAll(/from\s+'(\.\.\/[^']*)'/g)) {
                const target = path.resolve(path.dirname(file), m[1]);
                if (!target.startsWith(path.join(ROOT, 'packages', pkg) + path.sep)) offending.push(`${path.relative(ROOT, file)}: ${m[1]}`);
            }
        }
        expect(offending).toEqual([]);
    });

    test.each(packages)('packages/%s declares every package it imports', pkg => {
        const manifest = JSON.parse(readFileSync(path.join(ROOT, 'packages', pkg, 'package.json'), 'utf8'));
        const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {}), manifest.name]);
        const missing = new Set<string>();
        for (const file of sources(path.join(ROOT, 'packages', pkg, 'src'))) {
            for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[\s;])(?:from|import)\s*\(?\s*'((?:@[a-z0-9-]+\/)?[a-z0-9][\w.-]*(?:\/[^']*)?)'/gm)) {
                const spec = m[1];
                if (spec.startsWith('node:') || spec === 'vscode') continue;
                const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
                if (!declared.has(name)) missing.add(name);
            }
        }
        expect([...missing]).toEqual([]);
    });
});
