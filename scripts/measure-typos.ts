// Measures "one typo, one error": deletes each double quote, brace and bar of every example in
// turn, validates the file (with the rest of examples/ in the workspace) and counts the diagnostics
// the deletion adds (errors and warnings, compared with the untouched file). Prints the
// distribution: median, 90th percentile, maximum, and the share of typos that give at most 3.
// Usage: npx tsx --require ./groupby-polyfill.cjs scripts/measure-typos.ts [examples]
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices } from '../packages/language/src/index.js';

const root = process.argv[2] ?? 'examples';
const files = (readdirSync(root, { recursive: true }) as string[]).filter(f => f.endsWith('.sop')).sort().map(f => path.join(root, f));
const { shared, Sop } = createSopServices(EmptyFileSystem);
Sop.sop.Settings.locale = 'en';
for (const f of files) shared.workspace.LangiumDocuments.addDocument(shared.workspace.LangiumDocumentFactory.fromString(readFileSync(f, 'utf8'), URI.file(path.resolve(f))));
await shared.workspace.DocumentBuilder.build([...shared.workspace.LangiumDocuments.all], { validation: true });

async function count(file: string, text: string): Promise<number> {
    const uri = URI.file(path.resolve(file));
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    shared.workspace.LangiumDocuments.deleteDocument(uri);
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: true });
    return (doc.diagnostics ?? []).filter(d => d.severity === 1 || d.severity === 2).length;
}

const added: number[] = [];
const byKind: Record<string, number[]> = { '"': [], '{': [], '}': [], '|': [] };
const worst: { n: number; where: string }[] = [];
for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const base = await count(file, text);
    for (let i = 0; i < text.length; i++) {
        if (!'"{}|'.includes(text[i])) continue;
        // Characters inside comments are not syntax.
        const lineStart = text.lastIndexOf('\n', i) + 1;
        if (text.slice(lineStart, i).includes('//')) continue;
        const n = Math.max(0, (await count(file, text.slice(0, i) + text.slice(i + 1))) - base);
        added.push(n);
        byKind[text[i]].push(n);
        worst.push({ n, where: `${file}:${text.slice(0, i).split('\n').length}: ${text[i]}` });
    }
    await count(file, text);
}
/** One line of figures for a list of counts. */
function summary(counts: number[]): string {
    const sorted = [...counts].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return `median ${at(0.5)}, p90 ${at(0.9)}, max ${sorted[sorted.length - 1]}; at most 3: ${Math.round((100 * sorted.filter(n => n <= 3).length) / sorted.length)}%`;
}
console.log(`typos: ${added.length} in ${files.length} files; added diagnostics: ${summary(added)}`);
for (const [kind, counts] of Object.entries(byKind)) if (counts.length) console.log(`  ${kind} deleted (${counts.length}): ${summary(counts)}`);
console.log('worst:');
for (const w of worst.sort((a, b) => b.n - a.n).slice(0, Number(process.env.WORST ?? 8))) console.log(`  ${w.n}  ${w.where}`);
