/**
 * The terminal report of a {@link DiffReport}: per file and document, `+` added, `-` removed,
 * `~` changed, each changed field old → new, then a summary line. User text is kept on one line
 * and stripped of control characters, so a document cannot move the cursor or recolour the
 * terminal.
 */
import { oneLine } from '@sop/renderers/text';
import { fieldName, t } from '../i18n.js';
import type { DiagnosticEntry, DiffReport, DocumentReport, FieldChange, ReviewLang, StepChange } from '../types.js';
import { painter, type Style } from './colors.js';
import { isListChange, listDelta, showValue } from './values.js';
import { shownTimeChecks, timeCheckChanged } from '../diff/time.js';

/** Options of {@link formatText}. */
export interface TextOptions {
    lang?: ReviewLang;
    /** ANSI colours (only for a terminal that wants them). */
    color?: boolean;
}

/** User text for the terminal: one line, no C0 or C1 control character (no escape sequence). */
const clean = (s: string) => oneLine(s).replace(/[\u0080-\u009f]/g, '');
const quote = (s: string) => `"${clean(s)}"`;

type Paint = (style: Style, text: string) => string;

function fieldLines(c: FieldChange, indent: string, lang: ReviewLang, paint: Paint): string[] {
    const name = fieldName(c.field, lang);
    if (isListChange(c)) {
        const d = listDelta((c.old ?? []) as string[], (c.new ?? []) as string[]);
        if (d.reordered) return [paint('changed', `${indent}~ ${name}: ${showValue(c.old, lang, quote)} → ${showValue(c.new, lang, quote)}`)];
        return [
            ...d.removed.map(v => paint('removed', `${indent}- ${name}: ${quote(v)}`)),
            ...d.added.map(v => paint('added', `${indent}+ ${name}: ${quote(v)}`)),
        ];
    }
    return [paint('changed', `${indent}~ ${name}: ${showValue(c.old, lang, quote)} → ${showValue(c.new, lang, quote)}`)];
}

