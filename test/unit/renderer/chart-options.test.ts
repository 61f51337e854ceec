import { describe, expect, it } from 'vitest';
import type { Funnel } from '../../../shared/engine/metrics/funnel';
import type { MatrixCell } from '../../../shared/engine/metrics/matrix';
import type { Sweep } from '../../../shared/engine/metrics/sweep';
import { funnelOption, stepRates } from '../../../renderer/src/charts/options/funnel-option';
import { histogramOption } from '../../../renderer/src/charts/options/histogram-option';
import { matrixOption } from '../../../renderer/src/charts/options/matrix-option';
import { sweepOption } from '../../../renderer/src/charts/options/sweep-option';
import { volumeOption } from '../../../renderer/src/charts/options/time-option';

type Series = { name: string; data: unknown[]; markLine?: { data: { xAxis?: unknown; yAxis?: unknown }[] }; markArea?: { data: { yAxis: number }[][] } };
const seriesOf = (option: object) => (option as { series: Series[] }).series;

const funnel: Funnel = { leads: 1000, mqls: 200, sqls: 60, opportunities: 30, won: 9, wonValue: 90_000 };

describe('chart option builders', () => {
  it('funnel: counts per stage and step rates from the stage before', () => {
    expect(stepRates(funnel).slice(1)).toEqual([0.2, 0.3, 0.5, 0.3]);
    const series = seriesOf(funnelOption(funnel, { ...funnel, mqls: 100 }));
    expect(series.map((s) => s.name)).toEqual(['Baseline', 'Scenario']);
    expect(series[0].data).toEqual([1000, 100, 60, 30, 9]);
    expect(series[1].data).toEqual([1000, 200, 60, 30, 9]);
  });

  it('sweep: threshold marker, target band and capacity line where asked', () => {
    const sweep: Sweep = {
      thresholds: [0, 1, 2],
      mqls: [30, 20, 10],
      observed: [20, 10, 0],
      sqls: [5, 4, 0],
      rate: [0.25, 0.4, NaN],
      rateLow: [0.1, 0.15, 0],
      rateHigh: [0.47, 0.7, 1],
      captured: [1, 0.8, 0],
    };
    const series = seriesOf(sweepOption(sweep, { threshold: 1, targetRate: 0.3, capacity: 15 }));
    const mqls = series.find((s) => s.name === 'MQLs');
    expect(mqls?.data).toEqual([30, 20, 10]);
    expect(mqls?.markLine?.data.map((d) => d.xAxis ?? d.yAxis)).toEqual(['1', 15]);
    const rate = series.find((s) => s.name === 'MQL→SQL rate');
    expect(rate?.data).toEqual([0.25, 0.4, null]);
    expect(rate?.markArea?.data[0].map((d) => d.yAxis)).toEqual([0.3, 1]);
    // The band is drawn as a stacked low + width, and not where nothing was observed.
    expect(series.find((s) => s.name === '95 % band')?.data).toEqual([0.37, 0.55, null].map((v) => (v === null ? null : expect.closeTo(v, 10))));
    const noCapacity = seriesOf(sweepOption(sweep, { threshold: 1, targetRate: 0.3, capacity: null }));
    expect(noCapacity.find((s) => s.name === 'MQLs')?.markLine?.data).toHaveLength(1);
  });

  it('histogram: the threshold line sits in the bin that holds the threshold', () => {
    const option = histogramOption({ edges: [0, 5, 10, 15], width: 5, sql: [1, 2, 3, 4], notSql: [0, 0, 1, 1], unobserved: [5, 4, 3, 2] }, 12);
    const series = seriesOf(option);
    expect(series.map((s) => s.name)).toEqual(['Became SQL', 'Worked, not SQL', 'Never worked (unknown)']);
    expect(series[0].markLine?.data[0].xAxis).toBe(2);
    expect((option as { xAxis: { data: string[] } }).xAxis.data).toEqual(['0–4', '5–9', '10–14', '15–19']);
  });

  it('matrix: outlines qualifying cells only in matrix mode', () => {
    const cell = (name: string, qualifying: boolean): MatrixCell => ({
      cell: name,
      grade: name[0],
      level: Number(name[1]),
      leads: 10,
      observed: 5,
      sqls: 2,
      mqls: 4,
      rate: 0.4,
      interval: { low: 0.1, high: 0.8 },
      qualifying,
    });
    const cells = [cell('A1', true), cell('B2', false)];
    const border = (option: object) =>
      (seriesOf(option)[0].data as { itemStyle: { borderWidth: number } }[]).map((d) => d.itemStyle.borderWidth);
    expect(border(matrixOption(cells, true))).toEqual([4, 2]);
    expect(border(matrixOption(cells, false))).toEqual([2, 2]);
  });

  it('over time: the capacity line scales a weekly capacity to each period', () => {
    const option = volumeOption({ grain: 'month', periods: ['2025-01', '2025-02'], scenario: [100, 120], baseline: [90, 95], weeks: [4.35, 4.35] }, 20);
    expect(seriesOf(option).find((s) => s.name === 'Sales capacity')?.data).toEqual([87, 87]);
  });
});
