// Phase times of one build of a folder of .sop files (parse, index, scopes, link, references, validate): `npx tsx --require ./groupby-polyfill.cjs scripts/bench/phases.ts <dir>`.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSopServices } from '../../packages/language/src/index.js';
const dir = process.argv[2];
const { shared, Sop } = createSopServices(NodeFileSystem);
Sop.sop.Settings.locale = 'en';
const t0 = performance.now(); let last = t0; const out: string[] = [];
const mark = (l: string) => { const t = performance.now(); out.push(`${l} ${(t - last).toFixed(0)}`); last = t; };
const files = readdirSync(dir).filter(f => f.endsWith('.sop')).map(f => dir + '/' + f);
const docs = files.map(f => { const d = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(f, 'utf8'), URI.file(f)); shared.workspace.LangiumDocuments.addDocument(d); return d; });
mark('parse');
for (const s of [DocumentState.IndexedContent, DocumentState.ComputedScopes, DocumentState.Linked, DocumentState.IndexedReferences, DocumentState.Validated])
  shared.workspace.DocumentBuilder.onBuildPhase(s, () => mark(DocumentState[s]));
await shared.workspace.DocumentBuilder.build(docs, { validation: true });
mark('end');
console.log(out.join(', '), 'total', (performance.now() - t0).toFixed(0), 'rss', (process.memoryUsage().rss / 2 ** 20).toFixed(0), 'heap', (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0), 'diags', docs.reduce((a, d) => a + (d.diagnostics?.filter(x => x.severity! <= 2).length ?? 0), 0));
