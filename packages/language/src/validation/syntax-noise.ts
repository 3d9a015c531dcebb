/**
 * One typo, one error. After a syntax error the parser recovers by skipping or splitting tokens,
 * and the rules then see rows that lost their cells, their flow or their symbols: a missing `>`
 * would bring a dozen warnings about mutu baku, numbering and unreachable rows that all vanish
 * with the fix. This filter keeps the first syntax error of each line, and drops the diagnostics
 * of the procedure rules on the rows the parser had to repair; when a procedure has a syntax error,
 * the rules about the whole flow (reachability, loops, numbering, forks, ends, critical path) wait
 * for the fix.
 */
import { CstUtils, DocumentValidator, isLeafCstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import * as ast from '../generated/ast.js';

/** Rules about the whole flow of a procedure: unreliable while the procedure does not parse. */
const flowWide = new Set(['SOP-P06', 'SOP-P09', 'SOP-P10', 'SOP-P11', 'SOP-P16', 'SOP-P17', 'SOP-P22', 'SOP-P23', 'SOP-P24']);

function isUnpairedQuote(d: Diagnostic): boolean {
    return (d.data as { code?: string } | undefined)?.code === 'DOC-08';
}

/** Parser and lexer errors, and DOC-08 (a text without its closing quote: a lexical error too). */
function isSyntax(d: Diagnostic): boolean {
    const code = (d.data as { code?: string } | undefined)?.code;
    return code === DocumentValidator.ParsingError || code === DocumentValidator.LexingError || isUnpairedQuote(d);
}

function inside(d: Diagnostic, range: { start: { line: number; character: number }; end: { line: number; character: number } }): boolean {
    const s = d.range.start;
    const after = s.line > range.start.line || (s.line === range.start.line && s.character >= range.start.character);
    const before = s.line < range.end.line || (s.line === range.end.line && s.character <= range.end.character);
    return after && before;
}

/**
 * Documents the parser could not read whole: a header (`sop Id "Title" {`) that did not parse,
 * e.g. a title without its opening quote, leaves the parser outside the document, which then
 * looks empty and whose members land in a document the parser made up; a block without its `{`
 * lets the block's `}` close the document early, and the rest of it stands outside. Every rule
 * about such a document ("no number", "no steps", "component missing") waits for the fix.
 * Returns the text span of each, up to the next document.
 */
function cutDocuments(root: ast.Model, offsets: readonly number[], length: number): { start: number; end: number }[] {
    const docs = (root.documents ?? []).filter(d => d.$cstNode);
    const spans: { start: number; end: number }[] = [];
    docs.forEach((doc, i) => {
        const cst = doc.$cstNode!;
        const end = i + 1 < docs.length ? docs[i + 1].$cstNode!.offset : length;
        let brace: number | undefined;
        for (const node of CstUtils.streamCst(cst)) {
            if (isLeafCstNode(node) && node.text === '{') { brace = node.offset; break; }
        }
        const headerEnd = brace ?? end;
        const inHeader = (o: number) => o >= cst.offset && o <= headerEnd;
        const afterEnd = (o: number) => o >= cst.end && o < end;
        if (offsets.some(o => inHeader(o) || afterEnd(o))) spans.push({ start: cst.offset, end });
    });
    return spans;
}

/** Removes the diagnostics that a syntax error caused (see the file comment). */
export function withoutSyntaxNoise(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const syntax = diagnostics.filter(isSyntax);
    if (syntax.length === 0) return diagnostics;
    const text = document.textDocument;
    const root = document.parseResult.value as ast.Model;
    const offsets = syntax.map(d => text.offsetAt(d.range.start));
    // Rows the parser repaired: the row holding an error, and the row just before it (a row cut
    // short ends where the unexpected token begins).
    const repaired: ast.Step[] = [];
    const brokenProcedures = new Set<ast.Procedure>();
    for (const doc of root.documents ?? []) {
        for (const proc of (doc.members ?? []).filter(ast.isProcedure)) {
            const cst = proc.$cstNode;
            if (!cst || !offsets.some(o => o >= cst.offset && o <= cst.end)) continue;
            brokenProcedures.add(proc);
            const steps = (proc.items ?? []).filter(ast.isStep);
            for (const o of offsets) {
                const line = text.positionAt(o).line;
                let previous: ast.Step | undefined;
                for (const step of steps) {
                    const c = step.$cstNode;
                    if (!c) continue;
                    if (o >= c.offset && o <= c.end) repaired.push(step);
                    // A row cut short on the broken line, or one the parser made out of its rest.
                    else if (c.range.end.line === line || (c.range.start.line >= line && c.range.start.line <= line + 1)) repaired.push(step);
                    else if (c.end <= o) previous = step;
                }
                if (previous) repaired.push(previous);
            }
        }
    }
    const cut = cutDocuments(root, offsets, text.getText().length).map(r => ({ start: text.positionAt(r.start), end: text.positionAt(r.end) }));
    const repairedRanges = repaired.map(s => s.$cstNode!.range);
    const brokenRanges = [...brokenProcedures].map(p => p.$cstNode!.range);
    // The first syntax error of a line says it; the others on that line, or at the start of the
    // next one, are the parser recovering (a second typo shows once the first is fixed).
    const keptSyntax = new Set<Diagnostic>();
    let lastLine = -2;
    // On one line an unpaired quote (DOC-08) is the cause of the parser's complaints: it goes first.
    const unpaired = (d: Diagnostic) => (isUnpairedQuote(d) ? 0 : 1);
    const order = (a: Diagnostic, b: Diagnostic) => a.range.start.line - b.range.start.line || unpaired(a) - unpaired(b) || text.offsetAt(a.range.start) - text.offsetAt(b.range.start);
    for (const d of [...syntax].sort(order)) {
        if (d.range.start.line > lastLine + 1) keptSyntax.add(d);
        lastLine = d.range.start.line;
    }
    const brokenLines = new Set([...keptSyntax].map(d => d.range.start.line));
    return diagnostics.filter(d => {
        if (isSyntax(d)) return keptSyntax.has(d);
        if (cut.some(r => inside(d, r))) return false;
        // On a line with a syntax error, the rules read what the parser made of it (the words of a
        // text without its opening quote become references to SOPs that do not exist).
        if (brokenLines.has(d.range.start.line)) return false;
        const code = String(d.code ?? '');
        if (!code.startsWith('SOP-P')) return true;
        if (flowWide.has(code) && brokenRanges.some(r => inside(d, r) || code === 'SOP-P06' || code === 'SOP-P17')) return false;
        return !repairedRanges.some(r => inside(d, r));
    });
}
