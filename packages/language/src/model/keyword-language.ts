/**
 * The language a document's keywords are written in (`prosedur` or `procedure` ...): the default
 * language of a generic SOP's printed document, and the language quick fixes, completion and
 * messages use for the keywords they suggest, so an English UI does not tell an Indonesian file to
 * write `number "..."`.
 */
import { CstUtils, GrammarAST, type AstNode } from 'langium';
import { keywordPair, type Lang } from '../syntax/keywords.js';

/** How many keywords of each language a node (a file, or one document of it) is written with. */
export function keywordCounts(node: AstNode): Record<Lang, number> {
    const counts = { id: 0, en: 0 };
    if (!node.$cstNode) return counts;
    for (const leaf of CstUtils.flattenCst(node.$cstNode)) {
        if (!GrammarAST.isKeyword(leaf.grammarSource)) continue;
        const pair = keywordPair(leaf.text);
        if (!pair || pair.id === pair.en) continue;
        counts[leaf.text === pair.id ? 'id' : 'en']++;
    }
    return counts;
}

/**
 * The majority language of the keywords whose two spellings differ; `fallback` when there are
 * none or as many of each.
 */
export function keywordLanguage(node: AstNode, fallback: Lang): Lang {
    const { id, en } = keywordCounts(node);
    return id === en ? fallback : id > en ? 'id' : 'en';
}
