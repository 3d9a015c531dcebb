/**
 * A walk over the leaves (tokens) of a syntax tree in text order, without Langium's tree streams:
 * they allocate an iterator state per node, which on a procedure of thousands of rows was a good
 * share of a build's time and garbage.
 */
import { isCompositeCstNode, isLeafCstNode, type CstNode, type LeafCstNode } from 'langium';

/** Calls `visit` for every leaf under `root` (or `root` itself when it is a leaf), in text order. */
export function forEachLeaf(root: CstNode, visit: (leaf: LeafCstNode) => void): void {
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (isCompositeCstNode(node)) {
            const content = node.content;
            for (let i = content.length - 1; i >= 0; i--) stack.push(content[i]);
        } else if (isLeafCstNode(node)) {
            visit(node);
        }
    }
}
