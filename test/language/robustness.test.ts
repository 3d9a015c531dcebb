import { describe, expect, test, vi } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { validate, testServices } from '../helpers/sop-test-services.js';
import { mutants } from '../helpers/mutants.js';
import { buildDocumentModel, isModelled } from '@sop/language';
import { parseHelper } from 'langium/test';
import type { ast } from '@sop/language';

function exampleFiles(dir = path.resolve(__dirname, '../../examples')): string[] {
    return readdirSync(dir).flatMap(f => {
        const full = path.join(dir, f);
        return statSync(full).isDirectory() ? exampleFiles(full) : f.endsWith('.sop') ? [full] : [];
    });
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

    test('arbitrary junk gives a syntax error in plain words at its place, not an exception', async () => {
        const cases: [string, string][] = [
            ['}}}}', '1:1'], ['sop', '1:4'], ['sop X {', '1:8'], ['"unterminated', '1:1'],
            ['sop X "t" { prosedur { a b "c" | | | | | } }', '1:34'], ['\u0000\u0001\uFFFF', '1:1'], ['sop 123 {}', '1:5'], ['/* open comment', '1:1'],
        ];
        for (const [junk, at] of cases) {
            const errors = (await validate(junk)).filter(d => d.severity === 1 && (typeof d.code !== 'string' || d.code === 'DOC-08'));
            expect(errors.length, junk).toBeGreaterThan(0);
            expect(`${errors[0].range.start.line + 1}:${errors[0].range.start.character + 1}`, junk).toBe(at);
            // Chevrotain's raw wording (token type names, offsets) never reaches the user.
            for (const e of errors) expect(e.message, junk).not.toMatch(/token of type|at offset|->.*<-|MismatchedTokenException/);
        }
        expect(await validate('')).toEqual([]);
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
