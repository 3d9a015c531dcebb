/**
 * The review as GitHub-flavoured Markdown, ready to paste into a pull-request comment: per
 * document the critical path, tables of changed fields and steps (before | after), diagnostics
 * introduced and fixed, and the new version's flowchart with the changed steps styled. Every
 * user text goes through the renderers' Markdown escaping.
 */
import type { SopModel } from '@sop/language/model';
import { markdownText } from '@sop/renderers/text';
import { fieldName, t } from '../i18n.js';
import type { DiagnosticEntry, DiffReport, DocumentReport, FieldChange, ReviewInput, ReviewLang, StepChange } from '../types.js';
import { shownTimeChecks } from '../diff/time.js';
import { diffMermaid } from './mermaid-diff.js';
import { summaryLine } from './text.js';
import { isListChange, listDelta, showValue } from './values.js';

/** Options of {@link formatMarkdown}. */
export interface MarkdownOptions {
    lang?: ReviewLang;
    /** Draw the flowchart of each changed SOP (default true). */
    flowcharts?: boolean;
}

const plain = (s: string) => markdownText(s);
const cell = (items: readonly string[]) => items.join('<br>') || ' ';
const code = (id: string) => `\`${id.replace(/`/g, '')}\``;

/** Before and after cells of one field change. */
function cells(c: FieldChange, lang: ReviewLang): [string, string] {
    if (isListChange(c)) {
        const d = listDelta((c.old ?? []) as string[], (c.new ?? []) as string[]);
        if (!d.reordered) return [cell(d.removed.map(v => `− ${plain(v)}`)), cell(d.added.map(v => `+ ${plain(v)}`))];
    }
    return [showValue(c.old, lang, plain), showValue(c.new, lang, plain)];
}

function table(header: string[], rows: string[][]): string[] {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map(r => `| ${r.map(c => c || ' ').join(' | ')} |`)];
}

function stepRows(s: StepChange, lang: ReviewLang): string[][] {
    const number = s.status === 'removed' ? `~~${s.number.old}~~` : String(s.number.new);
    const step = `${code(s.id)} (${plain(s.lane)})`;
    if (s.status === 'added') return [[number, step, `**${t('added', lang)}**`, ' ', plain(s.text)]];
    if (s.status === 'removed') return [[number, step, `**${t('removed', lang)}**`, plain(s.text), ' ']];
    const notes = [s.oldId ? t('renamedFrom', lang, code(s.oldId)) : '', s.moved ? t('moved', lang, s.number.old, s.number.new) : ''].filter(Boolean);
    const rows = notes.length ? [[number, step, notes.join('; '), ' ', ' ']] : [];
    for (const f of s.fields) rows.push([rows.length ? ' ' : number, rows.length ? ' ' : step, fieldName(f.field, lang), ...cells(f, lang)]);
    return rows;
}

function diagnosticItem(d: DiagnosticEntry, fixed: boolean, lang: ReviewLang): string {
    const where = `${t('line', lang)} ${d.line}${d.step ? `, ${t('step', lang)} ${code(d.step)}` : ''}`;
    return `- **${t(fixed ? 'fixed' : 'introduced', lang)}**: ${d.severity} ${code(d.code)} (${where}): ${plain(d.message)}`;
}

