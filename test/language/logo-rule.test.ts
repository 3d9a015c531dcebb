/**
 * SOP-H03F: a logo that is not beside the document is a warning at the `logo` line (the issue:
 * "a missing logo prints an empty dashed box with no diagnostic").
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createSopServices } from '@sop/language';
import { located, validate } from '../helpers/sop-test-services.js';

let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(tmpdir(), 'sop-logo-')); });
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

const sop = (logo: string) => `sop A "Judul" {\n  unit "Unit"\n  logo "${logo}"\n}\n`;

async function logoDiagnostics(file: string, text: string, lang: 'id' | 'en' = 'en') {
    const { shared, Sop } = createSopServices(NodeFileSystem);
    Sop.sop.Settings.locale = lang;
    writeFileSync(file, text);
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: true });
    return (doc.diagnostics ?? []).filter(d => d.code === 'SOP-H03F');
}

describe('SOP-H03F logo file', () => {
    test('a missing logo is one warning at its value, in both languages', async () => {
        const d = await logoDiagnostics(path.join(dir, 'a.sop'), sop('lambang.png'));
        expect(located(d)).toEqual(['3:8 SOP-H03F']);
        expect(d[0].severity).toBe(2);
        expect(d[0].message).toBe('Logo "lambang.png": no such file beside the document; the official document will be printed without it.');
        const id = await logoDiagnostics(path.join(dir, 'a.sop'), sop('lambang.png'), 'id');
        expect(id[0].message).toBe('Logo "lambang.png": berkas tidak ditemukan di samping dokumen; dokumen resmi akan dicetak tanpa logo.');
    });

    test('an existing logo beside the document, or in a folder above, is fine', async () => {
        copyFileSync(path.resolve(__dirname, '../../examples/logo-contoh.png'), path.join(dir, 'lambang.png'));
        expect(await logoDiagnostics(path.join(dir, 'b.sop'), sop('lambang.png'))).toEqual([]);
        const sub = mkdtempSync(path.join(dir, 'sub-'));
        expect(await logoDiagnostics(path.join(sub, 'c.sop'), sop('../lambang.png'))).toEqual([]);
    });

    test('a file that is not an image by its name is named as such', async () => {
        const d = await logoDiagnostics(path.join(dir, 'd.sop'), sop('lambang.docx'));
        expect(d.map(x => x.message)).toEqual(['Logo "lambang.docx": not a .png, .jpg, .gif or .svg file; the official document will be printed without it.']);
    });

    test('without a file system (browser, tests) nothing is claimed', async () => {
        expect((await validate(sop('lambang.png'))).filter(d => d.code === 'SOP-H03F')).toEqual([]);
    });

    test('every example names the project logo, which exists', async () => {
        const examples = path.resolve(__dirname, '../../examples');
        for (const f of ['surat-masuk.sop', 'incomplete/izin-keramaian.sop', 'standar-pelayanan-surat.sop']) {
            const { readFileSync } = await import('node:fs');
            const file = path.join(examples, f);
            const text = readFileSync(file, 'utf8');
            expect(text).toMatch(/logo\s+"(\.\.\/)?logo-contoh\.png"/);
            const { shared, Sop } = createSopServices(NodeFileSystem);
            Sop.sop.Settings.locale = 'en';
            const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(file));
            shared.workspace.LangiumDocuments.addDocument(doc);
            await shared.workspace.DocumentBuilder.build([doc], { validation: true });
            expect((doc.diagnostics ?? []).filter(d => d.code === 'SOP-H03F'), f).toEqual([]);
        }
    });
});
