/**
 * The LSP formatter: the canonical layout of sop-layout.ts as text edits. Langium's
 * AbstractFormatter places tokens relative to their neighbours and cannot align columns across
 * rows, so this formatter prints the whole file and returns the changed span as one edit.
 * The line width for wrapping steps comes from the `sop.format.width` setting (a number of
 * columns; 0 or absent: steps are never wrapped), the same as `sop fmt --width`.
 */
import type { ConfigurationProvider, LangiumDocument } from 'langium';
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

/** A usable line width: a positive whole number of columns, else undefined (no wrapping). */
export function lineWidth(value: unknown): number | undefined {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Formats `.sop` documents; a document with syntax errors is left alone. */
export class SopFormatter implements Formatter {
    /** The last `sop.format.width` read or received, for callers that cannot wait (code actions). */
    knownWidth: number | undefined;

    /** `configuration`: where the `sop.format.width` setting is read (none in the CLI). */
    constructor(private readonly configuration?: ConfigurationProvider) {
        configuration?.onConfigurationSectionUpdate(update => {
            if (update.section === 'sop') this.knownWidth = lineWidth((update.configuration as { format?: { width?: unknown } } | undefined)?.format?.width);
        });
    }

    /** Formats the whole document, optionally rewriting keywords into one language and wrapping steps longer than `width`. */
    formatText(document: LangiumDocument, lang?: Lang, width?: number): string | undefined {
        return formatSopDocument(document, { lang, width });
    }

    /** The edits that rewrite a document in the canonical layout (and language, if given). */
    edits(document: LangiumDocument, lang?: Lang, width?: number): TextEdit[] {
        const after = this.formatText(document, lang, width);
        return after === undefined ? [] : minimalEdit(document, document.textDocument.getText(), after);
    }

    /** The `sop.format.width` setting of the client, if it has one. */
    async width(): Promise<number | undefined> {
        if (!this.configuration) return undefined;
        const format = await this.configuration.getConfiguration('sop', 'format') as { width?: unknown } | undefined;
        this.knownWidth = lineWidth(format?.width);
        return this.knownWidth;
    }

    async formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): Promise<TextEdit[]> {
        return this.edits(document, undefined, await this.width());
    }

    /** Range formatting applies the document's edit only when it lies inside the range. */
    async formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): Promise<TextEdit[]> {
        return this.edits(document, undefined, await this.width()).filter(e => within(e.range, params.range));
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}
