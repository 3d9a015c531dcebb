import { MERMAID_INIT } from '@sop/export/mermaid-config';

/**
 * The part of the Mermaid API the preview uses. Mermaid itself is loaded as a separate script
 * (the flowchart part of Mermaid's ES module build in out/media/mermaid, from the extension, by a
 * module script under the page nonce that runs before the preview's) and sets `globalThis.mermaid`.
 */
export interface MermaidApi {
    initialize(config: Record<string, unknown>): void;
    render(id: string, text: string): Promise<{ svg: string }>;
}

/** The global Mermaid object; throws when the script did not load. */
export function mermaidApi(): MermaidApi {
    const m = (globalThis as unknown as { mermaid?: MermaidApi }).mermaid;
    if (!m) throw new Error('Mermaid did not load');
    return m;
}

/** VS Code theme kind from the classes VS Code puts on <body>. */
export function themeKind(): 'light' | 'dark' | 'hc-dark' | 'hc-light' {
    const c = document.body.classList;
    if (c.contains('vscode-high-contrast-light')) return 'hc-light';
    if (c.contains('vscode-high-contrast')) return 'hc-dark';
    return c.contains('vscode-dark') ? 'dark' : 'light';
}

const cssVar = (name: string, fallback: string) => getComputedStyle(document.body).getPropertyValue(name).trim() || fallback;

/** Mermaid config for the preview: strict security, text labels, theme from the editor. */
export function previewConfig(setting: 'auto' | 'light' | 'dark'): Record<string, unknown> {
    const kind = setting === 'auto' ? themeKind() : setting;
    // The same configuration as every export (security keys, SVG text labels, fixed seed).
    const base = { ...MERMAID_INIT };
    if (kind === 'hc-dark' || kind === 'hc-light') {
        // Mermaid has no high-contrast theme: derive one from the editor's own contrast colours.
        const fg = cssVar('--vscode-editor-foreground', kind === 'hc-dark' ? '#ffffff' : '#000000');
        const bg = cssVar('--vscode-editor-background', kind === 'hc-dark' ? '#000000' : '#ffffff');
        const border = cssVar('--vscode-contrastBorder', fg);
        return { ...base, theme: 'base', themeVariables: {
            background: bg, primaryColor: bg, primaryTextColor: fg, primaryBorderColor: border, lineColor: fg,
            secondaryColor: bg, tertiaryColor: bg, clusterBkg: bg, clusterBorder: border, edgeLabelBackground: bg,
            textColor: fg, titleColor: fg, nodeTextColor: fg, fontSize: '15px',
        } };
    }
    return { ...base, theme: kind === 'dark' ? 'dark' : 'default' };
}

/**
 * The preview follows the editor theme, so the fixed `theme:` the generator writes into the
 * front matter (meant for exports) is dropped; everything else in the front matter stays.
 */
export function withoutFrontMatterTheme(text: string): string {
    const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
    if (!fm) return text;
    return fm[0].replace(/^[ \t]*theme:[^\n]*\n/m, '') + text.slice(fm[0].length);
}
