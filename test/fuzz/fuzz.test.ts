/**
 * Seeded fuzzing: thousands of damaged versions of every example go through parse, validation,
 * the formatter, every renderer and `sop export`. Nothing may throw, the formatter must keep
 * every token and be stable, and a batch export writes every file it plans. The seed is fixed;
 * a failure names the file and mutant index, which replay with the same seed
 * (`mutants(text, SEED + fileIndex, COUNT)[index]`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { syntaxProblems, type ast, type DocumentModel } from '@sop/language';
import { renderDocx, renderMarkdown, renderMermaid, renderOfficialHtml } from '@sop/renderers';
import { testServices } from '../helpers/sop-test-services.js';
import { mutants } from '../helpers/mutants.js';
import { runCli } from '../cli/cli-helpers.js';

const SEED = 20261130;
const COUNT = 240;
const examples = path.resolve(__dirname, '../../examples');

function exampleFiles(dir = examples): string[] {
    return readdirSync(dir).sort().flatMap(f => {
        const full = path.join(dir, f);
        return statSync(full).isDirectory() ? exampleFiles(full) : f.endsWith('.sop') ? [full] : [];
    });
}

const files = exampleFiles();
const services = testServices();
const shared = services.shared;
let n = 0;

/** Builds one text alone in the workspace (with the examples' templates) and returns its document. */
async function build(text: string): Promise<LangiumDocument<ast.Model>> {
    const doc = shared.workspace.LangiumDocumentFactory.fromString<ast.Model>(text, URI.file(`/fuzz/m${n++}.sop`));
    shared.workspace.LangiumDocuments.addDocument(doc);
    await shared.workspace.DocumentBuilder.build([doc], { validation: true });
    return doc;
}

async function drop(doc: LangiumDocument): Promise<void> {
    await shared.workspace.DocumentBuilder.update([], [doc.uri]);
}

/** The tokens of a text in order, without white space and comments: what the formatter must keep. */
function tokens(doc: LangiumDocument): string[] {
    const out: string[] = [];
    const walk = (node: { text: string; hidden?: boolean; content?: unknown[] }) => {
        if (Array.isArray((node as { content?: unknown[] }).content)) for (const c of (node as { content: typeof node[] }).content) walk(c);
        else if (!node.hidden) out.push(node.text);
    };
    if (doc.parseResult.value.$cstNode) walk(doc.parseResult.value.$cstNode as never);
    return out;
}

function renderAll(model: DocumentModel, docx: boolean): Promise<unknown> {
    if (model.kind === 'sop') renderMermaid(model);
    renderMarkdown(model);
    renderOfficialHtml(model);
    renderOfficialHtml(model, { lang: 'en', view: 'full' });
    return docx ? renderDocx(model) : Promise.resolve();
}

describe('seeded fuzzing', () => {
    let dir: string;
    beforeAll(() => { dir = mkdtempSync(path.join(tmpdir(), 'sop-fuzz-')); });
    afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

    test(`${COUNT} mutants of every example: parse, validate, format and render without an exception`, async () => {
        const failures: string[] = [];
        let total = 0, formatted = 0, modelled = 0;
        for (const [fi, file] of files.entries()) {
            const all = mutants(readFileSync(file, 'utf8'), SEED + fi, COUNT);
            for (const [mi, text] of all.entries()) {
                const where = `${path.relative(examples, file)} mutant ${mi}`;
                total++;
                try {
                    const doc = await build(text);
                    expect(doc.diagnostics, where).toBeDefined();
                    for (const d of doc.diagnostics!) {
                        expect(d.range.start.line, where).toBeGreaterThanOrEqual(0);
                        expect(typeof d.message === 'string' ? d.message.length : 0, where).toBeGreaterThan(0);
                    }
                    const models = services.sop.Models.getModels(doc);
                    modelled += models.length;
                    for (const m of models) await renderAll(m, mi % 20 === 0);
                    // The formatter: only on files without syntax problems; keeps every token, stable.
                    const out = services.sopLsp.Formatter.formatText(doc);
                    if ((out === undefined) !== (syntaxProblems(doc, 'en').length > 0)) failures.push(`${where}: formatter refused a clean file or formatted a broken one`);
                    if (out !== undefined && mi % 3 === 0) {
                        formatted++;
                        const again = await build(out);
                        if (syntaxProblems(again, 'en').length) failures.push(`${where}: formatted text does not parse`);
                        else if (tokens(again).join(' ') !== tokens(doc).join(' ')) failures.push(`${where}: the formatter changed a token`);
                        else if (services.sopLsp.Formatter.formatText(again) !== out) failures.push(`${where}: formatting is not stable`);
                        await drop(again);
                    }
                    await drop(doc);
                } catch (e) {
                    failures.push(`${where}: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
                }
            }
        }
        expect(failures).toEqual([]);
        expect(total).toBe(files.length * COUNT);
        expect(formatted).toBeGreaterThan(total / 10);
        expect(modelled).toBeGreaterThan(total / 2);
    }, 300_000);

    test('a batch of mutants exports every file it plans, and names the broken ones', async () => {
        const src = path.join(dir, 'batch');
        mkdirSync(src);
        let k = 0;
        for (const [fi, file] of files.entries()) {
            // Templates shape other documents; copy the template files whole so SOPs find theirs.
            if (/templat/.test(file)) { writeFileSync(path.join(src, path.basename(file)), readFileSync(file)); continue; }
            for (const text of mutants(readFileSync(file, 'utf8'), SEED + 7 * fi, 8)) writeFileSync(path.join(src, `m${String(k++).padStart(3, '0')}.sop`), text);
        }
        const r = await runCli(['export', src, '--format', 'mmd,md,html,docx', '--out', path.join(dir, 'out'), '--lang', 'en']);
        const err = r.err.join('\n');
        expect(err).not.toMatch(/internal error|TypeError|Cannot read/);
        const summary = /(\d+) of (\d+) files? written/.exec(r.out.join('\n'));
        expect(summary, r.out.slice(-3).join('\n')).not.toBeNull();
        expect(Number(summary![1])).toBe(Number(summary![2]));
        expect(Number(summary![2])).toBeGreaterThan(k);
        expect([0, 1]).toContain(r.code);
        // Every problem names its file.
        for (const line of r.err) expect(line, line).toMatch(/^sop export: \S+\.sop|^sop export: .*Chromium/);
    }, 300_000);
});
