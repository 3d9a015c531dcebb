import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureServerBuilt, serverBin } from './lsp-client.js';

/** Neovim's built-in LSP client as a second, independent client (skipped without `nvim`). */
const hasNvim = spawnSync('nvim', ['--version']).status === 0;

let dir: string;
beforeAll(() => {
    if (!hasNvim) return;
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'sop-nvim-'));
});
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const lua = (dir: string, server: string) => `
vim.cmd('edit ${dir}/a.sop')
local id = vim.lsp.start_client({
  name = 'sop', cmd = { 'node', '${server}', '--stdio' }, root_dir = '${dir}',
  init_options = { sop = { language = 'id' } },
})
vim.lsp.buf_attach_client(0, id)
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do table.insert(out, 'D ' .. d.message) end
local client = vim.lsp.get_client_by_id(id)
local res = client.request_sync('textDocument/formatting', { textDocument = { uri = vim.uri_from_bufnr(0) }, options = { tabSize = 2, insertSpaces = true } }, 5000, 0)
vim.lsp.util.apply_text_edits(res.result, 0, 'utf-16')
for _, l in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do table.insert(out, 'F ' .. l) end
local h = client.request_sync('textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = 1, character = 3 } }, 5000, 0)
table.insert(out, 'H ' .. h.result.contents.value)
vim.fn.writefile(out, '${dir}/out.txt')
vim.cmd('qa!')
`;

describe.skipIf(!hasNvim)('Neovim as the client', () => {
    test('diagnostics in Bahasa Indonesia, formatting and hover', () => {
        writeFileSync(join(dir, 'a.sop'), 'sop SuratMasuk "Masuk" {\nunit "Bappeda"\n  pelaksana admin "Admin"\n}\n');
        writeFileSync(join(dir, 'init.lua'), lua(dir, resolve(serverBin)));
        execFileSync('nvim', ['--headless', '-u', join(dir, 'init.lua')], { timeout: 40000, stdio: 'ignore' });
        const out = readFileSync(join(dir, 'out.txt'), 'utf8').split('\n');
        expect(out).toContain('D Nomor SOP belum diisi (`nomor "..."`).');
        expect(out.filter(l => l.startsWith('F '))).toEqual(['F sop SuratMasuk "Masuk" {', 'F   unit "Bappeda"', 'F   pelaksana admin "Admin"', 'F }']);
        expect(out.join('\n')).toContain('Nama instansi/SKPD/unit kerja yang menerbitkan SOP');
    }, 60000);
});
