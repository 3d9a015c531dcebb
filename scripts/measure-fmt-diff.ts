// Measures how diff-friendly `sop fmt` is: on every example (examples/**/*.sop) and on generated
// documents, inserts, deletes and renames a step (first, middle, last and longest-id step of every
// procedure; a rename also rewrites every jump to the step), formats again and counts the changed
// lines of the formatted result against the formatted original (LCS line diff), versus the lines of
// that step (for a rename also of the steps that jump to it): "outside" counts the rest, the ripple.
//
// "before" is the formatter of a git revision (read with `git show`, default HEAD, so before a
// change is committed it is the committed formatter), "after" the one of the working tree.
// Usage: npx tsx --require ./groupby-polyfill.cjs scripts/measure-fmt-diff.ts [--before REV] [--width N] [--seeds N]
//        [--worst N: print the N edits with most lines outside] [--examples DIR: another folder of .sop files]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createSopServices, type ast } from '../packages/language/src/index.js';
import { formatSopDocument } from '../packages/language/src/lsp/sop-layout.js';
import { generateDocument } from '../test/formatter/generated-documents.js';
import { measureEdit, stepEdits, type EditKind, type EditResult, type Format } from '../test/formatter/step-edits.js';

const { values } = parseArgs({
    options: {
        before: { type: 'string', default: 'HEAD' }, width: { type: 'string' }, seeds: { type: 'string', default: '100' },
        worst: { type: 'string', default: '0' }, examples: { type: 'string', default: 'examples' },
    },
});
const width = values.width === undefined ? undefined : Number(values.width);
const seeds = Number(values.seeds);

const { shared } = createSopServices(EmptyFileSystem);
let counter = 0;
const parse = (text: string): LangiumDocument<ast.Model> =>
    shared.workspace.LangiumDocumentFactory.fromString<ast.Model>(text, URI.parse(`memory:///measure/${counter++}.sop`));

/** The layout printer of a git revision, loaded from a temporary copy with its imports made absolute. */
async function printerAt(rev: string): Promise<Format | undefined> {
    const file = 'packages/language/src/lsp/sop-layout.ts';
    let source: string;
    try {
        source = execFileSync('git', ['show', `${rev}:${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
        console.error(`no ${file} at ${rev}: "before" left out`);
        return undefined;
    }
    const dir = path.resolve(path.dirname(file));
    const fixed = source.replace(/from '(\.[^']+)'/g, (_, spec: string) => `from '${pathToFileURL(path.resolve(dir, spec.replace(/\.js$/, '.ts'))).href}'`);
    // Under node_modules/.cache so that its bare imports (langium) resolve as in the repository.
    mkdirSync('node_modules/.cache', { recursive: true });
    const copyDir = mkdtempSync(path.resolve('node_modules/.cache/sop-layout-'));
    const copy = path.join(copyDir, 'sop-layout.ts');
    writeFileSync(path.join(copyDir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(copy, fixed);
    const mod = await import(pathToFileURL(copy).href) as { formatSopDocument: (d: LangiumDocument, o?: object) => string | undefined };
    rmSync(copyDir, { recursive: true, force: true });
    return doc => mod.formatSopDocument(doc);
}

const inputs: Array<{ name: string; text: string; group: 'examples' | 'generated' }> = [];
for (const f of (readdirSync(values.examples, { recursive: true }) as string[]).filter(f => f.endsWith('.sop')).sort()) {
    inputs.push({ name: path.join(values.examples, f), text: readFileSync(path.join(values.examples, f), 'utf8'), group: 'examples' });
}
for (let seed = 1; seed <= seeds; seed++) inputs.push({ name: `generated #${seed}`, text: generateDocument(seed), group: 'generated' });

interface Totals { edits: number; changed: number; minimum: number; outside: number; rippled: number; worst: number }
const kinds: EditKind[] = ['insert', 'delete', 'rename-long', 'rename-short'];

function measure(format: Format): { totals: Map<string, Totals>; worst: EditResult[]; files: number } {
    const totals = new Map<string, Totals>();
    const all: Array<EditResult & { file: string }> = [];
    let files = 0;
    for (const input of inputs) {
        const first = parse(input.text);
        const formatted = format(first);
        if (formatted === undefined) continue;
        files++;
        const original = parse(formatted);
        for (const edit of stepEdits(original)) {
            const r = measureEdit(original, edit, parse, format);
            if (!r) continue;
            all.push({ ...r, file: input.name });
            for (const key of [`${input.group}|${edit.kind}`, `${input.group}|all`, `all|all`]) {
                const t = totals.get(key) ?? { edits: 0, changed: 0, minimum: 0, outside: 0, rippled: 0, worst: 0 };
                t.edits++; t.changed += r.changed; t.minimum += r.minimum; t.outside += r.outside;
                if (r.outside > 0) t.rippled++;
                t.worst = Math.max(t.worst, r.outside);
                totals.set(key, t);
            }
        }
    }
    return { totals, worst: all.sort((x, y) => y.outside - x.outside).filter(r => r.outside > 0).slice(0, Number(values.worst)), files };
}

const before = await printerAt(values.before);
const after: Format = doc => formatSopDocument(doc, { width });
const results: Array<[string, ReturnType<typeof measure>]> = [];
if (before) results.push([`before (${values.before})`, measure(before)]);
results.push([`after${width ? ` (--width ${width})` : ''}`, measure(after)]);

const cell = (t: Totals | undefined) => t
    ? `${String(t.changed).padStart(6)} ${String(t.minimum).padStart(6)} ${String(t.outside).padStart(6)} ${`${t.rippled}/${t.edits}`.padStart(9)} ${String(t.worst).padStart(5)}`
    : ''.padStart(36);
console.log(`${inputs.filter(i => i.group === 'examples').length} examples, ${seeds} generated documents; changed = lines removed + added by the edit after formatting,`);
console.log('step = lines of the edited step before and after (a rename: also of the steps that jump to it), outside = changed lines elsewhere,');
console.log('rippled = edits with changed lines outside, worst = most lines outside for one edit\n');
const head = results.map(([name]) => name.padEnd(36)).join(' | ');
console.log(`${'group'.padEnd(10)} ${'edit'.padEnd(13)} | ${head}`);
console.log(`${''.padEnd(24)} | ${results.map(() => `${'changed'.padStart(6)} ${'step'.padStart(6)} ${'outside'.padStart(6)} ${'rippled'.padStart(9)} ${'worst'.padStart(5)}`).join(' | ')}`);
for (const group of ['examples', 'generated', 'all']) {
    for (const kind of group === 'all' ? ['all'] : [...kinds, 'all']) {
        const key = `${group}|${kind}`;
        console.log(`${group.padEnd(10)} ${kind.padEnd(13)} | ${results.map(([, r]) => cell(r.totals.get(key))).join(' | ')}`);
    }
}
for (const [name, r] of results) {
    if (!r.worst.length) continue;
    console.log(`\nworst edits, ${name}:`);
    for (const w of r.worst) console.log(`  ${w.outside} outside: ${(w as EditResult & { file: string }).file} ${w.edit.kind} ${w.edit.where}\n    ${w.samples.join('\n    ')}`);
}
