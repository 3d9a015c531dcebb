/**
 * "A changed step is a diff of that step": in every example (and in generated documents), insert,
 * delete and rename a step at several positions, format with the formatter `sop fmt` uses, and
 * check that the only lines that differ from the formatted original are the lines of that step
 * (for a rename also of the steps that jump to it). Without a width and with one (wrapped steps).
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createSopServices, type ast } from '@sop/language';
import { generateDocument } from './generated-documents.js';
import { measureEdit, stepEdits, type EditResult, type Format, type Parse } from './step-edits.js';

const { shared, Sop } = createSopServices(EmptyFileSystem);
const formatter = (Sop as unknown as { sopLsp: { Formatter: { formatText(d: unknown, lang?: unknown, width?: number): string | undefined } } }).sopLsp.Formatter;
let counter = 0;
const parse: Parse = text => shared.workspace.LangiumDocumentFactory.fromString<ast.Model>(text, URI.parse(`memory:///diff/${counter++}.sop`));

function exampleFiles(dir = 'examples'): string[] {
    return (readdirSync(dir, { recursive: true }) as string[]).filter(f => f.endsWith('.sop')).sort().map(f => join(dir, f));
}

/** Every edit of the file; returns the results (each must have nothing changed outside its step). */
function edits(text: string, width?: number): EditResult[] {
    const format: Format = doc => formatter.formatText(doc, undefined, width);
    const formatted = format(parse(text));
    expect(formatted).toBeDefined();
    const original = parse(formatted!);
    const results = stepEdits(original).map(e => measureEdit(original, e, parse, format));
    expect(results.every(r => r !== undefined)).toBe(true);
    return results as EditResult[];
}

function rippled(results: readonly EditResult[]): string[] {
    return results.filter(r => r.outside > 0).map(r => `${r.edit.kind} ${r.edit.where}: ${r.outside} lines outside the step\n  ${r.samples.join('\n  ')}`);
}

describe('inserting, deleting or renaming a step changes only that step\'s lines', () => {
    // The examples with a procedure (Standar Pelayanan, books and templates have no steps).
    const files = exampleFiles().filter(f => /^\s*(prosedur|procedure)\s*\{/m.test(readFileSync(f, 'utf8')));
    test('there are examples with steps', () => expect(files.length).toBeGreaterThan(5));
    test.each(files)('%s', file => {
        const text = readFileSync(file, 'utf8');
        const results = edits(text);
        expect(results.length).toBeGreaterThanOrEqual(12);
        expect(rippled(results)).toEqual([]);
        // A change of one step is a diff of its own lines: one line added, removed or changed.
        for (const r of results.filter(r => r.edit.kind === 'insert' || r.edit.kind === 'delete')) expect(r.changed).toBe(1);
        expect(rippled(edits(text, 80))).toEqual([]);
    });

    test('generated documents (40 seeds), with and without a width', () => {
        for (let seed = 1; seed <= 40; seed++) {
            const text = generateDocument(seed);
            expect(rippled(edits(text)), `seed ${seed}`).toEqual([]);
            expect(rippled(edits(text, 70)), `seed ${seed}, width 70`).toEqual([]);
        }
    });
});
