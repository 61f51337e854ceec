import { describe, expect, it } from 'vitest';
import { bandCounts, roundNicely, splitPoint, suggestedEdges } from '../../../renderer/src/features/model/band-stats';

const sorted = Float64Array.from([3, 8, 12, 40, 50, 50, 120, 180, 450, 2_400]);

describe('band editor arithmetic', () => {
  it('counts leads per band as the engine bands them, a value on an edge in the band above', () => {
    expect(bandCounts(sorted, [50, 200])).toEqual([4, 4, 2]);
    expect(bandCounts(sorted, [])).toEqual([10]);
    expect(bandCounts(new Float64Array(0), [10])).toEqual([0, 0]);
  });

  it('rounds to two significant digits', () => {
    expect([1_234, 0.0456, 87, 5, 0.33].map(roundNicely)).toEqual([1_200, 0.046, 87, 5, 0.33]);
  });

  it('starts from the rounded quartiles, each with leads on both sides', () => {
    expect(suggestedEdges(sorted)).toEqual([12, 50, 120]);
    expect(suggestedEdges(Float64Array.from([7, 7, 7]))).toEqual([]);
    expect(suggestedEdges(new Float64Array(0))).toEqual([]);
  });

  it('splits the fullest band at its median, and says when nothing can be split', () => {
    expect(splitPoint(sorted, [50, 200])).toBe(12);
    expect(splitPoint(Float64Array.from([5, 5, 5]), [])).toBeNull();
  });
});
