/**
 * Dates as SOP documents write them: ISO days (2024-01-10), month only (2013-12), Indonesian or
 * English month names ("7 Januari 2022", "Desember 2013", "1 August 2019"), or `-` for "not yet".
 */
import type { DateInfo } from './model-types.js';

const months: ReadonlyMap<string, number> = new Map([
    ['januari', 1], ['january', 1], ['jan', 1],
    ['februari', 2], ['pebruari', 2], ['february', 2], ['feb', 2], ['peb', 2],
    ['maret', 3], ['march', 3], ['mar', 3],
    ['april', 4], ['apr', 4],
    ['mei', 5], ['may', 5],
    ['juni', 6], ['june', 6], ['jun', 6],
    ['juli', 7], ['july', 7], ['jul', 7],
    ['agustus', 8], ['august', 8], ['agu', 8], ['agt', 8], ['aug', 8],
    ['september', 9], ['sep', 9], ['sept', 9],
    ['oktober', 10], ['october', 10], ['okt', 10], ['oct', 10],
    ['november', 11], ['nopember', 11], ['nov', 11], ['nop', 11],
    ['desember', 12], ['december', 12], ['des', 12], ['dec', 12],
]);

const pad = (n: number) => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
    if (m < 1 || m > 12 || d < 1) return false;
    return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Reads a date written as text; the result's precision says how much of it could be read. */
export function parseDate(text: string): DateInfo {
    const clean = text.trim().replace(/\s+/g, ' ');
    if (clean === '-' || clean === '') {
        return { text: clean || '-', precision: 'none' };
    }
    let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(clean);
    if (m) {
        const y = Number(m[1]), mo = Number(m[2]);
        if (m[3] !== undefined) {
            const d = Number(m[3]);
            return validDay(y, mo, d) ? { text: clean, iso: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' } : { text: clean, precision: 'invalid' };
        }
        return mo >= 1 && mo <= 12 ? { text: clean, iso: `${m[1]}-${m[2]}`, precision: 'month' } : { text: clean, precision: 'invalid' };
    }
    m = /^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?\s+(\d{4})$/.exec(clean);
    if (m) {
        const mo = months.get(m[2].toLowerCase());
        const y = Number(m[3]);
        if (!mo) return { text: clean, precision: 'invalid' };
        if (m[1] === undefined) return { text: clean, iso: `${y}-${pad(mo)}`, precision: 'month' };
        const d = Number(m[1]);
        return validDay(y, mo, d) ? { text: clean, iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : { text: clean, precision: 'invalid' };
    }
    m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(clean);
    if (m) {
        const d = Number(m[1]), mo = Number(m[2]), y = Number(m[3]);
        return validDay(y, mo, d) ? { text: clean, iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' } : { text: clean, precision: 'invalid' };
    }
    return { text: clean, precision: 'invalid' };
}

/**
 * Compares two readable dates on their common precision, so that 2014-01 and 2014-01-15 count as
 * the same month. Returns negative, zero or positive like a sort comparator; undefined if unreadable.
 */
export function compareDates(a: DateInfo, b: DateInfo): number | undefined {
    if (!a.iso || !b.iso) return undefined;
    const len = Math.min(a.iso.length, b.iso.length);
    const x = a.iso.slice(0, len), y = b.iso.slice(0, len);
    return x < y ? -1 : x > y ? 1 : 0;
}

const idMonths = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats a date for the printed document: "10 Januari 2024", "Desember 2013", "-". */
export function formatDate(info: DateInfo | undefined, lang: 'id' | 'en' = 'id'): string {
    if (!info || info.precision === 'none') return '-';
    // A date written as text ("02 Juni 2025") is printed exactly as written, as on the signed original.
    if (!info.iso || (info.text && info.text !== info.iso)) return info.text;
    const [y, m, d] = info.iso.split('-');
    const name = (lang === 'id' ? idMonths : enMonths)[Number(m) - 1];
    return d ? `${Number(d)} ${name} ${y}` : `${name} ${y}`;
}
