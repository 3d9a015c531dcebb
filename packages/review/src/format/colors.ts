/**
 * ANSI colours of the terminal report. The caller decides whether to colour (a TTY without
 * NO_COLOR); with colour off every function returns its text unchanged.
 */

/** The styles the report uses. */
export type Style = 'added' | 'removed' | 'changed' | 'heading' | 'dim';

const codes: Record<Style, [number, number]> = {
    added: [32, 39], removed: [31, 39], changed: [33, 39], heading: [1, 22], dim: [2, 22],
};

/** Returns a painter: `paint(style, text)` wraps the text in the style's ANSI codes when `enabled`. */
export function painter(enabled: boolean): (style: Style, text: string) => string {
    return enabled ? (style, text) => `\u001b[${codes[style][0]}m${text}\u001b[${codes[style][1]}m` : (_style, text) => text;
}
