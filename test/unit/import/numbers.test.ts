import { describe, expect, it } from 'vitest';
import { detectDecimal, parseNumber } from '../../../shared/import/numbers';

describe('parseNumber', () => {
  it('reads decimal points with comma, space and apostrophe grouping', () => {
    expect(parseNumber('1234.56', '.')).toBe(1234.56);
    expect(parseNumber('1,234.56', '.')).toBe(1234.56);
    expect(parseNumber('1,234,567', '.')).toBe(1234567);
    expect(parseNumber('1 234.5', '.')).toBe(1234.5);
    expect(parseNumber("1'234.50", '.')).toBe(1234.5);
    expect(parseNumber('.5', '.')).toBe(0.5);
    expect(parseNumber('1.5E+3', '.')).toBe(1500);
  });

  it('reads decimal commas with dot, space and no-break space grouping', () => {
    expect(parseNumber('1.234,56', ',')).toBe(1234.56);
    expect(parseNumber('48.000,00', ',')).toBe(48000);
    expect(parseNumber('1 234,56', ',')).toBe(1234.56);
    expect(parseNumber('1\u00a0234,56', ',')).toBe(1234.56);
    expect(parseNumber('1\u202f234,56', ',')).toBe(1234.56);
    expect(parseNumber('12,5', ',')).toBe(12.5);
    expect(parseNumber('1.234.567', ',')).toBe(1234567);
  });

  it('strips currency symbols and codes, percent signs and signs', () => {
    expect(parseNumber('€1,200.00', '.')).toBe(1200);
    expect(parseNumber('$ 950', '.')).toBe(950);
    expect(parseNumber('1.234,56 €', ',')).toBe(1234.56);
    expect(parseNumber('EUR 12.500,50', ',')).toBe(12500.5);
    expect(parseNumber('12500 USD', '.')).toBe(12500);
    expect(parseNumber('R$ 1.000,00', ',')).toBe(1000);
    expect(parseNumber('12%', '.')).toBe(12);
    expect(parseNumber('12,5 %', ',')).toBe(12.5);
    expect(parseNumber('-42', '.')).toBe(-42);
    expect(parseNumber('−1.234,5', ',')).toBe(-1234.5);
    expect(parseNumber('(1,234.00)', '.')).toBe(-1234);
    expect(parseNumber('-€950', '.')).toBe(-950);
  });

  it('refuses text that is not a number with this separator', () => {
    for (const text of ['', 'n/a', '12k', '1.2.3', '1,2,3', '12-5', '--1', 'EUR']) expect(parseNumber(text, '.')).toBeNull();
    expect(parseNumber('1.234,56', '.')).toBeNull();
    expect(parseNumber('1,5', '.')).toBeNull();
    expect(parseNumber('1,234.56', ',')).toBeNull();
    expect(parseNumber('12,34,567', '.')).toBeNull();
  });
});

describe('detectDecimal', () => {
  it('takes the last of two separators as the decimal', () => {
    expect(detectDecimal(['48.000,00', '12.500,50'])).toEqual({ decimal: ',', ambiguous: false });
    expect(detectDecimal(['1,500.00', '100'])).toEqual({ decimal: '.', ambiguous: false });
  });

  it('reads a lone separator not followed by three digits as the decimal', () => {
    expect(detectDecimal(['1234,5', '7'])).toEqual({ decimal: ',', ambiguous: false });
    expect(detectDecimal(['0,125'])).toEqual({ decimal: ',', ambiguous: false });
    expect(detectDecimal(['12.5'])).toEqual({ decimal: '.', ambiguous: false });
  });

  it('reads a repeated separator as grouping', () => {
    expect(detectDecimal(['1.234.567'])).toEqual({ decimal: ',', ambiguous: false });
    expect(detectDecimal(['1,234,567'])).toEqual({ decimal: '.', ambiguous: false });
  });

  it('is ambiguous when every sample is like 1,234 or samples disagree', () => {
    expect(detectDecimal(['1,234', '€12,000'])).toEqual({ decimal: '.', ambiguous: true });
    expect(detectDecimal(['1,5', '2.5'])).toMatchObject({ ambiguous: true });
    expect(detectDecimal(['12', ''])).toEqual({ decimal: '.', ambiguous: false });
  });
});
