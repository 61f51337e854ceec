import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ownCopy } from '../../../shared/import/text';

describe('ownCopy', () => {
  it('keeps the text of a cell, short or long, wherever it was cut from', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, cell) => {
        const chunk = `${before}${cell},rest of the chunk`;
        expect(ownCopy(chunk.substring(before.length, before.length + cell.length))).toBe(cell);
      }),
    );
  });
});
