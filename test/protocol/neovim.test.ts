/**
 * Neovim's built-in LSP client as a second, independent client, configured exactly as
 * docs/editors.md §3 tells users: every ```lua block there that follows a
 * `<!-- neovim-snippet: RANGE -->` comment is copied verbatim into the init.lua of an empty Neovim
 * configuration (XDG folders in a temp dir), a `sop-language-server` shim on PATH runs
 * `node packages/server/bin/sop-language-server.cjs`, and `nvim --headless a.sop` opens a file; a
 * harness script (-S, not part of the snippet) waits for the diagnostics, formats, hovers and writes
 * what it saw. Each block runs on every installed Neovim inside its RANGE: `nvim` on PATH (Debian
 * 12: 0.7.2) and the builds of scripts/install-neovim.sh in <SOP_E2E_HOME or .e2e>/neovim-<suite>.
 * The nvim-lspconfig block runs only when SOP_NVIM_LSPCONFIG names an nvim-lspconfig checkout.
 * With SOP_E2E_REQUIRED=1 (CI) a block without any installed Neovim in its range fails instead of
 * being skipped.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { ensureServerBuilt, serverBin } from './lsp-client.js';

const REPO = resolve(__dirname, '../..');
const REQUIRED = process.env.SOP_E2E_REQUIRED === '1';
const LSPCONFIG = process.env.SOP_NVIM_LSPCONFIG;
const E2E_HOME = process.env.SOP_E2E_HOME ?? join(REPO, '.e2e');

type Version = [number, number, number];
interface Snippet { range: string; min: Version; max?: Version; lspconfig: boolean; lua: string }
interface Nvim { bin: string; version: Version }

const cmp = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const show = (v: Version) => v.join('.');
const minor = (s: string): Version => { const [a, b] = s.split('.').map(Number); return [a, b, 0]; };

/** The Neovim blocks of docs/editors.md, verbatim. */
function docSnippets(): Snippet[] {
    const md = readFileSync(join(REPO, 'docs/editors.md'), 'utf8');
    return [...md.matchAll(/<!-- neovim-snippet: (\d+\.\d+)(?:-(\d+\.\d+)|(\+)) ?(lspconfig)? -->\n```lua\n([\s\S]*?)```/g)].map(m => ({
        range: `${m[1]}${m[2] ? `-${m[2]}` : '+'}${m[4] ? ' lspconfig' : ''}`,
        min: minor(m[1]),
        max: m[2] ? [...minor(m[2]).slice(0, 2), Infinity] as Version : undefined,
        lspconfig: !!m[4],
        lua: m[5],
    }));
}

/** `nvim` on PATH and the builds of scripts/install-neovim.sh, one per version. */
function installedNvims(): Nvim[] {
    const bins = ['nvim'];
    if (existsSync(E2E_HOME)) {
        for (const d of readdirSync(E2E_HOME).sort()) if (d.startsWith('neovim-')) bins.push(join(E2E_HOME, d, 'bin', 'nvim'));
    }
    const found = new Map<string, Nvim>();
    for (const bin of bins) {
        const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
        const m = r.status === 0 ? /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(r.stdout) : null;
        if (!m) continue;
        const version = [+m[1], +m[2], +m[3]] as Version;
        if (!found.has(show(version))) found.set(show(version), { bin, version });
    }
    return [...found.values()].sort((a, b) => cmp(a.version, b.version));
}

/** The oldest Neovim an nvim-lspconfig checkout accepts (its own start-up check). */
function lspconfigMinimum(dir: string): Version {
    const read = (f: string) => existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : '';
    const m = /minimum_neovim_version = '(\d+\.\d+)'/.exec(read('lua/lspconfig.lua'))
        ?? /has\s*\(?\s*'nvim-(\d+\.\d+)'\s*\)?\s*~=\s*1/.exec(read('plugin/lspconfig.lua'));
    return m ? minor(m[1]) : [0, 7, 0];
}

const SOP = 'sop SuratMasuk "Masuk" {\nunit "Bappeda"\n  pelaksana admin "Admin"\n}\n';

/** Runs after the snippet has set things up and a.sop is open; the waits are conditions, not sleeps. */
const HARNESS = `
local out = {}
local function emit(s) table.insert(out, s) end
local v = vim.version()
emit('V ' .. v.major .. '.' .. v.minor .. '.' .. v.patch)
emit('FT ' .. vim.bo.filetype)
local got = vim.bo.filetype == 'sop' and vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
emit('W ' .. tostring(got))
for _, c in pairs((vim.lsp.get_clients or vim.lsp.get_active_clients)()) do
  if vim.lsp.buf_is_attached(0, c.id) then emit('C ' .. c.name) end
end
for _, d in ipairs(vim.diagnostic.get(0)) do emit('D ' .. d.message) end
if vim.lsp.buf.format then vim.lsp.buf.format({ timeout_ms = 5000 }) else vim.lsp.buf.formatting_sync(nil, 5000) end
for _, l in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do emit('F ' .. l) end
local hover = vim.lsp.buf_request_sync(0, 'textDocument/hover',
  { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = 1, character = 3 } }, 5000)
for _, r in pairs(hover or {}) do
  if r.result then for _, l in ipairs(vim.split(r.result.contents.value, '\\n')) do emit('H ' .. l) end end
end
for _, l in ipairs(vim.split(vim.fn.execute('messages'), '\\n')) do if l ~= '' then emit('M ' .. l) end end
vim.fn.writefile(out, vim.env.SOP_NVIM_OUT)
vim.cmd('qa!')
`;

