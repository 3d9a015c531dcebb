// Writes the rule table from the catalogue into README.md between the rules markers.
// Usage: npx tsx --require ./groupby-polyfill.cjs scripts/update-readme.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { rulesTable } from './rules-table.js';

const start = '<!-- rules:start -->', end = '<!-- rules:end -->';

/** README text with the rule table replaced. */
export function withRulesTable(readme: string): string {
    const a = readme.indexOf(start), b = readme.indexOf(end);
    if (a < 0 || b < a) throw new Error('README.md has no rules markers');
    return `${readme.slice(0, a + start.length)}\n${rulesTable()}\n${readme.slice(b)}`;
}

if (process.argv[1]?.endsWith('update-readme.ts')) {
    const path = new URL('../README.md', import.meta.url);
    writeFileSync(path, withRulesTable(readFileSync(path, 'utf8')));
}
