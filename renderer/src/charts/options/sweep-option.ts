import type { EChartsCoreOption } from 'echarts/core';
import type { Sweep } from '../../../../shared/engine/metrics/sweep';
import { formatCount, formatPercent } from '../../format';
import { COLORS } from '../palette';
import { axisLabel, baseOption, splitLine } from './common';

export interface SweepSettings {
  threshold: number;
  /** Lowest acceptable MQL→SQL rate; the band from here to 100 % is shaded. */
  targetRate: number;
  /** MQLs sales can work over the whole period, drawn as a line on the MQL axis. */
  capacity: number | null;
}

/**
 * MQLs and SQLs captured (left axis) and the MQL→SQL rate with its 95 % Wilson band (right axis)
 * over every threshold, with the current threshold, the target rate band and sales capacity.
 */
export function sweepOption(sweep: Sweep, settings: SweepSettings): EChartsCoreOption {
  const x = sweep.thresholds;
  const bandBase = sweep.rateLow.map((low, i) => (sweep.observed[i] > 0 ? low : null));
  const bandWidth = sweep.rateHigh.map((high, i) => (sweep.observed[i] > 0 ? high - sweep.rateLow[i] : null));
  return {
    ...baseOption(),
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (items: { dataIndex: number }[]) => {
        const i = items[0]?.dataIndex ?? 0;
        return [
          `<b>Threshold ${x[i]}</b>`,
          `MQLs: ${formatCount(sweep.mqls[i])}`,
          `SQLs captured: ${formatCount(sweep.sqls[i])} (${formatPercent(sweep.captured[i])})`,
          `MQL→SQL rate: ${formatPercent(sweep.rate[i])} (95 % CI ${formatPercent(sweep.rateLow[i])}–${formatPercent(sweep.rateHigh[i])})`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'category', data: x, name: 'Threshold', nameLocation: 'middle', nameGap: 28, axisLabel, boundaryGap: false },
    yAxis: [
      { type: 'value', name: 'Leads', axisLabel: { ...axisLabel, formatter: (v: number) => formatCount(v) }, splitLine },
      { type: 'value', name: 'MQL→SQL', min: 0, max: 1, axisLabel: { ...axisLabel, formatter: (v: number) => formatPercent(v, 0) }, splitLine: { show: false } },
    ],
    series: [
      {
        name: 'MQLs',
        type: 'line',
        data: sweep.mqls,
        showSymbol: false,
        lineStyle: { width: 3, color: COLORS.scenario },
        itemStyle: { color: COLORS.scenario },
        markLine: {
          silent: true,
          symbol: 'none',
          data: [
            { xAxis: String(settings.threshold), lineStyle: { color: COLORS.ink, width: 2 }, label: { formatter: `Threshold ${settings.threshold}`, color: COLORS.ink } },
            ...(settings.capacity !== null
              ? [{ yAxis: settings.capacity, lineStyle: { color: COLORS.capacity, type: 'dashed', width: 2 }, label: { formatter: 'Sales capacity', color: COLORS.capacity, position: 'insideEndTop' } }]
              : []),
          ],
        },
      },
      { name: 'SQLs captured', type: 'line', data: sweep.sqls, showSymbol: false, lineStyle: { width: 2, color: '#0891b2' }, itemStyle: { color: '#0891b2' } },
      { name: 'Rate band low', type: 'line', yAxisIndex: 1, data: bandBase, stack: 'band', showSymbol: false, lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true },
      {
        name: '95 % band',
        type: 'line',
        yAxisIndex: 1,
        data: bandWidth,
        stack: 'band',
        showSymbol: false,
        lineStyle: { opacity: 0 },
        areaStyle: { color: 'rgba(245, 158, 11, 0.22)' },
        itemStyle: { color: 'rgba(245, 158, 11, 0.5)' },
        silent: true,
      },
      {
        name: 'MQL→SQL rate',
        type: 'line',
        yAxisIndex: 1,
        data: sweep.rate.map((r) => (Number.isFinite(r) ? r : null)),
        showSymbol: false,
        lineStyle: { width: 3, color: '#d97706' },
        itemStyle: { color: '#d97706' },
        markArea: {
          silent: true,
          itemStyle: { color: COLORS.target },
          label: { show: true, position: 'insideTopLeft', formatter: `Target ≥ ${formatPercent(settings.targetRate, 0)}`, color: '#047857' },
          data: [[{ yAxis: settings.targetRate }, { yAxis: 1 }]],
        },
      },
    ],
    legend: { top: 4, data: ['MQLs', 'SQLs captured', 'MQL→SQL rate', '95 % band'] },
  };
}
