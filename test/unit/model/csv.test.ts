import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../shared/export/csv';

describe('CSV export', () => {
  it('quotes fields with commas, quotes and newlines', () => {
    expect(csvCell('Norvane Systems, Inc.')).toBe('"Norvane Systems, Inc."');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1234')).toBe("'+1234");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('writes numbers as numbers, including negative ones, and nothing for missing values', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(toCsv(['id', 'score'], [['L1', 60], ['L2', -5]])).toBe('id,score\r\nL1,60\r\nL2,-5\r\n');
  });
});
