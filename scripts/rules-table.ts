// Prints the rule table of the README (Markdown) from the rule catalogue, so the two cannot drift.
// Usage: npx tsx --require ./groupby-polyfill.cjs scripts/rules-table.ts
import { ruleList } from '../packages/language/src/validation/rules.js';

/** The README rule table. */
export function rulesTable(): string {
    const scope = { 'sop-ap': 'SOP AP', generic: 'generic', sp: 'SP', sop: 'any SOP', all: 'all' } as const;
    const esc = (s: string) => s.replace(/\|/g, '\\|');
    const lines = ['| Code | Severity | Applies to | Rule | Source |', '|---|---|---|---|---|'];
    for (const r of ruleList) {
        lines.push(`| ${r.code} | ${r.severity} | ${scope[r.scope]} | ${esc(r.title.en)} / ${esc(r.title.id)} | ${esc(r.source)} |`);
    }
    return lines.join('\n');
}

if (process.argv[1]?.endsWith('rules-table.ts')) console.log(rulesTable());
