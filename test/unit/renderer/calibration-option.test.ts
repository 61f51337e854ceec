import { describe, expect, it } from 'vitest';
import { driftOption, solvedSweepOption } from '../../../renderer/src/charts/options/calibration-option';
import type { DriftRow } from '../../../shared/calibrate/out-of-sample';
import type { Sweep } from '../../../shared/engine/metrics/sweep';

type Series = { name: string; type: string; data: unknown[]; markLine?: { data: { xAxis?: unknown }[] }; markArea?: { data: { xAxis: string }[][] } };
const seriesOf = (option: object) => (option as { series: Series[] }).series;

const sweep: Sweep = {
  thresholds: [0, 1, 2],
  mqls: [30, 20, 10],
  observed: [20, 10, 5],
  sqls: [5, 4, 2],
  rate: [0.25, 0.4, 0.4],
  rateLow: [0.1, 0.15, 0.1],
  rateHigh: [0.47, 0.7, 0.8],
  captured: [1, 0.8, 0.4],
};

describe('calibration chart options', () => {
  it('marks the threshold that meets the goals beside the current one', () => {
    const series = seriesOf(solvedSweepOption(sweep, { threshold: 0, targetRate: 0.3, capacity: null }, 1));
    expect(series.at(-1)?.markLine?.data[0].xAxis).toBe('1');
    // Nothing extra when the solved threshold is the current one, or there is none.
    expect(seriesOf(solvedSweepOption(sweep, { threshold: 1, targetRate: 0.3, capacity: null }, 1)).some((s) => s.name === 'Meets the goals')).toBe(false);
    expect(seriesOf(solvedSweepOption(sweep, { threshold: 1, targetRate: 0.3, capacity: null }, null)).some((s) => s.name === 'Meets the goals')).toBe(false);
  });

  it('draws each quarter’s weekly volume and rate, shading the held-out quarter', () => {
    const row = (quarter: string, rate: number): DriftRow => ({ quarter, leads: 100, mqls: 26, perWeek: 2, mqlsObserved: 20, mqlSqls: 20 * rate, rate, interval: { low: 0, high: 1 } });
    const series = seriesOf(driftOption([row('2025-Q1', 0.3), row('2025-Q2', NaN)], [row('2025-Q1', 0.4), row('2025-Q2', 0.5)], '2025-Q2'));
    expect(series.map((s) => s.type)).toEqual(['bar', 'bar', 'line', 'line']);
    expect(series[2].data).toEqual([0.3, null]);
    expect(series[0].markArea?.data[0][0].xAxis).toBe('2025-Q2');
  });
});
