import type { EChartsCoreOption } from 'echarts/core';
import type { MatrixCell } from '../../../../shared/engine/metrics/matrix';
import { formatCount, formatPercent } from '../../format';
import { COLORS } from '../palette';
import { baseOption } from './common';

const LEVELS = ['1', '2', '3', '4'];
const GRADES = ['D', 'C', 'B', 'A'];

/**
 * The fit grade × engagement level heatmap coloured by MQL→SQL rate, each cell labelled with its
 * leads, rate and 95 % interval; qualifying cells get a dark outline when `outlineQualifying`.
 */
export function matrixOption(cells: MatrixCell[], outlineQualifying: boolean): EChartsCoreOption {
  const data = cells.map((cell) => ({
    value: [LEVELS.indexOf(String(cell.level)), GRADES.indexOf(cell.grade), Number.isFinite(cell.rate) ? cell.rate : '-'],
    cell: cell.cell,
    itemStyle: outlineQualifying && cell.qualifying ? { borderColor: COLORS.ink, borderWidth: 4 } : { borderColor: '#fff', borderWidth: 2 },
    label: {
      formatter: () =>
        `{b|${cell.cell}}\n${formatCount(cell.leads)} leads\n${formatPercent(cell.rate)}\n{s|${formatPercent(cell.interval.low, 0)}–${formatPercent(cell.interval.high, 0)}}`,
    },
  }));
  return {
    ...baseOption(),
    legend: undefined,
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const c = cells[p.dataIndex];
        return `<b>${c.cell}</b><br/>${formatCount(c.leads)} leads, ${formatCount(c.mqls)} MQLs<br/>${formatCount(c.sqls)} SQLs of ${formatCount(c.observed)} worked: ${formatPercent(c.rate)}<br/>95 % CI ${formatPercent(c.interval.low)}–${formatPercent(c.interval.high)}`;
      },
    },
    grid: { left: 70, right: 110, top: 20, bottom: 50 },
    xAxis: { type: 'category', data: LEVELS.map((l) => `Level ${l}`), name: 'Engagement level (1 = most engaged)', nameLocation: 'middle', nameGap: 30, splitArea: { show: false } },
    yAxis: { type: 'category', data: GRADES.map((g) => `Grade ${g}`), name: 'Fit', splitArea: { show: false } },
    visualMap: {
      min: 0,
      max: 0.6,
      calculable: false,
      orient: 'vertical',
      right: 8,
      top: 'middle',
      text: ['60 %+', '0 %'],
      inRange: { color: ['#f1f5f9', '#bfdbfe', '#60a5fa', '#1d4ed8'] },
      formatter: (v: number) => formatPercent(v, 0),
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, fontSize: 12.5, lineHeight: 17, color: COLORS.ink, rich: { b: { fontWeight: 'bold', fontSize: 14 }, s: { fontSize: 11.5, color: COLORS.muted } } },
      },
    ],
  };
}
