/** Node ids: stable, collision-free, never a Mermaid keyword, reversible for click mapping. */
import { describe, expect, it } from 'vitest';
import { mermaidNodeId, mermaidLaneId, mermaidAnchorId, mermaidConnectorId, mermaidLaneFootId, stepIdFromMermaidId } from '@sop/renderers';

const keywords = ['end', 'subgraph', 'graph', 'flowchart', 'style', 'class', 'classDef', 'click', 'linkStyle', 'direction', 'call', 'href', 'default'];

describe('mermaid ids', () => {
    it('are prefixed, so no keyword is ever an id', () => {
        for (const k of keywords) {
            for (const f of [mermaidNodeId, mermaidLaneId, mermaidAnchorId, mermaidConnectorId, mermaidLaneFootId]) {
                expect(f(k)).not.toBe(k);
                expect(keywords).not.toContain(f(k));
                expect(f(k)).toMatch(/^[A-Za-z][\w]*$/);
            }
        }
        expect(mermaidNodeId('end')).toBe('s_end');
    });

    it('depend only on the step id (stable under edits elsewhere)', () => {
        expect(mermaidNodeId('terima')).toBe('s_terima');
        expect(mermaidNodeId('terima')).toBe(mermaidNodeId('terima'));
    });

    it('are collision-free across kinds and for odd ids', () => {
        const ids = ['a', 'a_b', 'a-b', 'a b', 'ü', '_', 'x2d', 'sx_61', '61'];
        const all = ids.flatMap(id => [mermaidNodeId(id), mermaidLaneId(id), mermaidAnchorId(id), mermaidConnectorId(id), mermaidLaneFootId(id)]);
        expect(new Set(all).size).toBe(all.length);
        for (const id of [...ids, 'end']) expect(stepIdFromMermaidId(mermaidNodeId(id))).toBe(id);
        expect(stepIdFromMermaidId(mermaidLaneId('a'))).toBeUndefined();
        expect(mermaidNodeId('a b')).toMatch(/^sx_[0-9a-f]+$/);
    });
});
