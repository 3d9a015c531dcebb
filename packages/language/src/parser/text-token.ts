/**
 * Texts (`"..."`) end on their line and may lack their closing quote (see the STRING terminal):
 * the parser reads a forgotten quote as a text up to the end of the line, and DOC-08 reports it.
 */

const closedText = /^"(?:\\[^\r\n]|[^"\\\r\n])*"$/;

/** True when a STRING token's text ends with its own closing quote (not an escaped one). */
export function isClosedText(image: string): boolean {
    return closedText.test(image);
}
