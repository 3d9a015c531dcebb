// Repeats parse + link + validate of a generated SOP, to profile it:
//   node --require ./groupby-polyfill.cjs --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench/profile-build.ts 1000 50
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices } from '../../packages/language/src/index.js';
import { generateSop } from './generate.js';

const steps = Number(process.argv[2] ?? 1000);
const repeat = Number(process.argv[3] ?? 30);
const { shared, Sop } = createSopServices(EmptyFileSystem);
Sop.sop.Settings.locale = 'en';
const text = generateSop(steps);
const times: number[] = [];
for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/profile/p${r}.sop`));
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: true });
    await shared.workspace.DocumentBuilder.update([], [doc.uri]);
    times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(`${steps} steps × ${repeat}: median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, min ${times[0].toFixed(1)} ms`);
