/**
 * The language a document's keywords are written in (`prosedur` or `procedure` ...): the default
 * language of a generic SOP's printed document, and the language quick fixes and messages use
 * for the keywords they suggest, so an English UI does not tell an Indonesian file to write
 * `number "..."`.
 */
import { CstUtils, isLeafCstNode, type AstNode } from 'langium';
import { keywordPair, type Lang } from '../syntax/keywords.js';

const notKeywords = new Set(['ID', 'STRING', 'NUMBER', 'DATE']);

/** The majority language of the bilingual keywords written in a node (Indonesian on a tie). */
export function keywordLanguageOf(node: AstNode): Lang {
    if (!node.$cstNode) return 'id';
    let id = 0, en = 0;
    for (const leaf of CstUtils.streamCst(node.$cstNode)) {
        if (!isLeafCstNode(leaf) || leaf.hidden || notKeywords.has(leaf.tokenType.name)) continue;
        const pair = keywordPair(leaf.text);
        if (!pair || pair.id === pair.en) continue;
        if (leaf.text === pair.id) id++; else en++;
    }
    return en > id ? 'en' : 'id';
}
