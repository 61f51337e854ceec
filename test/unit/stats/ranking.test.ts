import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byScoreDescending, gainsCurve, rocAuc, scoreDeciles } from '../../../shared/stats/ranking';

describe('ranking quality', () => {
  it('computes AUC by hand: pairs where the positive outranks the negative, ties half', () => {
    // Positives score 0.9, 0.4; negatives 0.8, 0.4, 0.1. Pairs: (0.9 beats all 3) + (0.4 beats 0.1, ties 0.4) = 3 + 1 + 0.5.
    const auc = rocAuc([0.9, 0.8, 0.4, 0.4, 0.1], [1, 0, 1, 0, 0]);
    expect(auc).toBeCloseTo(4.5 / 6, 12);
  });

  it('gives 1 for a perfect ranking, 0.5 for a constant score and NaN without both classes', () => {
    expect(rocAuc([3, 2, 1], [1, 1, 0])).toBe(1);
    expect(rocAuc([5, 5, 5, 5], [1, 0, 1, 0])).toBe(0.5);
    expect(rocAuc([1, 2], [1, 1])).toBeNaN();
  });

  it('draws the gains curve: % of leads against % of positives, best first', () => {
    const curve = gainsCurve([10, 9, 8, 7], [1, 0, 1, 0], 4);
    expect(curve).toEqual([
      { leadShare: 0, positiveShare: 0 },
      { leadShare: 0.25, positiveShare: 0.5 },
      { leadShare: 0.5, positiveShare: 0.5 },
      { leadShare: 0.75, positiveShare: 1 },
      { leadShare: 1, positiveShare: 1 },
    ]);
  });

  it('splits into ten deciles, best scores first', () => {
    const scores = Array.from({ length: 100 }, (_, i) => i);
    const positive = scores.map((s) => (s >= 90 ? 1 : 0));
    const deciles = scoreDeciles(scores, positive);
    expect(deciles).toHaveLength(10);
    expect(deciles[0]).toMatchObject({ decile: 1, leads: 10, positives: 10, rate: 1, minScore: 90, maxScore: 99 });
    expect(deciles[9]).toMatchObject({ decile: 10, leads: 10, positives: 0, rate: 0, minScore: 0, maxScore: 9 });
  });
});

describe('ordering by score', () => {
  it('puts the best scores first and keeps tied scores in input order, as a comparator sort does', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ noNaN: true }), fc.constantFrom(0, -0, 2.5, -1e-9, -5e-324, 5e-324, Infinity, -Infinity)), { maxLength: 60 }), (scores) => {
        // Equal scores (±0 included, and infinities) tie; ties keep their input order.
        const expected = Array.from(scores.keys()).sort((a, b) => (scores[b] === scores[a] ? 0 : scores[b] - scores[a]) || a - b);
        expect(Array.from(byScoreDescending(scores))).toEqual(expected);
      }),
    );
  });
});
