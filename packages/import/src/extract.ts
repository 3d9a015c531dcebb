/**
 * From the geometry of a signed SOP's pages to the neutral model: the identity block by its labels,
 * the procedure table by its grid and headings, the flowchart by its shapes and arrows.
 * Whatever is not read with confidence becomes a doubt, never a guess.
 */
import type { PageGeometry, PdfGeometry, TextRun } from './pdf.js';
import { clean, cluster, cx, cy, distToBox, distToPoints, gridOf, joinLines, shapesOf, toLines, type Grid, type Line, type Segment, type Shape } from './layout.js';
import type { ImportDoubt, ImportedArrow, ImportedIdentity, ImportedRow, ImportedSop, ImportedSymbol, SymbolKind } from './model.js';
import { importMessage, type ImportMessageCode } from './messages.js';
import type { Lang } from '@sop/language';

export interface Extraction {
    model: ImportedSop;
    doubts: ImportDoubt[];
    /** Pages that hold images and no text (scanned). */
    scannedPages: number[];
}

/** Text that is no part of the SOP: the e-signature footer, the draft mark of our own exporter. */
const footer = /dokumen ini telah ditandatangani|pindai kode qr|balai sertifikasi elektronik|^\s*(konsep|draft)\s*:.*(galat|error)|^\s*k\s?o\s?n\s?s\s?e\s?p\s*$|^\s*d\s?r\s?a\s?f\s?t\s*$/i;

/** The language of the doubts of the extraction under way (set by `extract`, which runs synchronously). */
let speaking: Lang = 'en';

/** A doubt: where it belongs, its code and arguments, its message in the extraction's language. */
function doubt(where: string, code: ImportMessageCode, ...args: Array<string | number>): ImportDoubt {
    return { where, code, ...(args.length ? { args } : {}), message: importMessage(code, speaking, ...args) };
}

// ---------------------------------------------------------------- identity

type FieldKey = 'nomor' | 'dibuat' | 'direvisi' | 'efektif' | 'disahkan' | 'nama';
const fieldLabels: Array<[FieldKey, RegExp]> = [
    ['nomor', /^(nomor|no\.?)\s*sop(\s*ap)?\b\s*:?/i],
    ['direvisi', /^(tanggal|tgl\.?)\s*revisi\b\s*:?/i],
    ['efektif', /^(tanggal|tgl\.?)\s*(efektif|pengesahan|berlaku)\b\s*:?/i],
    ['dibuat', /^(tanggal|tgl\.?)(\s*(pembuatan|pemb\w*|dibuat))?\b\s*:?/i],
    ['disahkan', /^disahkan(\s*oleh)?\b\s*:?/i],
    ['nama', /^(nama|judul)\s*sop(\s*ap)?\b\s*:?/i],
];

type SectionKey = 'dasarHukum' | 'kualifikasi' | 'keterkaitan' | 'peralatan' | 'peringatan' | 'pencatatan' | 'extra';
const sectionLabels: Array<[SectionKey, RegExp]> = [
    ['dasarHukum', /^dasar\s*hukum\s*:?/i],
    ['kualifikasi', /^kualifikasi(\s*pelaksana)?\s*:?/i],
    ['keterkaitan', /^keterkaitan(\s*(dengan\s*)?sop)?\s*:?/i],
    ['peralatan', /^(peralatan|perlengkapan)(\s*\/?\s*(perlengkapan|peralatan))?\s*:?/i],
    ['peringatan', /^peringatan\s*:?/i],
    ['pencatatan', /^pencatatan(\s*dan\s*pendataan)?\s*:?/i],
    ['extra', /^(maksud(\s*dan\s*tujuan)?|tujuan|ruang\s*lingkup|definisi|sasaran)\s*:/i],
    ['extra', /^(maksud(\s*dan\s*tujuan)?|ruang\s*lingkup|definisi)\s*$/i],
];

/** Splits a section's lines into items: a numbered or bulleted line starts one. */
function items(lines: readonly string[], columnWidth: number, lineWidths: readonly number[]): string[] {
    const marker = /^(\d{1,2}\s*[.,)]|[a-z]\s*[.)]|[-•·▪●◦*]|\(\d{1,2}\)|\(?[a-z]\))\s*/i;
    const ls = lines.map(clean).filter(l => l && l !== '-' && l !== ':');
    if (!ls.length) return [];
    const out: string[] = [];
    if (ls.some(l => marker.test(l))) {
        for (const l of ls) {
            if (marker.test(l) || !out.length) out.push(l.replace(marker, ''));
            else out[out.length - 1] = joinLines([out[out.length - 1], l]);
        }
    } else if (ls.length > 1 && lineWidths.every(w => w < columnWidth * 0.6)) {
        out.push(...ls); // short unmarked lines: one item each
    } else {
        out.push(joinLines(ls));
    }
    return out.map(s => clean(s.replace(/^:\s*/, ''))).filter(s => s && s !== '-');
}