function documentSection(d: DocumentReport, input: ReviewInput, lang: ReviewLang, flowcharts: boolean): string[] {
    const status = d.status === 'changed' ? '' : ` (${t(d.status, lang)})`;
    const out = [`### ${t(d.kind, lang)} ${code(d.id)}: ${plain(d.title)}${status}`, '', code(d.file.new ?? d.file.old ?? ''), ''];
    if (d.criticalPath) {
        const { old, new: neu } = d.criticalPath;
        out.push(...table([' ', t('before', lang), t('after', lang)], [[`**${t('criticalPath', lang)}**`, old?.text ?? '-', neu?.text ?? '-']]), '');
    }
    if (d.fields.length) {
        out.push(`**${t(d.kind === 'sp' ? 'components' : 'identity', lang)}**`, '');
        out.push(...table([t('field', lang), t('before', lang), t('after', lang)], d.fields.map(f => [fieldName(f.field, lang), ...cells(f, lang)])), '');
    }
    if (d.lanes.length) {
        out.push(`**${t('lanes', lang)}**`, '');
        for (const l of d.lanes) {
            const notes = [l.oldId ? t('renamedFrom', lang, code(l.oldId)) : '', l.moved ? t('laneMoved', lang, (l.index.old ?? 0) + 1, (l.index.new ?? 0) + 1) : '',
                ...l.fields.filter(() => l.status === 'changed').map(f => `${fieldName(f.field, lang)}: ${cells(f, lang).join(' → ')}`)].filter(Boolean);
            out.push(`- **${t(l.status, lang)}** ${code(l.id)} ${plain(l.title)}${notes.length ? `: ${notes.join('; ')}` : ''}`);
        }
        out.push('');
    }
    if (d.steps.length) {
        out.push(`**${t('steps', lang)}**`, '');
        out.push(...table(['No', t('stepColumn', lang), t('change', lang), t('before', lang), t('after', lang)], d.steps.flatMap(s => stepRows(s, lang))), '');
    }
    const checks = shownTimeChecks(d.kind, d.timeChecks);
    if (checks.length) {
        const state = (s: (typeof checks)[number]['old']) => (s ? `${s.text} (${t(s.exceeded ? 'exceeded' : 'kept', lang)})` : t('noCheck', lang));
        out.push(`**${t('timeChecks', lang)}**`, '');
        out.push(...table(['SP', 'SOP', t('before', lang), t('after', lang)], checks.map(c => [code(c.sp), code(c.sop), state(c.old), c.new?.exceeded && !c.old?.exceeded ? `**${state(c.new)}**` : state(c.new)])), '');
    }
    const { introduced, fixed } = d.diagnostics;
    if (introduced.length || fixed.length) {
        out.push(`**${t('diagnostics', lang)}**`, '', ...introduced.map(x => diagnosticItem(x, false, lang)), ...fixed.map(x => diagnosticItem(x, true, lang)), '');
    }
    const neu = input.new.files.find(f => f.path === d.file.new)?.models.find((m): m is SopModel => m.kind === 'sop' && m.id === d.id);
    const old = input.old.files.find(f => f.path === d.file.old)?.models.find((m): m is SopModel => m.kind === 'sop' && m.id === d.id);
    if (flowcharts && neu && (d.status === 'added' || d.steps.length > 0)) {
        out.push(`<details open><summary>${t('flowchart', lang)} (${t('legend', lang)})</summary>`, '', '```mermaid', diffMermaid(d, neu, old, lang).trimEnd(), '```', '', '</details>', '');
    }
    return out;
}

/** The Markdown report; `input` gives the models the flowcharts are drawn from. */
export function formatMarkdown(report: DiffReport, input: ReviewInput, options: MarkdownOptions = {}): string {
    const lang = options.lang ?? 'id';
    const out = [`## ${t('heading', lang, plain(report.old.label), plain(report.new.label))}`, '', summaryLine(report, lang), ''];
    for (const f of report.files) {
        if (f.status === 'renamed') out.push(`- ${t('fileRenamed', lang, code(f.old ?? ''), code(f.new ?? ''))}`);
        if (f.cosmeticOnly) out.push(`- ${t('cosmeticFile', lang, code(f.new ?? ''))}`);
        const fileDiags = [...f.diagnostics.introduced.map(x => diagnosticItem(x, false, lang)), ...f.diagnostics.fixed.map(x => diagnosticItem(x, true, lang))];
        if (fileDiags.length) out.push(`- ${code(f.new ?? f.old ?? '')}:`, ...fileDiags.map(l => `  ${l}`));
    }
    if (out[out.length - 1] !== '') out.push('');
    for (const d of report.documents) if (d.status !== 'unchanged') out.push(...documentSection(d, input, lang, options.flowcharts ?? true));
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
