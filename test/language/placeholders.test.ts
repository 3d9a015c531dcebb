/**
 * Quick fixes and completion never invent data (issue: "Add all missing mandatory components"
 * inserted today's date and placeholder texts that then passed the checks): what they insert is a
 * placeholder between ellipses, DOC-09 until the author replaces it, and nothing else is said
 * about it.
 */
import { describe, expect, test } from 'vitest';
import { located, validate, validSop } from '../helpers/sop-test-services.js';

describe('DOC-09 placeholders', () => {
    test('a placeholder number is one error at the text, not a number that passes', async () => {
        const text = validSop.replace('"SOP.SEK.01.01"', '"… Nomor SOP …"');
        const d = (await validate(text)).filter(x => x.severity === 1);
        expect(located(d)).toEqual(['2:14 DOC-09']);
        expect(d[0].message).toBe('The placeholder "… Nomor SOP …" has not been replaced with the real content.');
        const id = (await validate(text, { lang: 'id' })).filter(x => x.code === 'DOC-09');
        expect(id[0].message).toBe('Isian contoh "… Nomor SOP …" belum diganti dengan isi sebenarnya.');
    });

    test('a placeholder date is DOC-09 only (no "cannot be read"), and no date is made up', async () => {
        const text = validSop.replace('dibuat     2024-01-10', 'dibuat     "… tanggal …"');
        expect((await validate(text)).map(x => x.code)).toEqual(['DOC-09']);
    });

    test('a placeholder NIP or logo is DOC-09, not a digit count or a missing file', async () => {
        const text = validSop.replace('"19640709 198803 2 007"', '"… NIP 18 digit …"');
        expect((await validate(text)).map(x => x.code)).toEqual(['DOC-09']);
    });

    test('ellipses inside real text are not a placeholder', async () => {
        expect((await validate(validSop.replace('"Minimal SLTA"', '"Minimal SLTA … atau sederajat"'))).map(x => x.code)).toEqual([]);
    });
});
