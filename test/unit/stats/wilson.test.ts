import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../shared/stats/wilson';

describe('Wilson score interval', () => {
  // Reference values from the closed form computed independently (R: prop.test(..., correct = FALSE)$conf.int).
  it('matches textbook values', () => {
    const a = wilsonInterval(81, 263);
    expect(a.low).toBeCloseTo(0.2553, 4);
    expect(a.high).toBeCloseTo(0.3662, 4);
    const b = wilsonInterval(1, 10);
    expect(b.low).toBeCloseTo(0.01788, 4);
    expect(b.high).toBeCloseTo(0.40415, 4);
  });

  it('stays within [0, 1] at the extremes and is the whole range with no trials', () => {
    expect(wilsonInterval(0, 20).low).toBe(0);
    expect(wilsonInterval(20, 20).high).toBe(1);
    expect(wilsonInterval(0, 20).high).toBeCloseTo(0.1611, 4);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });

  it('narrows as the sample grows at the same rate', () => {
    const small = wilsonInterval(12, 40);
    const large = wilsonInterval(1200, 4000);
    expect(large.high - large.low).toBeLessThan((small.high - small.low) / 5);
  });
});
