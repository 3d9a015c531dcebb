import { describe, expect, test } from 'vitest';
import { ruleList } from '@sop/language';
import { validate, validSop } from '../helpers/sop-test-services.js';

describe('localised diagnostics', () => {
    test('every rule has a source and a message and title in both languages', () => {
        for (const rule of ruleList) {
            expect(rule.source, rule.code).not.toBe('');
            for (const lang of ['id', 'en'] as const) {
                expect(rule.message[lang], `${rule.code} ${lang}`).not.toBe('');
                expect(rule.title[lang], `${rule.code} ${lang}`).not.toBe('');
            }
        }
        expect(new Set(ruleList.map(r => r.code)).size).toBe(ruleList.length);
    });

    test('the same document speaks Bahasa Indonesia or English as set', async () => {
        const text = validSop.replace('  nomor      "SOP.SEK.01.01"\n', '').replace('ya -> distribusi  tidak -> arsip', 'ya -> distribusi');
        const id = (await validate(text, { lang: 'id' })).map(d => `${d.code} ${String(d.message)}`);
        const en = (await validate(text, { lang: 'en' })).map(d => `${d.code} ${String(d.message)}`);
        expect(id).toContain('SOP-H02 Nomor SOP belum diisi (`nomor "..."`).');
        // The message speaks the UI language; the keywords it suggests are those the file is written in.
        expect(en).toContain('SOP-H02 The SOP number is missing (`nomor "..."`).');
        expect(id).toContain('SOP-P07 Keputusan harus memiliki tepat dua cabang berlabel (mis. `ya -> a  tidak -> b`); ada 1.');
        expect(en).toContain('SOP-P07 A decision needs exactly two labelled branches (e.g. `yes -> a  no -> b`); found 1.');
    });

    test('a file written with English keywords is told English keywords, also in an Indonesian UI', async () => {
        const english = validSop.replace('  nomor      "SOP.SEK.01.01"\n', '').replace('prosedur {', 'procedure {').replace(/pelaksana /g, 'actor ')
            .replace('dasar-hukum', 'legal-basis').replace('peralatan', 'equipment').replace('kualifikasi', 'qualifications')
            .replace('dibuat ', 'created ').replace('direvisi ', 'revised ').replace('efektif ', 'effective ').replace('disahkan ', 'approved ')
            .replace(' nama ', ' name ').replace('keterkaitan ', 'related ').replace('peringatan ', 'warnings ').replace('pencatatan ', 'records ');
        const id = (await validate(english, { lang: 'id' })).map(d => `${d.code} ${String(d.message)}`);
        expect(id).toContain('SOP-H02 Nomor SOP belum diisi (`number "..."`).');
    });
});

describe('rule sources', () => {
    test('name the regulation or the practice, never a fixture of ours', () => {
        for (const rule of ruleList) {
            expect(rule.source.trim().length, rule.code).toBeGreaterThan(5);
            expect(rule.source, rule.code).not.toMatch(/fixture|test/i);
        }
    });
});
