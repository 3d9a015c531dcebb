// Bundles every runnable entry point with esbuild: CommonJS for Node (CLI, language server,
// VS Code extension host) with the Object.groupBy polyfill as a banner, IIFE for browser code.
// Usage: node scripts/build.mjs [--minify] [--watch]
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const minify = process.argv.includes('--minify');
const watch = process.argv.includes('--watch');
const polyfill = readFileSync(new URL('../groupby-polyfill.cjs', import.meta.url), 'utf8');

/** Node entry points: source → bundle. */
export const nodeEntries = [
    { in: 'packages/cli/src/cli.ts', out: 'packages/cli/out/sop.cjs' },
    { in: 'packages/server/src/main.ts', out: 'packages/server/out/sop-language-server.cjs' },
    { in: 'packages/vscode/src/extension/main.ts', out: 'packages/vscode/out/extension.cjs' },
    { in: 'packages/server/src/main.ts', out: 'packages/vscode/out/server.cjs' },
];

/** Browser entry points (webview scripts). */
export const browserEntries = [
    { in: 'packages/vscode/src/webview/main.ts', out: 'packages/vscode/out/webview.js' },
];

const common = { bundle: true, minify, sourcemap: !minify, logLevel: 'warning', legalComments: 'none' };
const contexts = [];
for (const e of nodeEntries.filter(e => existsSync(e.in))) {
    contexts.push(await esbuild.context({
        ...common, entryPoints: [e.in], outfile: e.out, platform: 'node', format: 'cjs', target: 'node20',
        external: ['vscode', 'playwright-core', 'chromium-bidi'], banner: { js: polyfill },
        // ESM-only packages bundled into CJS: import.meta.url is mapped to the bundle's own file URL.
        define: { 'import.meta.url': 'importMetaUrl' },
        inject: [new URL('./import-meta-url.js', import.meta.url).pathname],
    }));
}
for (const e of browserEntries.filter(e => existsSync(e.in))) {
    contexts.push(await esbuild.context({ ...common, entryPoints: [e.in], outfile: e.out, platform: 'browser', format: 'iife', target: 'es2022' }));
}
if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
    console.log('watching…');
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
    console.log(`built ${contexts.length} bundles`);
}