const dirs: string[] = [];
let built = false;
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** Starts `nvim --headless a.sop` in a fresh configuration whose init.lua is `lua`; returns the harness lines. */
function runSnippet(nvim: Nvim, lua: string, lspconfig?: string): { lines: string[]; log: string } {
    const dir = mkdtempSync(join(tmpdir(), 'sop-nvim-'));
    dirs.push(dir);
    const config = join(dir, 'config'), data = join(dir, 'data'), bin = join(dir, 'bin'), project = join(dir, 'project');
    for (const d of [join(config, 'nvim'), data, bin, project]) mkdirSync(d, { recursive: true });
    writeFileSync(join(config, 'nvim', 'init.lua'), lua);
    if (lspconfig) {
        mkdirSync(join(data, 'nvim', 'site', 'pack', 'plugins', 'start'), { recursive: true });
        symlinkSync(resolve(lspconfig), join(data, 'nvim', 'site', 'pack', 'plugins', 'start', 'nvim-lspconfig'));
    }
    writeFileSync(join(bin, 'sop-language-server'), `#!/bin/sh\nexec '${process.execPath}' '${resolve(REPO, serverBin)}' "$@"\n`, { mode: 0o755 });
    writeFileSync(join(project, 'a.sop'), SOP);
    writeFileSync(join(dir, 'harness.lua'), HARNESS);
    const out = join(dir, 'out.txt');
    const env: NodeJS.ProcessEnv = {
        ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, SOP_NVIM_OUT: out,
        XDG_CONFIG_HOME: config, XDG_DATA_HOME: data, XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache'),
        NVIM_LOG_FILE: join(dir, 'nvim.log'),
    };
    for (const k of ['VIMINIT', 'MYVIMRC', 'NVIM_APPNAME', 'NVIM', 'NVIM_LISTEN_ADDRESS']) delete env[k];
    const r = spawnSync(nvim.bin, ['--headless', '-S', join(dir, 'harness.lua'), 'a.sop'], { cwd: project, env, encoding: 'utf8', timeout: 50000 });
    const log = `nvim ${nvim.bin} exited ${r.status} ${r.signal ?? ''}\n${r.stdout}\n${r.stderr}`;
    return { lines: existsSync(out) ? readFileSync(out, 'utf8').split('\n') : [], log };
}

function expectWorking({ lines, log }: { lines: string[]; log: string }, nvim: Nvim) {
    const report = `${lines.join('\n')}\n${log}`;
    expect(lines, report).toContain(`V ${show(nvim.version)}`);
    expect(lines, report).toContain('FT sop');
    expect(lines, report).toContain('C sop');
    expect(lines.filter(l => l.startsWith('M ') && /\bE\d+:|Error/.test(l)), report).toEqual([]);
    expect(lines, report).toContain('D Nomor SOP belum diisi (`nomor "..."`).');
    expect(lines.filter(l => l.startsWith('F ')), report)
        .toEqual(['F sop SuratMasuk "Masuk" {', 'F   unit "Bappeda"', 'F   pelaksana admin "Admin"', 'F }']);
    expect(lines.join('\n'), report).toContain('Nama instansi/SKPD/unit kerja yang menerbitkan SOP');
}

const snippets = docSnippets();
const nvims = installedNvims();
const inRange = (s: Snippet, v: Version) => cmp(v, s.min) >= 0 && (!s.max || cmp(v, s.max) <= 0);
const lspconfigMin = LSPCONFIG ? lspconfigMinimum(LSPCONFIG) : undefined;
const plans = snippets.map(s => ({
    snippet: s,
    nvims: nvims.filter(n => inRange(s, n.version) && (!s.lspconfig || (lspconfigMin !== undefined && cmp(n.version, lspconfigMin) >= 0))),
}));
const untested = plans.filter(p => p.nvims.length === 0);
if (untested.length > 0 && !REQUIRED) {
    console.warn(`\n${'!'.repeat(78)}\n!! SKIPPED Neovim snippets of docs/editors.md: ${untested.map(p => p.snippet.range).join(', ')}`
        + ` (installed: ${nvims.map(n => show(n.version)).join(', ') || 'no nvim'}; apt-get install -y neovim,`
        + ` bash scripts/install-neovim.sh, SOP_NVIM_LSPCONFIG=<nvim-lspconfig checkout>)\n${'!'.repeat(78)}\n`);
}

describe('Neovim as the client, configured by the snippets of docs/editors.md', () => {
    test('docs/editors.md has the four marked Neovim snippets, all starting sop-language-server', () => {
        expect(snippets.map(s => s.range)).toEqual(['0.7-0.9', '0.10+', '0.11+', '0.7-0.10 lspconfig']);
        for (const s of snippets) expect(s.lua).toContain("cmd = { 'sop-language-server', '--stdio' }");
    });

    for (const { snippet, nvims: targets } of plans) {
        if (targets.length === 0) {
            // The lspconfig snippet needs a plugin Debian does not package: never required.
            const required = REQUIRED && !snippet.lspconfig;
            test.skipIf(!required)(`snippet for Neovim ${snippet.range}: an installed Neovim in its range`, () => {
                throw new Error(`SOP_E2E_REQUIRED=1 but no installed Neovim is in ${snippet.range} (found: ${nvims.map(n => `${show(n.version)} ${n.bin}`).join(', ') || 'none'}); `
                    + 'apt-get install -y neovim (Debian 12: 0.7.2) and bash scripts/install-neovim.sh (0.10, 0.11+)');
            });
            continue;
        }
        for (const nvim of targets) {
            test(`snippet for Neovim ${snippet.range} on Neovim ${show(nvim.version)}: diagnostics in Bahasa Indonesia, formatting and hover`, () => {
                if (!built) { ensureServerBuilt(); built = true; }
                expectWorking(runSnippet(nvim, snippet.lua, snippet.lspconfig ? LSPCONFIG : undefined), nvim);
            }, 90000);
        }
    }
});
