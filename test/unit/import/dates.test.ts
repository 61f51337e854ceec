import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDateFormat, parseDate } from '../../../shared/import/dates';

// Epoch values computed independently (Python datetime with tzinfo=UTC).
const JAN_6_0915 = 1736154900000; // 2025-01-06T09:15:00Z
const JAN_6_0900 = 1736154000000; // 2025-01-06T09:00:00Z
const JAN_31 = 1738281600000; // 2025-01-31
const MAR_4 = 1741046400000; // 2025-03-04
const APR_3 = 1743638400000; // 2025-04-03

describe('parseDate', () => {
  it('reads ISO dates and date-times, a missing zone being UTC', () => {
    expect(parseDate('2025-01-31', 'iso')).toBe(JAN_31);
    expect(parseDate('2025-01-06 09:15', 'iso')).toBe(JAN_6_0915);
    expect(parseDate('2025-01-06T09:15:00', 'iso')).toBe(JAN_6_0915);
    expect(parseDate('  2025-01-06T09:15:00Z ', 'iso')).toBe(JAN_6_0915);
    expect(parseDate('2025-01-06T09:00:00.250Z', 'iso')).toBe(JAN_6_0900 + 250);
    expect(parseDate('2024-02-29T23:59:59Z', 'iso')).toBe(1709251199000);
  });

  it('agrees with Date.UTC on every valid date and time from year 1000 to 9999', () => {
    const range = { min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true };
    fc.assert(
      fc.property(fc.date(range), (date) => {
        expect(parseDate(date.toISOString(), 'iso')).toBe(date.getTime());
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        expect(parseDate(`${d}.${m}.${y}`, 'dmy')).toBe(Date.UTC(y, m - 1, d));
      }),
    );
  });

  it('honours Z, ±hh:mm, ±hhmm, ±hh and UTC/GMT suffixes', () => {
    expect(parseDate('2025-01-06T10:00:00+01:00', 'iso')).toBe(JAN_6_0900);
    expect(parseDate('2025-01-06T04:00:00-05:00', 'iso')).toBe(JAN_6_0900);
    expect(parseDate('2025-01-06 14:30+0530', 'iso')).toBe(JAN_6_0900);
    expect(parseDate('2025-01-06 11:00 +02', 'iso')).toBe(JAN_6_0900);
    expect(parseDate('2025-01-06 09:00 UTC', 'iso')).toBe(JAN_6_0900);
    expect(parseDate('2025-01-06 10:00 GMT+1', 'iso')).toBe(JAN_6_0900);
  });

  it('reads year-last dates in the chosen order, with US and European separators', () => {
    expect(parseDate('3/4/2025', 'mdy')).toBe(MAR_4);
    expect(parseDate('3/4/2025', 'dmy')).toBe(APR_3);
    expect(parseDate('04.03.2025', 'dmy')).toBe(MAR_4);
    expect(parseDate('4-3-2025', 'dmy')).toBe(MAR_4);
    expect(parseDate('1/31/2025', 'mdy')).toBe(JAN_31);
    expect(parseDate('31/01/2025', 'dmy')).toBe(JAN_31);
    // Dotted dates are European whatever the format says.
    expect(parseDate('04.03.2025', 'mdy')).toBeNull();
  });

  it('reads times with AM/PM and a comma after the date', () => {
    expect(parseDate('1/6/2025 9:15 AM', 'mdy')).toBe(JAN_6_0915);
    expect(parseDate('1/6/2025, 9:15:00 a.m.', 'mdy')).toBe(JAN_6_0915);
    expect(parseDate('1/6/2025 2:30 PM', 'mdy')).toBe(1736173800000);
    expect(parseDate('1/6/2025 12:00 AM', 'mdy')).toBe(1736121600000);
    expect(parseDate('06.01.2025 09:15', 'dmy')).toBe(JAN_6_0915);
  });

  it('reads year-first cells under every format, since they cannot be misread', () => {
    for (const format of ['iso', 'ymd-slash', 'mdy', 'dmy'] as const) {
      expect(parseDate('2025/01/31', format)).toBe(JAN_31);
      expect(parseDate('2025-01-31', format)).toBe(JAN_31);
    }
    expect(parseDate('31/01/2025', 'iso')).toBeNull();
  });

  it('reads two-digit years with a pivot at 70', () => {
    expect(parseDate('3/4/25', 'mdy')).toBe(MAR_4);
    expect(parseDate('31/12/99', 'dmy')).toBe(946598400000);
  });

  it('reads Unix timestamps in seconds and milliseconds', () => {
    expect(parseDate('1736154900', 'unix-s')).toBe(JAN_6_0915);
    expect(parseDate('1736154900000', 'unix-ms')).toBe(JAN_6_0915);
    expect(parseDate('1736154900000', 'unix-s')).toBeNull();
  });

  it('refuses impossible dates and times instead of rolling them over', () => {
    expect(parseDate('31/02/2025', 'dmy')).toBeNull();
    expect(parseDate('02/31/2025', 'mdy')).toBeNull();
    expect(parseDate('2025-02-29', 'iso')).toBeNull();
    expect(parseDate('2025-13-01', 'iso')).toBeNull();
    expect(parseDate('2025-04-31', 'iso')).toBeNull();
    expect(parseDate('2025-01-00', 'iso')).toBeNull();
    expect(parseDate('2024-02-29 25:00', 'iso')).toBeNull();
    expect(parseDate('2025-01-06 24:00', 'iso')).toBeNull();
    expect(parseDate('2025-01-06 10:60', 'iso')).toBeNull();
    expect(parseDate('1/6/2025 13:00 PM', 'mdy')).toBeNull();
    expect(parseDate('2025-01-06T09:00:00+15:00', 'iso')).toBeNull();
  });

  it('refuses text that is not a date', () => {
    for (const text of ['', '   ', 'n/a', 'yesterday', '2025', '12.5', '2025-01-06 lunch', '2025-01', '1/2']) {
      expect(parseDate(text, 'iso')).toBeNull();
      expect(parseDate(text, 'dmy')).toBeNull();
    }
  });
});