function stepHeader(s: StepChange, lang: ReviewLang): string {
    const number = s.number.new ?? s.number.old;
    const notes: string[] = [];
    if (s.oldId) notes.push(t('renamedFrom', lang, s.oldId));
    if (s.moved) notes.push(t('moved', lang, s.number.old, s.number.new));
    return `${number} ${s.id} [${clean(s.lane)}] ${quote(s.text)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

function stepLines(s: StepChange, lang: ReviewLang, paint: Paint): string[] {
    if (s.status === 'removed') return [paint('removed', `      - ${stepHeader(s, lang)}`)];
    if (s.status === 'added') {
        return [
            paint('added', `      + ${stepHeader(s, lang)}`),
            ...s.fields.filter(f => f.field !== 'text' && f.field !== 'lane').map(f => paint('added', `          ${fieldName(f.field, lang)}: ${showValue(f.new, lang, quote)}`)),
        ];
    }
    return [paint('changed', `      ~ ${stepHeader(s, lang)}`), ...s.fields.flatMap(f => fieldLines(f, '          ', lang, paint))];
}

function diagnosticLine(d: DiagnosticEntry, sign: '+' | '-', lang: ReviewLang, paint: Paint): string {
    const where = `${t('line', lang)} ${d.line}${d.step ? `, ${t('step', lang)} ${d.step}` : ''}`;
    const label = sign === '+' ? t('introduced', lang) : t('fixed', lang);
    return paint(sign === '+' ? 'removed' : 'added', `      ${sign} ${d.severity} ${d.code} (${where}, ${label}): ${clean(d.message)}`);
}

function diagnosticLines(d: DocumentReport, lang: ReviewLang, paint: Paint): string[] {
    return [...d.diagnostics.introduced.map(x => diagnosticLine(x, '+', lang, paint)), ...d.diagnostics.fixed.map(x => diagnosticLine(x, '-', lang, paint))];
}

function documentLines(d: DocumentReport, lang: ReviewLang, paint: Paint): string[] {
    const title = `${t(d.kind, lang)} ${d.id} ${quote(d.title)}`;
    // A document added or removed whole: its diagnostics came or went with it, and are listed.
    const whole = (sign: '+' | '-', style: Style, status: 'added' | 'removed') => {
        const diags = diagnosticLines(d, lang, paint);
        const path = d.criticalPath?.[status === 'added' ? 'new' : 'old'];
        return [
            paint(style, `  ${sign} ${title}: ${t(status, lang)}`),
            ...(path ? [`    ${t('criticalPath', lang)}: ${path.text}`] : []),
            ...(diags.length ? [`    ${t('diagnostics', lang)}`, ...diags] : []),
        ];
    };
    if (d.status === 'added') return whole('+', 'added', 'added');
    if (d.status === 'removed') return whole('-', 'removed', 'removed');
    const out = [paint('heading', `  ~ ${title}`)];
    const section = (name: Parameters<typeof t>[0], lines: string[]) => { if (lines.length) out.push(`    ${t(name, lang)}`, ...lines); };
    section(d.kind === 'sp' ? 'components' : 'identity', d.fields.flatMap(f => fieldLines(f, '      ', lang, paint)));
    section('lanes', d.lanes.flatMap(l => {
        if (l.status === 'added') return [paint('added', `      + ${l.id} ${quote(l.title)}`)];
        if (l.status === 'removed') return [paint('removed', `      - ${l.id} ${quote(l.title)}`)];
        const notes = [l.oldId ? t('renamedFrom', lang, l.oldId) : '', l.moved ? t('laneMoved', lang, (l.index.old ?? 0) + 1, (l.index.new ?? 0) + 1) : ''].filter(Boolean);
        return [paint('changed', `      ~ ${l.id} ${quote(l.title)}${notes.length ? ` (${notes.join('; ')})` : ''}`), ...l.fields.flatMap(f => fieldLines(f, '          ', lang, paint))];
    }));
    section('steps', d.steps.flatMap(s => stepLines(s, lang, paint)));
    if (d.criticalPath) {
        const { old, new: neu } = d.criticalPath;
        const text = old?.text === neu?.text ? t('criticalPathSame', lang, neu?.text ?? '-') : `${old?.text ?? '-'} → ${neu?.text ?? '-'}`;
        out.push(`    ${t('criticalPath', lang)}: ${old?.text === neu?.text ? text : paint('changed', text)}`);
    }
    const checks = shownTimeChecks(d.kind, d.timeChecks);
    section('timeChecks', checks.map(c => {
        const state = (s: typeof c.old) => (s ? `${s.text} (${t(s.exceeded ? 'exceeded' : 'kept', lang)})` : t('noCheck', lang));
        const line = `      ${t('timeCheckLine', lang, c.sp, c.sop, timeCheckChanged(c) ? `${state(c.old)} → ${state(c.new)}` : state(c.new))}`;
        return c.new?.exceeded && !c.old?.exceeded ? paint('removed', line) : line;
    }));
    section('diagnostics', diagnosticLines(d, lang, paint));
    return out;
}

/** The summary line (also the last line of the Markdown report). */
export function summaryLine(report: DiffReport, lang: ReviewLang): string {
    const s = report.summary;
    if (!s.semanticChange) return s.cosmeticOnly ? t('cosmeticOnly', lang) : t('noChange', lang);
    return t('summary', lang, s.documents.changed, s.documents.added, s.documents.removed, s.diagnostics.introduced, s.diagnostics.fixed);
}

/** The terminal report, one line per string. */
export function formatText(report: DiffReport, options: TextOptions = {}): string[] {
    const lang = options.lang ?? 'id';
    const paint = painter(options.color ?? false);
    const out: string[] = [paint('heading', t('heading', lang, clean(report.old.label), clean(report.new.label))), ''];
    for (const f of report.files) {
        const path = f.new ?? f.old ?? '';
        const name = clean(path);
        const docs = report.documents.filter(d => d.status !== 'unchanged' && (d.file.new ?? d.file.old) === path);
        const fileDiags = [...f.diagnostics.introduced.map(x => diagnosticLine(x, '+', lang, paint)), ...f.diagnostics.fixed.map(x => diagnosticLine(x, '-', lang, paint))];
        if (f.cosmeticOnly) { out.push(paint('dim', t('cosmeticFile', lang, name))); continue; }
        if (docs.length === 0 && fileDiags.length === 0 && f.status !== 'renamed' && f.status !== 'added' && f.status !== 'deleted') continue;
        const status = f.status === 'renamed' ? ` (${t('fileRenamed', lang, clean(f.old ?? ''), clean(f.new ?? ''))})` : f.status === 'added' ? ` (${t('fileAdded', lang)})` : f.status === 'deleted' ? ` (${t('fileDeleted', lang)})` : '';
        out.push(paint('heading', `${name}${status}`));
        for (const d of docs) out.push(...documentLines(d, lang, paint));
        if (fileDiags.length) out.push(`    ${t('diagnostics', lang)}`, ...fileDiags);
    }
    if (out.length > 2) out.push('');
    out.push(summaryLine(report, lang));
    return out;
}
