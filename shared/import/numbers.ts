/** The character between whole and fractional part: '.' in 1,234.56, ',' in 1.234,56. */
export type DecimalSeparator = '.' | ',';

export interface DecimalGuess {
  decimal: DecimalSeparator;
  /**
   * No sample decides it (every one is like "1,234", which is 1234 or 1.234), or samples
   * disagree: the user should confirm.
   */
  ambiguous: boolean;
}

// Spaces (plain, no-break, narrow no-break) and apostrophes (Swiss 1'234.50) only ever group.
const GROUP_ANY = " '’\u00a0\u202f";
const GROUPED: Record<DecimalSeparator, RegExp> = {
  '.': new RegExp(`^\\d{1,3}([,${GROUP_ANY}])\\d{3}(?:\\1\\d{3})*(?:\\.\\d+)?$`),
  ',': new RegExp(`^\\d{1,3}([.${GROUP_ANY}])\\d{3}(?:\\1\\d{3})*(?:,\\d+)?$`),
};
const PLAIN: Record<DecimalSeparator, RegExp> = {
  '.': /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/,
  ',': /^(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?$/,
};
const SIMPLE = /^-?\d+(?:\.\d+)?$/;
const GROUP_CHARS = new RegExp(`[${GROUP_ANY}.,]`, 'g');
// Symbols and ISO codes as accounting exports write them, before or after the amount.
const CURRENCY_BEFORE = /^(?:[$€£¥₹₽₩₪₺฿₫₴₦]|R\$|[A-Z]{3}(?=[\s\d.,(+−-])|kr\.?|Fr\.|zł)\s*/;
const CURRENCY_AFTER = /\s*(?:[$€£¥₹₽₩₪₺฿₫₴₦%]|[A-Z]{3}|kr\.?|Fr\.|zł)$/;

interface Stripped {
  body: string;
  negative: boolean;
}

/** Removes sign, currency, percent and accounting parentheses, which say nothing about separators. */
function strip(cell: string): Stripped | null {
  let s = cell.trim();
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  for (let i = 0; i < 2; i++) {
    s = s.replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '').trim();
    if (s.startsWith('-') || s.startsWith('−')) {
      if (negative) return null;
      negative = true;
      s = s.slice(1).trim();
    } else if (s.startsWith('+')) {
      s = s.slice(1).trim();
    } else if (s.endsWith('-')) {
      if (negative) return null;
      negative = true;
      s = s.slice(0, -1).trim();
    }
  }
  return s === '' ? null : { body: s, negative };
}

/**
 * The number a cell holds, or null when it is not one with this decimal separator. Thousands
 * separators must group digits by three, so "1.2.3" is refused rather than read as 123.
 */
export function parseNumber(cell: string, decimal: DecimalSeparator): number | null {
  if (decimal === '.' && SIMPLE.test(cell)) return Number(cell);
  const stripped = strip(cell);
  if (stripped === null) return null;
  const { body, negative } = stripped;
  let normal: string;
  if (PLAIN[decimal].test(body)) {
    normal = decimal === ',' ? body.replace(',', '.') : body;
  } else if (GROUPED[decimal].test(body)) {
    const point = body.lastIndexOf(decimal);
    const whole = (point < 0 ? body : body.slice(0, point)).replace(GROUP_CHARS, '');
    normal = point < 0 ? whole : `${whole}.${body.slice(point + 1)}`;
  } else {
    return null;
  }
  const value = Number(normal);
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/**
 * Which decimal separator a column's samples use. When both '.' and ',' appear the last one is
 * the decimal; a lone separator followed by other than three digits is the decimal; a separator
 * repeated ("1.234.567") is grouping. "1,234" alone decides nothing.
 */
export function detectDecimal(samples: readonly string[]): DecimalGuess {
  let point = 0;
  let comma = 0;
  let undecided = 0;
  for (const sample of samples) {
    const stripped = strip(sample);
    if (stripped === null) continue;
    const body = stripped.body;
    const lastPoint = body.lastIndexOf('.');
    const lastComma = body.lastIndexOf(',');
    if (lastPoint >= 0 && lastComma >= 0) {
      if (lastPoint > lastComma) point++;
      else comma++;
      continue;
    }
    const sep = lastPoint >= 0 ? '.' : lastComma >= 0 ? ',' : null;
    if (sep === null) continue;
    const at = sep === '.' ? lastPoint : lastComma;
    const repeated = body.indexOf(sep) !== at;
    const digitsAfter = body.length - at - 1;
    if (repeated) {
      if (sep === '.') comma++;
      else point++;
    } else if (digitsAfter !== 3 || /^0\D|^\D/.test(body)) {
      if (sep === '.') point++;
      else comma++;
    } else {
      undecided++;
    }
  }
  const decimal: DecimalSeparator = comma > point ? ',' : '.';
  return { decimal, ambiguous: (point === 0 && comma === 0 && undecided > 0) || (point > 0 && comma > 0) };
}
