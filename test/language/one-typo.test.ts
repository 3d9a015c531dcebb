/**
 * One typo, one error: a forgotten quote or brace gives one diagnostic at the place of the typo,
 * in plain words and in the user's language, and the rules say nothing about what did not parse.
 * The reproducer: deleting one closing quote in surat-masuk.sop gave 128 errors on the
 * command line, the first on the wrong line, in Chevrotain's English.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { buildWorkspace, located, validate } from '../helpers/sop-test-services.js';

const examples = path.resolve(__dirname, '../../examples');
const suratMasuk = readFileSync(path.join(examples, 'surat-masuk.sop'), 'utf8');
const spSurat = readFileSync(path.join(examples, 'standar-pelayanan-surat.sop'), 'utf8');
const suratKeluar = readFileSync(path.join(examples, 'surat-keluar.sop'), 'utf8');

/** Errors and warnings (what the typo metric counts). */
const loud = (ds: readonly Diagnostic[]) => ds.filter(d => d.severity === 1 || d.severity === 2);

/** Deletes the `n`-th (0-based) occurrence of `what` on 1-based line `line`. */
function deleteOn(text: string, line: number, what: string, n = 0): string {
    const lines = text.split('\n');
    let at = -1;
    for (let i = 0; i <= n; i++) at = lines[line - 1].indexOf(what, at + 1);
    if (at < 0) throw new Error(`no ${what} on line ${line}`);
    lines[line - 1] = lines[line - 1].slice(0, at) + lines[line - 1].slice(at + what.length);
    return lines.join('\n');
}

async function added(text: string, base: string, lang: 'id' | 'en' = 'en'): Promise<Diagnostic[]> {
    const before = new Set(loud(await validate(base, { lang })).map(d => `${d.code}|${d.message}`));
    return loud(await validate(text, { lang })).filter(d => !before.has(`${d.code}|${d.message}`));
}

