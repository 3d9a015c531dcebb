/**
 * Escaping of user text for HTML and SVG. Every string that comes from a `.sop` file passes
 * through one of these before it reaches the output, so user text can never become markup.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for double- or single-quoted attribute values (HTML and SVG). */
export function esc(text: string | number | undefined | null): string {
    if (text === undefined || text === null) return '';
    return String(text).replace(/[&<>"']/g, c => entities[c]);
}

/** Text with line breaks kept: escaped, then each newline becomes `<br>`. */
export function escLines(text: string): string {
    return esc(text).replace(/\r?\n/g, '<br>');
}

/**
 * A data URI for the logo is accepted only when it is a base64 image; anything else (`javascript:`,
 * a remote URL, text) is dropped, so the page stays self-contained. SVG is allowed because it is
 * shown through `<img>`, where an SVG can neither run script nor load resources.
 */
export function safeImageDataUri(uri: string | undefined): string | undefined {
    if (!uri) return undefined;
    return /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=\s]+$/.test(uri) ? uri.replace(/\s+/g, '') : undefined;
}
