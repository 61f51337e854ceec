import type { EChartsCoreOption } from 'echarts/core';
import type { DriftRow } from '../../../../shared/calibrate/out-of-sample';
import type { Sweep } from '../../../../shared/engine/metrics/sweep';
import { formatCount, formatPercent } from '../../format';
import { COLORS } from '../palette';
import { axisLabel, baseOption, splitLine } from './common';
import { sweepOption, type SweepSettings } from './sweep-option';

/** The suggested definition's colour: apart from the scenario's blue and the baseline's grey. */
export const SUGGESTED_COLOR = '#0f766e';

/** The sweep chart with, besides the current threshold, the one the solver found for the goals. */
export function solvedSweepOption(sweep: Sweep, settings: SweepSettings, solved: number | null): EChartsCoreOption {
  const option = sweepOption(sweep, settings);
  if (solved === null || solved === settings.threshold) return option;
  const series: unknown[] = Array.isArray(option.series) ? option.series : [];
  const marker = {
    name: 'Meets the goals',
    type: 'line',
    data: [],
    silent: true,
    markLine: {
      silent: true,
      symbol: 'none',
      data: [{ xAxis: String(solved), lineStyle: { color: SUGGESTED_COLOR, width: 2, type: 'dashed' }, label: { formatter: `Meets goals: ${solved}`, color: SUGGESTED_COLOR, position: 'insideStartTop' } }],
    },
  };
  return { ...option, series: [...series, marker] };
}

/**
 * Drift: each quarter's MQLs a week (bars) and MQL→SQL rate (lines) under fixed definitions, by
 * the quarter the leads were created in, with the held-out quarter shaded.
 */
export function driftOption(current: DriftRow[], suggested: DriftRow[] | null, holdout: string | null): EChartsCoreOption {
  const quarters = current.map((row) => row.quarter);
  const rate = (rows: DriftRow[]) => rows.map((row) => (Number.isFinite(row.rate) ? row.rate : null));
  const perWeek = (rows: DriftRow[]) => rows.map((row) => (Number.isFinite(row.perWeek) ? Math.round(row.perWeek * 10) / 10 : null));
  return {
    ...baseOption(),
    grid: { left: 56, right: 60, top: 36, bottom: 58, containLabel: false },
    legend: { bottom: 0, left: 'center', itemGap: 16, textStyle: { fontSize: 12.5, color: COLORS.ink } },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (items: { dataIndex: number }[]) => {
        const i = items[0]?.dataIndex ?? 0;
        const line = (name: string, row: DriftRow | undefined) =>
          row ? `${name}: ${formatCount(row.perWeek)} MQLs a week, ${formatPercent(row.rate)} MQL→SQL (${formatCount(row.mqlSqls)} of ${formatCount(row.mqlsObserved)} worked)` : '';
        return [`<b>${quarters[i]}${quarters[i] === holdout ? ' (held out)' : ''}</b>`, line('Current', current[i]), suggested ? line('Suggested', suggested[i]) : '']
          .filter(Boolean)
          .join('<br/>');
      },
    },
    xAxis: { type: 'category', data: quarters, axisLabel },
    yAxis: [
      { type: 'value', name: 'MQLs a week', axisLabel: { ...axisLabel, formatter: (v: number) => formatCount(v) }, splitLine },
      { type: 'value', name: 'MQL→SQL', min: 0, axisLabel: { ...axisLabel, formatter: (v: number) => formatPercent(v, 0) }, splitLine: { show: false } },
    ],
    series: [
      {
        name: 'Current · MQLs a week',
        type: 'bar',
        data: perWeek(current),
        itemStyle: { color: COLORS.scenarioSoft, borderColor: COLORS.scenario, borderWidth: 1 },
        markArea: holdout
          ? { silent: true, itemStyle: { color: 'rgba(15, 118, 110, 0.07)' }, label: { show: true, position: 'insideTop', formatter: 'held out', color: SUGGESTED_COLOR, fontSize: 12 }, data: [[{ xAxis: holdout }, { xAxis: holdout }]] }
          : undefined,
      },
      ...(suggested ? [{ name: 'Suggested · MQLs a week', type: 'bar', data: perWeek(suggested), itemStyle: { color: 'rgba(15, 118, 110, 0.18)', borderColor: SUGGESTED_COLOR, borderWidth: 1 } }] : []),
      { name: 'Current · MQL→SQL', type: 'line', yAxisIndex: 1, data: rate(current), lineStyle: { width: 3, color: COLORS.scenario }, itemStyle: { color: COLORS.scenario } },
      ...(suggested ? [{ name: 'Suggested · MQL→SQL', type: 'line', yAxisIndex: 1, data: rate(suggested), lineStyle: { width: 3, color: SUGGESTED_COLOR }, itemStyle: { color: SUGGESTED_COLOR } }] : []),
    ],
  };
}
