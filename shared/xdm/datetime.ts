// ISO 8601 date and date-time checks and conversions used by XDM validation (no clock access).

/** The date-time shapes the platform lists as accepted (SPEC §1.3), as shown in its messages. */
export const DATE_TIME_SHAPES =
  "[yyyy-MM-dd'T'HH:mm:ssZ, yyyy-MM-dd'T'HH:mm:ss.[0-9]{1-9}Z, yyyy-MM-dd'T'HH:mm:ss[+-]HH:mm, yyyy-MM-dd'T'HH:mm:ss.[0-9]{1,9}[+-]HH:mm]";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && !isLeap ? 28 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= max;
}

/** The number written by `count` ASCII digits at `start`, or -1. (Char codes: validation is hot.) */
function digitsAt(value: string, start: number, count: number): number {
  let number = 0;
  for (let i = start; i < start + count; i++) {
    const code = value.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    number = number * 10 + code;
  }
  return number;
}

/** Checks `yyyy-MM-dd` at the start of `value`. */
function isDatePrefix(value: string): boolean {
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 0 && day >= 0 && isValidCalendarDate(year, month, day);
}

/** True for a calendar date written `yyyy-MM-dd`. */
export function isIsoDate(value: string): boolean {
  return value.length === 10 && isDatePrefix(value);
}

/**
 * True for a date-time in one of the platform's accepted shapes: `yyyy-MM-ddTHH:mm:ss`, an
 * optional fraction of 1–9 digits, then `Z` or `±HH:mm` (RFC 3339 §5.6 with an upper-case `T`).
 */
export function isIsoDateTime(value: string): boolean {
  return !Number.isNaN(dateTimeToEpochMs(value));
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Milliseconds since the epoch of an accepted date-time string (see `isIsoDateTime`), or NaN: what
 * `Date.parse` gives for it with the fraction cut to milliseconds, read from the digits in the same
 * pass that checks the shape (every event's timestamp is checked, and `Date.parse`, which tries many
 * shapes, cost more than the check).
 */
export function dateTimeToEpochMs(value: string): number {
  // Ingestion reads each event's timestamp twice in a row (validation, then Profile's event index).
  if (value === lastText) return lastMs;
  const ms = readEpochMs(value);
  lastText = value;
  lastMs = ms;
  return ms;
}

/** The last text `dateTimeToEpochMs` read, and what it gave. */
let lastText: string | undefined;
let lastMs = Number.NaN;

function readEpochMs(value: string): number {
  const length = value.length;
  if (length < 20 || value.charCodeAt(10) !== 84 /* T */ || !isDatePrefix(value)) return Number.NaN;
  if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return Number.NaN;
  const hour = digitsAt(value, 11, 2);
  const minute = digitsAt(value, 14, 2);
  const second = digitsAt(value, 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  let ms = ((hour * 60 + minute) * 60 + second) * 1000;
  let at = 19;
  if (value.charCodeAt(at) === 46 /* . */) {
    const start = ++at;
    for (let scale = 100; at < length && at - start < 10; at++, scale /= 10) {
      const digit = digitsAt(value, at, 1);
      if (digit < 0) break;
      if (scale >= 1) ms += digit * scale;
    }
    if (at === start || at - start > 9) return Number.NaN;
  }
  const zone = value.charCodeAt(at);
  if (zone === 90 /* Z */) {
    if (at + 1 !== length) return Number.NaN;
  } else {
    if (zone !== 43 && zone !== 45) return Number.NaN; // + or -
    if (at + 6 !== length || value.charCodeAt(at + 3) !== 58) return Number.NaN;
    const offsetHours = digitsAt(value, at + 1, 2);
    const offsetMinutes = digitsAt(value, at + 4, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) return Number.NaN;
    const offset = (offsetHours * 60 + offsetMinutes) * 60_000;
    ms += zone === 43 ? -offset : offset;
  }
  const days = daysFromCivil(digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2));
  return days * 86_400_000 + ms;
}

/** Largest |epoch ms| a JavaScript Date represents. */
const MAX_EPOCH_MS = 8.64e15;

/** ISO date-time (UTC, `Z`) of an epoch-milliseconds integer, or undefined if out of range. */
export function epochMsToDateTime(ms: number): string | undefined {
  if (!Number.isInteger(ms) || Math.abs(ms) > MAX_EPOCH_MS) return undefined;
  const iso = new Date(ms).toISOString();
  return iso.startsWith('+') || iso.startsWith('-') ? undefined : iso;
}

/**
 * Converts an inbound value to a date-time string the way batch ingestion does: accepted
 * date-time strings are kept, `yyyy-MM-dd` becomes midnight UTC, integers are epoch milliseconds.
 */
export function toDateTime(value: unknown): string | undefined {
  if (typeof value === 'number') return epochMsToDateTime(value);
  if (typeof value !== 'string') return undefined;
  if (isIsoDateTime(value)) return value;
  if (isIsoDate(value)) return `${value}T00:00:00Z`;
  return undefined;
}

/**
 * Converts an inbound value to a `yyyy-MM-dd` date the way batch ingestion does: dates are kept,
 * date-times keep their date as written, integers are epoch milliseconds (UTC date).
 */
export function toDate(value: unknown): string | undefined {
  if (typeof value === 'number') return epochMsToDateTime(value)?.slice(0, 10);
  if (typeof value !== 'string') return undefined;
  if (isIsoDate(value)) return value;
  if (isIsoDateTime(value)) return value.slice(0, 10);
  return undefined;
}
