/**
 * Template settings (`kertas`, `label`, `kolom-keterangan` ...) read into the {@link TemplateInfo}
 * of an SOP: the defaults, then the template its book uses, then the template it names, then the
 * settings written in the SOP itself; a later setting wins.
 */
import * as ast from '../generated/ast.js';
import { canonicalKey } from '../syntax/keywords.js';
import type { PaperSize, TemplateInfo } from './model-types.js';

/** The default look: today's A4 document with every column. */
export function defaultTemplate(): TemplateInfo {
    return {
        paper: 'A4', identityOrientation: 'landscape', tableOrientation: 'landscape', labels: {},
        notesColumn: true, columnNumbers: false, blankCapsules: false, tableCaption: true,
    };
}

/** Paper names as written (any case) → paper size. */
const papers: ReadonlyMap<string, PaperSize> = new Map([
    ['a4', 'A4'], ['f4', 'F4'], ['folio', 'F4'], ['letter', 'Letter'], ['legal', 'Legal'],
]);

/**
 * The printed labels a template may replace, by slot, with the field or column they name. Slots are
 * written in Indonesian or English (`kegiatan` / `activity`).
 */
export const labelSlots: ReadonlyMap<string, string> = new Map([
    ['nama', 'name'], ['name', 'name'],
    ['nomor', 'number'], ['number', 'number'],
    ['dibuat', 'created'], ['created', 'created'],
    ['direvisi', 'revised'], ['revised', 'revised'],
    ['efektif', 'effective'], ['effective', 'effective'],
    ['disahkan', 'approved'], ['approved', 'approved'],
    ['nip', 'nip'],
    ['dasar-hukum', 'legalBasis'], ['legal-basis', 'legalBasis'],
    ['kualifikasi', 'qualifications'], ['qualifications', 'qualifications'],
    ['keterkaitan', 'related'], ['related', 'related'],
    ['peralatan', 'equipment'], ['equipment', 'equipment'],
    ['peringatan', 'warnings'], ['warnings', 'warnings'],
    ['pencatatan', 'records'], ['records', 'records'],
    ['maksud', 'purpose'], ['purpose', 'purpose'],
    ['no', 'no'],
    ['kegiatan', 'activity'], ['activity', 'activity'],
    ['pelaksana', 'actors'], ['actors', 'actors'],
    ['mutu-baku', 'quality'], ['quality', 'quality'],
    ['kelengkapan', 'inputs'], ['inputs', 'inputs'],
    ['waktu', 'time'], ['time', 'time'],
    ['output', 'output'],
    ['keterangan', 'notes'], ['notes', 'notes'],
]);

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
                if (!slot || v.length !== 2) problems.push({ setting: s, expected: `label "slot" "teks"; slot: ${[...new Set(labelSlots.keys())].filter((_, i) => i % 2 === 0 || i > 40).join(', ')}` });
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
