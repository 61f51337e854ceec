import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastDate } from '../../../shared/import/date-fast';
import { scanDate, type DateFormat } from '../../../shared/import/dates';

const FORMATS: DateFormat[] = ['iso', 'ymd-slash', 'mdy', 'dmy'];

/** Cells near the shapes the fast path reads: digit runs of any length between separators, times, zones. */
const piece = fc.oneof(
  fc.stringMatching(/^\d{1,5}$/),
  fc.constantFrom('-', '/', '.', ':', ' ', 'T', 'Z', 'z', ',', '+01:00', ' PM', 'x', '00'),
);
const nearDates = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const range = { min: new Date('0900-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true };
/** Real dates written in every shape the fast path reads, and a few it leaves to the scanner. */
const writtenDates = fc.tuple(fc.date(range), fc.integer({ min: 0, max: 9 })).map(([date, shape]) => {
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const iso = date.toISOString();
  const ymd = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  return [
    iso,
    iso.replace('.000Z', 'Z'),
    iso.slice(0, 19),
    iso.slice(0, 19).replace('T', ' '),
    ymd,
    ymd.replaceAll('-', '/'),
    `${d}.${m}.${y}`,
    `${pad(d, 2)}/${pad(m, 2)}/${y}`,
    `${m}/${d}/${y}`,
    `${m}-${d}-${y}`,
  ][shape];
});

describe('fastDate', () => {
  it('reads a cell only as the general scanner does', () => {
    fc.assert(
      fc.property(fc.oneof(nearDates, writtenDates), fc.constantFrom(...FORMATS), (cell, format) => {
        const fast = fastDate(cell, format);
        if (!Number.isNaN(fast)) expect(fast).toBe(scanDate(cell, format));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the shapes CRM exports write, leaving the rest to the scanner', () => {
    expect(fastDate('2024-10-01T00:09:06Z', 'iso')).toBe(Date.UTC(2024, 9, 1, 0, 9, 6));
    expect(fastDate('2024-10-01T00:09:06.250Z', 'mdy')).toBe(Date.UTC(2024, 9, 1, 0, 9, 6, 250));
    expect(fastDate('2024-10-01 00:09:06', 'dmy')).toBe(Date.UTC(2024, 9, 1, 0, 9, 6));
    expect(fastDate('2024/02/29', 'ymd-slash')).toBe(Date.UTC(2024, 1, 29));
    expect(fastDate('31.01.2025', 'dmy')).toBe(Date.UTC(2025, 0, 31));
    expect(fastDate('1/31/2025', 'mdy')).toBe(Date.UTC(2025, 0, 31));
    expect(fastDate('3/4/2025', 'dmy')).toBe(Date.UTC(2025, 3, 3));
    for (const [cell, format] of [
      ['2024-10-01T00:09:06+01:00', 'iso'],
      ['1/6/2025 9:15 AM', 'mdy'],
      ['04.03.2025', 'mdy'],
      ['3/4/25', 'dmy'],
      ['2025-02-29', 'iso'],
      ['2024-10-01T24:00:00Z', 'iso'],
      ['1700000000', 'unix-s'],
    ] as const) {
      expect(fastDate(cell, format)).toBeNaN();
    }
  });
});
