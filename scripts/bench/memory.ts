// Live heap after building a folder of .sop files, and what part of it each kind of cached data
// holds: `node --expose-gc --require ./groupby-polyfill.cjs --import tsx scripts/bench/memory.ts <dir>`.
import { readdirSync, readFileSync } from 'node:fs';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSopServices } from '../../packages/language/src/index.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed / 2 ** 20; };
const dir = process.argv[2];
const base = heap();
const { shared, Sop } = createSopServices(NodeFileSystem);
Sop.sop.Settings.locale = 'en';
const files = readdirSync(dir).filter(f => f.endsWith('.sop')).map(f => `${dir}/${f}`);
const texts = files.map(f => readFileSync(f, 'utf8'));
const afterTexts = heap();
const docs = files.map((f, i) => { const d = shared.workspace.LangiumDocumentFactory.fromString(texts[i], URI.file(f)); shared.workspace.LangiumDocuments.addDocument(d); return d; });
const parsed = heap();
await shared.workspace.DocumentBuilder.build(docs, { validation: true });
const built = heap();
// An update with no change drops the workspace caches (models, facts).
await shared.workspace.DocumentBuilder.update([], []);
const noCaches = heap();
const steps = texts.reduce((n, t) => n + (t.match(/\n    s\d+ /g)?.length ?? 0), 0);
const mib = (x: number) => `${x.toFixed(0)} MiB`;
console.log(`${files.length} files, ${steps} steps: texts ${mib(afterTexts - base)}, parsed (CST + AST) ${mib(parsed - afterTexts)}, built ${mib(built - parsed)} more, of which workspace caches (models, facts) ${mib(built - noCaches)}; total ${mib(built - base)} = ${((built - base) * 2 ** 20 / steps / 1024).toFixed(1)} KiB per step`);