function readIdentity(page: PageGeometry, bottom: number, doubts: ImportDoubt[]): ImportedIdentity {
    const id: ImportedIdentity = {};
    const runs = page.texts.filter(t => cy(t) < bottom && !footer.test(t.str));
    const lines = toLines(runs);
    // 1. the fields of the right-hand block, by their labels
    type Found = { key: FieldKey; line: Line; x: number; label: string; value: string };
    const found: Found[] = [];
    for (const line of lines) {
        for (let s = 0; s < line.segments.length; s++) {
            const seg = line.segments[s];
            const text = line.segments.slice(s).map(g => g.text).join(' ');
            for (const [key, re] of fieldLabels) {
                const m = re.exec(text);
                if (!m || found.some(f => f.key === key)) continue;
                // "Tanggal" alone is the creation date only when no other date label uses this line
                const label = clean(m[0].replace(/:\s*$/, ''));
                found.push({ key, line, x: seg.x, label, value: clean(text.slice(m[0].length).replace(/^\s*:\s*/, '')) });
                break;
            }
            if (found.some(f => f.line === line)) break;
        }
    }
    const labelX = found.length ? Math.min(...found.map(f => f.x)) : page.width / 2;
    found.sort((a, b) => a.line.y - b.line.y);
    id.labels = {};
    for (let i = 0; i < found.length; i++) {
        const f = found[i];
        const next = found[i + 1]?.line.y ?? Infinity;
        id.labels[f.key] = f.label;
        // lines below the label, before the next label or the first section, right of the labels
        const right = (l: Line) => l.segments.filter(g => g.x > labelX + 5).map(g => g.text).join(' ');
        // a value printed a little above its label's line (the next label's, when it has none on its line)
        const nextF = found[i + 1];
        const nextNear = nextF && !nextF.value ? lines.filter(l => l !== nextF.line && Math.abs(l.y - nextF.line.y) < 1.5 * nextF.line.h && right(l) && !/^nip\b/i.test(right(l))) : [];
        const below = lines.filter(l => l.y > f.line.y + 1 && l.y < next - 1 && !nextNear.includes(l) && right(l) && !sectionLabels.some(([, re]) => re.test(right(l)))).map(l => ({ ...l, text: right(l) }));
        if (f.key === 'disahkan') {
            // the office may stand above the label (between the dates and it), the name below
            const prevY = found[i - 1]?.line.y ?? -Infinity;
            const above = f.value ? [] : lines.filter(l => l.y > prevY + 1 && l.y < f.line.y - 1 && right(l) && !fieldLabels.some(([, re]) => re.test(right(l)))).map(right);
            const parts = [...above, f.value, ...below.map(l => l.text)].map(clean).filter(Boolean);
            const nipLine = parts.find(p => /^nip\b/i.test(p));
            const rest = parts.filter(p => p !== nipLine);
            const d: NonNullable<ImportedIdentity['disahkan']> = {};
            if (nipLine) d.nip = clean(nipLine.replace(/^nip\.?\s*:?\s*/i, ''));
            if (rest.length >= 2) { d.nama = rest[rest.length - 1]; d.jabatan = rest.slice(0, -1).join(' '); }
            else if (rest.length === 1) { d.jabatan = rest[0]; doubts.push(doubt('disahkan', 'officialNameMissing', f.label, rest[0])); }
            else doubts.push(doubt('disahkan', 'approvalEmpty', f.label));
            id.disahkan = d;
        } else if (f.key === 'nama') {
            const upTo = lines.filter(l => l.y > f.line.y + 1 && l.x > labelX + 5 && l.y < f.line.y + 40 && !sectionLabels.some(([, re]) => re.test(l.segments[0].text)));
            // continuation lines of the title: directly below, before a blank gap
            const cont: string[] = [];
            let lastY = f.line.y;
            for (const l of upTo) { if (l.y - lastY > l.h * 2.2) break; cont.push(l.segments.filter(s => s.x > labelX + 5).map(s => s.text).join(' ')); lastY = l.y; }
            let parts = [f.value];
            if (!f.value) {
                // a title of two lines printed around its label's line, one above and one below
                const near = lines.filter(l => l !== f.line && Math.abs(l.y - f.line.y) < 1.5 * f.line.h && right(l) && !/^nip\b/i.test(right(l)));
                parts = near.map(right);
            }
            id.nama = joinLines([...parts, ...cont.filter(c => !parts.includes(c))]);
        } else {
            // a value printed over another (a new number over the old one, which a white box
            // hides): the one drawn last is the one seen
            const over = lines.find(l => l !== f.line && Math.abs(l.y - f.line.y) < 0.6 * f.line.h && right(l));
            if (over && f.value) {
                const last = (rs: TextRun[]) => Math.max(-1, ...rs.map(r => page.texts.indexOf(r)));
                const mine = f.line.segments.filter(g => g.x > labelX + 5).flatMap(g => g.runs);
                const theirs = over.segments.filter(g => g.x > labelX + 5).flatMap(g => g.runs);
                if (last(theirs) > last(mine)) f.value = clean(right(over));
            }
            id[f.key] = joinLines([f.value, ...(f.key === 'nomor' ? [] : [])]);
            if (!id[f.key]) {
                const v = below.map(l => l.text).join(' ');
                if (v) id[f.key] = v;
            }
        }
    }
    for (const key of ['nomor', 'dibuat', 'efektif', 'disahkan', 'nama'] as FieldKey[]) {
        if (!found.some(f => f.key === key)) doubts.push(doubt(key, 'fieldLabelMissing', key));
    }
    // 2. the sections of the two-column grid
    type Sec = { key: SectionKey; label: string; x: number; y: number; value: string };
    const secs: Sec[] = [];
    for (const line of lines) {
        for (const seg of line.segments) {
            for (const [key, re] of sectionLabels) {
                const m = re.exec(seg.text);
                if (!m) continue;
                if (key !== 'extra' && secs.some(s => s.key === key)) continue;
                secs.push({ key, label: clean(seg.text.slice(0, m[0].length).replace(/:\s*$/, '')), x: seg.x, y: line.y, value: clean(seg.text.slice(m[0].length)) });
                break;
            }
        }
    }
    const firstSecY = secs.length ? Math.min(...secs.map(s => s.y)) : bottom;
    // 3. the unit block beside the logo: left of the labels, above the sections
    const unitLines = lines.filter(l => l.y < firstSecY - 2).map(l => l.segments.filter(g => g.x1 < labelX - 5).map(g => g.text).join(' ')).filter(Boolean);
    id.unit = unitLines.filter(t => !fieldLabels.some(([, re]) => re.test(t)));
    if (!id.unit.length) delete id.unit;
    // right column: a section that has another one left of it on its line
    const rightXs = secs.filter(s => secs.some(o => o !== s && Math.abs(o.y - s.y) < 3 && o.x < s.x - 30)).map(s => s.x);
    const split = rightXs.length ? splitFor(Math.min(...rightXs), gridOf(page), firstSecY) : Infinity;
    for (const s of secs) {
        const right = s.x >= split - 2;
        const col0 = right ? split - 2 : -Infinity, col1 = right ? Infinity : split - 2;
        const sameCol = secs.filter(o => o !== s && (o.x >= split - 2) === right && o.y > s.y + 1);
        const end = Math.min(bottom, ...sameCol.map(o => o.y - 1));
        const content: Array<{ text: string; w: number }> = [];
        if (s.value) content.push({ text: s.value, w: 0 });
        const colLines = toLines(runs.filter(r => r.x >= col0 && r.x < col1), 4);
        for (const l of colLines) {
            if (l.y <= s.y + 1 || l.y >= end) continue;
            content.push({ text: l.text, w: l.x1 - l.x });
        }
        const width = right ? page.width - split : split - 40;
        const list = items(content.map(c => c.text), width, content.map(c => c.w || width));
        if (s.key === 'extra') {
            id.extra = { ...id.extra, [s.label.replace(/\s+/g, ' ')]: joinLines(list) };
        } else {
            id[s.key] = list;
            id.labels[s.key] = s.label;
        }
    }
    for (const key of ['dasarHukum', 'kualifikasi', 'keterkaitan', 'peralatan', 'peringatan', 'pencatatan'] as const) {
        if (!secs.some(s => s.key === key)) doubts.push(doubt(key, 'sectionMissing', key));
    }
    return id;
}

