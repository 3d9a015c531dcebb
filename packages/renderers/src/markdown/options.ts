/** Options of the Markdown renderer. */
import type { MermaidTheme } from '../mermaid/config.js';
import type { RenderLang } from '../shared/labels.js';

export interface MarkdownOptions {
    /** Language of headings and labels (default `id`). */
    lang?: RenderLang;
    /** One flowchart per `bagian`; default: only for procedures over 40 steps that have sections. */
    splitSections?: boolean;
    /** Mermaid theme of the embedded flowchart (default `default`). */
    theme?: MermaidTheme;
}
