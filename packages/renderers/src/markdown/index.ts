/**
 * Markdown renderer (GitHub-flavoured): SOP identity and procedure tables with a ```mermaid
 * flowchart, Standar Pelayanan component tables, SOP book contents. All user text is escaped.
 */
import type { DocumentModel } from '@sop/language/model';
import type { MarkdownOptions } from './options.js';
import { sopMarkdown } from './sop.js';
import { collectionMarkdown, serviceStandardMarkdown } from './service-standard.js';

export type { MarkdownOptions } from './options.js';

/** Renders any document model as Markdown. Deterministic: same model, same text. */
export function renderMarkdown(model: DocumentModel, options: MarkdownOptions = {}): string {
    const lines = model.kind === 'sop' ? sopMarkdown(model, options)
        : model.kind === 'sp' ? serviceStandardMarkdown(model, options)
        : collectionMarkdown(model, options);
    return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
