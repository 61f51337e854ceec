import type { EChartsCoreOption } from 'echarts/core';
import type { ScoreHistogram } from '../../../../shared/engine/metrics/histogram';
import { formatCount } from '../../format';
import { COLORS } from '../palette';
import { axisLabel, baseOption, splitLine } from './common';

/** Leads by best score, stacked by outcome, with the threshold as a line. */
export function histogramOption(histogram: ScoreHistogram, threshold: number | null): EChartsCoreOption {
  const labels = histogram.edges.map((edge) => `${edge}–${edge + histogram.width - 1}`);
  const thresholdBin = threshold === null ? -1 : histogram.edges.findIndex((edge) => threshold >= edge && threshold < edge + histogram.width);
  const bar = (name: string, data: number[], color: string) => ({ name, type: 'bar', stack: 'outcome', data, itemStyle: { color }, barCategoryGap: '8%' });
  return {
    ...baseOption(),
    xAxis: { type: 'category', data: labels, name: 'Best score before the cutoff', nameLocation: 'middle', nameGap: 28, axisLabel },
    yAxis: { type: 'value', name: 'Leads', axisLabel: { ...axisLabel, formatter: (v: number) => formatCount(v) }, splitLine },
    series: [
      {
        ...bar('Became SQL', histogram.sql, COLORS.sql),
        markLine:
          thresholdBin >= 0
            ? { silent: true, symbol: 'none', data: [{ xAxis: thresholdBin, lineStyle: { color: COLORS.ink, width: 2 }, label: { formatter: `Threshold ${threshold}` } }] }
            : undefined,
      },
      bar('Worked, not SQL', histogram.notSql, COLORS.notSql),
      bar('Never worked (unknown)', histogram.unobserved, COLORS.unobserved),
    ],
  };
}
