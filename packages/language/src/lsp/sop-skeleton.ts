/**
 * The mandatory components of an SOP AP and of a Standar Pelayanan in canonical order, with a
 * template line for each. Quick fixes insert them as plain text with placeholders; completion
 * inserts them as snippets (the same placeholders become tab stops).
 */
import * as ast from '../generated/ast.js';
import { canonicalKey, keywordIn, type Lang } from '../syntax/keywords.js';
import { msg, type LspMessage } from '../i18n/lsp-messages.js';

/** A piece of a template: literal text or a placeholder (a tab stop in a snippet). */
type Part = string | { ph: string };

/** What a template needs to know. */
export interface TemplateContext {
    /** Language of the keywords to write. */
    keywords: Lang;
    /** Language of the placeholder texts. */
    locale: Lang;
    /** An SOP of the workspace for "sistem, mekanisme, dan prosedur" (else a placeholder id). */
    sopId?: string;
}

/** One mandatory component: its canonical key and the parts of its line. */
export interface Component {
    key: string;
    parts: (c: TemplateContext) => Part[];
}

/**
 * A placeholder for the author's own text: written between ellipses (`"… Nomor SOP …"`) so that it
 * is itself a diagnostic (DOC-09) until replaced; a quick fix never makes a missing component look
 * filled in.
 */
const ph = (key: LspMessage, c: TemplateContext): Part => ({ ph: `\u2026 ${msg(key, c.keywords)} \u2026` });
/** A placeholder for an id: an id must stay an id to parse, so it is not marked (the author names it). */
const idPh = (key: LspMessage, c: TemplateContext): Part => ({ ph: msg(key, c.keywords) });
const kw = (key: string, c: TemplateContext) => keywordIn(key, c.keywords);
const text = (key: string, p: LspMessage) => (c: TemplateContext): Part[] => [`${kw(key, c)} "`, ph(p, c), '"'];
const list = (key: string, p: LspMessage) => (c: TemplateContext): Part[] => [`${kw(key, c)} { "`, ph(p, c), '" }'];
// No date is ever filled in for the author: a placeholder text stands where the date goes.
const date = (key: string) => (c: TemplateContext): Part[] => [`${kw(key, c)} "`, ph('phDate', c), '"'];

/** The identity block of an SOP AP, in the order of the printed header (Permenpan RB 35/2012). */
export const sopComponents: readonly Component[] = [
    { key: 'number', parts: text('number', 'phNumber') },
    { key: 'unit', parts: text('unit', 'phUnit') },
    { key: 'logo', parts: text('logo', 'phLogo') },
    { key: 'created', parts: date('created') },
    { key: 'revised', parts: c => [`${kw('revised', c)} -`] },
    { key: 'effective', parts: date('effective') },
    { key: 'approved', parts: c => [`${kw('approved', c)} "`, ph('phRole', c), `" ${kw('name', c)} "`, ph('phPerson', c), '" nip "', ph('phNip', c), '"'] },
    { key: 'legal-basis', parts: list('legal-basis', 'phLegal') },
    { key: 'related', parts: c => [`${kw('related', c)} -`] },
    { key: 'qualifications', parts: list('qualifications', 'phItem') },
    { key: 'equipment', parts: list('equipment', 'phItem') },
    { key: 'warnings', parts: text('warnings', 'phWarning') },
    { key: 'records', parts: list('records', 'phItem') },
];

