/** GitHub-flavoured Markdown tables and cell helpers; cells arrive already escaped. */
import { markdownText } from '../shared/escape.js';

/** A table: header row, alignment row, body rows. `right` marks right-aligned columns. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, right: ReadonlySet<number> = new Set()): string[] {
    const line = (cells: readonly string[]) => `| ${cells.map(c => c || ' ').join(' | ')} |`.replace(/ {2,}\|/g, ' |');
    return [
        line(header),
        `|${header.map((_, i) => (right.has(i) ? '---:' : '---')).join('|')}|`,
        ...rows.map(line),
    ];
}

/** Several user texts in one cell, one per line. */
export function cellList(items: readonly string[], numbered = false): string {
    if (items.length === 0) return '-';
    if (items.length === 1) return markdownText(items[0]);
    return items.map((t, i) => (numbered ? `${i + 1}. ` : '• ') + markdownText(t)).join('<br>');
}
