/**
 * The syntax problems of a document in one list, in reading order: lexer and parser errors and
 * texts whose quotes do not pair (which the lexer accepts so that the rest of the file still
 * parses, see the STRING terminal). Tools that must not act on a broken file (`sop fmt`, the
 * formatter, the export's report) ask this one function.
 */
import { CstUtils, isLeafCstNode, type AstNode, type LangiumDocument } from 'langium';
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

/** The message for a text token whose quotes do not pair (DOC-08), by where it starts. */
export function unpairedQuoteMessage(image: string, line: number, column: number, lang: Lang): string {
    // A lone quote at the end of a line is the closing quote of a text whose opening one is missing.
    return image === '"' ? phrase(phrases.textUnopened, lang, line) : phrase(phrases.textUnclosed, lang, line, column);
}

/** A text token with an unpaired quote: its image, range and the AST node that holds it. */
export interface UnpairedText {
    image: string;
    range: Range;
    node: AstNode;
}

/** Texts (STRING tokens) of a parsed document that lack a quote, with their 0-based ranges. */
export function unpairedTexts(document: LangiumDocument): UnpairedText[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const found: UnpairedText[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (isLeafCstNode(node) && node.tokenType.name === 'STRING' && !isClosedText(node.text)) found.push({ image: node.text, range: node.range, node: node.astNode });
    }
    return found;
}

/** Every syntax problem of a document, sorted by position. */
export function syntaxProblems(document: LangiumDocument, lang: Lang): SyntaxProblem[] {
    const { lexerErrors, parserErrors } = document.parseResult;
    const problems: SyntaxProblem[] = [
        ...lexerErrors.map(e => ({ line: e.line ?? 1, column: e.column ?? 1, message: e.message })),
        ...parserErrors.map(e => ({ line: Number.isFinite(e.token.startLine) ? e.token.startLine! : 1, column: Number.isFinite(e.token.startColumn) ? e.token.startColumn! : 1, message: e.message })),
        ...unpairedTexts(document).map(t => {
            const line = t.range.start.line + 1, column = t.range.start.character + 1;
            return { line, column, message: unpairedQuoteMessage(t.image, line, column, lang) };
        }),
    ];
    return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
