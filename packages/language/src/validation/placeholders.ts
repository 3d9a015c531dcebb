/**
 * Placeholders: the text a quick fix or a completion inserts where only the author knows the
 * content (`"… Nomor SOP …"`, `dibuat "… tanggal …"`). Each is DOC-09 until replaced, so a
 * missing component never looks filled in; what the other rules would say about the placeholder
 * itself (an unreadable date, a NIP without 18 digits, a logo that is no image) waits for the
 * real content.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

/** True for a text token (with its quotes) written as a placeholder: between ellipses. */
export function isPlaceholderText(image: string): boolean {
    return /^"(?:\u2026|\.\.\.) [^"]* (?:\u2026|\.\.\.)"$/.test(image);
}

function overlaps(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
    const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character < q.character);
    return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Drops the diagnostics of other rules that fall on a placeholder (see the file comment). */
export function withoutPlaceholderNoise(diagnostics: Diagnostic[]): Diagnostic[] {
    const placeholders = diagnostics.filter(d => d.code === 'DOC-09');
    if (placeholders.length === 0) return diagnostics;
    return diagnostics.filter(d => d.code === 'DOC-09' || !placeholders.some(p => overlaps(p.range, d.range)));
}
