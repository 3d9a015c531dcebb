/**
 * User-facing settings the language services read: message language, default validation
 * profile, and "today" (injectable so date rules are testable).
 */
import type { Lang } from './syntax/keywords.js';
import type { Profile } from './model/model-types.js';

/** Mutable settings shared by the services of one language-server instance or CLI run. */
export class SopSettings {
    /** Language of diagnostics and hovers. */
    locale: Lang = 'id';
    /** Profile for SOPs that do not name one. */
    defaultProfile: Exclude<Profile, 'sp'> = 'sop-ap';
    /** The date used by rules that compare with today (ISO yyyy-mm-dd). */
    today: string = new Date().toISOString().slice(0, 10);
}

/** Picks the message language from a locale tag such as `id`, `id-ID`, `en-US`; unknown tags give English. */
export function langFromLocale(locale: string | undefined, fallback: Lang = 'en'): Lang {
    if (!locale) return fallback;
    const tag = locale.toLowerCase();
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
    if (tag.startsWith('en')) return 'en';
    return fallback;
}
