import { describe, expect, it } from 'vitest';
import { standardNormalCdf, twoProportionTest } from '../../../shared/stats/two-proportion';

describe('two-proportion z-test', () => {
  it('matches a textbook example', () => {
    // 45/100 vs 30/100: pooled 0.375, SE = sqrt(0.375·0.625·0.02) = 0.068465, z = 2.1909, p = 0.02846.
    const test = twoProportionTest(45, 100, 30, 100);
    expect(test.z).toBeCloseTo(2.1909, 3);
    expect(test.p).toBeCloseTo(0.02846, 4);
    expect(test.significant).toBe(true);
  });

  it('calls a small difference on small samples noise', () => {
    const test = twoProportionTest(12, 40, 10, 40);
    expect(test.significant).toBe(false);
    expect(test.p).toBeGreaterThan(0.5);
  });

  it('says nothing about an empty group', () => {
    expect(twoProportionTest(0, 0, 5, 10)).toEqual({ z: 0, p: 1, significant: false });
  });

  it('has a normal CDF accurate to 1e-7', () => {
    expect(standardNormalCdf(0)).toBeCloseTo(0.5, 7);
    expect(standardNormalCdf(1.959963984540054)).toBeCloseTo(0.975, 7);
    expect(standardNormalCdf(-1)).toBeCloseTo(0.158655254, 7);
  });
});
