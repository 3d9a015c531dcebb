/**
 * Base64 without Node's Buffer (the web extension host, the webviews and the DOCX bundle have
 * none): bytes cross postMessage and the LSP connection as strings.
 */

/** Bytes as base64, in chunks (a spread of a whole file would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
}

/** The bytes of a base64 string. */
export function fromBase64(base64: string): Uint8Array {
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
}
