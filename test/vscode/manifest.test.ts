import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const dir = path.resolve(__dirname, '../../packages/vscode');
const read = (f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8'));

describe('the VS Code manifest', () => {
    const manifest = readFileSync(path.join(dir, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map(m => m[1]);

    test.each(['package.nls.json', 'package.nls.id.json'])('every title and setting text is translated in %s', file => {
        const nls = read(file);
        expect(keys.filter(k => typeof nls[k] !== 'string' || nls[k] === '')).toEqual([]);
    });

    test('every contributed command has a category and appears in a when-clause menu', () => {
        const pkg = read('package.json');
        const palette = new Set((pkg.contributes.menus.commandPalette as Array<{ command: string }>).map(m => m.command));
        for (const c of pkg.contributes.commands as Array<{ command: string; category?: string }>) {
            expect(c.category, c.command).toBe('SOP');
            expect(palette.has(c.command), c.command).toBe(true);
        }
    });
});