describe('detectDateFormat', () => {
  it('finds ISO and year/month/day columns, never ambiguous', () => {
    expect(detectDateFormat(['2025-01-06 09:15', '2025-01-08', ''])).toEqual({
      format: 'iso', ambiguous: false, candidates: ['iso'], matched: 2, total: 2,
    });
    expect(detectDateFormat(['2025/01/06', '2025/01/31']).format).toBe('ymd-slash');
  });

  it('settles day/month order when one sample has a day above 12', () => {
    expect(detectDateFormat(['1/6/2025 9:15 AM', '1/13/2025 4:45 PM'])).toMatchObject({ format: 'mdy', ambiguous: false, candidates: ['mdy'] });
    expect(detectDateFormat(['15/01/2025', '3/2/2025'])).toMatchObject({ format: 'dmy', ambiguous: false, candidates: ['dmy'] });
    expect(detectDateFormat(['06.01.2025', '07.01.2025'])).toMatchObject({ format: 'dmy', ambiguous: false });
  });

  it('reports a column whose days are all ≤ 12 as ambiguous, defaulting to the preferred order', () => {
    const samples = ['03/04/2025', '01/02/2025', '12/11/2025', '07/08/2025'];
    expect(detectDateFormat(samples)).toEqual({
      format: 'mdy', ambiguous: true, candidates: ['mdy', 'dmy'], matched: 4, total: 4,
    });
    expect(detectDateFormat(samples, 'dmy')).toMatchObject({ format: 'dmy', ambiguous: true, candidates: ['dmy', 'mdy'] });
  });

  it('keeps the format most samples agree on when a few are bad', () => {
    expect(detectDateFormat(['2025-01-06', '31/02/2025', '2025-01-08'])).toMatchObject({ format: 'iso', matched: 2, total: 3 });
  });

  it('finds no format in a column that holds no dates', () => {
    expect(detectDateFormat(['Software', 'Retail']).format).toBeNull();
    expect(detectDateFormat(['', ' ']).format).toBeNull();
  });

  it('recognises Unix timestamps', () => {
    expect(detectDateFormat(['1736154900', '1736164900']).format).toBe('unix-s');
    expect(detectDateFormat(['1736154900000']).format).toBe('unix-ms');
  });
});
