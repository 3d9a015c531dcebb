/**
 * Mermaid node ids derived from model ids. They depend only on the id itself (stable when other
 * steps change), distinct kinds of element get distinct prefixes (collision-free), and a prefix
 * means no id is ever a Mermaid keyword (`end`, `subgraph`, `graph`, `style`, `class`, `click`).
 */

function encode(prefixWord: string, prefixOther: string, id: string): string {
    // Grammar ids are word characters; anything else (broken documents) is hex-encoded under a
    // different prefix, so the two forms can never produce the same result.
    if (/^\w+$/.test(id)) return prefixWord + id;
    return prefixOther + Array.from(new TextEncoder().encode(id), b => b.toString(16).padStart(2, '0')).join('');
}

/** The Mermaid node id of a step; also the id Mermaid puts in the SVG (`…-flowchart-<id>-<n>`). */
export function mermaidNodeId(stepId: string): string {
    return encode('s_', 'sx_', stepId);
}

/** The Mermaid subgraph id of a lane (pelaksana). */
export function mermaidLaneId(laneId: string): string {
    return encode('L_', 'Lx_', laneId);
}

/** The invisible anchor node that pins a lane's column order. */
export function mermaidAnchorId(laneId: string): string {
    return encode('A_', 'Ax_', laneId);
}

/** The invisible node at the foot of a lane, so every lane column reaches the last row. */
export function mermaidLaneFootId(laneId: string): string {
    return encode('Z_', 'Zx_', laneId);
}

/** An off-page connector standing for a step outside the rendered section. */
export function mermaidConnectorId(stepId: string): string {
    return encode('X_', 'Xx_', stepId);
}

/**
 * The step id behind a Mermaid node id, or undefined for anything that is not a step node.
 * The preview uses it to map a click on an SVG node back to the step.
 */
export function stepIdFromMermaidId(nodeId: string): string | undefined {
    if (nodeId.startsWith('sx_')) {
        const hex = nodeId.slice(3);
        if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return undefined;
        return new TextDecoder().decode(Uint8Array.from(hex.match(/../g)!.map(h => parseInt(h, 16))));
    }
    return nodeId.startsWith('s_') ? nodeId.slice(2) : undefined;
}
