import type { EChartsCoreOption } from 'echarts/core';
import type { Explanation } from '../../../../shared/engine/explain';
import { COLORS } from '../palette';
import { axisLabel, baseOption, splitLine } from './common';

/** One lead's running score over time, with its threshold, MQL moment and first sales touch. */
export function timelineOption(explanation: Explanation): EChartsCoreOption {
  const marks: { xAxis?: number; yAxis?: number; lineStyle: object; label: object }[] = [];
  if (explanation.threshold !== null) {
    marks.push({ yAxis: explanation.threshold, lineStyle: { color: COLORS.ink, type: 'dashed' }, label: { formatter: `Threshold ${explanation.threshold}`, position: 'insideEndTop' } });
  }
  if (Number.isFinite(explanation.mqlAt)) {
    marks.push({ xAxis: explanation.mqlAt, lineStyle: { color: COLORS.scenario }, label: { formatter: 'MQL', position: 'insideEndTop', color: COLORS.scenario } });
  }
  if (Number.isFinite(explanation.cutoff)) {
    marks.push({ xAxis: explanation.cutoff, lineStyle: { color: COLORS.capacity }, label: { formatter: 'Sales worked it', position: 'insideEndBottom', color: COLORS.capacity } });
  }
  return {
    ...baseOption(),
    legend: undefined,
    grid: { left: 44, right: 16, top: 18, bottom: 28 },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => (Math.round(v * 10) / 10).toString() },
    xAxis: { type: 'time', axisLabel: { ...axisLabel, formatter: '{d} {MMM}' } },
    yAxis: { type: 'value', axisLabel, splitLine },
    series: [
      {
        name: 'Score',
        type: 'line',
        step: false,
        showSymbol: false,
        data: explanation.timeline.map((p) => [p.at, p.score]),
        lineStyle: { width: 2, color: COLORS.scenario },
        itemStyle: { color: COLORS.scenario },
        areaStyle: { color: COLORS.scenarioSoft },
        markLine: { silent: true, symbol: 'none', data: marks },
      },
    ],
  };
}
