import type { EChartsCoreOption } from 'echarts/core';
import type { Funnel } from '../../../../shared/engine/metrics/funnel';
import type { Sweep } from '../../../../shared/engine/metrics/sweep';
import { formatCount, formatPercent } from '../../format';
import { axisLabel, baseOption, splitLine } from './common';
import { FUNNEL_STEPS, funnelCounts } from './funnel-option';

/** Okabe–Ito colours: told apart with every common colour-vision deficiency. */
export const COMPARE_COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'] as const;

export interface ComparedSeries<T> {
  name: string;
  value: T;
}

/** MQLs (solid) and MQL→SQL rate (dashed, right axis) over every threshold, one colour per scenario. */
export function compareSweepOption(sweeps: ComparedSeries<Sweep>[]): EChartsCoreOption {
  const thresholds = sweeps.reduce<number[]>((longest, s) => (s.value.thresholds.length > longest.length ? s.value.thresholds : longest), []);
  return {
    ...baseOption(),
    xAxis: { type: 'category', data: thresholds, axisLabel, boundaryGap: false },
    yAxis: [
      { type: 'value', name: 'MQLs', axisLabel: { ...axisLabel, formatter: (v: number) => formatCount(v) }, splitLine },
      { type: 'value', name: 'MQL→SQL', min: 0, max: 1, axisLabel: { ...axisLabel, formatter: (v: number) => formatPercent(v, 0) }, splitLine: { show: false } },
    ],
    series: sweeps.flatMap(({ name, value }, i) => [
      { name, type: 'line', data: value.mqls, showSymbol: false, lineStyle: { width: 3, color: COMPARE_COLORS[i] }, itemStyle: { color: COMPARE_COLORS[i] } },
      {
        name: `${name}: rate`,
        type: 'line',
        yAxisIndex: 1,
        data: value.rate.map((r) => (Number.isFinite(r) ? r : null)),
        showSymbol: false,
        lineStyle: { width: 2, type: 'dashed', color: COMPARE_COLORS[i] },
        itemStyle: { color: COMPARE_COLORS[i] },
      },
    ]),
    grid: { left: 64, right: 64, top: 40, bottom: 70 },
    legend: { bottom: 0, data: sweeps.map((s) => s.name) },
  };
}

/** The funnel of each scenario side by side (log scale). */
export function compareFunnelOption(funnels: ComparedSeries<Funnel>[]): EChartsCoreOption {
  return {
    ...baseOption(),
    xAxis: { type: 'category', data: [...FUNNEL_STEPS], axisLabel },
    yAxis: { type: 'log', logBase: 10, min: 1, axisLabel: { ...axisLabel, formatter: (v: number) => formatCount(v) }, splitLine },
    grid: { left: 64, right: 24, top: 24, bottom: 70 },
    legend: { bottom: 0 },
    series: funnels.map(({ name, value }, i) => ({ name, type: 'bar', data: funnelCounts(value), itemStyle: { color: COMPARE_COLORS[i] } })),
  };
}
