/**
 * Escaping of user text in Mermaid: with the injection corpus in every field, every output line
 * is one of the few statement forms the generator writes, no label contains a raw quote, `<`,
 * `%`, `#` or backtick, and no directive, click handler or extra statement appears.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMermaid, mermaidNodeId } from '@sop/renderers';
import { mermaidText } from '../../../packages/renderers/src/shared/escape.js';
import { loadModelsFromTexts, sopsOf, type LoadedModel } from '../../fixtures/render/load.js';
import { PAYLOADS, injectionSop, collapsed } from '../../fixtures/render/injection.js';

let injected: LoadedModel[] = [];
beforeAll(async () => {
    injected = await loadModelsFromTexts(Object.fromEntries(PAYLOADS.map((p, i) => [`/inj/${i}.sop`, injectionSop(p, i)])));
});

/** A quoted label: no raw quote, angle bracket, percent, backtick or backslash, except our own `\\n` line breaks. */
const label = '"(?:[^"<>%`\\\\\\n]|\\\\n)*"';
/** The statement forms of generated Mermaid (front matter excluded). */
const allowed: RegExp[] = [
    /^flowchart TB$/,
    /^ {4}%% [^\n]*$/,
    new RegExp(`^ {4}[A-Z]x?_\\w+\\[" "\\]:::sopLaneAnchor$`),
    new RegExp(`^ {4}sx?_\\w+(\\(\\[${label}\\]\\)|\\[${label}\\]|\\{${label}\\}|>${label}\\])$`),
    new RegExp(`^ {4}Xx?_\\w+>${label}\\]:::sopConnector$`),
    new RegExp(`^ {4}subgraph Lx?_\\w+\\[${label}\\]$`),
    /^ {8}[A-Z]?[a-zA-Z]x?_\w+$/,
    /^ {4}end$/,
    new RegExp(`^ {4}[A-Za-z]x?_\\w+ (-->|-\\.->|~~~)(\\|${label}\\|)? [A-Za-z]x?_\\w+$`),
    /^ {4}classDef sop(LaneAnchor|Connector) [^\n]*$/,
];

describe('mermaidText', () => {
    it('replaces every dangerous character by an entity code', () => {
        expect(mermaidText('a "b" <c> & #d; %%{init}%% `e`')).toBe('a #34;b#34; #60;c#62; #38; #35;d; #37;#37;{init}#37;#37; #96;e#96;');
        expect(mermaidText('line\none\r\ntwo\tthree')).toBe('line one two three');
        expect(mermaidText('ﬂ°°60¶ß')).toBe('#64258;°°60#182;ß');
        expect(mermaidText('a\\nb')).toBe('a#92;nb');
    });
});

describe('the injection corpus in mmd', () => {
    it('only ever produces the generator\'s own statement forms', () => {
        for (const { model } of sopsOf(injected)) {
            const text = renderMermaid(model);
            const body = text.slice(text.indexOf('\n---\n') + 5);
            for (const line of body.trimEnd().split('\n')) {
                expect(allowed.some(r => r.test(line)), `${model.id}: ${line}`).toBe(true);
            }
            expect(text).not.toMatch(/%%\{/);
            expect(text).not.toMatch(/^\s*click\b/m);
            expect(text).not.toMatch(/^\s*(style|linkStyle|class)\b/m);
            // Exactly the three steps, two lanes and three edges of the fixture, nothing injected.
            expect(text.match(/^ {4}s_\w+[[({>]/gm)).toHaveLength(3);
            expect(text.match(/^ {4}subgraph /gm)).toHaveLength(2);
            expect(text.match(/^ {4}\w+ (-->|-\.->)/gm)).toHaveLength(3);
            expect(text).toContain(`${mermaidNodeId('cek')} -.->|"`);
        }
    });

    it('keeps the text recoverable: decoding the entity codes gives the payload back', () => {
        for (const [i, p] of PAYLOADS.entries()) {
            const { model } = sopsOf(injected).find(m => m.model.id === `Inj${i}`)!;
            const text = renderMermaid(model, { numbers: false, durations: false });
            const labelText = /^ {4}s_cek\{"(.*)"\}$/m.exec(text)![1];
            const decoded = labelText.replace(/#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
            expect(decoded).toBe(collapsed(p));
        }
    });
});
