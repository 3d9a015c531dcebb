/**
 * The source file name in the generated-by comment of a text export ({@link markText}). A file
 * name can hold almost anything (`x%%{init: {"theme":"dark"}}%%.sop`, `-->`, a newline), and the
 * comment must neither end early nor carry a Mermaid directive, which Mermaid finds even inside a
 * `%%` comment line.
 */
import { mermaidComment } from '@sop/renderers/text';

/** `source` made safe for the comment syntax of `format`. */
export function sourceInComment(source: string, format: 'mmd' | 'md' | 'svg' | 'html'): string {
    // `%`, `{`, `}`, the backslash and control characters become `\uXXXX`.
    if (format === 'mmd') return mermaidComment(source);
    // HTML/XML comments: `--` may not appear in one (and `-->` ends it); no line breaks either.
    // eslint-disable-next-line no-control-regex
    return source.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/--+/g, '-');
}
