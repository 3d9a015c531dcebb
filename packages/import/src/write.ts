/**
 * The neutral model → `.sop` text as a person would write it: Indonesian keywords, ids from the
 * activity text, the template settings and paper of the original, doubts as `// import:` comments
 * where they belong. The caller runs the formatter over it to make it canonical.
 */
import { keywordPair, parseDurationText, type Lang } from '@sop/language';
import type { ImportDoubt, ImportedSop, ImportedSymbol } from './model.js';
import { importMessage } from './messages.js';

const q = (s: string) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ') + '"';

const stop = new Set(['dan', 'yang', 'di', 'ke', 'dari', 'untuk', 'pada', 'dengan', 'oleh', 'atau', 'serta', 'dalam', 'sesuai', 'telah', 'akan', 'the', 'of', 'and', 'tim', 'sub', 'bagian', 'melakukan', 'dilakukan', 'kegiatan', 'secara', 'agar', 'bila', 'jika', 'apabila', 'sudah', 'belum', 'tersebut', 'ini', 'itu', 'para', 'setiap', 'atas', 'bagi']);

function words(text: string): string[] {
    return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(w => w && !stop.has(w) && !/^\d+$/.test(w));
}

/** Words the parser keeps for itself where an id stands (flows, sections, duration units). */
const reserved = new Set(['pelaksana', 'actor', 'kerja', 'working', 'mulai', 'start', 'selesai', 'end', 'serahkan', 'handover', 'buntu',
    'bagian', 'section', 'simbol', 'symbol', 'prosedur', 'procedure', 'tahun', 'year', 'segera', 'immediately', 'langsung',
    ...['detik', 'second', 'seconds', 'menit', 'minute', 'minutes', 'jam', 'hour', 'hours', 'hari', 'day', 'days', 'minggu', 'pekan', 'week', 'weeks', 'bulan', 'month', 'months', 'sec', 'min', 'dtk', 'mnt']]);

/** A camelCase id of the first `n` significant words; never a keyword of the language. */
export function idFrom(text: string, n: number, fallback: string, skip: ReadonlySet<string> = new Set()): string {
    const all = words(text).filter(w => !skip.has(w));
    const ws: string[] = [];
    for (const w of all) { if (ws.length >= n || (ws.length && ws.join('').length + w.length > 32)) break; ws.push(w); }
    let id = ws.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
    if (!id || !/^[a-z_]/i.test(id)) id = fallback + (id ? id[0].toUpperCase() + id.slice(1) : '');
    if (id.length > 40) id = id.slice(0, 40);
    if (keywordPair(id) || reserved.has(id.toLowerCase())) id += 'X';
    return id;
}

function unique(base: string, used: Set<string>, suffix: string): string {
    let id = base;
    if (used.has(id)) id = base + suffix;
    for (let i = 2; used.has(id); i++) id = base + suffix + '_' + i;
    used.add(id);
    return id;
}

function textValue(items: readonly string[] | undefined): string {
    if (!items || !items.length) return '-';
    if (items.length === 1) return q(items[0]);
    return '{\n' + items.map(i => '    ' + q(i)).join('\n') + '\n  }';
}

function dateValue(s: string | undefined): string {
    if (!s || /^[-–—]+$/.test(s.trim())) return '-';
    return q(s);
}

function cell(s: string | undefined): string {
    if (!s || /^[-–—]+$/.test(s.trim())) return '-';
    return q(s);
}

function duration(s: string | undefined): string {
    if (!s || /^[-–—]+$/.test(s.trim())) return '-';
    const t = s.trim();
    const simple = /^\d+([.,]\d+)?(\s*-\s*\d+([.,]\d+)?)?\s+[a-zA-Z]+(\s+kerja)?$/.test(t) || /^(segera|langsung)$/i.test(t);
    if (simple && parseDurationText(t.toLowerCase()).minMinutes !== undefined && t === t.toLowerCase()) return t;
    return q(t);
}

const labelKey = (l: string) => l.replace(/^\d+\.\s*/, '');
const simpleLabel = (l: string) => (/^[A-Za-z][A-Za-z0-9_]*$/.test(l) && !keywordPair(l) ? l : q(l));

/** Printed labels the exporter uses by default (its template's labels), to write only the ones that differ. */
const defaultLabels: Record<string, string> = {
    nomor: 'Nomor SOP', dibuat: 'Tanggal Pembuatan', direvisi: 'Tanggal Revisi', efektif: 'Tanggal Efektif',
    disahkan: 'Disahkan oleh', nama: 'Nama SOP', no: 'No', kegiatan: 'Kegiatan', kelengkapan: 'Kelengkapan',
    waktu: 'Waktu', output: 'Output', keterangan: 'Keterangan',
};

