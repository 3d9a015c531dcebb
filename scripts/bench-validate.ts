// Benchmark: validation time of generated SOPs of growing size (steps with decisions and loops).
// Reports the median of several runs per size and the time per step, to show the rules are linear.
// Usage: npx tsx --require ./groupby-polyfill.cjs scripts/bench-validate.ts
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { createSopServices, type ast } from '../packages/language/src/index.js';

function generate(steps: number): string {
    const rows: string[] = [];
    for (let i = 0; i < steps; i++) {
        const actor = ['admin', 'kasi', 'kepala'][i % 3];
        const flow = i === steps - 1 ? 'selesai' : i % 5 === 4 ? `ya -> s${i + 1}  tidak -> s${Math.max(0, i - 2)}` : '';
        rows.push(`    s${i} ${actor} "Memproses berkas ${i}" | "Berkas ${i}" | ${1 + (i % 7)} menit | "Berkas ${i + 1}" ${flow}`);
    }
    return `sop Besar "SOP besar" {
  nomor "1" unit "Unit" logo "l.png" dibuat 2024-01-01 direvisi - efektif 2024-02-01
  disahkan "Kepala" nama "Nama" nip "196407091988032007"
  dasar-hukum { "Permenpan RB 35/2012" } keterkaitan - kualifikasi { "S1" } peralatan { "PC" } peringatan "x" pencatatan { "Buku" }
  pelaksana admin "Admin"  pelaksana kasi "Kasi"  pelaksana kepala "Kepala"
  bagian "Semua"
  prosedur {
${rows.join('\n')}
  }
}
`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const { Sop } = createSopServices(EmptyFileSystem);
Sop.sop.Settings.locale = 'en';
const parse = parseHelper<ast.Model>(Sop);
const sizes = (process.env.SIZES ?? '100,500,1000,2000,4000').split(',').map(Number);

async function time(text: string, validation: boolean): Promise<number> {
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
        const t0 = performance.now();
        const doc = await parse(text, { validation });
        times.push(performance.now() - t0);
        // Keep the workspace at one document so runs do not slow each other down.
        await Sop.shared.workspace.DocumentBuilder.update([], [doc.uri]);
    }
    return median(times);
}

console.log('steps  parse ms  parse+validate ms  validation ms/step');
const rows: Array<{ steps: number; parse: number; full: number }> = [];
for (const steps of sizes) {
    const text = generate(steps);
    const parseOnly = await time(text, false);
    const full = await time(text, true);
    rows.push({ steps, parse: parseOnly, full });
    console.log(`${String(steps).padStart(5)}  ${parseOnly.toFixed(1).padStart(8)}  ${full.toFixed(1).padStart(17)}  ${((full - parseOnly) / steps).toFixed(3).padStart(18)}`);
}
const first = rows[0], last = rows[rows.length - 1];
console.log(`validation cost ratio ${(((last.full - last.parse) / (first.full - first.parse))).toFixed(1)}x for ${(last.steps / first.steps)}x steps`);
