import { EXTRA_KEY_PREFIX } from '../model/catalog';
import { isBooleanWord } from './booleans';
import { parseNumber, type DecimalSeparator } from './numbers';
import { foldKey } from './text';

/**
 * Columns of a leads file that no field takes can be kept as extra fit attributes, so any column
 * a user has can become a scoring rule: categorical (points per value), numeric (points per
 * range) or yes/no (points for yes, no and blank).
 */
export type ExtraKind = 'categorical' | 'numeric' | 'boolean';

export const EXTRA_KINDS: readonly ExtraKind[] = ['categorical', 'numeric', 'boolean'];

/** A kept column as the wizard sends it: which column of the leads file, and read as what. */
export interface ExtraColumn {
  column: number;
  kind: ExtraKind;
}

/** A kept column as a dataset stores it; `key` is what rules name, `label` what people read. */
export interface ExtraAttribute {
  key: string;
  label: string;
  kind: ExtraKind;
  /** The header of the column it came from. */
  column: string;
}

/** Share of non-empty samples a kind must read for it to be suggested, so a stray "n/a" does not decide. */
const KIND_SHARE = 0.9;

/**
 * The kind to suggest for a column from its sample cells: yes/no when they are the usual
 * spellings of yes and no (not digits: a count of 0s and 1s is a number), numeric when they read
 * as numbers with the file's decimal separator, otherwise categorical.
 */
export function suggestExtraKind(samples: readonly string[], decimal: DecimalSeparator): ExtraKind {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  if (values.length === 0) return 'categorical';
  const enough = (n: number) => n >= KIND_SHARE * values.length;
  const numbers = values.filter((v) => parseNumber(v, decimal) !== null).length;
  const words = values.filter(isBooleanWord).length;
  const wordsOnly = values.filter((v) => isBooleanWord(v) && parseNumber(v, decimal) === null).length;
  if (wordsOnly > 0 && enough(words)) return 'boolean';
  if (enough(numbers)) return 'numeric';
  return 'categorical';
}

/** A header as a stable key: "Annual revenue (€)" → "extra:annual-revenue". */
function keyOf(label: string): string {
  const slug = foldKey(label).replace(/ /g, '-');
  return `${EXTRA_KEY_PREFIX}${slug === '' ? 'column' : slug}`;
}

/**
 * The attributes the kept columns become, in the order given. Keys come from the headers, so a
 * rule written for "Employees" applies to next quarter's export of the same report; two headers
 * that read alike get -2, -3, … so every key is the dataset's own.
 */
export function extraAttributes(header: readonly string[], columns: readonly ExtraColumn[]): ExtraAttribute[] {
  const taken = new Set<string>();
  return columns.map(({ column, kind }) => {
    const label = (header[column] ?? '').trim() || `Column ${column + 1}`;
    const base = keyOf(label);
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    return { key, label, kind, column: label };
  });
}
