/**
 * Durations of mutu baku "waktu" and Standar Pelayanan "jangka waktu", in Indonesian and English units.
 * Conventions (documented in the README): 1 hari = 24 jam, 1 hari kerja = 8 jam, 1 minggu = 7 hari,
 * 1 bulan = 30 hari, 1 tahun = 365 hari. Both sides of a comparison use the same table.
 */
import type { DurationInfo } from './model-types.js';

const MINUTE = 1;
const HOUR = 60;
const DAY = 24 * HOUR;
const WORKDAY = 8 * HOUR;

/** Unit words (lower case) → minutes. `working day` and `hari kerja` are two-word units. */
export const durationUnits: ReadonlyMap<string, number> = new Map<string, number>([
    ['detik', MINUTE / 60], ['second', MINUTE / 60], ['seconds', MINUTE / 60], ['sec', MINUTE / 60], ['dtk', MINUTE / 60],
    ['menit', MINUTE], ['minute', MINUTE], ['minutes', MINUTE], ['min', MINUTE], ['mnt', MINUTE],
    ['jam', HOUR], ['hour', HOUR], ['hours', HOUR],
    ['hari', DAY], ['day', DAY], ['days', DAY],
    ['hari kerja', WORKDAY], ['working day', WORKDAY], ['working days', WORKDAY],
    ['minggu', 7 * DAY], ['pekan', 7 * DAY], ['week', 7 * DAY], ['weeks', 7 * DAY],
    ['bulan', 30 * DAY], ['month', 30 * DAY], ['months', 30 * DAY],
    ['tahun', 365 * DAY], ['year', 365 * DAY], ['years', 365 * DAY],
]);

/** Words meaning "at once". */
export const immediateWords: ReadonlySet<string> = new Set(['segera', 'immediately', 'immediate', 'langsung']);

/** One side of a duration range as written: an amount and/or a unit. */
export interface DurationPartText {
    amount?: string;
    unit?: string;
}

function toNumber(text: string): number {
    return Number(text.replace(',', '.'));
}

/**
 * Builds a duration from its written parts. `to` is the upper end of a range; a range whose lower
 * end has no unit borrows the upper end's unit (`1-2 hari`).
 */
export function durationFromParts(text: string, from: DurationPartText, to?: DurationPartText): DurationInfo {
    const info: DurationInfo = { text };
    const fromUnit = from.unit?.toLowerCase();
    if (!to && from.amount === undefined && fromUnit && immediateWords.has(fromUnit)) {
        return { text, minMinutes: 0, maxMinutes: 0, immediate: true };
    }
    const toUnit = to?.unit?.toLowerCase();
    const lowUnit = fromUnit ?? toUnit;
    if (from.amount === undefined || !lowUnit || !durationUnits.has(lowUnit)) {
        return info;
    }
    const min = toNumber(from.amount) * durationUnits.get(lowUnit)!;
    if (!to) {
        return { text, minMinutes: min, maxMinutes: min };
    }
    const highUnit = toUnit ?? lowUnit;
    if (to.amount === undefined || !durationUnits.has(highUnit)) {
        return info;
    }
    const max = toNumber(to.amount) * durationUnits.get(highUnit)!;
    return { text, minMinutes: Math.min(min, max), maxMinutes: Math.max(min, max) };
}

const partPattern = /^\s*(\d+(?:[.,]\d+)?)?\s*([a-zA-Z]+(?:\s+(?:kerja|days?))?)?\s*$/;

/** Reads a free-text duration such as "10 menit", "1 - 2 hari kerja" or "Segera"; unreadable text gives no minutes. */
export function parseDurationText(text: string): DurationInfo {
    const clean = text.trim().replace(/\s+/g, ' ');
    // A rate as printed on signed tables ("2 menit/berkas", "5 menit per dokumen") is read as the
    // time for one item; the text stays as written.
    const perItem = /^(.+?)\s*(?:\/|\bper\b)\s*\p{L}[\p{L}\s]*$/u.exec(clean);
    if (perItem) {
        const read = parseDurationText(perItem[1]);
        if (read.minMinutes !== undefined) return { ...read, text: clean };
    }
    const [left, right, ...rest] = clean.split(/\s*(?:-|–|s\.?d\.?|sampai)\s*/);
    if (rest.length > 0 || !left) {
        return { text: clean };
    }
    const a = partPattern.exec(left);
    const b = right !== undefined ? partPattern.exec(right) : undefined;
    if (!a || (right !== undefined && !b)) {
        return { text: clean };
    }
    return durationFromParts(clean,
        { amount: a[1], unit: a[2] },
        b ? { amount: b[1], unit: b[2] } : undefined);
}

/** Formats minutes for people: "45 menit", "2 jam 30 menit", "3 hari" (Indonesian) or English. */
export function formatMinutes(minutes: number, lang: 'id' | 'en' = 'id'): string {
    const names = lang === 'id'
        ? { d: 'hari', h: 'jam', m: 'menit', s: 'detik' }
        : { d: 'd', h: 'h', m: 'min', s: 's' };
    if (minutes < 1 && minutes > 0) {
        return `${Math.round(minutes * 60)} ${names.s}`;
    }
    const total = Math.round(minutes);
    const d = Math.floor(total / DAY);
    const h = Math.floor((total % DAY) / HOUR);
    const m = total % HOUR;
    const parts: string[] = [];
    if (d) parts.push(`${d} ${names.d}`);
    if (h) parts.push(`${h} ${names.h}`);
    if (m || parts.length === 0) parts.push(`${m} ${names.m}`);
    return parts.join(' ');
}

/** Formats a duration range in minutes ("30 menit - 1 jam"), or the single value when min = max. */
export function formatRange(min: number, max: number, lang: 'id' | 'en' = 'id'): string {
    return min === max ? formatMinutes(min, lang) : `${formatMinutes(min, lang)} - ${formatMinutes(max, lang)}`;
}
