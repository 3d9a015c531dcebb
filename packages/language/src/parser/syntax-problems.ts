/**
 * The syntax problems of a document in one list, in reading order: lexer and parser errors and
 * texts whose quotes do not pair (which the lexer accepts so that the rest of the file still
 * parses, see the STRING terminal). Tools that must not act on a broken file (`sop fmt`, the
 * formatter, the export's report) ask this one function.
 */
import { CstUtils, isLeafCstNode, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Lang } from '../syntax/keywords.js';
import { phrase, phrases } from '../i18n/phrases.js';
import { isClosedText } from './text-token.js';

/** One syntax problem: 1-based line and column, and a message in plain words. */
export interface SyntaxProblem {
    line: number;
    column: number;
    message: string;
}

/** Unescaped double quotes in a line of text. */
function quotesIn(line: string): number {
    return (line.match(/(?<!\\)"/g) ?? []).length;
}

/**
 * The message for a text token whose quotes do not pair (DOC-08). When it is the only text of
 * its line the fault is certain: a text not closed, or (a lone quote at the end of a line) the
 * closing quote of a text never opened. When the line holds other texts, the lexer cannot know
 * which of them lost a quote, so the message names the line, not a guess.
 */
export function unpairedQuoteMessage(image: string, line: number, column: number, lang: Lang, lineText?: string): string {
    if (lineText !== undefined && quotesIn(lineText) > 1) return phrase(phrases.quotesUnpaired, lang, line);
    return image === '"' ? phrase(phrases.textUnopened, lang, line) : phrase(phrases.textUnclosed, lang, line, column);
}

/** A text token with an unpaired quote: its image, range and the AST node that holds it. */
export interface UnpairedText {
    image: string;
    range: Range;
    node: AstNode;
}

/** The text (STRING) tokens of a parsed document, in order. */
export function textTokens(document: LangiumDocument): LeafCstNode[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const found: LeafCstNode[] = [];
    for (const node of CstUtils.streamCst(root)) if (isLeafCstNode(node) && node.tokenType.name === 'STRING') found.push(node);
    return found;
}

/** Texts (STRING tokens) of a parsed document that lack a quote, with their 0-based ranges. */
export function unpairedTexts(document: LangiumDocument): UnpairedText[] {
    return textTokens(document).filter(t => !isClosedText(t.text)).map(t => ({ image: t.text, range: t.range, node: t.astNode }));
}

/** The text of a 0-based line of a document. */
export function lineOf(document: LangiumDocument, line: number): string {
    return document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

/** Every syntax problem of a document, sorted by position. */
export function syntaxProblems(document: LangiumDocument, lang: Lang): SyntaxProblem[] {
    const { lexerErrors, parserErrors } = document.parseResult;
    const problems: SyntaxProblem[] = [
        ...lexerErrors.map(e => ({ line: e.line ?? 1, column: e.column ?? 1, message: e.message })),
        ...parserErrors.map(e => ({ line: Number.isFinite(e.token.startLine) ? e.token.startLine! : 1, column: Number.isFinite(e.token.startColumn) ? e.token.startColumn! : 1, message: e.message })),
        ...unpairedTexts(document).map(t => {
            const line = t.range.start.line + 1, column = t.range.start.character + 1;
            return { line, column, message: unpairedQuoteMessage(t.image, line, column, lang, lineOf(document, t.range.start.line)) };
        }),
    ];
    // On one line, an unpaired quote is the cause of whatever else the parser says there: it goes first.
    const unpaired = new Set(problems.slice(lexerErrors.length + parserErrors.length));
    const rank = (p: SyntaxProblem) => (unpaired.has(p) ? 0 : 1);
    return problems.sort((a, b) => a.line - b.line || rank(a) - rank(b) || a.column - b.column);
}
