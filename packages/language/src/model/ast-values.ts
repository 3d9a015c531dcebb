/**
 * Small readers that turn syntax-tree values (text lists, cells, dates, durations, references)
 * into plain model values. Shared by the model builders.
 */
import { AstUtils, type Reference } from 'langium';
import type * as ast from '../generated/ast.js';
import type { DateInfo, DocumentLink, DurationInfo, SourceRange, ApprovalInfo } from './model-types.js';
import { parseDate } from './dates.js';
import { durationFromParts, parseDurationText } from './durations.js';

/**
 * A text property of a syntax-tree node, trimmed. After a syntax error the parser may leave a
 * required property undefined; every reader goes through this so a broken document still
 * yields a model and the validation of what parsed.
 */
export function str(value: string | undefined): string {
    return (value ?? '').trim();
}

/** Items of a text value; `-` and absence give an empty list. */
export function textItems(value: ast.TextValue | undefined): string[] {
    return value && !value.none ? (value.items ?? []).map(str) : [];
}

/** Values of a table cell; `-` gives an empty list. */
export function cellItems(cell: ast.Cell | undefined): string[] {
    return cell && !cell.none ? (cell.values ?? []).map(str).filter(s => s.length > 0) : [];
}

/** A written date. */
export function dateInfo(value: ast.DateValue | undefined): DateInfo | undefined {
    if (!value) return undefined;
    if (value.none) return { text: '-', precision: 'none' };
    return parseDate(value.date ?? value.text ?? '');
}

function partText(part: ast.DurationPart | undefined): string {
    if (!part) return '';
    return [part.amount, part.unit].filter(Boolean).join(' ');
}

/** A written duration (mutu baku waktu, jangka waktu). */
export function durationInfo(value: ast.Duration | undefined): DurationInfo | undefined {
    if (!value || value.none) return undefined;
    if (value.text !== undefined) return parseDurationText(value.text);
    // The text as written (`1-2 hari` stays `1-2 hari`), only runs of spaces folded.
    const written = value.$cstNode?.text.replace(/\s+/g, ' ').trim();
    const text = written ?? (value.to ? `${partText(value.from)} - ${partText(value.to)}` : partText(value.from));
    return durationFromParts(text.replace(/\s+/g, ' ').trim(),
        { amount: value.from?.amount, unit: value.from?.unit?.replace(/\s+/g, ' ') },
        value.to ? { amount: value.to.amount, unit: value.to.unit?.replace(/\s+/g, ' ') } : undefined);
}

/** A reference to another document, resolved or not. */
export function documentLink(ref: Reference<ast.Document> | undefined, text?: string): DocumentLink {
    if (!ref) return { text: text ?? '', resolved: false };
    const target = ref.ref;
    if (!target) return { id: ref.$refText, text: ref.$refText, resolved: false };
    return {
        id: target.name,
        text: target.title ?? target.name,
        resolved: true,
        uri: AstUtils.getDocument(target).uri.toString(),
        number: numberOf(target),
    };
}

/** The `nomor` of a document, if written. */
function numberOf(doc: ast.Document): string | undefined {
    const field = doc.members.find((m): m is ast.TextField => m.$type === 'TextField' && ['nomor', 'number'].includes((m as ast.TextField).key));
    const items = field?.value && !field.value.none ? field.value.items ?? [] : [];
    return items.length ? items.join(', ').trim() : undefined;
}

/** Disahkan oleh. */
export function approvalInfo(a: ast.Approval | undefined): ApprovalInfo | undefined {
    if (!a) return undefined;
    return { role: str(a.role), person: a.person?.trim(), nip: a.nip?.trim(), date: dateInfo(a.date) };
}

/** The source range of a node, copied so the model stays plain data. */
export function rangeOf(node: { $cstNode?: { range: SourceRange } } | undefined): SourceRange | undefined {
    const r = node?.$cstNode?.range;
    return r ? { start: { ...r.start }, end: { ...r.end } } : undefined;
}
