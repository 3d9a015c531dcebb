import { afterEach, describe, expect, test } from 'vitest';
import {
    clearDocuments, expectFindReferences, expectFoldings, expectGoToDefinition, expectHighlight, expectSemanticToken, expectSymbols, highlightHelper, parseHelper,
} from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SemanticTokenTypes, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { ast } from '@sop/language';
import { buildWorkspace, codes, testServices, validSop } from '../helpers/sop-test-services.js';

const services = testServices({ lang: 'id' });
afterEach(() => clearDocuments(services));

describe('go to definition, references, highlights', () => {
    test('a pelaksana in a step goes to its declaration', async () => {
        await expectGoToDefinition(services)({
            text: 'sop A {\n  pelaksana <|admin|> "Admin"\n  prosedur {\n    s1 <|>admin "Menerima" selesai\n  }\n}',
            index: 0, rangeIndex: 0,
        });
    });

    test('a jump target goes to the step', async () => {
        await expectGoToDefinition(services)({
            text: 'sop A {\n  pelaksana a "A"\n  prosedur {\n    s1 a "Menerima" -> <|>s3\n    s2 a "Memeriksa" selesai\n    <|s3|> a "Mengarsipkan" -> s2\n  }\n}',
            index: 0, rangeIndex: 0,
        });
    });

    test('find all references of a pelaksana (with its declaration)', async () => {
        await expectFindReferences(services)({
            text: 'sop A {\n  pelaksana <|<|>a|> "A"\n  pelaksana b "B"\n  prosedur {\n    s1 <|a|> "Menerima"\n    s2 b "Memeriksa"\n    s3 <|a|> "Mengarsipkan" selesai\n  }\n}',
            includeDeclaration: true,
        });
    });

    test('document highlights of a step id', async () => {
        await expectHighlight(services)({
            text: 'sop A {\n  pelaksana a "A"\n  prosedur {\n    <|<|>s1|> a "Menerima" ya -> <|s1|>  tidak -> s2\n    s2 a "Mengarsipkan" selesai\n  }\n}',
            index: 0, rangeIndex: [0, 1],
        });
    });
});

describe('rename', () => {
    test('an SOP id across two files', async () => {
        const { services: s, docs } = await buildWorkspace({
            'keluar.sop': 'sop SuratKeluar "Surat Keluar" {\n  nomor "2"\n}\n',
            'masuk.sop': 'sop SuratMasuk "Surat Masuk" {\n  keterkaitan SuratKeluar\n  pelaksana a "A"\n  prosedur {\n    s1 a "Menyerahkan" serahkan SuratKeluar\n  }\n}\n',
        });
        const masuk = docs['masuk.sop'], keluar = docs['keluar.sop'];
        const at = masuk.textDocument.getText().indexOf('SuratKeluar') + 3;
        const edit = await s.lsp.RenameProvider!.rename(masuk, {
            textDocument: { uri: masuk.uri.toString() }, position: masuk.textDocument.positionAt(at), newName: 'Pengiriman',
        });
        const changes = edit!.changes!;
        expect(Object.keys(changes).sort()).toEqual([keluar.uri.toString(), masuk.uri.toString()].sort());
        expect(TextDocument.applyEdits(keluar.textDocument, changes[keluar.uri.toString()])).toBe('sop Pengiriman "Surat Keluar" {\n  nomor "2"\n}\n');
        const after = TextDocument.applyEdits(masuk.textDocument, changes[masuk.uri.toString()]);
        expect(after).toBe('sop SuratMasuk "Surat Masuk" {\n  keterkaitan Pengiriman\n  pelaksana a "A"\n  prosedur {\n    s1 a "Menyerahkan" serahkan Pengiriman\n  }\n}\n');
        // The renamed workspace links again: no unresolved reference.
        const rebuilt = await buildWorkspace({ 'keluar.sop': TextDocument.applyEdits(keluar.textDocument, changes[keluar.uri.toString()]), 'masuk.sop': after });
        expect(codes(rebuilt.docs['masuk.sop'].diagnostics ?? []).filter(c => c === 'SOP-H14' || c === 'SOP-P08')).toEqual([]);
    });

    test('a pelaksana in all its steps', async () => {
        const doc = await parseHelper<ast.Model>(services)(validSop);
        const at = validSop.indexOf('pelaksana admin') + 'pelaksana '.length + 1;
        const edit = await services.lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(at), newName: 'umum' });
        const after = TextDocument.applyEdits(doc.textDocument, edit!.changes![doc.uri.toString()]);
        expect(after).toBe(validSop.replace(/\badmin\b/g, 'umum'));
    });

    test('a new name that is a keyword or not an id is refused', async () => {
        const doc = await parseHelper<ast.Model>(services)(validSop);
        const position = doc.textDocument.positionAt(validSop.indexOf('pelaksana admin') + 11);
        for (const newName of ['selesai', 'dua kata', '9x']) {
            await expect(services.lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position, newName })).rejects.toThrow(/bukan id yang sah/);
        }
    });
});

