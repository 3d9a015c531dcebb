import { describe, expect, test, vi } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { validate, testServices } from '../helpers/sop-test-services.js';
import { buildDocumentModel, isModelled } from '@sop/language';
import { parseHelper } from 'langium/test';
import type { ast } from '@sop/language';

function exampleFiles(dir = path.resolve(__dirname, '../../examples')): string[] {
    return readdirSync(dir).flatMap(f => {
        const full = path.join(dir, f);
        return statSync(full).isDirectory() ? exampleFiles(full) : f.endsWith('.sop') ? [full] : [];
    });
}

/** A small deterministic pseudo-random generator, so failures can be replayed. */
function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Damaged variants of a text: truncations, deleted lines, deleted tokens, swapped characters. */
function mutants(text: string, seed: number, count: number): string[] {
    const rand = rng(seed);
    const out: string[] = [];
    const lines = text.split('\n');
    const tokens = text.split(/(\s+)/);
    for (let i = 0; i < count; i++) {
        switch (i % 4) {
            case 0: out.push(text.slice(0, Math.floor(rand() * text.length))); break;
            case 1: { const l = [...lines]; l.splice(Math.floor(rand() * l.length), 1 + Math.floor(rand() * 3)); out.push(l.join('\n')); break; }
            case 2: { const t = [...tokens]; t.splice(Math.floor(rand() * t.length), 1); out.push(t.join('')); break; }
            default: { const p = Math.floor(rand() * text.length); out.push(text.slice(0, p) + '"{|->}'[Math.floor(rand() * 6)] + text.slice(p + 1)); }
        }
    }
    return out;
}

describe('parsing and validation never throw', () => {
    const files = exampleFiles();

    test('damaged versions of every example parse, validate and build a model without any exception', async () => {
        const errorLog = vi.spyOn(console, 'error');
        const services = testServices();
        const parse = parseHelper<ast.Model>(services);
        let checked = 0;
        for (const [i, file] of files.entries()) {
            for (const text of mutants(readFileSync(file, 'utf8'), 1000 + i, 150)) {
                const doc = await parse(text, { validation: true });
                expect(doc.diagnostics).toBeDefined();
                for (const d of doc.parseResult.value.documents) if (isModelled(d)) buildDocumentModel(d, 'sop-ap');
                // Drop the document again so the workspace does not grow with every mutant.
                await services.shared.workspace.DocumentBuilder.update([], [doc.uri]);
                checked++;
            }
        }
        expect(errorLog.mock.calls.map(c => String(c[0]))).toEqual([]);
        expect(checked).toBe(files.length * 150);
        errorLog.mockRestore();
    });

    test('arbitrary junk gives syntax diagnostics, not exceptions', async () => {
        for (const junk of ['', '}}}}', 'sop', 'sop X {', '"unterminated', 'sop X "t" { prosedur { a b "c" | | | | | } }', '\u0000\u0001\uFFFF', 'sop 123 {}', '/* open comment']) {
            const diagnostics = await validate(junk);
            expect(Array.isArray(diagnostics)).toBe(true);
        }
    });

    test('a document with a syntax error still gets the validation of what parsed', async () => {
        const text = readFileSync(files.find(f => f.endsWith('surat-masuk.sop') && !f.includes('perpus') && !f.includes('puskesmas'))!, 'utf8')
            .replace(/  nomor .*\n/, '')
            .replace('prosedur {', 'prosedur { ) ');
        const codes = (await validate(text)).map(d => (typeof d.code === 'string' ? d.code : 'syntax'));
        expect(codes).toContain('syntax');
        expect(codes).toContain('SOP-H02');
    });
});
