/**
 * The part of Node's `Buffer` the DOCX renderers use, for out/docx.cjs (scripts/build.mjs
 * injects it as the free name `Buffer` in that bundle only): decoding a base64 logo and viewing
 * the zip `docx` packs. Both return a plain Uint8Array, which is all the renderer reads.
 */
import { fromBase64 } from '../shared/base64.js';

export const Buffer = {
    from(data: string | ArrayBufferLike | ArrayLike<number>, encodingOrOffset?: string | number, length?: number): Uint8Array {
        if (typeof data === 'string') {
            if (encodingOrOffset !== 'base64') throw new Error(`Buffer.from(string, ${String(encodingOrOffset)}) is not available in the browser`);
            return fromBase64(data);
        }
        if (data instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && data instanceof SharedArrayBuffer)) {
            return new Uint8Array(data, typeof encodingOrOffset === 'number' ? encodingOrOffset : 0, length);
        }
        return Uint8Array.from(data as ArrayLike<number>);
    },
    isBuffer(value: unknown): boolean {
        return value instanceof Uint8Array;
    },
};
