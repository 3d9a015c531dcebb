/**
 * Offline for real: `sop export` to SVG, PNG and PDF (which starts Chromium) is traced with strace,
 * and no DNS query and no network connection may leave the machine. Chromium still opens one UDP
 * socket "connected" to a public IPv6 address to learn whether IPv6 is routable; a UDP connect
 * sends nothing, and the test also requires that nothing is ever sent on an internet socket.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumMissing } from './chromium-available.js';

const root = path.resolve(import.meta.dirname, '../..');
const strace = ['/usr/bin/strace', '/bin/strace'].find(existsSync);
const required = process.env.SOP_E2E_REQUIRED === '1';

describe('offline export', () => {
    it.skipIf((!!chromiumMissing || !strace) && !required)('sends no DNS query and opens no connection to the internet', () => {
        expect(strace, 'strace is installed by .ci/run').toBeDefined();
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-offline-'));
        try {
            const log = path.join(dir, 'trace.log');
            const r = spawnSync(strace!, ['-f', '-qq', '-e', 'trace=socket,connect,sendto,sendmsg,sendmmsg', '-o', log,
                process.execPath, path.join(root, 'packages/cli/bin/sop.cjs'), 'export', path.join(root, 'examples/surat-keluar.sop'),
                '--format', 'svg,png,pdf', '--out', path.join(dir, 'out')], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
            expect(r.stdout).toContain('3 of 3 files written');
            const lines = readFileSync(log, 'utf8').split('\n');
            const dns = lines.filter(l => /connect\(.*htons\(53\)/.test(l));
            expect(dns, 'DNS queries').toEqual([]);
            const connects = lines.filter(l => /connect\(\d+, \{sa_family=AF_INET6?,/.test(l))
                .filter(l => !/inet_addr\("127\.|inet_pton\(AF_INET6, "::1"/.test(l));
            // Only the IPv6 route probe (a datagram socket: connecting it sends nothing).
            for (const l of connects) expect(l, 'a connection out of the machine').toMatch(/2001:4860:4860::8888", &sin6_addr\), sin6_scope_id=0\}, 28/);
            expect(lines.filter(l => /socket\(AF_INET6?, SOCK_STREAM/.test(l)).length, 'TCP sockets to the internet').toBeLessThanOrEqual(
                lines.filter(l => /connect\(.*(inet_addr\("127\.|"::1")/.test(l)).length);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 120000);

    it.skipIf((!!chromiumMissing || !existsSync('/usr/bin/unshare')) && !required)('exports everything in a network namespace with no network at all', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'sop-netns-'));
        try {
            const r = spawnSync('/usr/bin/unshare', ['-n', process.execPath, path.join(root, 'packages/cli/bin/sop.cjs'), 'export',
                path.join(root, 'examples/surat-keluar.sop'), '--format', 'svg,png,pdf,html,docx', '--out', path.join(dir, 'out')],
                { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
            expect(r.status, r.stderr).toBe(0);
            expect(r.stdout).toContain('5 of 5 files written');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }, 120000);
});