describe('one typo, one error', () => {
    /** The 1-based line of the first line of `text` that contains `needle`. */
    const lineWith = (text: string, needle: string) => text.split('\n').findIndex(l => l.includes(needle)) + 1;

    test('a text without its closing quote is one DOC-08 at its opening quote, in both languages', async () => {
        // A legal basis: the only text on its line.
        const line = lineWith(suratMasuk, 'Peraturan Daerah Kabupaten');
        const broken = deleteOn(suratMasuk, line, '"', 1);
        const column = suratMasuk.split('\n')[line - 1].indexOf('"') + 1;
        const en = await added(broken, suratMasuk);
        expect(located(en)).toEqual([`${line}:${column} DOC-08`]);
        expect(en[0].message).toBe(`The text that starts on line ${line}, column ${column} is not closed with a quote ("); add " at the end of the text.`);
        expect(en[0].range.end).toEqual({ line: line - 1, character: broken.split('\n')[line - 1].length });
        const id = await added(broken, suratMasuk, 'id');
        expect(id.map(d => d.message)).toEqual([`Teks yang dimulai di baris ${line} kolom ${column} tidak ditutup dengan tanda petik ("); tambahkan " di akhir teks.`]);
    });

    test('on a step line with several texts, one lost quote is one error that names the line', async () => {
        const line = lineWith(suratMasuk, '"Membuat disposisi');
        // The closing quote of the activity text: the rest of the line's quotes then pair wrongly.
        const d = await added(deleteOn(suratMasuk, line, '"', 1), suratMasuk);
        expect(d.length).toBeLessThanOrEqual(2);
        expect(d[0].range.start.line).toBe(line - 1);
        expect(d[0].code).toBe('DOC-08');
        expect(d[0].message).toBe(`The quotes (") on line ${line} do not pair: a text on this line lacks its opening or closing quote. Texts are written "like this".`);
    });

    test('the steps after the broken line keep their text, flows and mutu baku', async () => {
        const line = lineWith(suratMasuk, '"Membuat disposisi');
        const { services, docs } = await buildWorkspace({ 'a.sop': deleteOn(suratMasuk, line, '"', 1) });
        const [model] = services.sop.Models.getModels(docs['a.sop']);
        if (model.kind !== 'sop') throw new Error('expected an SOP');
        // The broken line may leave fragments the parser made rows of; every real row is intact.
        const row = (id: string) => model.rows.find(r => r.id === id)!;
        expect(model.rows.map(r => r.id)).toEqual(expect.arrayContaining(['terima', 'registrasi', 'disposisi', 'telaah', 'perintah', 'distribusi', 'arsip']));
        expect(row('telaah').text).toBe('Mempelajari surat: perlu ditindaklanjuti?');
        expect(row('telaah').inputs).toEqual(['Surat', 'Disposisi Sekretaris']);
        expect(row('arsip').text).toBe('Mengarsipkan surat yang tidak perlu ditindaklanjuti');
        expect(row('arsip').outputs).toEqual(['Surat terarsip']);
    });

    test('a text without its opening quote: the lone quote at the end of the line says so, and the words are not read as SOP ids', async () => {
        const base = suratMasuk;
        const text = base.replace('"Peraturan Daerah Kabupaten', 'Peraturan Daerah Kabupaten');
        expect(text).not.toBe(base);
        const d = await added(text, base);
        expect(d.map(x => x.code)).toEqual(['DOC-08']);
        expect(d[0].message).toMatch(/^The quote \("\) at the end of line \d+ closes a text that was never opened; add " at the start of the text\.$/);
    });

    test('a title without its opening quote: the header errors only, no "number missing", "no steps" ...', async () => {
        const text = suratMasuk.replace('"Pelayanan Administrasi Surat Masuk"', 'Pelayanan Administrasi Surat Masuk"');
        const d = await added(text, suratMasuk);
        expect(d.every(x => typeof x.code !== 'string' || x.code === 'DOC-08'), located(d).join(', ')).toBe(true);
        expect(d.length).toBeLessThanOrEqual(2);
        expect(located(d)[0]).toBe('7:16 syntax');
    });

    test('a block without its `{` is one error that says a } closed the document, not fifteen missing components', async () => {
        const text = deleteOn(spSurat, 12, '{');
        const { docs } = await buildWorkspace({ 'sp.sop': text, 'masuk.sop': suratMasuk, 'keluar.sop': suratKeluar });
        const { docs: baseDocs } = await buildWorkspace({ 'sp.sop': spSurat, 'masuk.sop': suratMasuk, 'keluar.sop': suratKeluar });
        const before = new Set(loud(baseDocs['sp.sop'].diagnostics ?? []).map(d => d.message));
        const d = loud(docs['sp.sop'].diagnostics ?? []).filter(x => !before.has(x.message));
        expect(d.map(x => x.message)).toEqual(["'persyaratan' stands outside any document: a } above it already closed the document. Is a { missing, or is there one } too many?"]);
    });

    test('a stray character is named in plain words, not by its offset', async () => {
        const en = await validate('sop A "x" {\n  nomor "1" /\n}\n');
        const syntax = en.filter(d => typeof d.code !== 'string');
        expect(located(syntax)).toEqual(['2:13 syntax']);
        expect(syntax[0].message).toBe('The character \'/\' has no meaning here; texts must be inside quotes ("...").');
        const id = (await validate('sop A "x" {\n  nomor "1" /\n}\n', { lang: 'id' })).filter(d => typeof d.code !== 'string');
        expect(id[0].message).toBe('Karakter \'/\' tidak bermakna di sini; teks harus diapit tanda petik ("...").');
    });

    test('every quote, brace and bar of surat-masuk.sop deleted in turn adds at most 3 diagnostics', async () => {
        const base = loud(await validate(suratMasuk)).length;
        const worst: string[] = [];
        for (let i = 0; i < suratMasuk.length; i++) {
            if (!'"{}|'.includes(suratMasuk[i])) continue;
            const lineStart = suratMasuk.lastIndexOf('\n', i) + 1;
            if (suratMasuk.slice(lineStart, i).includes('//')) continue;
            const n = loud(await validate(suratMasuk.slice(0, i) + suratMasuk.slice(i + 1))).length - base;
            if (n > 3) worst.push(`line ${suratMasuk.slice(0, i).split('\n').length} '${suratMasuk[i]}': ${n}`);
        }
        expect(worst).toEqual([]);
    }, 60_000);
});
