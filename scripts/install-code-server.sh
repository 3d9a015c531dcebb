#!/usr/bin/env bash
# Installs code-server 4.100.3 (the last release for Node 20) into a cache folder outside git
# (default: <repo>/.e2e/code-server, override with SOP_E2E_HOME) for the VS Code end-to-end test.
# Idempotent: does nothing when the binary is already there. Works offline apart from the npm
# registry: code-server's own postinstall would download ripgrep from GitHub, so it runs in two
# phases and links Debian's ripgrep instead (see shared/reference/toolchain.md §2).
# Needs: apt packages libkrb5-dev ripgrep, plus g++/make/python3 for node-gyp.
set -euo pipefail
VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HOST="${SOP_E2E_HOME:-$ROOT/.e2e}/code-server"
BIN="$HOST/node_modules/code-server/out/node/entry.js"
if [ -f "$HOST/.installed-$VERSION" ] && [ -f "$BIN" ]; then
    echo "code-server $VERSION already installed in $HOST"
    exit 0
fi
command -v rg >/dev/null || { echo "ripgrep (rg) is missing: apt-get install -y ripgrep" >&2; exit 1; }
node -e 'process.exit(+process.versions.node.split(".")[0] === 20 ? 0 : 1)' \
    || { echo "code-server $VERSION needs Node 20 (found $(node -v))" >&2; exit 1; }
mkdir -p "$HOST"
cd "$HOST"
# A private npm host project: allowScripts lets argon2 build but skips code-server's postinstall.
echo '{"name":"sop-e2e-host","private":true}' > package.json
node -e 'const fs=require("fs"),f="package.json",p=JSON.parse(fs.readFileSync(f));p.allowScripts={"argon2":true,"code-server":false};fs.writeFileSync(f,JSON.stringify(p,null,2))'
npm i -E "code-server@$VERSION" --no-audit --no-fund
cd node_modules/code-server
node -e '
const fs=require("fs");
const set=(f,o)=>{const p=JSON.parse(fs.readFileSync(f));p.allowScripts=o;fs.writeFileSync(f,JSON.stringify(p,null,2));};
set("lib/vscode/package.json",{"@parcel/watcher":true,"@vscode/deviceid":true,"@vscode/spdlog":true,"kerberos":true,"native-watchdog":true,"node-pty":true,"@vscode/ripgrep":false,"@vscode/windows-ca-certs":false,"@vscode/windows-process-tree":false,"@vscode/windows-registry":false});
set("lib/vscode/extensions/package.json",{"@parcel/watcher":true,"esbuild":true});'
# Phase 2: code-server's postinstall builds the native modules with node-gyp (offline, nodedir=/usr).
npm_config_yes=true npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" npm_config_unsafe_perm=true sh ./postinstall.sh
mkdir -p lib/vscode/node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" lib/vscode/node_modules/@vscode/ripgrep/bin/rg
touch "$HOST/.installed-$VERSION"
echo "code-server $VERSION installed in $HOST"