/** The x where the right column of the identity grid starts: the grid line just left of its headings. */
function splitFor(headingX: number, grid: Grid, y: number): number {
    const near = grid.v.filter(v => v.y0 - 2 <= y && v.y1 + 2 >= y && v.x <= headingX + 1 && v.x > headingX - 40).map(v => v.x);
    return near.length ? Math.max(...near) + 1 : headingX;
}


// ---------------------------------------------------------------- table

type ColRole = 'no' | 'kegiatan' | 'pelaksana' | 'kelengkapan' | 'waktu' | 'output' | 'keterangan' | 'other';
interface Column { x0: number; x1: number; role: ColRole; header: string }
interface TablePage {
    page: number;
    columns: Column[];
    headerTop: number;
    /** Row bands with the row number read in the No column. */
    bands: Array<{ y0: number; y1: number; no?: number; kind: 'row' | 'numbers' | 'other' }>;
}

const roleOf = (h: string): ColRole | undefined => {
    const t = h.toLowerCase().replace(/^mutu\s*b[au]ku\s*/, '');
    if (/^no\.?$|^nomor$/.test(t)) return 'no';
    if (/^(uraian\s*)?(kegiatan|aktivitas|aktifitas|prosedur)\b|^uraian$/.test(t)) return 'kegiatan';
    if (/kelengkapan|persyaratan|perlengkapan|^input|^sumber data|^bahan/.test(t)) return 'kelengkapan';
    if (/^waktu/.test(t)) return 'waktu';
    if (/^(output|keluaran|hasil)/.test(t)) return 'output';
    if (/^ket\.?$|^keterangan/.test(t)) return 'keterangan';
    return undefined;
};

