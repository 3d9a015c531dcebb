/**
 * The protection our SVG export draws instead of the generated text, and the repair that puts
 * the real characters back (packages/renderers/src/mermaid/svg-text.ts), without a browser. That
 * the two together give exact labels in real Chromium is test/export/svg-labels.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { mermaidLabel, protectSvgLabelText, repairSvgLabelEntities } from '@sop/renderers';

const M = '\uFDD0';

describe('protectSvgLabelText', () => {
    it('replaces & < > (bare or as entities), the Mermaid codes and MARK itself, and nothing else', () => {
        const label = mermaidLabel(['a & b <c> "d" #1; C:\\new ¶ß ﬂ° &x', `${M}z`]);
        expect(label).toBe('a & b &lt;c&gt; &quot;d&quot; &num;1; C&colon;#92;new #182;ß #64258;° &x\\n\uFDD0z<!---->');
        expect(protectSvgLabelText(`    s_a["${label}"]`)).toBe(`    s_a["a ${M}a b ${M}lc${M}g &quot;d&quot; &num;1; C&colon;${M}bnew ${M}pß ${M}f° ${M}ax\\n${M}mz<!---->"]`);
        expect(protectSvgLabelText('flowchart TB\n    classDef sopConnector stroke-dasharray:4 3\n')).toBe('flowchart TB\n    classDef sopConnector stroke-dasharray:4 3\n');
    });
});

describe('repairSvgLabelEntities', () => {
    it('puts the characters back inside <text>, XML-escaped', () => {
        expect(repairSvgLabelEntities(`<text><tspan>a${M}a${M}l${M}g${M}b${M}f${M}p${M}m</tspan></text>`)).toBe(`<text><tspan>a&amp;&lt;&gt;\\\uFB02\u00B6${M}</tspan></text>`);
    });

    it('joins a pair Mermaid cut in two when it broke a long word', () => {
        expect(repairSvgLabelEntities(`<text><tspan>x${M}</tspan><tspan>ly</tspan></text>`)).toBe('<text><tspan>x&lt;</tspan><tspan>y</tspan></text>');
        expect(repairSvgLabelEntities(`<text><tspan>x${M}</tspan><tspan></tspan><tspan>a</tspan></text>`)).toBe('<text><tspan>x&amp;</tspan><tspan></tspan><tspan></tspan></text>');
    });

    it('leaves user text that looks like an entity literal, and an SVG without MARK untouched', () => {
        const svg = '<svg><text>a&amp;#60;b &amp;lt; &amp;amp;</text>&amp;#60;</svg>';
        expect(repairSvgLabelEntities(svg)).toBe(svg);
        expect(repairSvgLabelEntities(`<svg><text>${M}a&amp;#60;</text><g>${M}a</g></svg>`)).toBe(`<svg><text>&amp;&amp;#60;</text><g>${M}a</g></svg>`);
    });
});
