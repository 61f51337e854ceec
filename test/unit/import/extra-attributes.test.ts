import { describe, expect, it } from 'vitest';
import { extraAttributes, suggestExtraKind, type ExtraColumn } from '../../../shared/import/extra-attributes';
import { validateLeadRows } from '../../../shared/import/validate';
import { prepare } from './helpers';

describe('the kind suggested for a kept column', () => {
  it('is numeric when the cells read as numbers with the file’s decimal separator', () => {
    expect(suggestExtraKind(['1.250,0', '12,5', '', '480'], ',')).toBe('numeric');
    // With a decimal point, "12,5" is no number (a comma groups three digits), so the column is not numeric.
    expect(suggestExtraKind(['1.250,0', '12,5', '95,75', '480'], '.')).toBe('categorical');
    expect(suggestExtraKind(['0', '1', '1', '0'], '.')).toBe('numeric');
  });

  it('is yes/no for the usual spellings, whatever the language, one stray cell allowed', () => {
    expect(suggestExtraKind(['ja', 'nein', '', 'ja'], ',')).toBe('boolean');
    expect(suggestExtraKind(['Yes', 'No', 'x', 'No', 'No', 'No', 'Yes', 'No', 'No', 'No', 'n/a'], '.')).toBe('boolean');
  });

  it('is categorical otherwise, and for a column with nothing in it', () => {
    expect(suggestExtraKind(['KMU', 'Enterprise', 'Mittelstand'], ',')).toBe('categorical');
    expect(suggestExtraKind(['', ' '], '.')).toBe('categorical');
  });
});

describe('the attributes kept columns become', () => {
  it('take their label from the header and a key every rule can name, unique within the dataset', () => {
    const header = ['Lead ID', 'IT-Budget (T€)', 'Bestandskunde', 'it budget t€', ''];
    expect(extraAttributes(header, [{ column: 1, kind: 'numeric' }, { column: 2, kind: 'boolean' }, { column: 3, kind: 'categorical' }, { column: 4, kind: 'categorical' }])).toEqual([
      { key: 'extra:it-budget-t', label: 'IT-Budget (T€)', kind: 'numeric', column: 'IT-Budget (T€)' },
      { key: 'extra:bestandskunde', label: 'Bestandskunde', kind: 'boolean', column: 'Bestandskunde' },
      { key: 'extra:it-budget-t-2', label: 'it budget t€', kind: 'categorical', column: 'it budget t€' },
      { key: 'extra:column-5', label: 'Column 5', kind: 'categorical', column: 'Column 5' },
    ]);
  });
});

describe('european-extras.csv with its unmapped columns kept', () => {
  const { rows, options } = prepare('european-extras.csv');
  const extras: ExtraColumn[] = [
    { column: 7, kind: 'numeric' },
    { column: 8, kind: 'boolean' },
    { column: 9, kind: 'categorical' },
  ];

  it('reads each kept cell as its kind, blanks as null, in the order kept', () => {
    const result = validateLeadRows(rows, { ...options, extras });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.records.map((r) => r.extra)).toEqual([
      [1250, false, 'Mittelstand'],
      [12.5, null, 'KMU'],
      [480, true, 'Enterprise'],
      [95.75, false, 'Mittelstand'],
      [null, false, 'KMU'],
      [2400, false, 'Enterprise'],
      [3.2, false, 'KMU'],
      [760, true, 'Enterprise'],
    ]);
  });

  it('leaves records as they were when nothing is kept', () => {
    expect(validateLeadRows(rows, options).records[0]).not.toHaveProperty('extra');
  });

  it('refuses bad cells with row, column and reason, as for any field', () => {
    const bad = rows.map((r) => [...r]);
    bad[2][7] = 'abc';
    bad[5][8] = 'vielleicht';
    const result = validateLeadRows(bad, { ...options, extras });
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.message])).toEqual([
      ['not-a-number', "row 4, column 'IT-Budget (T€)': 'abc' is not a number"],
      ['not-a-boolean', "row 7, column 'Bestandskunde': 'vielleicht' is not yes or no"],
    ]);
    expect(result.records.map((r) => r.externalId)).toEqual(['X-1', 'X-2', 'X-4', 'X-5', 'X-7', 'X-8']);
  });

  it('names a categorical column with more values than the lead table can code, once, instead of failing at the end', () => {
    const many = Array.from({ length: 65_537 }, (_, i) => [`L${i}`, '', '', '06.01.2025', '', '', '', '', '', `note ${i}`, '', '']);
    const result = validateLeadRows(many, { ...options, extras: [{ column: 9, kind: 'categorical' }] });
    expect(result.problems).toEqual([
      {
        file: 'european-extras.csv',
        row: null,
        column: 'Segment',
        value: null,
        severity: 'error',
        code: 'too-many-values',
        message: "Column 'Segment' has more than 65,535 different values, more than MQL Lab can score as categories. Keep it as numeric if it holds numbers, or do not keep it.",
      },
    ]);
  });
});
