/**
 * The last line of `sop export`: files written, and files skipped as unchanged; in Bahasa
 * Indonesia when the terminal's locale is Indonesian (LC_ALL, LC_MESSAGES, LANG, as `sop fmt`).
 * `--lang` is not used: for `export` it chooses the language of the documents, not of messages.
 */
import { langFromLocale, type Lang } from '@sop/language';

/** The language of the CLI's messages from the environment's locale (English by default). */
export function messageLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
    return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG, 'en');
}

/**
 * "2 of 2 files written, 98 unchanged, skipped": `written` of the `run` outputs made this time,
 * and the `skipped` ones whose sources and options had not changed.
 */
export function exportSummary(written: number, run: number, skipped: number, lang: Lang): string {
    if (lang === 'id') {
        const done = `${written} dari ${run} berkas ditulis`;
        if (skipped === 0) return done;
        return run === 0 ? `${skipped} tidak berubah, dilewati; tidak ada yang ditulis` : `${done}, ${skipped} tidak berubah, dilewati`;
    }
    const done = `${written} of ${run} file${run === 1 ? '' : 's'} written`;
    if (skipped === 0) return done;
    return run === 0 ? `${skipped} unchanged, skipped; nothing written` : `${done}, ${skipped} unchanged, skipped`;
}
