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

/** Median time of `f` over 7 runs. */
async function time(f: () => Promise<unknown>): Promise<number> {
    const times: number[] = [];
    for (let run = 0; run < 7; run++) {
        const t0 = performance.now();
        await f();
        times.push(performance.now() - t0);
    }
    return median(times);
}

console.log('steps  parse+link ms  validation ms  validation ms/step  diagnostics');
const rows: Array<{ steps: number; validate: number }> = [];
for (const steps of sizes) {
    const text = generate(steps);
    const parseMs = await time(async () => {
        const doc = await parse(text);
        await Sop.shared.workspace.DocumentBuilder.update([], [doc.uri]);
    });
    // Validation alone, on one parsed and linked document: the rules (incl. the graph rules).
    const doc = await parse(text);
    let count = 0;
    const validateMs = await time(async () => {
        count = (await Sop.validation.DocumentValidator.validateDocument(doc)).length;
    });
    await Sop.shared.workspace.DocumentBuilder.update([], [doc.uri]);
    rows.push({ steps, validate: validateMs });
    console.log(`${String(steps).padStart(5)}  ${parseMs.toFixed(1).padStart(13)}  ${validateMs.toFixed(1).padStart(13)}  ${(validateMs / steps).toFixed(3).padStart(18)}  ${String(count).padStart(11)}`);
}
const first = rows[0], last = rows[rows.length - 1];
console.log(`validation time grew ${(last.validate / first.validate).toFixed(1)}x for ${last.steps / first.steps}x steps`);
