/**
 * Structure of the language: which members belong in which kind of document (DOC-02), members
 * written twice (DOC-03), and the profile name (DOC-04).
 */
import { GrammarUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { canonicalKey } from '../syntax/keywords.js';
import { phrases } from '../i18n/phrases.js';
import type { CheckContext } from './check-context.js';
import { applySettings, defaultTemplate, settingsOf } from '../model/template-settings.js';

const common = ['title', 'unit', 'logo', 'number', 'version'];
/** Canonical field keys allowed per document kind (also used by completion). */
export const allowedKeys: Record<ast.Document['$type'], ReadonlySet<string>> = {
    Sop: new Set([...common, 'legal-basis', 'qualifications', 'equipment', 'warnings', 'records', 'purpose', 'scope', 'summary', 'definitions',
        'created', 'revised', 'effective', 'approval-date', 'related']),
    ServiceStandard: new Set([...common, 'legal-basis', 'requirements', 'fees', 'products', 'facilities', 'competence', 'supervision', 'complaints',
        'staffing', 'service-guarantee', 'safety-guarantee', 'evaluation', 'service-hours', 'public-procedure', 'procedures',
        'created', 'revised', 'effective']),
    Collection: new Set([...common, 'year', 'scope', 'summary', 'definitions', 'purpose', 'contents', 'created', 'effective', 'number-pattern']),
    Template: new Set(['title']),
    Monitoring: new Set(['title']),
};
/** Structured member types allowed per document kind (also used by completion). */
export const allowedTypes: Record<ast.Document['$type'], ReadonlySet<string>> = {
    Sop: new Set(['Approval', 'ProfileField', 'History', 'Actor', 'Procedure', 'TemplateUse', 'TemplateSetting']),
    ServiceStandard: new Set(['DurationField', 'Enactment', 'Maklumat', 'Consultation', 'FlagField']),
    Collection: new Set(['Enactment', 'Approval', 'TemplateUse', 'TemplateSetting']),
    Template: new Set(['TemplateSetting']),
    Monitoring: new Set(['Assessed', 'BookUse', 'Assessments']),
};

/** The key a member is known by, for "allowed" and "repeated": a field's canonical key, else its type. */
function memberKey(m: ast.Member): string | undefined {
    if (ast.isTextField(m) || ast.isDateField(m) || ast.isRefField(m)) return canonicalKey(m.key);
    if (ast.isActor(m)) return undefined;
    // `label` is written once per slot; other settings once each.
    if (ast.isTemplateSetting(m)) return canonicalKey(m.key) === 'label' ? `label:${String(m.values?.[0] ?? '').toLowerCase()}` : canonicalKey(m.key);
    return m.$type;
}

/** The first keyword of a member, as written. */
function keywordOf(m: ast.Member): string {
    // The text up to the first space, brace or quote (a split would cut a whole procedure into words).
    const text = m.$cstNode?.text;
    if (text === undefined) return m.$type;
    const end = text.search(/[\s{"]/);
    return end < 0 ? text : text.slice(0, end);
}

/** Runs DOC-02..04 on a document. */
export function checkStructure(ctx: CheckContext): void {
    const { doc, reporter } = ctx;
    const kind = reporter.t(ast.isSop(doc) ? phrases.kindSop : ast.isServiceStandard(doc) ? phrases.kindSp : ast.isTemplate(doc) ? phrases.kindTemplate
        : ast.isMonitoring(doc) ? phrases.kindMonitoring : phrases.kindCollection);
    const seen = new Set<string>();
    for (const m of doc.members) {
        const key = memberKey(m);
        const word = keywordOf(m);
        const target = { node: m, range: GrammarUtils.findNodeForKeyword(m.$cstNode, word)?.range ?? m.$cstNode?.range };
        const isField = ast.isTextField(m) || ast.isDateField(m) || ast.isRefField(m);
        const allowed = isField ? allowedKeys[doc.$type].has(key ?? '') : allowedTypes[doc.$type].has(m.$type);
        if (!allowed) {
            reporter.report('DOC-02', target, [word, kind]);
            continue;
        }
        if (key !== undefined) {
            if (seen.has(key)) reporter.report('DOC-03', target, [word]);
            seen.add(key);
        }
        if (ast.isProfileField(m) && m.value !== 'sop-ap' && m.value !== 'generic') {
            reporter.report('DOC-04', { node: m, property: 'value' }, [m.value]);
        }
    }
    // DOC-06: template settings whose value the official document cannot use.
    for (const problem of applySettings(defaultTemplate(), settingsOf(doc))) {
        const s = problem.setting;
        const target = s.values?.length ? { node: s, property: 'values', index: 0 } : { node: s, keyword: keywordOf(s) };
        reporter.report('DOC-06', target, [s.values?.join(' ') ?? '', keywordOf(s), problem.expected]);
    }
}
