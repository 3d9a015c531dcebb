/**
 * Template settings (`kertas`, `label`, `kolom-keterangan` ...) read into the {@link TemplateInfo}
 * of an SOP: the defaults, then the template its book uses, then the template it names, then the
 * settings written in the SOP itself; a later setting wins.
 */
import * as ast from '../generated/ast.js';
import { canonicalKey } from '../syntax/keywords.js';
import type { PaperSize, TemplateInfo } from './model-types.js';
import { defaultTemplate } from './default-template.js';

export { defaultTemplate };


/** Paper names as written (any case) → paper size. */
const papers: ReadonlyMap<string, PaperSize> = new Map([
    ['a4', 'A4'], ['f4', 'F4'], ['folio', 'F4'], ['letter', 'Letter'], ['legal', 'Legal'],
]);

/** The printed labels a template may replace: slot, its Indonesian name, its English name. */
const slotNames: ReadonlyArray<readonly [slot: string, id: string, en: string]> = [
    ['name', 'nama', 'name'], ['number', 'nomor', 'number'], ['created', 'dibuat', 'created'], ['revised', 'direvisi', 'revised'],
    ['effective', 'efektif', 'effective'], ['approved', 'disahkan', 'approved'], ['nip', 'nip', 'nip'],
    ['legalBasis', 'dasar-hukum', 'legal-basis'], ['qualifications', 'kualifikasi', 'qualifications'], ['related', 'keterkaitan', 'related'],
    ['equipment', 'peralatan', 'equipment'], ['warnings', 'peringatan', 'warnings'], ['records', 'pencatatan', 'records'],
    ['purpose', 'maksud', 'purpose'], ['no', 'no', 'no'], ['activity', 'kegiatan', 'activity'], ['actors', 'pelaksana', 'actors'],
    ['quality', 'mutu-baku', 'quality'], ['inputs', 'kelengkapan', 'inputs'], ['time', 'waktu', 'time'], ['output', 'output', 'output'],
    ['notes', 'keterangan', 'notes'],
];

/**
 * The printed labels a template may replace, by the name written (Indonesian or English:
 * `kegiatan` / `activity`) → slot.
 */
export const labelSlots: ReadonlyMap<string, string> = new Map(slotNames.flatMap(([slot, id, en]) => [[id, slot], [en, slot]]));

const yes = new Set(['ya', 'yes', 'true']);
const no = new Set(['tidak', 'no', 'false']);

/** Why a setting could not be applied (for the validator), or undefined when it was. */
export type SettingProblem = { setting: ast.TemplateSetting; expected: string };

/** The text of a setting value as written (quotes removed by the value converter). */
function values(s: ast.TemplateSetting): string[] {
    return (s.values ?? []).map(v => String(v));
}

/**
 * Applies settings in order onto a template. Returns the problems found (unknown values), so the
 * validator reports exactly what the renderer ignored.
 */
export function applySettings(target: TemplateInfo, settings: readonly ast.TemplateSetting[]): SettingProblem[] {
    const problems: SettingProblem[] = [];
    for (const s of settings) {
        const v = values(s);
        const first = (v[0] ?? '').toLowerCase();
        const flag = (): boolean | undefined => (v.length === 0 || yes.has(first) ? true : no.has(first) ? false : undefined);
        switch (canonicalKey(s.key)) {
            case 'paper': {
                const p = papers.get(first);
                if (p) target.paper = p; else problems.push({ setting: s, expected: 'A4, F4, folio, letter, legal' });
                break;
            }
            case 'identity-orientation':
            case 'table-orientation': {
                const o = first === 'potret' || first === 'portrait' ? 'portrait' : first === 'lanskap' || first === 'landscape' ? 'landscape' : undefined;
                if (!o) problems.push({ setting: s, expected: 'potret, lanskap (portrait, landscape)' });
                else if (canonicalKey(s.key) === 'identity-orientation') target.identityOrientation = o;
                else target.tableOrientation = o;
                break;
            }
            case 'label': {
                const slot = labelSlots.get(first);
                if (!slot || v.length !== 2) problems.push({ setting: s, expected: `label "slot" "teks"; slot: ${slotNames.map(([, id]) => id).join(', ')}` });
                else target.labels = { ...target.labels, [slot]: v[1] };
                break;
            }
            case 'notes-column':
            case 'column-numbers':
            case 'table-caption':
            case 'blank-capsules': {
                const f = flag();
                if (f === undefined) { problems.push({ setting: s, expected: 'ya, tidak (yes, no)' }); break; }
                const key = canonicalKey(s.key);
                if (key === 'notes-column') target.notesColumn = f;
                else if (key === 'column-numbers') target.columnNumbers = f;
                else if (key === 'table-caption') target.tableCaption = f;
                else target.blankCapsules = f;
                break;
            }
            case 'language': {
                const lang = ['id', 'indonesia', 'bahasa-indonesia'].includes(first) ? 'id' : ['en', 'english', 'inggris'].includes(first) ? 'en' : undefined;
                if (lang) target.language = lang; else problems.push({ setting: s, expected: 'id, en' });
                break;
            }
            case 'rows-per-page': {
                const n = Number.parseInt(first, 10);
                if (Number.isFinite(n) && n >= 1) target.rowsPerPage = n; else problems.push({ setting: s, expected: '1, 2, 3 ...' });
                break;
            }
            default:
                break;
        }
    }
    return problems;
}

/** The settings written directly in a document (an SOP, a book or a template). */
export function settingsOf(doc: ast.Document): ast.TemplateSetting[] {
    return doc.members.filter(ast.isTemplateSetting);
}

/** The template a document names with `templat X`, when it resolves. */
export function usedTemplate(doc: ast.Document): ast.Template | undefined {
    return doc.members.find(ast.isTemplateUse)?.ref?.ref;
}

/**
 * The template of an SOP: defaults, then what its book gives (`inherited`), then its own `templat`,
 * then its own settings.
 */
export function templateOf(sop: ast.Sop, inherited: readonly ast.TemplateSetting[] = []): TemplateInfo {
    const t = defaultTemplate();
    applySettings(t, inherited);
    const used = usedTemplate(sop);
    if (used) {
        applySettings(t, settingsOf(used));
        t.id = used.name;
    }
    applySettings(t, settingsOf(sop));
    return t;
}

/** The settings a book passes on to its SOPs: its template's, then its own. */
export function collectionSettings(collection: ast.Collection): ast.TemplateSetting[] {
    const used = usedTemplate(collection);
    return [...(used ? settingsOf(used) : []), ...settingsOf(collection)];
}
