import { describe, expect, it } from 'vitest';
import { literalColumn } from '../../../electron/store/lead-insert-sql';

describe('literalColumn', () => {
  it('holds a few short values in the statement, and binds the rest', () => {
    expect(literalColumn(['Paid Search', "O'Brien"])).toBe(true);
    expect(literalColumn([])).toBe(false);
    expect(literalColumn(Array.from({ length: 33 }, (_, i) => `v${i}`))).toBe(false);
    expect(literalColumn(['x'.repeat(2049)])).toBe(false);
    expect(literalColumn(['a\u0000b'])).toBe(false);
  });
});
