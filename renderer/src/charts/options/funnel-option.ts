import type { EChartsCoreOption } from 'echarts/core';
import type { Funnel } from '../../../../shared/engine/metrics/funnel';
import { formatCount, formatPercent } from '../../format';
import { COLORS } from '../palette';
import { axisLabel, baseOption, splitLine } from './common';

export const FUNNEL_STEPS = ['Leads', 'MQL', 'SQL', 'Opportunity', 'Won'] as const;

export function funnelCounts(funnel: Funnel): number[] {
  return [funnel.leads, funnel.mqls, funnel.sqls, funnel.opportunities, funnel.won];
}

/** Step rate of each stage from the one before; the first stage has none. */
export function stepRates(funnel: Funnel): number[] {
  const counts = funnelCounts(funnel);
  return counts.map((count, i) => (i === 0 ? NaN : counts[i - 1] > 0 ? count / counts[i - 1] : NaN));
}

/** Scenario beside baseline for each funnel stage; the scenario's bars carry counts and step rates (the table below has both). */
export function funnelOption(scenario: Funnel, baseline: Funnel): EChartsCoreOption {
  const label = (rates: number[]) => ({
    show: true,
    position: 'top',
    fontSize: 12.5,
    formatter: (p: { value: number; dataIndex: number }) =>
      p.dataIndex === 0 ? formatCount(p.value) : `${formatCount(p.value)}\n${formatPercent(rates[p.dataIndex])}`,
  });
  return {
    ...baseOption(),
    grid: { left: 64, right: 24, top: 48, bottom: 36 },
    xAxis: { type: 'category', data: [...FUNNEL_STEPS], axisLabel: { ...axisLabel, fontSize: 13.5 } },
    yAxis: { type: 'log', logBase: 10, min: 1, axisLabel: { ...axisLabel, formatter: (v: number) => formatCount(v) }, splitLine },
    series: [
      { name: 'Baseline', type: 'bar', data: funnelCounts(baseline), itemStyle: { color: COLORS.baseline }, barGap: '8%' },
      { name: 'Scenario', type: 'bar', data: funnelCounts(scenario), itemStyle: { color: COLORS.scenario }, label: label(stepRates(scenario)) },
    ],
  };
}