export function findTable(page: PageGeometry, pageIndex: number, previous: TablePage | undefined): TablePage | undefined {
    const grid = gridOf(page);
    const runs = page.texts.filter(t => !footer.test(t.str) && t.str.trim());
    const kegRe = /^\s*((uraian\s+)?(kegiatan|aktivitas|aktifitas|prosedur)(\s*\/\s*(kegiatan|aktivitas|aktifitas))?|uraian)\s*$/i;
    // the heading of the activity column; a cell of the body may hold the word alone too (the
    // second line of "Menyusun draft pedoman / kegiatan"): the heading is the one with the other
    // headings (No, Pelaksana, Mutu Baku, Waktu, Output ...) on its level, else the topmost
    const headWord = /^\s*(no\.?|nomor|pelaksana|mutu\s*b[au]ku|waktu|output|keluaran|kelengkapan|persyaratan.*|ket\.?|keterangan)\s*:?\s*$/i;
    const score = (k: TextRun) => runs.filter(t => t !== k && Math.abs(cy(t) - cy(k)) < 40 && headWord.test(t.str)).length;
    const best = (cands: TextRun[]) => cands.map(k => ({ k, s: score(k) })).sort((a, b) => b.s - a.s || a.k.y - b.k.y)[0]?.k;
    let kegiatan: TextRun | undefined = best(runs.filter(t => kegRe.test(t.str)));
    // the heading written in several runs ("Uraian" "Prosedur")
    const segs = toLines(runs).flatMap(l => l.segments).filter(g => kegRe.test(g.text) && g.runs.length > 1)
        .map(seg => ({ str: seg.text, x: seg.x, y: Math.min(...seg.runs.map(r => r.y)), w: seg.x1 - seg.x, h: Math.max(...seg.runs.map(r => r.h)) }));
    if (!kegiatan || (segs.length && score(best(segs)!) > score(kegiatan))) kegiatan = best([...(kegiatan ? [kegiatan] : []), ...segs]);
    let headerTop: number, headerBottom: number;
    let columns: Column[];
    if (kegiatan) {
        const headRuns = runs.filter(t => Math.abs(cy(t) - cy(kegiatan)) < 40 && /^\s*(no\.?|pelaksana|mutu\s*b[au]ku)\s*$/i.test(t.str));
        headerTop = Math.min(kegiatan.y, ...headRuns.map(t => t.y)) - 2;
        // the grid lines under the heading: vertical lines crossing a band just below it
        const hs = cluster(grid.h.filter(h => h.y > headerTop - 6).map(h => h.y));
        const top = hs.filter(y => y < headerTop + 4).pop() ?? headerTop;
        // find the first horizontal line below which the first row number stands
        const xsAt = (y: number) => cluster(grid.v.filter(v => v.y0 - 1 <= y && v.y1 + 1 >= y).map(v => v.x), 3);
        const probeY = Math.max(cy(kegiatan) + 12, ...runs.filter(t => Math.abs(cy(t) - cy(kegiatan)) < 30).map(t => t.y + t.h + 2));
        // the column borders in the heading's lower row (where the pelaksana names stand; the
        // Kegiatan cell spans it); else those crossing the first rows
        let headY = kegiatan.y + kegiatan.h * 0.9;
        // better: just above the first row, in the heading's lowest row (under "Pelaksana" and "Mutu Baku")
        const k0 = kegiatan;
        const no1 = runs.filter(t => t.y > k0.y + k0.h && t.x < k0.x && /^\s*\(?\d{1,3}\)?\s*\.?\s*$/.test(t.str)).sort((a, b) => a.y - b.y)[0];
        if (no1) {
            const hb = cluster(grid.h.filter(h => h.x0 < k0.x && h.y > k0.y + k0.h - 1 && h.y < no1.y + 1).map(h => h.y)).pop();
            if (hb !== undefined && xsAt(hb - 2).length >= xsAt(headY).length) headY = hb - 2;
        }
        let edges = xsAt(headY);
        if (no1 && edges.length >= 3) {
            // a heading cell over No and Kegiatan together: the rows have the border between them
            const kegEnd = edges.find(x => x > cx(kegiatan)) ?? Infinity;
            const rowEdges = xsAt(no1.y + no1.h / 2).filter(x => x < kegEnd - 3 && !edges.some(e => Math.abs(e - x) < 3));
            edges = [...edges, ...rowEdges].sort((a, b) => a - b);
        }
        if (edges.length < 4) {
            edges = xsAt(probeY + 8);
            for (let dy = 16; edges.length < 4 && dy < 120; dy += 8) edges = xsAt(probeY + dy);
        }
        if (edges.length < 4) return undefined;
        columns = [];
        for (let i = 0; i + 1 < edges.length; i++) if (edges[i + 1] - edges[i] > 6) columns.push({ x0: edges[i], x1: edges[i + 1], role: 'other', header: '' });
        // heading band: from the top of the heading to the first line under the lowest heading text
        const headTexts = runs.filter(t => t.y >= top - 3 && t.y < top + 70);
        // find the end of the heading: the first horizontal line that spans the No column below kegiatan
        const noCol = columns[0];
        const spanning = cluster(grid.h.filter(h => h.x0 <= noCol.x0 + 3 && h.x1 >= noCol.x1 - 3).map(h => h.y));
        // the heading ends at the last border above the first number in the No column
        const firstNo = runs.filter(t => t.y > kegiatan.y + kegiatan.h && cx(t) > noCol.x0 && cx(t) < noCol.x1 && /^\s*\(?\d{1,3}\)?\s*\.?\s*$/.test(t.str)).sort((a, b) => a.y - b.y)[0];
        const above = firstNo ? spanning.filter(y => y > kegiatan.y + kegiatan.h - 1 && y < firstNo.y + 1) : [];
        headerBottom = above.length ? above[above.length - 1] : spanning.find(y => y > kegiatan.y + kegiatan.h) ?? kegiatan.y + kegiatan.h + 4;
        for (const c of columns) {
            const ls = toLines(headTexts.filter(t => cy(t) < headerBottom && cx(t) > c.x0 && cx(t) < c.x1 && !/^\s*(mutu\s*b[au]ku|mutu|baku)\s*$/i.test(t.str) && !(/^\s*pelaksana\s*$/i.test(t.str) && t.y < kegiatan.y - 3)));
            // "Pelaksana" over the pelaksana columns is a heading of the group, not of this column
            if (ls.length > 1 && /^pelaksana:?$/i.test(ls[0].text)) ls.shift();
            c.header = joinLines(ls.map(l => l.text));
            c.role = roleOf(c.header) ?? 'other';
        }
        const k = columns.findIndex(c => c.role === 'kegiatan');
        const firstMutu = columns.findIndex(c => c.role === 'kelengkapan' || c.role === 'waktu' || c.role === 'output');
        if (k < 0) return undefined;
        const lastP = firstMutu > k ? firstMutu : columns.findIndex((c, i) => i > k && c.role === 'keterangan');
        for (let i = k + 1; i < (lastP > k ? lastP : columns.length); i++) if (columns[i].role === 'other') columns[i].role = 'pelaksana';
        if (!columns.some(c => c.role === 'no') && columns[0].x1 - columns[0].x0 < 40) columns[0].role = 'no';
    } else if (previous) {
        // a continuation page without heading: same columns when the grid matches
        const ys = cluster(grid.h.map(h => h.y));
        if (!ys.length) return undefined;
        const probe = ys[0] + 4;
        const edges = cluster(grid.v.filter(v => v.y0 - 1 <= probe && v.y1 + 1 >= probe).map(v => v.x), 3);
        if (!previous.columns.every(c => edges.some(e => Math.abs(e - c.x0) < 3))) return undefined;
        columns = previous.columns;
        headerTop = ys[0] - 1;
        headerBottom = ys[0] - 0.5;
    } else {
        return undefined;
    }
    const noCol = columns.find(c => c.role === 'no') ?? columns[0];
    const ys = cluster(grid.h.filter(h => h.x0 <= noCol.x0 + 3 && h.x1 >= noCol.x1 - 3 && h.y >= headerBottom - 1).map(h => h.y), 2);
    const bands: TablePage['bands'] = [];
    const kegCol = columns.find(c => c.role === 'kegiatan');
    for (let i = 0; i + 1 < ys.length; i++) {
        const y0 = ys[i], y1 = ys[i + 1];
        if (y1 - y0 < 5) continue;
        const inCell = (c: Column) => runs.filter(t => cy(t) > y0 && cy(t) < y1 && cx(t) > c.x0 && cx(t) < c.x1).map(t => t.str.trim()).join(' ').trim();
        const noText = inCell(noCol);
        const kegText = kegCol ? inCell(kegCol) : '';
        const num = (x: string) => (/^\(?\d+\)?$/.test(x) ? Number(x.replace(/\D/g, '')) : NaN);
        if (num(noText) + 1 === num(kegText)) bands.push({ y0, y1, kind: 'numbers' });
        else if (/^\d{1,3}\s*\.?$/.test(noText)) bands.push({ y0, y1, no: Number(noText.replace(/\D/g, '')), kind: 'row' });
        else bands.push({ y0, y1, kind: 'other' });
    }
    if (!bands.some(b => b.kind === 'row')) return undefined;
    return { page: pageIndex, columns, headerTop, bands };
}

