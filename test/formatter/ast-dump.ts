/**
 * A normalised dump of a syntax tree for "formatting does not change the tree" checks: every
 * property except positions and containers; keywords by their canonical key so that a language
 * rewrite compares equal; references by their text.
 */
import { isReference, type AstNode } from 'langium';
import { canonicalKey } from '@sop/language';

function value(v: unknown): unknown {
    if (Array.isArray(v)) return v.map(value);
    if (isReference(v)) return { ref: v.$refText };
    if (v && typeof v === 'object' && '$type' in v) return dumpAst(v as AstNode);
    if (typeof v === 'string') return canonicalKey(v) ?? v;
    return v;
}

/** The tree as plain data, without CST, container links or documents. */
export function dumpAst(node: AstNode): unknown {
    const out: Record<string, unknown> = { $type: node.$type };
    for (const [k, v] of Object.entries(node)) {
        if (k.startsWith('$')) continue;
        out[k] = value(v);
    }
    return out;
}
