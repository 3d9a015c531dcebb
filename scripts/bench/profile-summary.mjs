// Inclusive CPU shares of the functions whose name matches a pattern, from a .cpuprofile (node --cpu-prof,
// scripts/bench/profile-lsp.ts): `node scripts/bench/profile-summary.mjs <dir> <regex> [only the last N ms]`.
import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2]; const re = new RegExp(process.argv[3]);
const f = readdirSync(dir).find(n => n.endsWith('.cpuprofile'));
const p = JSON.parse(readFileSync(dir + '/' + f, 'utf8'));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const lastMs = Number(process.argv[4] ?? 0) * 1000; const span = p.timeDeltas.reduce((a, b) => a + b, 0); let clock = 0;
const hits = new Map(); p.samples.forEach((s, i) => { clock += p.timeDeltas[i] ?? 0; if (lastMs && clock < span - lastMs) return; hits.set(s, (hits.get(s) ?? 0) + (p.timeDeltas[i] ?? 0)); });
const key = n => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
const incl = new Map(); let total = 0;
for (const [id, t] of hits) { total += t; const seen = new Set(); let cur = id; while (cur !== undefined) { const k = key(byId.get(cur)); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + t); } cur = parent.get(cur); } }
console.log('total', (total/1000).toFixed(0));
[...incl].filter(([k]) => re.test(k)).sort((a,b)=>b[1]-a[1]).slice(0,40).forEach(([k,t])=>console.log((t/1000).toFixed(0).padStart(7), (100*t/total).toFixed(1).padStart(5)+'%', k));