function cellText(page: PageGeometry, c: Column, y0: number, y1: number): string {
    const runs = page.texts.filter(t => cy(t) > y0 && cy(t) < y1 && cx(t) > c.x0 - 1 && cx(t) < c.x1 + 1 && !footer.test(t.str));
    return joinLines(toLines(runs, 4).map(l => l.text));
}

// ---------------------------------------------------------------- flowchart

interface PSym { sym: ImportedSymbol; shape: Shape; page: number; order: number }
interface Connector { shape: Shape; page: number; column: number; y: number }

const symbolKinds = new Set(['capsule', 'box', 'diamond']);

/** Reads the model from a PDF's geometry; the doubts are said in `lang`. */
export function extract(geo: PdfGeometry, source?: string, lang: Lang = 'en'): Extraction {
    speaking = lang;
    const doubts: ImportDoubt[] = [];
    // a page with images and no text but the e-signature footer is a scan (or a picture of the table)
    const scannedPages = geo.pages.map((p, i) => (p.texts.filter(t => t.str.trim() && !footer.test(t.str)).length === 0 && p.images > 0 ? i + 1 : 0)).filter(Boolean);
    const model: ImportedSop = { source, identity: {}, columns: { pelaksana: [], mutuBaku: [], keterangan: false }, rows: [], symbols: [], arrows: [], pageBreaks: [] };
    const p1 = geo.pages[0];
    if (p1) {
        const w = Math.min(p1.width, p1.height), h = Math.max(p1.width, p1.height);
        const papers: Array<[string, number, number]> = [['A4', 595.3, 841.9], ['letter', 612, 792], ['legal', 612, 1008], ['F4', 609.4, 935.4]];
        const best = papers.map(([n, pw, ph]) => ({ n, d: Math.abs(pw - w) + Math.abs(ph - h) })).sort((a, b) => a.d - b.d)[0];
        model.paper = { name: best.n, width: Math.round(p1.width), height: Math.round(p1.height), landscape: p1.width > p1.height };
        if (best.d > 12) doubts.push(doubt('paper', 'paperUnknown', Math.round(p1.width), Math.round(p1.height), best.n));
    }
    if (scannedPages.length === geo.pages.length) {
        doubts.push(doubt('file', 'scanned', scannedPages.length));
        return { model, doubts, scannedPages };
    }
    for (const s of scannedPages) doubts.push(doubt('file', 'scannedPage', s));

    // the table pages
    const tables: TablePage[] = [];
    for (let i = 0; i < geo.pages.length; i++) {
        const t = findTable(geo.pages[i], i, tables[tables.length - 1]);
        if (t) tables.push(t);
    }
    // identity: page 1, above the table if the table starts there
    if (p1) {
        const bottom = tables[0]?.page === 0 ? tables[0].headerTop : p1.height;
        model.identity = readIdentityWithX(p1, bottom, doubts);
    }
    if (!tables.length) {
        const pictures = geo.pages.reduce((n, p) => n + p.imageBoxes.filter(b => (b[2] - b[0]) * (b[3] - b[1]) > 0.1 * p.width * p.height).length, 0);
        doubts.push(pictures ? doubt('table', 'noTablePictures', pictures) : doubt('table', 'noTable'));
        return { model, doubts, scannedPages };
    }
    const first = tables[0];
    model.columns.pelaksana = first.columns.filter(c => c.role === 'pelaksana').map(c => c.header);
    model.columns.mutuBaku = first.columns.filter(c => c.role === 'kelengkapan' || c.role === 'waktu' || c.role === 'output').map(c => c.header);
    model.columns.keterangan = first.columns.some(c => c.role === 'keterangan');
    if (tables.some(t => t.bands.some(b => b.kind === 'numbers'))) model.columns.numbers = true;
    model.identity.labels = { ...model.identity.labels };
    for (const c of first.columns) if (c.role !== 'pelaksana' && c.role !== 'other' && !model.identity.labels[c.role]) model.identity.labels[c.role] = c.header;
    for (const c of first.columns) if (c.role === 'other') doubts.push(c.header ? doubt('table', 'columnUnknown', c.header) : doubt('table', 'columnNoHeading'));
    if (!model.columns.pelaksana.length) doubts.push(doubt('table', 'noPelaksana'));

    // rows
    const symbols: PSym[] = [];
    const connectors: Connector[] = [];
    /**
     * `down`: a connector leaving its symbol and the table at the bottom of the page (no head, no
     * off-page connector), at this x; `up`: one coming in at the top of a continuation page, at this x.
     */
    const arrowsRaw: Array<{ page: number; shape: Shape; from?: PSym | Connector; to?: PSym | Connector; label?: string; down?: number; up?: number }> = [];
    let lastNo = 0;
    const pictureRows: number[] = [];
    const rowBand = new Map<number, { page: number; y0: number; y1: number }>();
    for (const [ti, t] of tables.entries()) {
        const page = geo.pages[t.page];
        for (const b of t.bands) {
            if (b.kind !== 'row') {
                if (b.kind === 'other') {
                    const txt = t.columns.filter(c => c.role !== 'pelaksana').map(c => cellText(page, c, b.y0, b.y1)).join(' ').trim();
                    if (txt && rowBand.size) doubts.push(doubt(`row:${lastNo}`, 'rowWithoutNumber', t.page + 1, txt.slice(0, 60)));
                }
                continue;
            }
            const no = b.no!;
            if (rowBand.has(no)) { doubts.push(doubt(`row:${no}`, 'rowTwice', no)); continue; }
            const get = (role: ColRole) => { const c = t.columns.find(x => x.role === role); return c ? cellText(page, c, b.y0, b.y1) : undefined; };
            const row: ImportedRow = { no, kegiatan: get('kegiatan') ?? '', page: ti + 1 };
            const k = get('kelengkapan'), w = get('waktu'), o = get('output'), n = get('keterangan');
            if (k) row.kelengkapan = k;
            if (w) row.waktu = w;
            if (o) row.output = o;
            if (n) row.keterangan = n;
            if (!row.kegiatan) doubts.push(doubt(`row:${no}`, 'kegiatanEmpty'));
            if (no !== lastNo + 1) doubts.push(doubt(`row:${no}`, 'rowOrder', no, lastNo));
            lastNo = no;
            model.rows.push(row);
            rowBand.set(no, { page: t.page, y0: b.y0, y1: b.y1 });
        }
        if (ti + 1 < tables.length && model.rows.length) model.pageBreaks.push(model.rows[model.rows.length - 1].no);
        // shapes of this page
        const pcols = t.columns.filter(c => c.role === 'pelaksana');
        const rowsHere = t.bands.filter(b => b.kind === 'row');
        const shapes = shapesOf(page);
        const texts = page.texts.filter(r => r.str.trim() && !footer.test(r.str));
        const colOf = (x: number) => pcols.findIndex(c => x > c.x0 - 1 && x < c.x1 + 1);
        const rowOf = (y: number) => rowsHere.find(b => y > b.y0 - 1 && y < b.y1 + 1)?.no;
        const tableBottom = Math.max(...t.bands.map(b => b.y1));
        // a flowchart pasted as a picture over the pelaksana columns cannot be read
        if (pcols.length) {
            const px0 = pcols[0].x0, px1 = pcols[pcols.length - 1].x1, py0 = Math.min(...rowsHere.map(b => b.y0));
            const pic = page.imageBoxes.find(b => Math.min(b[2], px1) - Math.max(b[0], px0) > (px1 - px0) * 0.5 && Math.min(b[3], tableBottom) - Math.max(b[1], py0) > 20);
            if (pic) {
                doubts.push(doubt('table', 'flowchartPicture', t.page + 1));
                pictureRows.push(...rowsHere.map(b => b.no!));
                continue;
            }
        }
        for (const s of shapes) {
            const [x0, y0, x1, y1] = s.bbox;
            const mx = (x0 + x1) / 2, my = (y0 + y1) / 2;
            if (my < Math.min(...rowsHere.map(b => b.y0)) || my > tableBottom + 2) continue;
            // a shaded cell is no symbol
            const cellW = (pcols.find(c => mx > c.x0 && mx < c.x1) ?? t.columns.find(c => mx > c.x0 && mx < c.x1))?.x1;
            const colSpan = t.columns.find(c => mx > c.x0 && mx < c.x1);
            if (s.kind === 'box' && colSpan && x1 - x0 > (colSpan.x1 - colSpan.x0) * 0.92) continue;
            void cellW;
            const col = colOf(mx);
            if (s.kind === 'offpage') { connectors.push({ shape: s, page: t.page, column: col, y: my }); continue; }
            if (!symbolKinds.has(s.kind)) {
                if (s.kind === 'other' && col >= 0) doubts.push(doubt(`row:${rowOf(my) ?? '?'}`, 'shapeUnknown', t.page + 1));
                continue;
            }
            const row = rowOf(my);
            if (col >= model.columns.pelaksana.length) {
                doubts.push(doubt(`row:${row ?? lastNo}`, 'symbolExtraColumn', s.kind, t.page + 1));
                continue;
            }
            if (col < 0 || row === undefined) {
                doubts.push(doubt(`row:${row ?? lastNo}`, 'symbolOutside', s.kind, t.page + 1));
                continue;
            }
            const inside = texts.filter(r => distToBox([cx(r), cy(r)], s.bbox) < 0.5 && r.w < x1 - x0 + 4);
            const text = joinLines(toLines(inside).map(l => l.text));
            // a framed branch label (a text box around "Ya"/"Tidak") is no symbol
            if (s.kind === 'box' && /^(ya|tidak|yes|no|y|t)$/i.test(text) && x1 - x0 < 45) continue;
            const sym: ImportedSymbol = { id: '', row, column: col, kind: s.kind as SymbolKind };
            if (text) sym.text = text;
            symbols.push({ sym, shape: s, page: t.page, order: symbols.length });
        }
        // arrows: attach tail and tip to the nearest symbol or connector of this page
        const firstTop = Math.min(...rowsHere.map(b => b.y0));
        const here = [...symbols.filter(s => s.page === t.page), ...connectors.filter(c => c.page === t.page)];
        const lines = shapes.filter(s => s.kind === 'line');
        const nearest = (p: [number, number], exclude?: unknown, reach = 5) => {
            let best: PSym | Connector | undefined, bd = Infinity;
            for (const h of here) { if (h === exclude) continue; const d = distToBox(p, h.shape.bbox); if (d < bd) { bd = d; best = h; } }
            return bd < reach ? best : undefined;
        };
        for (const a of shapes.filter(s => s.kind === 'arrow')) {
            const [, ay0, , ay1] = a.bbox;
            if (ay1 < t.headerTop || ay0 > tableBottom + 2) continue;
            let tail = a.tail!;
            const points = [...a.points!];
            // the head first: it touches its target; the tail may stand nearer the target than
            // the source when the arrow is a short last piece of a longer connector
            let to = nearest(a.tip!, undefined, 6);
            // a connector drawn through its target (the symbol covers the line, the head shows a
            // little beyond it): the symbol its shaft runs through, next to the head
            to ??= here.filter(h => 'sym' in h && distToBox(a.tip!, h.shape.bbox) < 15 && distToBox(tail, h.shape.bbox) > 6
                && distToPoints([(h.shape.bbox[0] + h.shape.bbox[2]) / 2, (h.shape.bbox[1] + h.shape.bbox[3]) / 2], a.points!) < Math.min(h.shape.bbox[2] - h.shape.bbox[0], h.shape.bbox[3] - h.shape.bbox[1]) / 2)
                .sort((p, q) => distToBox(a.tip!, p.shape.bbox) - distToBox(a.tip!, q.shape.bbox))[0];
            let from = nearest(tail, to);
            for (let hop = 0; !from && hop < 40; hop++) {
                const l = lines.find(l => distToPoints(tail, [l.tail!, l.tip!]) < 3 && Math.min(Math.hypot(l.tail![0] - tail[0], l.tail![1] - tail[1]), Math.hypot(l.tip![0] - tail[0], l.tip![1] - tail[1])) < 4);
                if (!l) break;
                tail = Math.hypot(l.tail![0] - tail[0], l.tail![1] - tail[1]) < Math.hypot(l.tip![0] - tail[0], l.tip![1] - tail[1]) ? l.tip! : l.tail!;
                points.push(...l.points!);
                lines.splice(lines.indexOf(l), 1);
                from = nearest(tail, to);
            }
            // a connector often starts a few points off its symbol; its head touches the target
            from ??= nearest(tail, to, 9);
            // coming in at the top of a continuation page: the rest of a connector of the page before
            const up = !from && to && ti > 0 && Math.abs(tail[1] - firstTop) < 3 ? tail[0] : undefined;
            arrowsRaw.push({ page: t.page, shape: { ...a, tail, points }, from, to, up });
        }
        // a connector that leaves its symbol downwards and the table at the bottom of the page, to go
        // on at the top of the next one (drawn without off-page connectors): plain pieces, no head
        if (ti + 1 < tables.length) {
            for (const l0 of [...lines]) {
                if (!lines.includes(l0)) continue;
                for (const [start, other] of [[l0.tail!, l0.tip!], [l0.tip!, l0.tail!]] as Array<[[number, number], [number, number]]>) {
                    const from = nearest(start, undefined, 4);
                    if (!from || !('sym' in from)) continue;
                    let end = other;
                    const used = [l0], points = [...l0.points!];
                    for (let hop = 0; Math.abs(end[1] - tableBottom) > 3 && hop < 20; hop++) {
                        const l = lines.find(x => !used.includes(x) && Math.min(Math.hypot(x.tail![0] - end[0], x.tail![1] - end[1]), Math.hypot(x.tip![0] - end[0], x.tip![1] - end[1])) < 3);
                        if (!l) break;
                        end = Math.hypot(l.tail![0] - end[0], l.tail![1] - end[1]) < Math.hypot(l.tip![0] - end[0], l.tip![1] - end[1]) ? l.tip! : l.tail!;
                        used.push(l);
                        points.push(...l.points!);
                    }
                    const last = used[used.length - 1];
                    if (Math.abs(end[1] - tableBottom) > 3 || Math.abs(last.tail![0] - last.tip![0]) > 1.5) continue;
                    for (const u of used) lines.splice(lines.indexOf(u), 1);
                    arrowsRaw.push({ page: t.page, shape: { kind: 'line', bbox: l0.bbox, tail: start, tip: end, points }, from, down: end[0] });
                    break;
                }
            }
        }
        // branch labels: short texts in the pelaksana columns that are in no symbol
        const labelRuns = stackedLabels(toLines(texts.filter(r => colOf(cx(r)) >= 0 && cy(r) > firstTop && cy(r) < tableBottom && !here.some(h => distToBox([cx(r), cy(r)], h.shape.bbox) < 0.5)), 0.6)
            .flatMap(l => l.segments)).filter(s => s.text.split(' ').length <= 4 && s.text.length <= 30);
        const fromDiamond = arrowsRaw.filter(r => r.page === t.page && r.from && 'sym' in r.from && r.from.sym.kind === 'diamond');
        // every label to one arrow, every arrow one label: the closest pairs first
        const pairs: Array<{ seg: typeof labelRuns[number]; arrow: typeof fromDiamond[number]; d: number }> = [];
        for (const seg of labelRuns) {
            const c: [number, number] = [(seg.x + seg.x1) / 2, seg.y];
            for (const r of fromDiamond) {
                // near the start of the arrow: the label stands where it leaves the diamond
                const d = distToPoints(c, r.shape.points!) + 0.15 * Math.hypot(c[0] - r.shape.tail![0], c[1] - r.shape.tail![1]);
                if (d <= 30) pairs.push({ seg, arrow: r, d });
            }
        }
        pairs.sort((a, b) => a.d - b.d);
        const usedSeg = new Set<unknown>();
        for (const p of pairs) {
            if (usedSeg.has(p.seg) || p.arrow.label !== undefined) continue;
            p.arrow.label = p.seg.text;
            usedSeg.add(p.seg);
        }
        for (const seg of labelRuns) {
            if (usedSeg.has(seg)) continue;
            const near = pairs.find(p => p.seg === seg);
            if (near) doubts.push(doubt(`row:${rowOf(seg.y) ?? '?'}`, 'twoLabels', near.arrow.label ?? '', seg.text));
            else doubts.push(doubt(`row:${rowOf(seg.y) ?? '?'}`, 'looseText', seg.text));
        }
    }

    // flow order within each row, then ids
    const byRow = new Map<number, PSym[]>();
    for (const s of symbols) byRow.set(s.sym.row, [...(byRow.get(s.sym.row) ?? []), s]);
    const isSym = (x: PSym | Connector | undefined): x is PSym => !!x && 'sym' in x;
    // connectors: pair an incoming one at the end of a page with an outgoing one on the next page
    const resolved: Array<{ from: PSym; to: PSym; label?: string }> = [];
    const outOf = (c: Connector) => arrowsRaw.filter(a => a.from === c && isSym(a.to));
    const intoC = (c: Connector) => arrowsRaw.filter(a => a.to === c && isSym(a.from));
    const pages = [...new Set(connectors.map(c => c.page))].sort((a, b) => a - b);
    const pairs = new Map<Connector, Connector>();
    for (const p of pages) {
        const ins = connectors.filter(c => c.page === p && intoC(c).length).sort((a, b) => a.shape.bbox[0] - b.shape.bbox[0]);
        const outs = connectors.filter(c => c.page > p && outOf(c).length && !intoC(c).length && ![...pairs.values()].includes(c)).filter((c, _, all) => c.page === Math.min(...all.map(o => o.page))).sort((a, b) => a.shape.bbox[0] - b.shape.bbox[0]);
        if (!ins.length) continue;
        if (ins.length !== outs.length) doubts.push(doubt('table', 'connectorsUnpaired', ins.length, p + 1, outs.length));
        for (let i = 0; i < Math.min(ins.length, outs.length); i++) {
            // prefer the same pelaksana column
            const same = outs.find(o => o.column === ins[i].column && ![...pairs.values()].includes(o));
            pairs.set(ins[i], same ?? outs.find(o => ![...pairs.values()].includes(o))!);
        }
    }
    // a connector over a page break without off-page connectors: its piece leaving the bottom of a
    // page and the one coming in at the top of the next, at the same x
    const joined = new Set<unknown>();
    for (const a of arrowsRaw) {
        if (a.down === undefined || !isSym(a.from)) continue;
        const nextPage = tables.find(t => t.page > a.page)?.page;
        const b = arrowsRaw.filter(x => x.page === nextPage && x.up !== undefined && !joined.has(x) && Math.abs(x.up - a.down!) < 6)
            .sort((p, q) => Math.abs(p.up! - a.down!) - Math.abs(q.up! - a.down!))[0];
        if (!b || !isSym(b.to)) continue;
        joined.add(a); joined.add(b);
        resolved.push({ from: a.from, to: b.to, label: a.label ?? b.label });
    }
    for (const a of arrowsRaw) {
        if (joined.has(a)) continue;
        const row = isSym(a.from) ? a.from.sym.row : isSym(a.to) ? a.to.sym.row : undefined;
        if (isSym(a.from) && isSym(a.to)) { resolved.push({ from: a.from, to: a.to, label: a.label }); continue; }
        if (isSym(a.from) && a.to && !isSym(a.to)) {
            const out = pairs.get(a.to);
            const next = out ? outOf(out) : [];
            if (next.length === 1) resolved.push({ from: a.from, to: next[0].to as PSym, label: a.label });
            else doubts.push(doubt(`row:${row}`, 'connectorNotFollowed', a.page + 1));
            continue;
        }
        if (a.from && !isSym(a.from)) continue; // from a connector: followed above
        doubts.push(doubt(`row:${row ?? '?'}`, !a.from ? 'arrowStartLoose' : 'arrowEndLoose', a.page + 1));
    }
    // order symbols in a row: follow arrows inside the row from the one entered from outside
    for (const [row, list] of byRow) {
        const inRow = resolved.filter(r => r.from.sym.row === row && r.to.sym.row === row);
        const entered = list.filter(s => resolved.some(r => r.to === s && r.from.sym.row !== row));
        const noIn = list.filter(s => !inRow.some(r => r.to === s));
        const pos = (s: PSym) => s.shape.bbox[0] + s.shape.bbox[1] * 0.01;
        const startCands = (noIn.length ? noIn : entered.length ? entered : list).slice().sort((a, b) => pos(a) - pos(b));
        const order: PSym[] = [];
        let cur: PSym | undefined = startCands[0];
        while (cur && !order.includes(cur)) {
            order.push(cur);
            const nexts: PSym[] = inRow.filter(r => r.from === cur && !order.includes(r.to)).map(r => r.to);
            cur = nexts.sort((a, b) => pos(a) - pos(b))[0];
            if (!cur) cur = list.filter(s => !order.includes(s)).sort((a, b) => pos(a) - pos(b))[0];
        }
        order.forEach((s, i) => { s.sym.id = `r${row}s${i + 1}`; s.order = i; });
        byRow.set(row, order);
    }
    model.symbols = [...byRow.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, l]) => l.map(s => s.sym));
    const seen = new Set<string>();
    for (const r of resolved) {
        const key = `${r.from.sym.id}>${r.to.sym.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const a: ImportedArrow = { from: r.from.sym.id, to: r.to.sym.id };
        if (r.label) a.label = r.label;
        model.arrows.push(a);
    }
    for (const row of model.rows) {
        if (byRow.has(row.no)) continue;
        if (!pictureRows.includes(row.no)) doubts.push(doubt(`row:${row.no}`, 'rowNoSymbol'));
        else doubts.push(doubt(`row:${row.no}`, 'rowSymbolsPicture'));
        if (model.columns.pelaksana.length) model.symbols.push({ id: `r${row.no}s1`, row: row.no, column: 0, kind: 'box', assumed: true });
    }
    model.symbols.sort((a, b) => a.row - b.row);
    return { model, doubts, scannedPages };
}

/**
 * Branch labels printed on two lines ("Belum" over "valid") are one label: a short segment directly
 * under another, overlapping it, is joined to it, unless both are labels on their own ("Ya" over "Tidak").
 */
function stackedLabels(segments: Segment[]): Segment[] {
    const alone = /^(ya|y|yes|tidak|t|no|ok)$/i;
    const out: Segment[] = [];
    for (const s of segments.slice().sort((a, b) => a.y - b.y || a.x - b.x)) {
        const above = out.find(o => s.y - o.y > 0.3 * o.h && s.y - o.y < 1.6 * Math.max(o.h, s.h) && Math.min(o.x1, s.x1) - Math.max(o.x, s.x) > 0
            && o.text.split(' ').length <= 3 && s.text.split(' ').length <= 3 && !(alone.test(o.text) && alone.test(s.text)));
        if (above) { above.text += ' ' + s.text; above.x = Math.min(above.x, s.x); above.x1 = Math.max(above.x1, s.x1); above.y = s.y; above.runs = [...above.runs, ...s.runs]; }
        else out.push({ ...s, runs: [...s.runs] });
    }
    return out;
}

function readIdentityWithX(page: PageGeometry, bottom: number, doubts: ImportDoubt[]): ImportedIdentity {
    return readIdentity(page, bottom, doubts);
}

export type { TextRun };
