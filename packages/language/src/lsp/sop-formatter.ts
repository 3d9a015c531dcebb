/**
 * The LSP formatter: the canonical layout of sop-layout.ts as text edits. Langium's
 * AbstractFormatter places tokens relative to their neighbours and cannot align columns across
 * rows, so this formatter prints the whole file and returns the changed span as one edit.
 */
import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, Range, TextEdit,
} from 'vscode-languageserver';
import type { Lang } from '../syntax/keywords.js';
import { formatSopDocument } from './sop-layout.js';

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(document: LangiumDocument, before: string, after: string): TextEdit[] {
    if (before === after) return [];
    let start = 0;
    while (start < before.length && start < after.length && before[start] === after[start]) start++;
    let endB = before.length, endA = after.length;
    while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) { endB--; endA--; }
    const doc = document.textDocument;
    return [{ range: { start: doc.positionAt(start), end: doc.positionAt(endB) }, newText: after.slice(start, endA) }];
}

function within(inner: Range, outer: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** Formats `.sop` documents; a document with syntax errors is left alone. */
export class SopFormatter implements Formatter {
    /** Formats the whole document, optionally rewriting keywords into one language. */
    formatText(document: LangiumDocument, lang?: Lang): string | undefined {
        return formatSopDocument(document, { lang });
    }

    /** The edits that rewrite a document in the canonical layout (and language, if given). */
    edits(document: LangiumDocument, lang?: Lang): TextEdit[] {
        const after = this.formatText(document, lang);
        return after === undefined ? [] : minimalEdit(document, document.textDocument.getText(), after);
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document);
    }

    /** Range formatting applies the document's edit only when it lies inside the range. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return this.edits(document).filter(e => within(e.range, params.range));
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}
