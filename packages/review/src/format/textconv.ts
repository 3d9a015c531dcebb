/**
 * The canonical rendering of one file for git's textconv (`sop diff --textconv FILE`): one line
 * per fact, each line naming its document and step, so that `git diff` and `git log -p` show the
 * changed facts as whole lines that make sense without context, and formatting, comments or the
 * keyword language change nothing at all. Steps are listed in table order; numbers are left out
 * because inserting one row would otherwise change the line of every row after it.
 */
import { defaultTemplate, type DocumentModel, type SopModel } from '@sop/language/model';
import { oneLine } from '@sop/renderers/text';
import { collectionFacts, serviceStandardFacts, sopFacts, templateFacts, type Fact } from '../facts/document-facts.js';
import { sameIds, stepFacts } from '../facts/step-facts.js';
import { timeSpan } from '../diff/time.js';
import { fieldName, t } from '../i18n.js';
import type { ReviewLang } from '../types.js';
import { showValue } from './values.js';

/** Template facts equal to the default template say nothing the reader needs. */
const defaultTemplateFacts = new Map(templateFacts(defaultTemplate()).map(f => [f.key, f.value] as const));

/** Other values every document has unless it says otherwise. */
const defaultFacts = new Map<string, string>([['effectiveLabel', 'efektif'], ['published', 'false']]);

function isDefault(f: Fact): boolean {
    if (f.key.startsWith('template.')) return JSON.stringify(defaultTemplateFacts.get(f.key) ?? null) === JSON.stringify(f.value);
    return defaultFacts.get(f.key) === f.value;
}

function factLines(prefix: string, facts: readonly Fact[], lang: ReviewLang): string[] {
    const lines: string[] = [];
    for (const f of facts) {
        if (isDefault(f)) continue;
        const name = fieldName(f.key, lang);
        if (Array.isArray(f.value)) for (const item of f.value) lines.push(`${prefix}${name}: ${oneLine(item)}`);
        else if (f.value !== null && f.value !== '') lines.push(`${prefix}${name}: ${showValue(f.value, lang, oneLine)}`);
    }
    return lines;
}

function sopLines(m: SopModel, lang: ReviewLang): string[] {
    const p = `${m.id} / `;
    const lines = factLines(p, sopFacts(m), lang);
    for (const lane of m.lanes) {
        lines.push(`${p}${fieldName('lane', lang)} ${lane.id}: ${oneLine(lane.title)}${lane.system ? ` (${t('systemLane', lang)})` : ''}`);
    }
    const steps = stepFacts(m, sameIds, lang);
    m.rows.forEach((row, i) => lines.push(...factLines(`${p}${t('step', lang)} ${row.id} / `, steps[i], lang)));
    const cp = timeSpan(m.criticalPath, lang);
    lines.push(`${p}${t('criticalPath', lang)}: ${cp ? cp.text : '-'}`);
    return lines;
}

/** The canonical, line-per-fact text of the documents of one file. */
export function canonicalText(models: readonly DocumentModel[], lang: ReviewLang = 'id'): string {
    const lines: string[] = [];
    for (const m of models) {
        if (lines.length) lines.push('');
        lines.push(`${t(m.kind, lang)} ${m.id}`);
        if (m.kind === 'sop') lines.push(...sopLines(m, lang));
        else lines.push(...factLines(`${m.id} / `, m.kind === 'sp' ? serviceStandardFacts(m) : collectionFacts(m), lang));
    }
    return lines.join('\n') + '\n';
}
