/**
 * Escaping in Markdown: with the injection corpus in every field, no HTML tag, link, image,
 * heading or extra table cell appears, and the text stays readable.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '@sop/renderers';
import { markdownText } from '../../../packages/renderers/src/shared/escape.js';
import { loadModelsFromTexts, sopsOf, type LoadedModel } from '../../fixtures/render/load.js';
import { PAYLOADS, injectionSop } from '../../fixtures/render/injection.js';

let injected: LoadedModel[] = [];
beforeAll(async () => {
    injected = await loadModelsFromTexts(Object.fromEntries(PAYLOADS.map((p, i) => [`/inj/${i}.sop`, injectionSop(p, i)])));
});

describe('markdownText', () => {
    it('escapes HTML, inline Markdown and pipes, and keeps plain text readable', () => {
        expect(markdownText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(markdownText('a | b')).toBe('a \\| b');
        expect(markdownText('[x](javascript:y) *b* _i_ `c` ~s~ #h')).toBe('\\[x\\](javascript:y) \\*b\\* \\_i\\_ \\`c\\` \\~s\\~ \\#h');
        expect(markdownText('1. item')).toBe('1\\. item');
        expect(markdownText('- item')).toBe('\\- item');
        expect(markdownText('-')).toBe('-');
        expect(markdownText('Menerima surat masuk (5 menit), lalu: cek.')).toBe('Menerima surat masuk (5 menit), lalu: cek.');
        expect(markdownText('a\nb')).toBe('a b');
        expect(markdownText('&amp;')).toBe('&amp;amp;');
    });
});

describe('the injection corpus in md', () => {
    it('never produces markup, links or broken tables', () => {
        for (const { model } of sopsOf(injected)) {
            const md = renderMarkdown(model);
            const outsideMermaid = md.replace(/```mermaid\n[\s\S]*?```/g, '');
            // Only our own <br> tags; user angle brackets are entities.
            expect(outsideMermaid.replace(/<br>/g, ''), model.id).not.toMatch(/<[a-zA-Z/!]/);
            // No unescaped link or image syntax from user text.
            expect(outsideMermaid, model.id).not.toMatch(/(?<!\\)\]\(/);
            // Headings: only the ones we write.
            expect(outsideMermaid.match(/^#{1,6} /gm)).toHaveLength(4);
            // Every table row keeps its column count.
            for (const line of outsideMermaid.split('\n').filter(l => l.startsWith('|'))) {
                const n = line.replace(/^\||\|$/g, '').split(/(?<!\\)\|/).length;
                expect([2, 7], `${model.id}: ${line}`).toContain(n);
            }
            // The mermaid block cannot be closed early by user backticks.
            expect(md.match(/^```/gm)).toHaveLength(2);
        }
    });
});
