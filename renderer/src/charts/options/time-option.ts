import type { EChartsCoreOption } from 'echarts/core';
import type { QuarterRates, TimeSeries } from '../../../../shared/engine/metrics/time-series';
import { formatCount, formatPercent } from '../../format';
import { COLORS } from '../palette';
import { axisLabel, baseOption, splitLine } from './common';

/** MQLs per period, scenario and baseline, with the sales capacity for a period of that length. */
export function volumeOption(series: TimeSeries, capacityPerWeek: number | null): EChartsCoreOption {
  return {
    ...baseOption(),
    xAxis: { type: 'category', data: series.periods, axisLabel },
    yAxis: { type: 'value', name: `MQLs per ${series.grain}`, axisLabel: { ...axisLabel, formatter: (v: number) => formatCount(v) }, splitLine },
    series: [
      { name: 'Baseline', type: 'line', data: series.baseline, showSymbol: false, lineStyle: { width: 2, color: COLORS.baseline }, itemStyle: { color: COLORS.baseline } },
      { name: 'Scenario', type: 'line', data: series.scenario, showSymbol: false, lineStyle: { width: 3, color: COLORS.scenario }, itemStyle: { color: COLORS.scenario } },
      ...(capacityPerWeek !== null
        ? [
            {
              name: 'Sales capacity',
              type: 'line',
              data: series.weeks.map((w) => Math.round(capacityPerWeek * w)),
              showSymbol: false,
              lineStyle: { width: 2, type: 'dashed', color: COLORS.capacity },
              itemStyle: { color: COLORS.capacity },
            },
          ]
        : []),
    ],
  };
}

/** MQL→SQL rate per quarter of the MQL moment, scenario (with its 95 % band) and baseline. */
export function quarterRateOption(rates: QuarterRates): EChartsCoreOption {
  const finite = (values: number[]) => values.map((v) => (Number.isFinite(v) ? v : null));
  return {
    ...baseOption(),
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatPercent(v) },
    xAxis: { type: 'category', data: rates.quarters, axisLabel },
    yAxis: { type: 'value', min: 0, max: 1, name: 'MQL→SQL', axisLabel: { ...axisLabel, formatter: (v: number) => formatPercent(v, 0) }, splitLine },
    series: [
      { name: 'Band low', type: 'line', stack: 'band', data: finite(rates.scenarioLow), showSymbol: false, lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true },
      {
        name: '95 % band',
        type: 'line',
        stack: 'band',
        data: rates.scenarioHigh.map((h, i) => (Number.isFinite(rates.scenario[i]) ? h - rates.scenarioLow[i] : null)),
        showSymbol: false,
        lineStyle: { opacity: 0 },
        areaStyle: { color: COLORS.scenarioSoft },
        silent: true,
        tooltip: { show: false },
      },
      { name: 'Baseline', type: 'line', data: finite(rates.baseline), lineStyle: { width: 2, color: COLORS.baseline }, itemStyle: { color: COLORS.baseline } },
      { name: 'Scenario', type: 'line', data: finite(rates.scenario), lineStyle: { width: 3, color: COLORS.scenario }, itemStyle: { color: COLORS.scenario } },
    ],
    legend: { top: 4, data: ['Baseline', 'Scenario', '95 % band'] },
  };
}
