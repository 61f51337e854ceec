import type { EChartsCoreOption } from 'echarts/core';
import type { RankingQuality } from '../../../../shared/engine/metrics/ranking';
import { formatPercent } from '../../format';
import { COLORS } from '../palette';
import { axisLabel, baseOption, splitLine } from './common';

/** Cumulative gains: % of worked leads taken best-first against % of their SQLs, with chance as the diagonal. */
export function gainsOption(scenario: RankingQuality, baseline: RankingQuality): EChartsCoreOption {
  const points = (r: RankingQuality) => r.gains.map((g) => [g.leadShare, g.positiveShare]);
  const percentAxis = (name: string) => ({
    type: 'value',
    min: 0,
    max: 1,
    name,
    nameLocation: 'middle',
    nameGap: 30,
    axisLabel: { ...axisLabel, formatter: (v: number) => formatPercent(v, 0) },
    splitLine,
  });
  return {
    ...baseOption(),
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatPercent(v) },
    xAxis: percentAxis('% of worked leads, best scores first'),
    yAxis: percentAxis('% of their SQLs'),
    series: [
      { name: 'Chance', type: 'line', data: [[0, 0], [1, 1]], showSymbol: false, lineStyle: { type: 'dotted', color: COLORS.muted } },
      { name: 'Baseline', type: 'line', data: points(baseline), showSymbol: false, lineStyle: { width: 2, color: COLORS.baseline }, itemStyle: { color: COLORS.baseline } },
      { name: 'Scenario', type: 'line', data: points(scenario), showSymbol: false, lineStyle: { width: 3, color: COLORS.scenario }, itemStyle: { color: COLORS.scenario } },
    ],
  };
}

/** SQL rate by score decile (1 = best-scored tenth of worked leads). */
export function decileOption(scenario: RankingQuality, baseline: RankingQuality): EChartsCoreOption {
  return {
    ...baseOption(),
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatPercent(v) },
    xAxis: { type: 'category', data: scenario.deciles.map((d) => `D${d.decile}`), name: 'Score decile', nameLocation: 'middle', nameGap: 28, axisLabel },
    yAxis: { type: 'value', min: 0, name: 'SQL rate', axisLabel: { ...axisLabel, formatter: (v: number) => formatPercent(v, 0) }, splitLine },
    series: [
      { name: 'Baseline', type: 'bar', data: baseline.deciles.map((d) => d.rate), itemStyle: { color: COLORS.baseline } },
      { name: 'Scenario', type: 'bar', data: scenario.deciles.map((d) => d.rate), itemStyle: { color: COLORS.scenario } },
    ],
  };
}
