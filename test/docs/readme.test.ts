import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { withRulesTable } from '../../scripts/update-readme.js';

const root = path.resolve(__dirname, '../..');

describe('README', () => {
    test('the rule table is the catalogue (run scripts/update-readme.ts after changing rules)', () => {
        const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
        expect(readme).toBe(withRulesTable(readme));
    });
    test('the two set-up commands are the ones package.json and .ci/run provide', () => {
        const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
        const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
        expect(readme).toContain('npm ci && npm run demo');
        expect(readme).toContain('npm ci && npm test');
        expect(pkg.scripts.demo).toBeTruthy();
        expect(pkg.scripts.test).toBeTruthy();
        expect(readFileSync(path.join(root, '.ci/run'), 'utf8')).toContain('npm test');
    });
});

describe('README examples of the language', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```sop\n([\s\S]*?)```/g)].map(m => m[1]);

    test('every whole document and every procedure fragment parses without a syntax error', async () => {
        const { parseHelper } = await import('langium/test');
        const { testServices } = await import('../helpers/sop-test-services.js');
        const services = testServices();
        const parse = parseHelper(services);
        const lanes = ['kepala', 'ketua', 'anggota', 'bps', 'layanan', 'subject'];
        let checked = 0;
        for (const block of blocks) {
            const text = block.trimStart().startsWith('prosedur')
                ? `sop Contoh "Contoh" {\n${lanes.map(l => `  pelaksana ${l} "${l}"`).join('\n')}\n${block}}\n`
                : block.replace(/\{ \.\.\. \}/g, '{ }').replace(/"\.\.\."/g, '"x"');
            if (!/^\s*(sop|templat|prosedur|standar-pelayanan|koleksi|pemantauan)\b/.test(block)) continue;
            const doc = await parse(text);
            expect(doc.parseResult.parserErrors.map(e => `${e.message} in:\n${block.slice(0, 80)}`)).toEqual([]);
            checked++;
        }
        expect(checked).toBeGreaterThanOrEqual(3);
    });
});
