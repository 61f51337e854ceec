import { describe, expect, it } from 'vitest';
import { solveThreshold, thresholdForVolume, type ThresholdGoals } from '../../../shared/calibrate/solve-threshold';
import type { Sweep } from '../../../shared/engine/metrics/sweep';
import { wilsonInterval } from '../../../shared/stats/wilson';

/** A sweep by hand: per threshold 0, 1, 2, … the MQLs, how many sales worked, and the SQLs among them. */
function sweep(rows: [mqls: number, observed: number, sqls: number][], totalSqls = rows[0][2]): Sweep {
  return {
    thresholds: rows.map((_, t) => t),
    mqls: rows.map((r) => r[0]),
    observed: rows.map((r) => r[1]),
    sqls: rows.map((r) => r[2]),
    rate: rows.map(([, o, s]) => (o > 0 ? s / o : NaN)),
    rateLow: rows.map(([, o, s]) => wilsonInterval(s, o).low),
    rateHigh: rows.map(([, o, s]) => wilsonInterval(s, o).high),
    captured: rows.map((r) => r[2] / totalSqls),
  };
}

// Rates 20 %, 25 %, 30 %, 35 %, 40 %, 50 %; weekly volume over 10 weeks 100, 80, 60, 40, 20, 10.
const typical = sweep([
  [1000, 1000, 200],
  [800, 800, 200],
  [600, 600, 180],
  [400, 400, 140],
  [200, 200, 80],
  [100, 100, 50],
]);
const goals = (change: Partial<ThresholdGoals>): ThresholdGoals => ({ minRate: null, maxPerWeek: null, weeks: 10, confident: false, objective: 'sqls', ...change });

describe('threshold solver', () => {
  it('takes the threshold capturing the most SQLs that meets the rate goal, and says the rate binds', () => {
    const answer = solveThreshold(typical, goals({ minRate: 0.3 }));
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.point.threshold).toBe(2);
    expect(answer.binding).toEqual(['rate']);
    expect(answer.message).toContain('The rate goal binds: at 1');
  });

  it('lets capacity bind when it is the tighter goal', () => {
    const answer = solveThreshold(typical, goals({ minRate: 0.3, maxPerWeek: 45 }));
    expect(answer.ok && answer.point.threshold).toBe(3);
    expect(answer.ok && answer.binding).toEqual(['capacity']);
    expect(answer.ok && answer.point.perWeek).toBe(40);
  });

  it('prefers fewer MQLs when two thresholds capture the same SQLs', () => {
    const answer = solveThreshold(typical, goals({}));
    expect(answer.ok && answer.point.threshold).toBe(1);
    expect(answer.ok && answer.binding).toEqual([]);
  });

  it('maximises the rate instead when asked', () => {
    const answer = solveThreshold(typical, goals({ maxPerWeek: 45, objective: 'rate' }));
    expect(answer.ok && answer.point.threshold).toBe(5);
  });

  it('holds the rate goal against the interval’s lower end when asked to be confident', () => {
    const small = sweep([
      [100, 100, 25],
      [50, 50, 16],
      [20, 20, 7],
    ]);
    expect(solveThreshold(small, goals({ minRate: 0.3 })).ok).toBe(true);
    const confident = solveThreshold(small, goals({ minRate: 0.3, confident: true }));
    expect(confident.ok).toBe(false);
    expect(confident.binding).toEqual(['rate']);
    expect(confident.message).toContain('lower end of the 95 % interval');
  });

  it('says plainly when no threshold reaches the rate, and which comes closest', () => {
    const answer = solveThreshold(typical, goals({ minRate: 0.6, maxPerWeek: 45 }));
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.binding).toEqual(['rate']);
    expect(answer.closest?.threshold).toBe(5);
    expect(answer.message).toBe('No threshold reaches 60.0 % for the MQL→SQL rate. The highest is 50.0 %, at threshold 5.');
  });

  it('says when capacity cannot be met at any threshold (fast-tracks keep flowing)', () => {
    const fixed = sweep([
      [900, 900, 200],
      [700, 700, 190],
      [500, 500, 170],
    ]);
    const answer = solveThreshold(fixed, goals({ maxPerWeek: 30 }));
    expect(answer.ok).toBe(false);
    expect(answer.binding).toEqual(['capacity']);
    expect(answer.message).toContain('Even at the highest threshold (2) sales would get 50 MQLs a week');
  });

  it('says when each goal can be met but never both, and names the closest threshold', () => {
    // The rate peaks at low thresholds here (high scorers convert worse), while capacity needs high ones.
    const perverse = sweep([
      [1000, 1000, 400],
      [600, 600, 200],
      [300, 300, 60],
    ]);
    const answer = solveThreshold(perverse, goals({ minRate: 0.35, maxPerWeek: 40 }));
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.binding).toEqual(['rate', 'capacity']);
    // Threshold 2 misses the rate by 43 % of the goal; 1 misses capacity by 50 %, 0 by 150 %.
    expect(answer.closest?.threshold).toBe(2);
    expect(answer.message).toMatch(/^No threshold meets both goals/);
  });

  it('finds the threshold that keeps a given MQL volume', () => {
    expect(thresholdForVolume(typical, 590)).toBe(2);
    expect(thresholdForVolume(typical, 5000)).toBe(0);
    expect(thresholdForVolume(typical, 0)).toBe(5);
  });
});
