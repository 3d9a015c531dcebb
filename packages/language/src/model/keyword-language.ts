/**
 * The language a document's keywords are written in (`prosedur` or `procedure` ...): the default
 * language of a generic SOP's printed document, and the language quick fixes, completion and
 * messages use for the keywords they suggest, so an English UI does not tell an Indonesian file to
 * write `number "..."`.
 */
import { AstUtils, GrammarAST, type AstNode } from 'langium';
import { forEachLeaf } from './cst-walk.js';
import { keywordPair, type Lang } from '../syntax/keywords.js';

/**
 * Counts per node: a node never changes once parsed (an edit parses a new tree), and the model,
 * the validator and the quick fixes each ask for the same document's counts.
 */
const countsOf = new WeakMap<AstNode, Record<Lang, number>>();

/** How many keywords of each language a node (a file, or one document of it) is written with. */
export function keywordCounts(node: AstNode): Record<Lang, number> {
    const cached = countsOf.get(node);
    if (cached) return { ...cached };
    const counts = { id: 0, en: 0 };
    if (!node.$cstNode) return counts;
    forEachLeaf(node.$cstNode, leaf => {
        // `$type` rather than GrammarAST.isKeyword: the same test (Keyword has no subtypes) without
        // the reflection's subtype lookup for every token of the file.
        if (leaf.grammarSource?.$type !== GrammarAST.Keyword.$type) return;
        // The words of the monitoring document written as ids (a step `monitoring`, a branch `baik`)
        // say nothing about the language, as before they were keywords.
        if (AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule)?.name === 'NewWord') return;
        const pair = keywordPair(leaf.text);
        if (!pair || pair.id === pair.en) return;
        counts[leaf.text === pair.id ? 'id' : 'en']++;
    });
    countsOf.set(node, { ...counts });
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
