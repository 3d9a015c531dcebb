// Inputs of `npm run bench` (issue 11): generated SOP AP documents that validate without
// diagnostics (4 pelaksana, a decision every 7 steps, a section every 30 rows, complete identity).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A generated SOP of `steps` rows. `id` names it; `related` is the id of another SOP it lists
 * under keterkaitan (a cross-file reference the workspace must resolve).
 */
export function generateSop(steps: number, id = 'Besar', related?: string): string {
    const actors = ['admin', 'kasi', 'kabid', 'kepala'];
    const rows: string[] = [];
    for (let i = 0; i < steps; i++) {
        // A section every 30 rows: a long procedure without sections is SOP-P22.
        if (i % 30 === 0) rows.push(`    bagian "Bagian ${i / 30 + 1}"`);
        const actor = actors[i % actors.length];
        const last = i === steps - 1;
        const decision = !last && i % 7 === 6 && i + 2 < steps;
        const flow = last ? 'selesai' : decision ? `ya -> s${i + 1}  tidak -> s${i + 2}` : '';
        const text = decision ? `Memeriksa berkas ${i}: lengkap?` : `Memproses berkas ${i}`;
        rows.push(`    s${i} ${actor} "${text}" | "Berkas ${i}" | ${1 + (i % 7)} menit | "Berkas ${i + 1}"  ${i === 0 ? 'mulai ' : ''}${flow}`);
    }
    return `sop ${id} "SOP ${id}" {
  nomor "SOP.${id}" unit "Unit" dibuat 2024-01-01 direvisi - efektif 2024-02-01
  disahkan "Kepala" nama "Nama" nip "196407091988032007"
  dasar-hukum { "Permenpan RB 35/2012" } keterkaitan ${related ?? '-'} kualifikasi { "S1" } peralatan { "PC" } peringatan "x" pencatatan { "Buku" }
  pelaksana admin "Admin"  pelaksana kasi "Kasi"  pelaksana kabid "Kabid"  pelaksana kepala "Kepala"
  prosedur {
${rows.join('\n')}
  }
}
`;
}

/** Writes one SOP file of `steps` rows into `dir`; returns its path. */
export function writeSop(dir: string, steps: number): string {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `sop-${steps}.sop`);
    writeFileSync(file, generateSop(steps));
    return file;
}

/**
 * A workspace of `files` SOPs of `steps` rows each in `dir` (2,000 × 25 = 50,000 rows for P3);
 * every SOP lists the previous one under keterkaitan. Returns the paths.
 */
export function writeWorkspace(dir: string, files: number, steps: number): string[] {
    mkdirSync(dir, { recursive: true });
    const paths: string[] = [];
    for (let i = 0; i < files; i++) {
        const file = join(dir, `sop-${String(i).padStart(4, '0')}.sop`);
        writeFileSync(file, generateSop(steps, `Sop${i}`, i > 0 ? `Sop${i - 1}` : undefined));
        paths.push(file);
    }
    return paths;
}
