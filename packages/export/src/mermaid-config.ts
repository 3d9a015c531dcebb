/**
 * The one Mermaid configuration every export uses. Security keys (`securityLevel`, `maxTextSize`,
 * `maxEdges`) can only be set here, never by diagram text, so user text cannot weaken them.
 */
export const MERMAID_INIT = {
    startOnLoad: false,
    securityLevel: 'strict',
    deterministicIds: true,
    // Shapes are drawn with rough.js even in the classic look; a fixed seed makes paths repeatable.
    handDrawnSeed: 1,
    // SVG <text> labels (not <foreignObject> HTML) so exported SVGs show their text in any viewer.
    flowchart: { htmlLabels: false },
    htmlLabels: false,
    maxTextSize: 1e7,
    maxEdges: 1e5,
} as const;

/** The id given to every rendered diagram, so the same text gives byte-identical SVG. */
export const DIAGRAM_ID = 'sop-diagram';
