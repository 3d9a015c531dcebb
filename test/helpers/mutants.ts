/**
 * Seeded damage for fuzz tests: a small deterministic pseudo-random generator and damaged
 * variants of a text, so any failure replays from its seed.
 */

/** A linear congruential generator: the same seed gives the same sequence on every machine. */
export function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Characters and words that matter to the parser, the renderers and the escaping. */
const SHARP = ['"', '{', '}', '|', '->', ',', '>', '(', ')', '<', '[', ']', '?', '\\', '\r', '\n', '$&', '%%', '#35;', '&amp;', '<script>', 'mulai', 'selesai', 'serahkan', 'buntu', 'ya', 'tidak', '0', '99', '2024-13-45', 'sop', 'prosedur', '\u0000', '\u202e', 'é'];

/**
 * Damaged variants of a text, by kind in turn: truncated, lines deleted, a token deleted, a
 * character replaced by a sharp one, a line duplicated, a sharp string inserted, two lines swapped.
 */
export function mutants(text: string, seed: number, count: number): string[] {
    const rand = rng(seed);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const out: string[] = [];
    const lines = text.split('\n');
    const tokens = text.split(/(\s+)/);
    for (let i = 0; i < count; i++) {
        switch (i % 7) {
            case 0: out.push(text.slice(0, Math.floor(rand() * text.length))); break;
            case 1: { const l = [...lines]; l.splice(Math.floor(rand() * l.length), 1 + Math.floor(rand() * 3)); out.push(l.join('\n')); break; }
            case 2: { const t = [...tokens]; t.splice(Math.floor(rand() * t.length), 1); out.push(t.join('')); break; }
            case 3: { const p = Math.floor(rand() * text.length); out.push(text.slice(0, p) + '"{|->}'[Math.floor(rand() * 6)] + text.slice(p + 1)); break; }
            case 4: { const l = [...lines]; const k = Math.floor(rand() * l.length); l.splice(k, 0, l[k]); out.push(l.join('\n')); break; }
            case 5: { const p = Math.floor(rand() * text.length); out.push(text.slice(0, p) + pick(SHARP) + text.slice(p)); break; }
            default: { const l = [...lines]; const a = Math.floor(rand() * l.length), b = Math.floor(rand() * l.length); [l[a], l[b]] = [l[b], l[a]]; out.push(l.join('\n')); }
        }
    }
    return out;
}
