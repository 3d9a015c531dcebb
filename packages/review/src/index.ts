/**
 * Semantic review of SOP changes: {@link diffRevisions} compares two revisions' semantic models
 * and diagnostics; the report is printed for the terminal ({@link formatText}), as JSON (the
 * report itself) or as Markdown with a styled Mermaid flowchart ({@link formatMarkdown});
 * {@link canonicalText} is the line-per-fact rendering of one file for git's textconv.
 * Pure functions: no file system, no git, no Langium services.
 */
export * from './types.js';
export { diffRevisions, type DiffOptions } from './diff/diff-revisions.js';
export { formatText, summaryLine, type TextOptions } from './format/text.js';
export { formatMarkdown, type MarkdownOptions } from './format/markdown.js';
export { diffMermaid, DIFF_CLASSES } from './format/mermaid-diff.js';
export { canonicalText } from './format/textconv.js';