/** The 14 components of UU 25/2009 Pasal 21 (a..n), then penetapan, maklumat and konsultasi publik. */
export const spComponents: readonly Component[] = [
    { key: 'legal-basis', parts: list('legal-basis', 'phLegal') },
    { key: 'requirements', parts: list('requirements', 'phItem') },
    { key: 'procedures', parts: c => [`${kw('procedures', c)} `, c.sopId ? { ph: c.sopId } : idPh('phSopId', c)] },
    { key: 'service-time', parts: text('service-time', 'phServiceTime') },
    { key: 'fees', parts: text('fees', 'phFees') },
    { key: 'products', parts: list('products', 'phItem') },
    { key: 'facilities', parts: list('facilities', 'phItem') },
    { key: 'competence', parts: list('competence', 'phItem') },
    { key: 'supervision', parts: list('supervision', 'phItem') },
    { key: 'complaints', parts: list('complaints', 'phItem') },
    { key: 'staffing', parts: text('staffing', 'phItem') },
    { key: 'service-guarantee', parts: text('service-guarantee', 'phItem') },
    { key: 'safety-guarantee', parts: text('safety-guarantee', 'phItem') },
    { key: 'evaluation', parts: text('evaluation', 'phItem') },
    { key: 'enactment', parts: c => [`${kw('enactment', c)} "`, ph('phDecree', c), `" ${kw('date', c)} "`, ph('phDate', c), `" ${kw('by', c)} "`, ph('phRole', c), '"'] },
    { key: 'service-pledge', parts: c => [`${kw('service-pledge', c)} "`, ph('phPledge', c), `" ${kw('approved', c)} "`, ph('phRole', c), `" ${kw('name', c)} "`, ph('phPerson', c), '"'] },
    { key: 'public-consultation', parts: c => [`${kw('public-consultation', c)} "`, ph('phDate', c), `" ${kw('participants', c)} { "`, ph('phParticipants', c), '" }'] },
];

/** The canonical key a member is known by in the component lists. */
export function componentKey(m: ast.Member): string | undefined {
    if (ast.isTextField(m) || ast.isDateField(m) || ast.isRefField(m)) {
        const key = canonicalKey(m.key);
        return key === 'approval-date' ? 'effective' : key;
    }
    switch (m.$type) {
        case 'Approval': return 'approved';
        case 'DurationField': return 'service-time';
        case 'Enactment': return 'enactment';
        case 'Maklumat': return 'service-pledge';
        case 'Consultation': return 'public-consultation';
        default: return undefined;
    }
}

/** The components of a document's kind that it does not contain yet, in canonical order. */
export function missingComponents(doc: ast.Document): Component[] {
    const list = ast.isSop(doc) ? sopComponents : ast.isServiceStandard(doc) ? spComponents : [];
    const present = new Set(doc.members.map(componentKey));
    return list.filter(c => !present.has(c.key));
}

/** Renders parts as plain text (placeholders as their text). */
export function plain(parts: readonly Part[]): string {
    return parts.map(p => (typeof p === 'string' ? p : p.ph)).join('');
}

function escapeSnippet(s: string): string {
    return s.replace(/[\\$}]/g, m => '\\' + m);
}

/** Renders lines of parts as one snippet; tab stops are numbered from `first`. */
export function snippet(lines: ReadonlyArray<readonly Part[]>, first = 1): string {
    let n = first;
    return lines.map(parts => parts.map(p => (typeof p === 'string' ? escapeSnippet(p) : `\${${n++}:${escapeSnippet(p.ph)}}`)).join('')).join('\n');
}

/** A whole new SOP: id, title, the identity block, two pelaksana and a two-step procedure. */
export function newSopLines(c: TemplateContext): Part[][] {
    return [
        ['sop ', idPh('phSopId', c), ' "', ph('phTitle', c), '" {'],
        ...sopComponents.map(comp => ['  ', ...comp.parts(c)]),
        [''],
        [`  ${kw('actor', c)} `, { ph: 'admin' }, ' "', ph('phActorTitle', c), '"'],
        [`  ${kw('actor', c)} `, { ph: 'kepala' }, ' "', ph('phActorTitle', c), '"'],
        [''],
        [`  ${kw('procedure', c)} {`],
        ['    terima  admin  "', ph('phStepText', c), '" | "', ph('phStepInput', c), `" | 5 ${c.keywords === 'id' ? 'menit' : 'minutes'} | "`, ph('phStepOutput', c), '"'],
        ['    periksa kepala "', ph('phStepText2', c), '" | "', ph('phStepInput', c), `" | 10 ${c.keywords === 'id' ? 'menit' : 'minutes'} | "`, ph('phStepOutput', c), `"  ${kw('end', c)}`],
        ['  }'],
        ['}'],
    ];
}

/** A whole new Standar Pelayanan with its 14 components, penetapan, maklumat and konsultasi publik. */
export function newServiceStandardLines(c: TemplateContext): Part[][] {
    return [
        [`${kw('service-standard', c)} `, idPh('phSpId', c), ' "', ph('phSpTitle', c), '" {'],
        ['  ', ...text('unit', 'phUnit')(c)],
        ...spComponents.map(comp => ['  ', ...comp.parts(c)]),
        ['}'],
    ];
}

