import { wilsonInterval } from '../../stats/wilson';
import type { LeadTable } from '../lead-table';
import type { LeadScores } from '../score';
import { outcomeOf, SQL, UNOBSERVED } from './outcome';

export type TimeGrain = 'week' | 'month' | 'quarter';

/** MQLs per period by their MQL moment, under the scenario and the baseline. */
export interface TimeSeries {
  grain: TimeGrain;
  /** Period labels, e.g. '2025-03-10' (week starting Monday), '2025-03', '2025-Q1'. */
  periods: string[];
  scenario: number[];
  baseline: number[];
  /** Weeks in each period, to turn a weekly sales capacity into a per-period line. */
  weeks: number[];
}

/** MQL→SQL rate per quarter of the MQL moment. */
export interface QuarterRates {
  quarters: string[];
  scenario: number[];
  scenarioLow: number[];
  scenarioHigh: number[];
  baseline: number[];
}

const DAY = 86_400_000;

export function periodOf(time: number, grain: TimeGrain): string {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (grain === 'quarter') return `${year}-Q${Math.floor(month / 3) + 1}`;
  if (grain === 'month') return `${year}-${String(month + 1).padStart(2, '0')}`;
  const monday = new Date(time - ((date.getUTCDay() + 6) % 7) * DAY);
  return monday.toISOString().slice(0, 10);
}

/** Consecutive periods covering the data, with their start times for a binary search. */
export interface Calendar {
  labels: string[];
  starts: Float64Array;
  /** The period of each day from `firstDay` on, so finding a moment's period is one lookup. */
  firstDay: number;
  byDay: Uint16Array;
}

// Periods depend on the table only; computed once per table and grain, not on every tick.
const calendars = new WeakMap<LeadTable, Map<TimeGrain, Calendar>>();

export function calendarOf(table: LeadTable, grain: TimeGrain): Calendar {
  let byGrain = calendars.get(table);
  if (!byGrain) calendars.set(table, (byGrain = new Map()));
  const known = byGrain.get(grain);
  if (known) return known;
  let first = Infinity;
  let last = -Infinity;
  for (let lead = 0; lead < table.n; lead++) {
    first = Math.min(first, table.createdAt[lead]);
    last = Math.max(last, table.createdAt[lead]);
  }
  for (let e = 0; e < table.eventTime.length; e++) last = Math.max(last, table.eventTime[e]);
  const labels: string[] = [];
  const starts: number[] = [];
  if (Number.isFinite(first)) {
    const firstDay = Math.floor(first / DAY) * DAY - 7 * DAY;
    for (let t = firstDay; t <= last + 7 * DAY; t += DAY) {
      const period = periodOf(t, grain);
      if (labels[labels.length - 1] !== period) {
        labels.push(period);
        starts.push(t);
      }
    }
    // The first label may have begun before `firstDay`; nothing falls before it anyway.
  }
  const startTimes = Float64Array.from(starts);
  const firstDay = starts.length > 0 ? starts[0] : 0;
  const days = starts.length > 0 ? Math.floor((last + 7 * DAY - firstDay) / DAY) + 1 : 0;
  const byDay = new Uint16Array(days);
  for (let d = 0, period = 0; d < days; d++) {
    while (period + 1 < startTimes.length && startTimes[period + 1] <= firstDay + d * DAY) period++;
    byDay[d] = period;
  }
  const calendar = { labels, starts: startTimes, firstDay, byDay };
  byGrain.set(grain, calendar);
  return calendar;
}

export function periodIndex(calendar: Calendar, time: number): number {
  // Periods start at midnight UTC, so the day a moment falls on decides its period.
  const day = Math.floor((time - calendar.firstDay) / DAY);
  if (day >= 0 && day < calendar.byDay.length) return calendar.byDay[day];
  let low = 0;
  let high = calendar.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (calendar.starts[mid] <= time) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function computeTimeSeries(table: LeadTable, scores: LeadScores, baseline: LeadScores, grain: TimeGrain): TimeSeries {
  const calendar = calendarOf(table, grain);
  const periods = calendar.labels;
  const scenario = new Array<number>(periods.length).fill(0);
  const base = new Array<number>(periods.length).fill(0);
  for (let lead = 0; lead < table.n; lead++) {
    if (scores.mql[lead]) scenario[periodIndex(calendar, scores.mqlAt[lead])]++;
    if (baseline.mql[lead]) base[periodIndex(calendar, baseline.mqlAt[lead])]++;
  }
  return timeSeriesFrom(grain, periods, scenario, base);
}

export function timeSeriesFrom(grain: TimeGrain, periods: string[], scenario: number[], baseline: number[]): TimeSeries {
  const weeks = periods.map(() => (grain === 'week' ? 1 : grain === 'month' ? 30.44 / 7 : 91.31 / 7));
  return { grain, periods, scenario, baseline, weeks };
}

export function computeQuarterRates(table: LeadTable, scores: LeadScores, baseline: LeadScores): QuarterRates {
  const calendar = calendarOf(table, 'quarter');
  const quarters = calendar.labels;
  const tally = (source: LeadScores) => {
    const observed = new Array<number>(quarters.length).fill(0);
    const sqls = new Array<number>(quarters.length).fill(0);
    for (let lead = 0; lead < table.n; lead++) {
      if (!source.mql[lead]) continue;
      const outcome = outcomeOf(table, lead);
      if (outcome === UNOBSERVED) continue;
      const q = periodIndex(calendar, source.mqlAt[lead]);
      observed[q]++;
      if (outcome === SQL) sqls[q]++;
    }
    return { observed, sqls };
  };
  return quarterRatesFrom(quarters, tally(scores), tally(baseline));
}

/** Observed MQLs and SQLs among them, per quarter of the MQL moment. */
export interface QuarterCounts {
  observed: number[];
  sqls: number[];
}

export function quarterRatesFrom(quarters: string[], s: QuarterCounts, b: QuarterCounts): QuarterRates {
  const intervals = s.sqls.map((k, q) => wilsonInterval(k, s.observed[q]));
  return {
    quarters,
    scenario: s.sqls.map((k, q) => (s.observed[q] > 0 ? k / s.observed[q] : NaN)),
    scenarioLow: intervals.map((i) => i.low),
    scenarioHigh: intervals.map((i) => i.high),
    baseline: b.sqls.map((k, q) => (b.observed[q] > 0 ? k / b.observed[q] : NaN)),
  };
}
