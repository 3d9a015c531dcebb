/**
 * Walks over a syntax tree's nodes and references without Langium's streams. Langium's linker,
 * scope computation and reference index each stream the whole tree (`Object.keys` of every node
 * into an iterator state) and await a cancellation check per node; on a procedure of thousands of
 * rows that was a large share of a build's time and garbage. These visit the same nodes and
 * references in the same order as `AstUtils.streamAst` and `AstUtils.streamReferences`.
 */
import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/** Calls `visit` for `root` and every node it contains, in the order of `AstUtils.streamAst`. */
export function forEachNode(root: AstNode, visit: (node: AstNode) => void): void {
    const stack: AstNode[] = [root];
    const children: AstNode[] = [];
    while (stack.length > 0) {
        const node = stack.pop()!;
        visit(node);
        for (const key of Object.keys(node)) {
            if (key.startsWith('$')) continue;
            const value = (node as unknown as Record<string, unknown>)[key];
            if (isAstNode(value)) children.push(value);
            else if (Array.isArray(value)) for (const element of value) if (isAstNode(element)) children.push(element);
        }
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
        children.length = 0;
    }
}

/** Calls `visit` for every reference held by `node`, in the order of `AstUtils.streamReferences`. */
export function forEachReference(node: AstNode, visit: (info: ReferenceInfo) => void): void {
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            value.forEach((element, index) => {
                if (isReference(element) || isMultiReference(element)) visit({ reference: element, container: node, property, index });
            });
        }
    }
}