export interface WriteResult { text: string; docId: string }

/**
 * Writes the model as `.sop` text (not yet formatted), `header` (already said in `lang`) first;
 * the doubts are written as comments in `lang`.
 */
export function writeSop(m: ImportedSop, doubts: readonly ImportDoubt[], header: string[], lang: Lang = 'en'): WriteResult {
    const speak = lang;
    const id = m.identity;
    const out: string[] = [];
    const say = (d: ImportDoubt) => (d.code ? importMessage(d.code, speak, ...(d.args ?? [])) : d.message);
    const comment = (where: string, indent: string) => doubts.filter(d => d.where === where).forEach(d => out.push(`${indent}// import: ${say(d).replace(/[\r\n]+/g, ' ')}`));
    for (const h of header) out.push(`// ${h}`);
    comment('file', '');
    comment('paper', '');
    const docId = (() => { const base = idFrom(id.nama ?? 'Sop', 4, 'sop', new Set(['sop', 'standar', 'operasional', 'prosedur', 'ap'])); return base[0].toUpperCase() + base.slice(1); })();
    out.push(`sop ${docId} ${q(id.nama ?? '')} {`);
    const I = '  ';
    if (m.paper) out.push(`${I}kertas ${m.paper.name}`);
    comment('nomor', I);
    out.push(`${I}nomor ${id.nomor ? q(id.nomor) : '-'}`);
    if (id.unit?.length) out.push(`${I}unit ${id.unit.map(q).join(', ')}`);
    comment('dibuat', I); out.push(`${I}dibuat ${dateValue(id.dibuat)}`);
    comment('direvisi', I); out.push(`${I}direvisi ${dateValue(id.direvisi)}`);
    comment('efektif', I); out.push(`${I}efektif ${dateValue(id.efektif)}`);
    comment('disahkan', I);
    if (id.disahkan) {
        const d = id.disahkan;
        out.push(`${I}disahkan ${q(d.jabatan ?? '')}${d.nama ? ` nama ${q(d.nama)}` : ''}${d.nip ? ` nip ${q(d.nip)}` : ''}`);
    }
    comment('nama', I);
    for (const [slot, label] of Object.entries(id.labels ?? {})) {
        if (slot in defaultLabels && label && label !== defaultLabels[slot]) out.push(`${I}label ${q(slot)} ${q(labelKey(label))}`);
    }
    if (!m.columns.keterangan) out.push(`${I}kolom-keterangan tidak`);
    const capsules = m.symbols.filter(s => s.kind === 'capsule');
    if (capsules.length && capsules.every(s => !s.text)) out.push(`${I}kapsul-kosong ya`);
    if (m.columns.numbers) out.push(`${I}nomor-kolom ya`);
    out.push('');
    const section = (key: string, kw: string, items: string[] | undefined) => {
        comment(key, I);
        out.push(`${I}${kw} ${textValue(items)}`);
    };
    section('dasarHukum', 'dasar-hukum', id.dasarHukum);
    comment('keterkaitan', I);
    out.push(`${I}keterkaitan ${textValue(id.keterkaitan)}`);
    section('kualifikasi', 'kualifikasi', id.kualifikasi);
    section('peralatan', 'peralatan', id.peralatan);
    section('peringatan', 'peringatan', id.peringatan);
    section('pencatatan', 'pencatatan', id.pencatatan);
    for (const [label, value] of Object.entries(id.extra ?? {})) {
        const key = /^maksud|^tujuan/i.test(label) ? 'maksud' : /^ruang/i.test(label) ? 'ruang-lingkup' : /^definisi/i.test(label) ? 'definisi' : undefined;
        if (key && value) out.push(`${I}${key} ${q(value)}`);
        else out.push(`${I}// import: ${importMessage('extraField', speak, label, value.replace(/[\r\n]+/g, ' '))}`);
    }
    out.push('');
    // pelaksana
    const used = new Set<string>();
    const actors = m.columns.pelaksana.map((h, i) => unique(idFrom(h, 2, 'pelaksana'), used, String(i + 1)));
    m.columns.pelaksana.forEach((h, i) => out.push(`${I}pelaksana ${actors[i]} ${q(h)}`));
    if (!actors.length && m.rows.length) {
        // no pelaksana column was read (the doubt says so): one placeholder keeps the rows valid
        actors.push(unique('belumTerbaca', used, '1'));
        out.push(`${I}pelaksana ${actors[0]} "(tidak terbaca dari PDF)"`);
    }
    out.push('');
    // steps
    comment('table', I);
    out.push(`${I}prosedur {`);
    const II = '    ';
    const stepIds = new Map<number, string>();
    for (const r of m.rows) stepIds.set(r.no, unique(idFrom(r.kegiatan, 2, 'langkah'), used, String(r.no)));
    const symsOf = (row: number) => m.symbols.filter(s => s.row === row);
    const byId = new Map(m.symbols.map(s => [s.id, s]));
    const rowsWithSymbols = m.rows.filter(r => symsOf(r.no).length);
    const ref = (t: ImportedSymbol, fromRow: number): string => {
        const list = symsOf(t.row);
        const idx = list.indexOf(t);
        const step = t.row === fromRow ? '' : stepIds.get(t.row)!;
        if (idx === 0 && step) return step;
        const sameCol = list.filter(s => s.column === t.column).length > 1;
        return `${step}.${sameCol ? idx + 1 : actors[t.column]}`;
    };
    const symText = (s: ImportedSymbol) => {
        const a = actors[s.column];
        if (s.kind === 'capsule') return s.text ? `(${a} ${q(s.text)})` : `(${a})`;
        if (s.kind === 'diamond') return s.text ? `<${a} ${q(s.text)}>` : `${a}?`;
        // a plain pelaksana may be drawn as the shape its flow asks for (a capsule at the start or the
        // end): where that could happen, the box is written as a box
        if (s.text) return `[${a} ${q(s.text)}]`;
        if (s.assumed) return `[${a}]`;
        const list = symsOf(s.row);
        const noOut = !m.arrows.some(x => x.from === s.id);
        const firstOfAll = s.row === m.rows[0]?.no && list[0] === s;
        const lastRow = !m.rows.some(r => r.no > s.row && symsOf(r.no).length);
        return noOut || firstOfAll || (lastRow && list[list.length - 1] === s) ? `[${a}]` : a;
    };
    for (const [ri, r] of m.rows.entries()) {
        comment(`row:${r.no}`, II);
        const list = symsOf(r.no);
        const stepId = stepIds.get(r.no)!;
        const nextRow = rowsWithSymbols.find(x => x.no > r.no);
        let symbols = list.map(symText).join(' > ');
        if (!list.length) symbols = `[${actors[0]}]`; // no pelaksana column at all (the comment above says so)
        const cells = [cell(r.kelengkapan), duration(r.waktu), cell(r.output)];
        if (m.columns.keterangan) cells.push(cell(r.keterangan));
        const flows: string[] = [];
        list.forEach((s, i) => {
            const outs = m.arrows.filter(a => a.from === s.id).map(a => ({ ...a, t: byId.get(a.to)! })).filter(a => a.t);
            const implied = i + 1 < list.length ? list[i + 1] : nextRow ? symsOf(nextRow.no)[0] : undefined;
            let flow = '';
            if (s.kind === 'diamond' && outs.length) {
                const positive = (l?: string) => (/^(ya|yes|y|sesuai|setuju|lengkap|benar|ok)\b/i.test(l ?? '') ? 0 : 1);
                outs.sort((a, b) => positive(a.label) - positive(b.label));
                flow = outs.map(o => `${simpleLabel(o.label ?? '?')} -> ${ref(o.t, r.no)}`).join('  ');
                if (outs.length !== 2 || outs.some(o => !o.label)) out.push(`${II}// import: ${importMessage(outs.some(o => !o.label) ? 'decisionWaysUnlabelled' : 'decisionWays', speak, r.no, actors[s.column], outs.length)}`);
            } else if (!outs.length) {
                const lastOfAll = i === list.length - 1 && !nextRow;
                if (!lastOfAll || s.assumed) flow = s.kind === 'capsule' && i === list.length - 1 ? 'selesai' : 'buntu';
            } else if (outs.length === 1 && implied && outs[0].t === implied && !outs[0].label) {
                flow = '';
            } else if (outs.length === 1 && !implied && outs[0].t.kind === 'capsule') {
                flow = `-> ${ref(outs[0].t, r.no)}`;
            } else {
                flow = `-> ${outs.map(o => ref(o.t, r.no)).join(', ')}`;
            }
            if (i === list.length - 1) { if (flow) flows.unshift(flow); }
            else if (flow || (implied && !outs.length)) {
                const name = list.filter(x => x.column === s.column).length > 1 ? String(i + 1) : actors[s.column];
                flows.push(`${name}: ${flow || 'buntu'}`);
            }
        });
        void ri;
        out.push(`${II}${r.no} ${stepId} ${symbols} ${q(r.kegiatan || '-')} | ${cells.join(' | ')}${flows.length ? '  ' + flows.join('  ') : ''}`);
        if (m.pageBreaks.includes(r.no) && r !== m.rows[m.rows.length - 1]) out.push(`${II}halaman-baru`);
    }
    out.push(`${I}}`);
    out.push('}');
    return { text: out.join('\n') + '\n', docId };
}
