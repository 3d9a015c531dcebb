// Bundles every runnable entry point with esbuild: CommonJS for Node (CLI, language server,
// VS Code extension host) with the Object.groupBy polyfill as a banner, IIFE for browser code.
// Usage: node scripts/build.mjs [--minify] [--watch] [--meta]
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const minify = process.argv.includes('--minify');
const watch = process.argv.includes('--watch');
/** `--meta`: write each web bundle's esbuild metafile beside it (<bundle>.meta.json), for size analysis. */
const meta = process.argv.includes('--meta');
const polyfill = readFileSync(new URL('../groupby-polyfill.cjs', import.meta.url), 'utf8');

/** Node entry points: source → bundle. */
export const nodeEntries = [
    { in: 'packages/cli/src/cli.ts', out: 'packages/cli/out/sop.cjs' },
    { in: 'packages/server/src/main.ts', out: 'packages/server/out/sop-language-server.cjs' },
    // What ships in the .vsix is minified (with source maps beside it, for stack traces); the
    // extension host loads the DOCX renderer (the `docx` library) from its own file on first use
    // (out/docx.cjs, one bundle for both hosts: see webEntries).
    { in: 'packages/vscode/src/extension/main.ts', out: 'packages/vscode/out/extension.cjs', ship: true },
    { in: 'packages/server/src/main.ts', out: 'packages/vscode/out/server.cjs', ship: true },
];

/** Browser entry points (webview scripts). */
export const browserEntries = [
    { in: 'packages/vscode/src/webview/main.ts', out: 'packages/vscode/out/webview.js', ship: true },
    // The "original PDF" view of "SOP: Import from PDF…" (pdf.js itself is loaded from out/media/pdfjs).
    { in: 'packages/vscode/src/webview/pdf-view.ts', out: 'packages/vscode/out/pdf-view.js', ship: true },
];

/**
 * The web build of the extension (the `browser` entry of the .vsix: vscode.dev, github.dev, any
 * web worker extension host). The extension host is the desktop one, main.ts, with the modules
 * that differ by platform put in place of the desktop ones (`substitutes`, same exports); the
 * language server is the same services in a web worker; DOCX is loaded on first use as on desktop.
 */
const webRoot = 'packages/vscode/src';
export const webEntries = [
    {
        in: `${webRoot}/extension/main.ts`, out: 'packages/vscode/out/extension-web.js', format: 'cjs',
        substitutes: {
            [`${webRoot}/extension/client.ts`]: `${webRoot}/browser/client.ts`,
            [`${webRoot}/extension/export/formats.ts`]: `${webRoot}/browser/formats.ts`,
            [`${webRoot}/extension/export/write-file.ts`]: `${webRoot}/browser/write-file.ts`,
        },
    },
    { in: 'packages/server/src/browser-main.ts', out: 'packages/vscode/out/server-web.js', format: 'iife' },
    // The DOCX renderers, for both extension hosts: built for the browser (the little of Node's
    // Buffer they use comes from buffer-shim.ts), so the Node host can require it as well; the two
    // builds wrote the same bytes, and the desktop e2e test compares them with `sop export`'s.
    // One copy in the .vsix instead of two (222 KB compressed each).
    { in: 'packages/renderers/src/docx/index.ts', out: 'packages/vscode/out/docx.cjs', format: 'cjs', inject: [`${webRoot}/browser/buffer-shim.ts`] },
];

/**
 * Node built-ins in the web build. `node:path` is POSIX path arithmetic, which is what URI paths
 * need (browser/posix-path.ts). Any other built-in resolves to a module whose every export
 * throws; shared modules import them for functions the web build never calls, which esbuild
 * drops. The build fails when any of that code is left in a bundle: that is the check that the
 * web build uses no Node API.
 */
