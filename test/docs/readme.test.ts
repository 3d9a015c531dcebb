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
