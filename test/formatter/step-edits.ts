/**
 * The edits a reviewer sees most often, applied to a formatted file: insert a step, delete a step,
 * rename a step (its id and every jump to it), at several positions of every procedure. After the
 * edit the file is formatted again and compared line by line with the formatted original: the lines
 * that change should be only the lines of that step (and, for a rename, the lines that jump to it).
 * Shared by test/formatter/diff-stability.test.ts and scripts/measure-fmt-diff.ts.
 */
import { AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { ast } from '@sop/language';

export type Parse = (text: string) => LangiumDocument<ast.Model>;
export type Format = (document: LangiumDocument<ast.Model>) => string | undefined;

export type EditKind = 'insert' | 'delete' | 'rename-long' | 'rename-short';

export interface StepEdit {
    kind: EditKind;
    /** Where: `Doc: first`, `Doc: middle`, `Doc: last`, `Doc: longest`. */
    where: string;
    /** The edited source (the formatted original with one step inserted, deleted or renamed). */
    text: string;
    /** Name of the step in the original (delete, rename). */
    oldName?: string;
    /** Name of the step after the edit (insert, rename). */
    newName?: string;
}

export interface EditResult {
    edit: StepEdit;
    /** Lines removed from the formatted original plus lines added in the formatted result. */
    changed: number;
    /** The lines of the step (both sides) and, for a rename, of the steps that jump to it. */
    minimum: number;
    /** Changed lines that belong to neither: the ripple. */
    outside: number;
    /** The first changed lines outside the step, for messages. */
    samples: string[];
}

/** Name of an inserted step: longer than any id of the examples, so an aligned column must widen. */
export const INSERTED_ID = 'langkahTambahanYangPanjangSekali';

const isStep = (n: unknown): n is ast.Step => (n as ast.Step)?.$type === 'Step';
const isProcedure = (n: unknown): n is ast.Procedure => (n as ast.Procedure)?.$type === 'Procedure';
const isActor = (n: unknown): n is ast.Actor => (n as ast.Actor)?.$type === 'Actor';
const isTarget = (n: unknown): n is ast.Target => (n as ast.Target)?.$type === 'Target';

function lineStart(text: string, offset: number): number {
    return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}

/** Offset of the start of the line after the one holding `offset`. */
function nextLineStart(text: string, offset: number): number {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = offset;
    const hit = m.exec(text);
    return hit ? hit.index + hit[0].length : text.length;
}

function eolOf(text: string): string {
    return text.includes('\r\n') ? '\r\n' : /\r(?!\n)/.test(text) && !text.includes('\n') ? '\r' : '\n';
}

/** Positions to edit in a list of n steps: first, middle, last and the one with the longest id. */
function positions(steps: readonly ast.Step[]): Array<[string, number]> {
    const n = steps.length;
    const out: Array<[string, number]> = [['first', 0], ['middle', Math.floor(n / 2)], ['last', n - 1]];
    let longest = 0;
    steps.forEach((s, i) => { if (s.name.length > steps[longest].name.length) longest = i; });
    out.push(['longest', longest]);
    const seen = new Set<number>();
    return out.filter(([, i]) => (seen.has(i) ? false : (seen.add(i), true)));
}

/** Every edit of every procedure of a (formatted) document. */
export function stepEdits(document: LangiumDocument<ast.Model>): StepEdit[] {
    const text = document.textDocument.getText();
    const eol = eolOf(text);
    const edits: StepEdit[] = [];
    for (const doc of document.parseResult.value.documents) {
        const procedure = doc.members.find(isProcedure);
        const steps = (procedure?.items ?? []).filter(isStep);
        if (!steps.length) continue;
        const actor = doc.members.find(isActor)?.name ?? steps[0].symbols[0]?.actor?.$refText ?? 'admin';
        const targets = AstUtils.streamAst(doc).filter(isTarget).toArray();
        const names = new Set(steps.map(s => s.name));
        for (const [label, i] of positions(steps)) {
            const where = `${doc.name}: ${label}`;
            const step = steps[i];
            const cst = step.$cstNode!;
            // Insert: before the step (after it when it is the last), numbered like its neighbours.
            const after = label === 'last';
            const at = after ? nextLineStart(text, cst.end) : lineStart(text, cst.offset);
            const indent = text.slice(lineStart(text, cst.offset), cst.offset);
            const numbered = step.number !== undefined;
            const number = after ? Number.parseInt(step.number ?? '0', 10) + 1 : i === 0 ? 1 : Number.parseInt(steps[i - 1].number ?? '0', 10) + 1;
            const line = `${indent}${numbered ? `${number} ` : ''}${INSERTED_ID} ${actor} "Memeriksa kelengkapan berkas tambahan sebelum diteruskan kepada pimpinan"`
                + ` | "Berkas tambahan" | 10 menit | "Berkas tambahan diperiksa"`;
            const insertText = after && at === text.length && !/[\r\n]$/.test(text)
                ? text + eol + line
                : text.slice(0, at) + line + eol + text.slice(at);
            if (!names.has(INSERTED_ID)) edits.push({ kind: 'insert', where, text: insertText, newName: INSERTED_ID });
            // Delete: the step's lines.
            const from = lineStart(text, cst.offset);
            const to = nextLineStart(text, cst.end);
            edits.push({ kind: 'delete', where, text: text.slice(0, from) + text.slice(to), oldName: step.name });
            // Rename: the id and every jump to it.
            for (const [kind, newName] of [['rename-long', `${step.name}DenganNamaYangJauhLebihPanjang`], ['rename-short', 'zq']] as const) {
                if (names.has(newName)) continue;
                const spans: Array<[number, number]> = [];
                const nameNode = GrammarUtils.findNodeForProperty(cst, 'name');
                if (!nameNode) continue;
                spans.push([nameNode.offset, nameNode.end]);
                for (const t of targets) {
                    if (t.step?.$refText !== step.name || !t.$cstNode) continue;
                    const node = GrammarUtils.findNodeForProperty(t.$cstNode, 'step');
                    if (node) spans.push([node.offset, node.end]);
                }
                spans.sort((a, b) => b[0] - a[0]);
                let renamed = text;
                for (const [s, e] of spans) renamed = renamed.slice(0, s) + newName + renamed.slice(e);
                edits.push({ kind, where, text: renamed, oldName: step.name, newName });
            }
        }
    }
    return edits;
}

/** Line indexes of the step named `name` and (for a rename) of the steps that jump to it. */
function stepLines(document: LangiumDocument<ast.Model>, name: string, withReferences: boolean): Set<number> {
    const lines = new Set<number>();
    const add = (node: ast.Step) => {
        if (node.$cstNode) for (let l = node.$cstNode.range.start.line; l <= node.$cstNode.range.end.line; l++) lines.add(l);
    };
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        if (isStep(node) && node.name === name) add(node);
        else if (withReferences && isTarget(node) && node.step?.$refText === name) {
            const step = AstUtils.getContainerOfType(node, isStep);
            if (step) add(step);
        }
    }
    return lines;
}

