/**
 * Text similarity for matching steps and pelaksana whose id was renamed: the Dice coefficient of
 * the two texts' words. Word-based rather than character-based because SOP texts are edited a
 * word at a time ("Menerima surat" → "Menerima surat masuk"), and it costs linear time.
 */

/** Lower-case words (letters and digits of any script). */
export function words(text: string): string[] {
    return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** 2·|common words| / (|a| + |b|), counting repeated words; 1 for two empty texts. */
export function similarity(a: string, b: string): number {
    const wa = words(a), wb = words(b);
    if (wa.length === 0 && wb.length === 0) return 1;
    const counts = new Map<string, number>();
    for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
    let common = 0;
    for (const w of wb) {
        const c = counts.get(w) ?? 0;
        if (c > 0) { common++; counts.set(w, c - 1); }
    }
    return (2 * common) / (wa.length + wb.length);
}
