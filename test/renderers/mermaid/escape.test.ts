/**
 * Escaping of user text in Mermaid: with the injection corpus and the hard texts in every field,
 * every output line is one of the few statement forms the generator writes, no label holds a raw
 * quote or tag, a `%%`, a leading backtick or a `#…;` Mermaid would decode, no directive, click
 * handler or extra statement appears, and decoding a label as HTML gives the text back. Whether
 * stock Mermaid shows the labels as written is checked in Chromium by
 * test/export/mermaid-stock.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMermaid, mermaidNodeId, mermaidLabel, mermaidComment, PARSE_MARK } from '@sop/renderers';
import { loadModelsFromTexts, sopsOf, type LoadedModel } from '../../fixtures/render/load.js';
import { PAYLOADS, injectionSop, collapsed } from '../../fixtures/render/injection.js';
import { HARD_TEXTS, STOCK_LIMIT_TEXTS } from '../../fixtures/render/hard-text.js';

const TEXTS = [...PAYLOADS, ...HARD_TEXTS, ...STOCK_LIMIT_TEXTS.map(l => l.text)];
let injected: LoadedModel[] = [];
beforeAll(async () => {
    injected = await loadModelsFromTexts(Object.fromEntries(TEXTS.map((p, i) => [`/inj/${i}.sop`, injectionSop(p, i)])));
});

/**
 * A quoted label: no raw quote or angle bracket (except the closing PARSE_MARK), no `%%`, no
 * leading backtick, no backslash before `N`; `\n` is our line break.
 */
const label = '"(?!`)(?:[^"<>%\\\\]|%(?!%)|\\\\(?!N))*(?:<!---->)?"';
/** The statement forms of generated Mermaid (front matter excluded). */
const allowed: RegExp[] = [
    /^flowchart TB$/,
    /^ {4}%% [^\n%{}]*$/,
    new RegExp(`^ {4}[A-Z]x?_\\w+\\[" "\\]:::sopLaneAnchor$`),
    new RegExp(`^ {4}sx?_\\w+(\\(\\[${label}\\]\\)|\\[${label}\\]|\\{${label}\\}|>${label}\\])$`),
    new RegExp(`^ {4}Xx?_\\w+>${label}\\]:::sopConnector$`),
    new RegExp(`^ {4}subgraph Lx?_\\w+\\[${label}\\]$`),
    /^ {8}[A-Z]?[a-zA-Z]x?_\w+$/,
    /^ {4}end$/,
    new RegExp(`^ {4}[A-Za-z]x?_\\w+ (-->|-\\.->|~~~)(\\|${label}\\|)? [A-Za-z]x?_\\w+$`),
    /^ {4}classDef sop(LaneAnchor|Connector) [^\n]*$/,
];

/** Reads a label back as HTML would (the named entities the generator writes, then its Mermaid codes). */
function decodeLabel(text: string): string {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', num: '#', percnt: '%', grave: '`', colon: ':' };
    return text.replace(PARSE_MARK, '')
        .replace(/&(\w+);|#(\d+);/g, (whole, name: string | undefined, code: string | undefined) => (name ? named[name] ?? whole : String.fromCodePoint(Number(code))));
}

describe('mermaidLabel', () => {
    it('escapes only what Mermaid or HTML would read, with entities stock Mermaid decodes', () => {
        expect(mermaidLabel(['Surat & Arsip: 50% (1) [a] {b} |c| \'d\' $& $1 é'])).toBe('Surat & Arsip: 50% (1) [a] {b} |c| \'d\' $& $1 é');
        expect(mermaidLabel(['a "b" <c> #1'])).toBe('a &quot;b&quot; &lt;c&gt; #1<!---->');
        expect(mermaidLabel(['a <b> #1'])).toBe('a &lt;b&gt; #1');
        expect(mermaidLabel(['%%{init: {"theme":"dark"}}%%'])).toBe('&percnt;%{init: {&quot;theme&quot;:&quot;dark&quot;}}&percnt;%<!---->');
        expect(mermaidLabel(['`kode` x'])).toBe('&grave;kode` x<!---->');
        expect(mermaidLabel(['line\none\r\ntwo\tthree'])).toBe('line one two three');
        expect(mermaidLabel(['one', 'two'])).toBe('one\\ntwo');
    });

    it('writes a bare & only where no entity can start', () => {
        expect(mermaidLabel(['?nama=budi&nik=1&tahun=2'])).toBe('?nama=budi&nik=1&tahun=2');
        expect(mermaidLabel(['&amp; &lt &copy2024 &#60; &x; &1'])).toBe('&amp;amp; &amp;lt &amp;copy2024 &amp;&num;60; &amp;x; &1<!---->');
    });

    it('keeps # bare unless a ; follows it (an entity code, or the style/classDef rule)', () => {
        expect(mermaidLabel(['#1 #2'])).toBe('#1 #2');
        expect(mermaidLabel(['#35; #quot; x'])).toBe('&num;35; &num;quot; x<!---->');
        expect(mermaidLabel(['style x:#1; y #2'])).toBe('style x:&num;1; y #2<!---->');
        expect(mermaidLabel(['a #1', '<b>'])).toBe('a &num;1\\n&lt;b&gt;<!---->');
    });

    it('writes the sequences stock SVG text labels cannot show as Mermaid codes, and then no bare colon', () => {
        expect(mermaidLabel(['C:\\new C:\\data'])).toBe('C&colon;#92;new C&colon;\\data<!---->');
        expect(mermaidLabel(['ﬂ°° ¶ß ﬂ ¶'])).toBe('#64258;°° #182;ß ﬂ ¶');
    });
});

describe('mermaidComment', () => {
    it('keeps a comment on one line without directive characters, reversibly', () => {
        const name = 'x%%{init: {"theme":"dark"}}%%\n\\u0025.sop';
        const comment = mermaidComment(name);
        expect(comment).toBe('x\\u0025\\u0025\\u007binit: \\u007b"theme":"dark"\\u007d\\u007d\\u0025\\u0025\\u000a\\u005cu0025.sop');
        expect(comment).not.toMatch(/[%{}\n\r]/);
        expect(JSON.parse(`"${comment.replace(/"/g, '\\"')}"`)).toBe(name);
    });
});

describe('the injection corpus and the hard texts in mmd', () => {
    it('only ever produce the generator\'s own statement forms', () => {
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

    it('leave Mermaid no `#word;` to decode and no style rule to cut, except the generator\'s own codes', () => {
        for (const { model } of sopsOf(injected)) {
            for (const line of renderMermaid(model).split('\n')) {
                const bare = line.replace(/#(92|182|64258);/g, '');
                expect(bare, line).not.toMatch(/#\w+;/);
                expect(line, line).not.toMatch(/(style|classDef).*:\S*#.*;/);
            }
        }
    });

    it('keep the text recoverable: decoding the label as HTML gives the text back', () => {
        for (const [i, p] of TEXTS.entries()) {
            const { model } = sopsOf(injected).find(m => m.model.id === `Inj${i}`)!;
            const text = renderMermaid(model, { numbers: false, durations: false });
            const labelText = /^ {4}s_cek\{"(.*)"\}$/m.exec(text)![1];
            expect(decodeLabel(labelText), p).toBe(collapsed(p));
        }
    });
});
