import { daysFromCivil, daysInMonth } from './civil-days';
import type { DateFormat } from './dates';

/*
 * The shapes nearly every date cell of a CRM export has, read at fixed positions: 2025-01-31,
 * 2025-01-31T09:15:00, the same with Z or .250Z, and 31.01.2025 / 1/31/2025. A million-lead file
 * holds one to five million such cells, and the general scanner (dates.ts) spends most of its
 * time on what these shapes never need: digit runs of unknown length, AM/PM, time zones. Anything
 * else, including every cell these shapes almost match, is left to the scanner, which has the
 * last word: for every cell read here both give the same time (a property test checks it).
 */

const DAY = 86_400_000;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const COLON = 58;
const SPACE = 32;
const UPPER_T = 84;
const UPPER_Z = 90;
const LOWER_Z = 122;

/** The two digits at i as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** The n digits at i (n ≤ 4) as a number, or -1. */
function digits(s: string, i: number, n: number): number {
  let value = 0;
  for (let k = i; k < i + n; k++) {
    const d = s.charCodeAt(k) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

function isSeparator(c: number): boolean {
  return c === DASH || c === SLASH || c === DOT;
}

function isZ(c: number): boolean {
  return c === UPPER_Z || c === LOWER_Z;
}

/** Epoch milliseconds of a valid date, or NaN. */
function dayTime(year: number, month: number, day: number): number {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day) * DAY;
}

/** yyyy-mm-dd, then nothing, or T/space and hh:mm:ss, then nothing, Z, or .fff and Z. */
function yearFirst(s: string): number {
  const n = s.length;
  const sep = s.charCodeAt(4);
  if (!isSeparator(sep) || s.charCodeAt(7) !== sep) return Number.NaN;
  const date = dayTime(digits(s, 0, 4), two(s, 5), two(s, 8));
  if (n === 10 || Number.isNaN(date)) return date;
  const t = s.charCodeAt(10);
  if ((t !== UPPER_T && t !== SPACE) || s.charCodeAt(13) !== COLON || s.charCodeAt(16) !== COLON) return Number.NaN;
  let ms = 0;
  if (n === 20) {
    if (!isZ(s.charCodeAt(19))) return Number.NaN;
  } else if (n === 24) {
    if (s.charCodeAt(19) !== DOT || !isZ(s.charCodeAt(23))) return Number.NaN;
    ms = digits(s, 20, 3);
    if (ms < 0) return Number.NaN;
  } else if (n !== 19) {
    return Number.NaN;
  }
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  return date + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/** d.m.yyyy or m/d/yyyy (one or two digits for day and month), as the format orders them. */
function yearLast(s: string, format: DateFormat): number {
  const n = s.length;
  const firstDigits = isSeparator(s.charCodeAt(1)) ? 1 : 2;
  const sep = s.charCodeAt(firstDigits);
  if (!isSeparator(sep)) return Number.NaN;
  const secondDigits = s.charCodeAt(firstDigits + 2) === sep ? 1 : 2;
  if (s.charCodeAt(firstDigits + 1 + secondDigits) !== sep || n !== firstDigits + secondDigits + 6) return Number.NaN;
  const first = digits(s, 0, firstDigits);
  const second = digits(s, firstDigits + 1, secondDigits);
  const year = digits(s, n - 4, 4);
  if (first < 0 || second < 0) return Number.NaN;
  if (format === 'dmy') return dayTime(year, second, first);
  if (format === 'mdy' && sep !== DOT) return dayTime(year, first, second);
  return Number.NaN;
}

/**
 * Epoch milliseconds (UTC) of a trimmed cell in one of the common shapes, or NaN when the cell
 * is not one of them (or not a valid date): the general parser then decides.
 */
export function fastDate(value: string, format: DateFormat): number {
  if (format === 'unix-s' || format === 'unix-ms') return Number.NaN;
  const n = value.length;
  if (n >= 10 && n <= 24 && isSeparator(value.charCodeAt(4))) return yearFirst(value);
  if (n >= 8 && n <= 10) return yearLast(value, format);
  return Number.NaN;
}
