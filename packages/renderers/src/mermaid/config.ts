/**
 * The front matter every generated diagram starts with. It pins what a Mermaid upgrade would
 * otherwise change under us (Mermaid 12 switches to ELK, the `neo` look and a new theme) and
 * keeps labels as SVG text (`htmlLabels: false`), which every SVG viewer shows.
 */

/** Mermaid themes we allow. */
export type MermaidTheme = 'default' | 'neutral' | 'dark' | 'forest';

export const MERMAID_THEMES: readonly MermaidTheme[] = ['default', 'neutral', 'dark', 'forest'];

/** The front matter block (with its closing `---` line). */
export function frontMatter(theme: MermaidTheme): string[] {
    const safeTheme = MERMAID_THEMES.includes(theme) ? theme : 'default';
    return [
        '---',
        'config:',
        '  layout: dagre',
        '  look: classic',
        `  theme: ${safeTheme}`,
        '  handDrawnSeed: 1',
        '  htmlLabels: false',
        '  flowchart:',
        '    htmlLabels: false',
        '    curve: basis',
        '---',
    ];
}
