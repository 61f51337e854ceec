import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringIndex } from '../../../shared/import/string-index';

describe('StringIndex', () => {
  it('behaves like a Map that keeps the first value of each key', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (keys) => {
        const index = new StringIndex();
        const reference = new Map<string, number>();
        keys.forEach((key, i) => {
          const existing = index.add(key, i);
          const known = reference.get(key);
          if (known === undefined) {
            expect(existing).toBe(-1);
            reference.set(key, i);
          } else {
            expect(index.valueAt(existing)).toBe(known);
          }
        });
        expect(index.size).toBe(reference.size);
        for (const [key, value] of reference) {
          const entry = index.find(key);
          expect(index.keyAt(entry)).toBe(key);
          expect(index.valueAt(entry)).toBe(value);
        }
        expect(index.has('\u0000not there')).toBe(false);
      }),
    );
  });

  it('grows past a hundred thousand keys', () => {
    const index = new StringIndex();
    for (let i = 0; i < 100_000; i++) index.add(`L${i}`, i);
    expect(index.size).toBe(100_000);
    expect(index.valueAt(index.find('L99999'))).toBe(99_999);
    expect(index.add('L5', 0)).toBe(index.find('L5'));
  });
});