const nodeBuiltins = {
    name: 'web-node-builtins',
    setup(build) {
        build.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: new URL(`../${webRoot}/browser/posix-path.ts`, import.meta.url).pathname }));
        build.onResolve({ filter: /^node:/ }, args => ({ path: args.path, namespace: 'node-unavailable' }));
        build.onLoad({ filter: /.*/, namespace: 'node-unavailable' }, async args => {
            const names = Object.keys(await import(args.path)).filter(n => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
            const fail = `throw new Error(${JSON.stringify(`${args.path} is not available in the browser`)})`;
            return { contents: names.map(n => `export function ${n}() { ${fail} }`).join('\n') + `\nexport default function unavailable() { ${fail} }`, loader: 'js' };
        });
        build.onEnd(result => {
            if (meta && result.metafile) writeFileSync(`${build.initialOptions.outfile}.meta.json`, JSON.stringify(result.metafile));
            const errors = [];
            for (const [file, output] of Object.entries(result.metafile?.outputs ?? {})) {
                const left = Object.entries(output.inputs).filter(([input, i]) => input.startsWith('node-unavailable:') && i.bytesInOutput > 0).map(([input]) => input.slice('node-unavailable:'.length));
                if (left.length) errors.push({ text: `${file} uses Node built-ins (${left.join(', ')}), which a web worker extension host does not have` });
            }
            return { errors };
        });
    },
};

/** Puts the web modules in place of the desktop ones (by resolved path). */
function substitute(map) {
    const abs = Object.fromEntries(Object.entries(map).map(([from, to]) => [new URL(`../${from}`, import.meta.url).pathname, new URL(`../${to}`, import.meta.url).pathname]));
    return {
        name: 'web-substitutes',
        setup(build) {
            build.onResolve({ filter: /^\.\.?\// }, args => {
                if (args.namespace !== 'file') return undefined;
                const resolved = new URL(args.path.replace(/\.js$/, '.ts'), `file://${args.resolveDir}/`).pathname;
                return abs[resolved] ? { path: abs[resolved] } : undefined;
            });
        },
    };
}

/**
 * One copy of each LSP library per bundle: the server's `vscode-languageserver` 10.1.2 has its
 * own protocol, jsonrpc and types; imports of the root copies (newer, for the client) resolve to
 * those in the server bundle, as they are resolved from `vscode-languageserver` itself.
 */
const oneLspCopy = {
    name: 'one-lsp-copy',
    setup(build) {
        const from = new URL('../node_modules/vscode-languageserver/lib', import.meta.url).pathname;
        build.onResolve({ filter: /^(vscode-languageserver-types|vscode-languageserver-protocol|vscode-jsonrpc)(\/.*)?$/ }, args => {
            if (args.pluginData === 'one-lsp-copy' || args.resolveDir.startsWith(from.replace(/\/lib$/, ''))) return undefined;
            return build.resolve(args.path, { kind: args.kind, resolveDir: from, pluginData: 'one-lsp-copy' });
        });
    },
};

const common = { bundle: true, minify, sourcemap: !minify, logLevel: 'warning', legalComments: 'none' };
const contexts = [];
for (const e of nodeEntries.filter(e => existsSync(e.in))) {
    contexts.push(await esbuild.context({
        ...common, ...(e.ship ? { minify: true, sourcemap: true } : {}), entryPoints: [e.in], outfile: e.out, platform: 'node', format: 'cjs', target: 'node20',
        external: ['vscode', 'playwright-core', 'chromium-bidi'], banner: { js: polyfill },
        // ESM-only packages bundled into CJS: import.meta.url is mapped to the bundle's own file URL.
        define: { 'import.meta.url': 'importMetaUrl' },
        inject: [new URL('./import-meta-url.js', import.meta.url).pathname],
    }));
}
for (const e of browserEntries.filter(e => existsSync(e.in))) {
    contexts.push(await esbuild.context({ ...common, ...(e.ship ? { minify: true, sourcemap: true } : {}), entryPoints: [e.in], outfile: e.out, platform: 'browser', format: 'iife', target: 'es2022' }));
}
for (const e of webEntries.filter(e => existsSync(e.in))) {
    contexts.push(await esbuild.context({
        ...common, minify: true, sourcemap: true, entryPoints: [e.in], outfile: e.out, platform: 'browser', format: e.format, target: 'es2022',
        external: ['vscode'], metafile: true, inject: e.inject ?? [],
        plugins: [...(e.substitutes ? [substitute(e.substitutes)] : []), ...(e.format === 'iife' ? [oneLspCopy] : []), nodeBuiltins],
    }));
}
if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
    console.log('watching…');
} else {
    await Promise.all(contexts.map(c => c.rebuild()));
    await Promise.all(contexts.map(c => c.dispose()));
    console.log(`built ${contexts.length} bundles`);
}