describe('symbols, folding, semantic tokens, code lens', () => {
    test('document symbols: identity, pelaksana, steps', async () => {
        await expectSymbols(services)({
            text: validSop,
            assert: (symbols: DocumentSymbol[]) => {
                expect(symbols.map(s => [s.name, s.kind])).toEqual([['SuratMasuk', SymbolKind.Class]]);
                const children = symbols[0].children!;
                expect(children.map(c => c.name)).toEqual(['Identitas', 'admin', 'kepala', 'Prosedur']);
                expect(children[0].children!.map(c => c.name).slice(0, 3)).toEqual(['nomor', 'unit', 'logo']);
                expect(children[3].children!.map(c => [c.name, c.detail])).toEqual([
                    ['terima', 'Menerima surat masuk'], ['telaah', 'Menelaah surat masuk'],
                    ['distribusi', 'Mendistribusikan surat masuk'], ['arsip', 'Mengarsipkan surat masuk'],
                ]);
            },
        });
    });

    test('workspace symbols: documents of every file', async () => {
        const { services: s } = await buildWorkspace({ 'a.sop': 'sop SuratMasuk { }', 'b.sop': 'standar-pelayanan SpSurat { }' });
        const symbols = await s.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Surat' });
        expect(symbols.map(x => x.name).sort()).toEqual(['SpSurat', 'SuratMasuk']);
    });

    test('folding ranges for the document, blocks and the procedure', async () => {
        await expectFoldings(services)({
            text: '<|sop A {\n  <|dasar-hukum {\n    "A"\n    "B"\n  }|>\n  pelaksana a "A"\n  <|prosedur {\n    s a "M" selesai\n  }|>\n}|>',
            assert: (foldings, expected) => {
                const lines = foldings.map(f => [f.startLine, f.endLine]);
                expect(lines).toEqual(expect.arrayContaining([[0, 8], [1, 3], [6, 7]]));
                void expected;
            },
        });
    });

    test('semantic tokens: document id, pelaksana, steps, branch labels, durations', async () => {
        const tokens = await highlightHelper(services)('sop <|A|> {\n  pelaksana <|a|> "A"\n  prosedur {\n    <|s1|> a "Menerima" | "x" | <|5 menit|> | "y"\n             <|ya|> -> s1  tidak -> s2\n    s2 a "Mengarsipkan" selesai\n  }\n}');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.function });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(tokens, { rangeIndex: 4, tokenType: SemanticTokenTypes.enumMember });
    });

    test('code lens: step count and critical-path time, in the message language', async () => {
        const doc = await parseHelper<ast.Model>(services)(validSop);
        const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(doc, { textDocument: { uri: doc.uri.toString() } });
        expect(lenses!.map(l => [l.range.start.line, l.command!.title])).toEqual([[0, '4 langkah · jalur kritis 50 menit']]);
        const en = testServices({ lang: 'en' });
        const docEn = await parseHelper<ast.Model>(en)(validSop);
        const lensesEn = await en.lsp.CodeLensProvider!.provideCodeLens(docEn, { textDocument: { uri: docEn.uri.toString() } });
        expect(lensesEn!.map(l => l.command!.title)).toEqual(['4 steps · critical path 50 min']);
    });
});

describe('rows with several symbols in the editor', () => {
    const text = 'sop A {\n  pelaksana ketua "Ketua"\n  pelaksana anggota "Anggota"\n  prosedur {\n    1 data (ketua) > anggota "Mendata"\n    2 cek anggota? > ketua? "Memeriksa"\n      ya -> selesai  tidak -> data.anggota\n      anggota: ya -> .ketua  tidak -> data\n    3 akhir (ketua) "Mengakhiri"\n  }\n}';

    test('renaming a pelaksana renames it in every symbol, flow line and target of the rows', async () => {
        const doc = await parseHelper<ast.Model>(services)(text);
        const at = text.indexOf('anggota "Anggota"');
        const edit = await services.lsp.RenameProvider!.rename(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(at), newName: 'staf' });
        const edits = edit!.changes![doc.uri.toString()];
        const renamed = TextDocument.applyEdits(TextDocument.create('x', 'sop', 1, text), edits);
        expect(renamed).not.toMatch(/\banggota\b/);
        expect(renamed).toContain('(ketua) > staf "Mendata"');
        expect(renamed).toContain('cek staf? > ketua?');
        expect(renamed).toContain('tidak -> data.staf');
        expect(renamed).toContain('staf: ya -> .ketua');
    });

    test('a target of one symbol of a row goes to that row', async () => {
        await expectGoToDefinition(services)({
            text: text.replace('tidak -> data.anggota', 'tidak -> <|>data.anggota').replace('1 data (ketua)', '1 <|data|> (ketua)'),
            index: 0, rangeIndex: 0,
        });
    });

    test('hover on a row lists each of its symbols with its pelaksana', async () => {
        const doc = await parseHelper<ast.Model>(services)(text);
        const hover = await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(text.indexOf('cek')) });
        expect((hover!.contents as { value: string }).value).toContain('Pelaksana: Anggota · keputusan (belah ketupat) → Ketua · keputusan (belah ketupat)');
    });
});
