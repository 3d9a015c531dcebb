/**
 * A tiny zip reader for tests (stored and deflated entries, read via the central directory),
 * so the .docx can be inspected without adding a dependency.
 */
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip archive by path. */
export function unzip(zip: Uint8Array): Map<string, Buffer> {
    const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    let eocd = -1;
    for (let i = buf.length - 22; i >= 0; i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
    if (eocd < 0) throw new Error('not a zip file: no end of central directory');
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    const files = new Map<string, Buffer>();
    for (let n = 0; n < count; n++) {
        if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
        const method = buf.readUInt16LE(p + 10);
        const size = buf.readUInt32LE(p + 20);
        const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
        const local = buf.readUInt32LE(p + 42);
        const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
        const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(dataStart, dataStart + size);
        files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
        p += 46 + nameLen + extraLen + commentLen;
    }
    return files;
}

/** The zip entries' DOS modification date/time words (central directory), for determinism checks. */
export function zipTimes(zip: Uint8Array): number[] {
    const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
    let eocd = -1;
    for (let i = buf.length - 22; i >= 0; i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
    const count = buf.readUInt16LE(eocd + 10);
    let p = buf.readUInt32LE(eocd + 16);
    const out: number[] = [];
    for (let n = 0; n < count; n++) {
        out.push(buf.readUInt32LE(p + 12));
        p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    }
    return out;
}