/** Splits a text into lines (any line end), without the empty piece after a final line end. */
export function linesOf(text: string): string[] {
    const lines = text.split(/\r\n|\r|\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
}

/** A line diff by longest common subsequence: indexes of the removed and of the added lines. */
export function lineDiff(a: readonly string[], b: readonly string[]): { removed: number[]; added: number[] } {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let endA = a.length, endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
    const n = endA - start, m = endB - start;
    const width = m + 1;
    const table = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            table[i * width + j] = a[start + i] === b[start + j]
                ? table[(i + 1) * width + j + 1] + 1
                : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
        }
    }
    const removed: number[] = [], added: number[] = [];
    let i = 0, j = 0;
    while (i < n && j < m) {
        if (a[start + i] === b[start + j]) { i++; j++; }
        else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) removed.push(start + i++);
        else added.push(start + j++);
    }
    while (i < n) removed.push(start + i++);
    while (j < m) added.push(start + j++);
    return { removed, added };
}

/**
 * Formats the edited text and compares it with the formatted original. Undefined when the edited
 * text does not parse (then there is nothing to format).
 */
export function measureEdit(original: LangiumDocument<ast.Model>, edit: StepEdit, parse: Parse, format: Format): EditResult | undefined {
    const edited = parse(edit.text);
    if (edited.parseResult.parserErrors.length || edited.parseResult.lexerErrors.length) return undefined;
    const after = format(edited);
    if (after === undefined) return undefined;
    const afterDoc = parse(after);
    const rename = edit.kind.startsWith('rename');
    const allowedA = edit.oldName ? stepLines(original, edit.oldName, rename) : new Set<number>();
    const allowedB = edit.newName ? stepLines(afterDoc, edit.newName, rename) : new Set<number>();
    const a = linesOf(original.textDocument.getText()), b = linesOf(after);
    const { removed, added } = lineDiff(a, b);
    const outsideA = removed.filter(i => !allowedA.has(i)), outsideB = added.filter(i => !allowedB.has(i));
    return {
        edit,
        changed: removed.length + added.length,
        minimum: allowedA.size + allowedB.size,
        outside: outsideA.length + outsideB.length,
        samples: [...outsideA.map(i => `- ${a[i]}`), ...outsideB.map(i => `+ ${b[i]}`)].slice(0, 6),
    };
}
