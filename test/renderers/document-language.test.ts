/**
 * The language an official document is printed in is the document's, not the editor's (issue:
 * "VS Code in English previews and exports an Indonesian SOP with 'SOP Number / Date Created'").
 */
import { describe, expect, test } from 'vitest';
import { documentLanguage, renderOfficialBody } from '@sop/renderers';
import { buildWorkspace, validSop } from '../helpers/sop-test-services.js';

async function modelOf(text: string) {
    const { services, docs } = await buildWorkspace({ 'a.sop': text });
    return services.sop.Models.getModels(docs['a.sop'])[0];
}

const englishGeneric = `sop Calib "Balance calibration" {
  profile generic
  number "QA-01"
  actor tech "Technician"
  procedure {
    weigh tech "Weigh the reference mass" | "Mass" | 5 minutes | "Reading"  end
  }
}
`;

describe('documentLanguage', () => {
    test('an SOP AP is printed in Bahasa Indonesia, whatever the keywords', async () => {
        const sop = await modelOf(validSop);
        expect(documentLanguage(sop)).toBe('id');
        expect(renderOfficialBody(sop, { lang: documentLanguage(sop) })).toContain('Nomor SOP');
        const englishKeywords = validSop.replace('nomor ', 'number ').replace('prosedur {', 'procedure {');
        expect(documentLanguage(await modelOf(englishKeywords))).toBe('id');
    });

    test('a generic SOP follows its keywords, and `bahasa` / `language` overrides both', async () => {
        const generic = await modelOf(englishGeneric);
        expect(generic.kind === 'sop' && generic.keywordLanguage).toBe('en');
        expect(documentLanguage(generic)).toBe('en');
        expect(documentLanguage(await modelOf(englishGeneric.replace('  profile generic\n', '  profile generic\n  language id\n')))).toBe('id');
        expect(documentLanguage(await modelOf(validSop.replace('  nomor ', '  bahasa en\n  nomor ')))).toBe('en');
    });

    test('an unknown value of bahasa is DOC-06 and changes nothing', async () => {
        const { docs } = await buildWorkspace({ 'a.sop': validSop.replace('  nomor ', '  bahasa jawa\n  nomor ') });
        const d = (docs['a.sop'].diagnostics ?? []).filter(x => x.code === 'DOC-06');
        expect(d.map(x => x.message)).toEqual(['Unknown value "jawa" for "bahasa"; choose from: id, en.']);
    });
});
