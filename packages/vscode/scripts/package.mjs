// Packages the extension into packages/vscode/sop-vscode.vsix with vsce, offline. Expects the
// bundles from `node scripts/build.mjs` (out/extension.cjs, out/server.cjs, out/webview.js and the
// web build's out/extension-web.js, out/server-web.js, and out/docx.cjs, which both hosts load)
// and fails with a clear message when they are missing. Usage: npm run package -w sop-vscode
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const f of ['out/extension.cjs', 'out/server.cjs', 'out/webview.js', 'out/extension-web.js', 'out/server-web.js', 'out/docx.cjs', 'out/pdf-view.js']) {
    if (!existsSync(join(pkg, f))) {
        console.error(`packages/vscode/${f} is missing: run "npm run bundle" (node scripts/build.mjs) at the repository root first.`);
        process.exit(1);
    }
}
execFileSync(process.execPath, [join(pkg, 'scripts', 'prepare.mjs')], { stdio: 'inherit' });
const vsce = createRequire(join(pkg, 'package.json')).resolve('@vscode/vsce/vsce');
const args = [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '-o', 'sop-vscode.vsix'];
if (!existsSync(join(pkg, 'LICENSE'))) args.push('--skip-license');
// stdin is /dev/null so that vsce never waits for an answer.
execFileSync(process.execPath, args, { cwd: pkg, stdio: ['ignore', 'inherit', 'inherit'] });
const size = statSync(join(pkg, 'sop-vscode.vsix')).size;
console.log(`packages/vscode/sop-vscode.vsix: ${(size / 1024 / 1024).toFixed(2)} MB`);
