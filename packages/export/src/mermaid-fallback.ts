/**
 * A second try for Mermaid's layout. Dagre, the layout Mermaid uses, throws on some graphs whose
 * arrows cross between clusters back and forth ("Cannot set properties of undefined (setting
 * 'order')"): a flow that jumps between lanes in loops, or what the parser recovered from a
 * broken file. Rather than export nothing, the flowchart is drawn again without its lanes
 * (the pelaksana `subgraph`s and their invisible anchor nodes): every step and arrow is kept.
 */

/** The Mermaid text of a flowchart without its lane subgraphs; undefined when it has none. */
export function withoutLanes(mermaidText: string): string | undefined {
    const lines = mermaidText.split('\n');
    if (!lines.some(l => /^\s*subgraph\s/.test(l))) return undefined;
    const anchors = new Set<string>();
    const anchorLine = /^\s*([\w-]+)\[" "\]:::sopLaneAnchor\s*$/;
    for (const l of lines) {
        const m = anchorLine.exec(l);
        if (m) anchors.add(m[1]);
    }
    const usesAnchor = (l: string) => l.split(/[\s~>-]+/).some(word => anchors.has(word));
    let depth = 0;
    const kept: string[] = [];
    for (const l of lines) {
        if (/^\s*subgraph\s/.test(l)) { depth++; continue; }
        if (depth > 0 && /^\s*end\s*$/.test(l)) { depth--; continue; }
        if (anchorLine.test(l) || usesAnchor(l)) continue;
        // A lane lists its members by id; without the lane the list says nothing.
        if (depth > 0 && /^\s*[\w-]+\s*$/.test(l)) continue;
        kept.push(l);
    }
    return kept.join('\n');
}
