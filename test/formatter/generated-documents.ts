/**
 * Deterministic generator of `.sop` documents with messy but valid layout (random spacing, line
 * breaks, comments, both keyword languages) for formatter property tests. A seeded PRNG keeps the
 * documents the same on every run.
 */

/** Mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** One generated file. */
export function generateDocument(seed: number): string {
    const rnd = prng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const sp = () => pick([' ', '  ', '\t', '   ']);
    const nl = () => pick(['\n', '\n', '\n\n', '\n\n\n']);
    const en = rnd() < 0.5;
    const k = (id: string, e: string) => (en && rnd() < 0.8 ? e : id);
    const comment = () => (rnd() < 0.15 ? pick([' // catatan', ' /* c */']) : '');
    const actors = ['admin', 'kepala', 'staf', 'sekretaris'].slice(0, 2 + Math.floor(rnd() * 3));
    const lines: string[] = [];
    if (rnd() < 0.5) lines.push('// generated ' + seed);
    lines.push(`sop${sp()}Gen${seed}${sp()}"Prosedur ${seed}"${sp()}{${comment()}`);
    lines.push(`${sp()}${k('nomor', 'number')}${sp()}"SOP/${seed}"`);
    lines.push(`${sp()}${k('unit', 'unit')} "Unit ${seed}"${comment()}`);
    lines.push(`${sp()}${k('dibuat', 'created')}${sp()}2024-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`);
    lines.push(`${sp()}${k('direvisi', 'revised')} -`);
    lines.push(`${sp()}${k('disahkan', 'approved')} "Kepala"${sp()}${k('nama', 'name')} "Nama"${rnd() < 0.5 ? '\n      ' : ' '}nip "19640709 198803 2 007"`);
    lines.push(nl() + `${sp()}${k('dasar-hukum', 'legal-basis')} {${nl()}"A"${rnd() < 0.5 ? ',' : ''}${sp()}"B" ${comment()}\n}`);
    lines.push(`${sp()}${k('peralatan', 'equipment')} { "Komputer", "ATK" }`);
    lines.push(`${sp()}${k('keterkaitan', 'related')} -`);
    lines.push(nl());
    for (const a of actors) lines.push(`${sp()}${k('pelaksana', 'actor')}${sp()}${a}${sp()}"Jabatan ${a}"${rnd() < 0.2 ? ' ' + k('sistem', 'system') : ''}${comment()}`);
    lines.push(`${sp()}${k('prosedur', 'procedure')}${sp()}{`);
    const n = 3 + Math.floor(rnd() * 6);
    for (let i = 0; i < n; i++) {
        const num = rnd() < 0.5 ? `${i + 1}${sp()}` : '';
        const cells = rnd() < 0.8 ? `${rnd() < 0.3 ? '\n          ' : sp()}| "In ${i}"${sp()}|${sp()}${1 + i}${rnd() < 0.3 ? '-' + (2 + i) : ''} ${k('menit', 'minutes')} | "Out ${i}"${rnd() < 0.3 ? ' | "Ket"' : ''}` : '';
        let flow = '';
        if (i === n - 1) flow = ` ${k('selesai', 'end')}`;
        else if (i === 1 && n > 3) flow = `${rnd() < 0.5 ? '\n' : ' '}${k('ya', 'yes')} -> s${i + 1}${sp()}${k('tidak', 'no')} -> s${n - 1}`;
        else if (rnd() < 0.1) flow = ` -> s${i + 1}`;
        if (rnd() < 0.1) lines.push(`${sp()}${k('bagian', 'section')} "Bagian ${i}"`);
        lines.push(`${sp()}${num}s${i}${sp()}${pick(actors)}${sp()}"Melakukan kegiatan ${i}"${cells}${i === 0 && rnd() < 0.3 ? ' ' + k('mulai', 'start') : ''}${flow}${comment()}`);
    }
    lines.push('}');
    lines.push('}' + (rnd() < 0.3 ? ' // end' : ''));
    return lines.join('\n') + (rnd() < 0.5 ? '\n' : '');
}
