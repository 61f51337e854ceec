import type { EChartsCoreOption } from 'echarts/core';
import { COLORS, FONT } from '../palette';

/** Settings every chart shares: font, grid margins and a readable tooltip. */
export function baseOption(): EChartsCoreOption {
  return {
    animation: false,
    textStyle: { ...FONT, color: COLORS.ink },
    grid: { left: 64, right: 64, top: 40, bottom: 44, containLabel: false },
    tooltip: { trigger: 'axis', confine: true, textStyle: { fontSize: 13 } },
    legend: { top: 4, left: 'center', itemGap: 18, textStyle: { fontSize: 13, color: COLORS.ink } },
  };
}

export const axisLabel = { color: COLORS.muted, fontSize: 12.5 };
export const splitLine = { lineStyle: { color: COLORS.grid } };
