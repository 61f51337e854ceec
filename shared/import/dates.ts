import { daysFromCivil, daysInMonth } from './civil-days';
import { fastDate } from './date-fast';

/**
 * Date parsing for CSV cells, written as a scanner rather than with Date.parse: Date.parse rolls
 * 31/02 over into March, reads slashes as US order whatever the file means, and treats a date
 * without a zone as local time, which would make an import depend on the computer it runs on.
 */

/**
 * How the day, month and year are ordered. A cell whose year comes first (2025-01-31,
 * 2025/01/31) is read the same under every format, since it cannot be misread; the format only
 * decides cells whose year comes last.
 */
export type DateFormat = 'iso' | 'ymd-slash' | 'mdy' | 'dmy' | 'unix-s' | 'unix-ms';

export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  iso: 'year-month-day (2025-01-31)',
  'ymd-slash': 'year/month/day (2025/01/31)',
  mdy: 'month/day/year (01/31/2025)',
  dmy: 'day/month/year (31/01/2025 or 31.01.2025)',
  'unix-s': 'Unix time in seconds',
  'unix-ms': 'Unix time in milliseconds',
};

export interface DateFormatGuess {
  /** null when no sample is a date in any format. */
  format: DateFormat | null;
  /** Every sample reads as a date both day-first and month-first: the user must choose. */
  ambiguous: boolean;
  /** Formats that read the most samples, best first. */
  candidates: DateFormat[];
  /** Non-empty samples the chosen format reads, and how many there were. */
  matched: number;
  total: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

// Scanner state: module-level so parsing a million cells allocates nothing per cell.
let text = '';
let pos = 0;

function readInt(maxDigits: number): number {
  const start = pos;
  let value = 0;
  while (pos < text.length && pos - start < maxDigits) {
    const c = text.charCodeAt(pos) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
    pos++;
  }
  return pos === start ? -1 : value;
}

function skipSpaces(): void {
  while (pos < text.length && text.charCodeAt(pos) === 32) pos++;
}

function rest(): string {
  return text.slice(pos).toUpperCase();
}

/**
 * Reads "HH:mm[:ss[.fff]] [AM|PM]" at pos and returns milliseconds into the day, or -1 when what
 * follows is not a valid time.
 */
function readTime(): number {
  let hour = readInt(2);
  if (hour < 0 || text[pos] !== ':') return -1;
  pos++;
  const minute = readInt(2);
  if (minute < 0 || minute > 59) return -1;
  let second = 0;
  let ms = 0;
  if (text[pos] === ':') {
    pos++;
    second = readInt(2);
    if (second < 0 || second > 59) return -1;
    if (text[pos] === '.' || text[pos] === ',') {
      pos++;
      const start = pos;
      const fraction = readInt(9);
      if (fraction < 0) return -1;
      ms = Math.floor(fraction / 10 ** (pos - start - 3));
    }
  }
  const save = pos;
  skipSpaces();
  const next = text.charCodeAt(pos) | 0x20;
  const meridiem = next === 0x61 || next === 0x70 ? /^(A|P)\.?M\.?/.exec(rest()) : null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return -1;
    hour = (hour % 12) + (meridiem[1] === 'P' ? 12 : 0);
    pos += meridiem[0].length;
  } else {
    pos = save;
  }
  if (hour > 23) return -1;
  return ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/** Reads an optional zone ("Z", "+01:00", "-0500", " UTC", " GMT+1") and returns its offset in minutes, or NaN. */
function readZone(): number {
  skipSpaces();
  if (pos >= text.length) return 0;
  if (pos === text.length - 1 && (text[pos] === 'Z' || text[pos] === 'z')) return 0;
  const zone = rest();
  if (zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 0;
  const match = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!match) return Number.NaN;
  const hours = Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (hours > 14 || minutes > 59) return Number.NaN;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function parseUnix(value: string, format: 'unix-s' | 'unix-ms'): number | null {
  if (!/^\d{9,13}$/.test(value)) return null;
  const n = Number(value);
  return format === 'unix-s' ? (value.length <= 11 ? n * 1000 : null) : value.length >= 12 ? n : null;
}

/**
 * Epoch milliseconds (UTC) of a cell, or null when it is not a date in the given format. A date
 * without a zone is taken as UTC; an explicit zone is honoured. Impossible dates (31/02, 24:00)
 * are refused rather than rolled over.
 */
export function parseDate(cell: string, format: DateFormat): number | null {
  const value = cell.trim();
  if (value === '') return null;
  if (format === 'unix-s' || format === 'unix-ms') return parseUnix(value, format);
  const fast = fastDate(value, format);
  return Number.isNaN(fast) ? scanDate(value, format) : fast;
}

/** parseDate's general path, for any trimmed, non-empty cell of a day/month/year format. */
export function scanDate(value: string, format: DateFormat): number | null {
  text = value;
  pos = 0;
  const first = readInt(4);
  const firstDigits = pos;
  const sep = text[pos];
  if (first < 0 || (sep !== '-' && sep !== '/' && sep !== '.')) return null;
  pos++;
  const second = readInt(2);
  if (second < 0 || text[pos] !== sep) return null;
  pos++;
  const thirdStart = pos;
  const third = readInt(4);
  const thirdDigits = pos - thirdStart;
  if (third < 0) return null;

  let year = first;
  let month = second;
  let day = third;
  if (firstDigits === 4) {
    if (thirdDigits > 2) return null;
  } else if (firstDigits <= 2 && (thirdDigits === 4 || thirdDigits === 2)) {
    if (format === 'dmy') {
      day = first;
      month = second;
    } else if (format === 'mdy' && sep !== '.') {
      month = first;
      day = second;
    } else {
      return null;
    }
    // Two-digit years are how Excel shortens them; a pivot at 70 keeps 1970-2069 reachable.
    year = thirdDigits === 4 ? third : third < 70 ? 2000 + third : 1900 + third;
  } else {
    return null;
  }
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;

  let timeOfDay = 0;
  let offset = 0;
  if (pos < text.length) {
    if (text[pos] === 'T' || text[pos] === ' ' || text[pos] === ',') {
      if (text[pos] === ',') pos++;
      pos++;
      skipSpaces();
      timeOfDay = readTime();
      if (timeOfDay < 0) return null;
    }
    offset = readZone();
    if (Number.isNaN(offset)) return null;
  }
  return daysFromCivil(year, month, day) * DAY + timeOfDay - offset * MINUTE;
}

type Shape = 'year-first' | 'year-last' | 'unix' | null;

function shapeOf(value: string): { shape: Shape; sep: string } {
  const m = /^(\d{1,4})([-/.])\d{1,2}\2(\d{1,4})/.exec(value);
  if (m) return { shape: m[1].length === 4 ? 'year-first' : 'year-last', sep: m[2] };
  return { shape: /^\d{9,13}$/.test(value) ? 'unix' : null, sep: '' };
}

/**
 * Which format reads a column's sample cells. When every sample reads both day-first and
 * month-first (all days ≤ 12) the column is ambiguous: `format` is then `preferred` (or
 * month-first, the order of most CRM exports) and the user must confirm it.
 */
export function detectDateFormat(samples: readonly string[], preferred: 'mdy' | 'dmy' = 'mdy'): DateFormatGuess {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  const none: DateFormatGuess = { format: null, ambiguous: false, candidates: [], matched: 0, total: values.length };
  if (values.length === 0) return none;

  let slashYearFirst = 0;
  let dashYearFirst = 0;
  let unixDigits = 0;
  for (const v of values) {
    const { shape, sep } = shapeOf(v);
    if (shape === 'year-first') sep === '/' ? slashYearFirst++ : dashYearFirst++;
    if (shape === 'unix') unixDigits = Math.max(unixDigits, v.length);
  }
  const formats: DateFormat[] = ['mdy', 'dmy', slashYearFirst > dashYearFirst ? 'ymd-slash' : 'iso'];
  if (unixDigits > 0) formats.push(unixDigits <= 11 ? 'unix-s' : 'unix-ms');

  const counts = formats.map((f) => values.reduce((n, v) => n + (parseDate(v, f) === null ? 0 : 1), 0));
  const best = Math.max(...counts);
  if (best === 0) return none;
  // Year-first cells read under every format, so a year-first format wins ties: it is what the
  // cells literally say, and it is never ambiguous.
  const order: DateFormat[] = [formats[2], preferred, preferred === 'mdy' ? 'dmy' : 'mdy', ...formats.slice(3)];
  const candidates = order.filter((f) => counts[formats.indexOf(f)] === best);
  const yearFirstOnly = candidates.includes(formats[2]);
  const format = yearFirstOnly ? formats[2] : candidates[0];
  const ambiguous = !yearFirstOnly && candidates.includes('mdy') && candidates.includes('dmy');
  return { format, ambiguous, candidates: yearFirstOnly ? [formats[2]] : candidates, matched: best, total: values.length };
}
