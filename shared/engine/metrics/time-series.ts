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
interface Calendar {
  labels: string[];
  starts: Float64Array;
}

// Periods depend on the table only; computed once per table and grain, not on every tick.
const calendars = new WeakMap<LeadTable, Map<TimeGrain, Calendar>>();

function calendarOf(table: LeadTable, grain: TimeGrain): Calendar {
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
  const calendar = { labels, starts: Float64Array.from(starts) };
  byGrain.set(grain, calendar);
  return calendar;
}

function periodIndex(calendar: Calendar, time: number): number {
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
  const weeks = periods.map(() => (grain === 'week' ? 1 : grain === 'month' ? 30.44 / 7 : 91.31 / 7));
  return { grain, periods, scenario, baseline: base, weeks };
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
  const s = tally(scores);
  const b = tally(baseline);
  const intervals = s.sqls.map((k, q) => wilsonInterval(k, s.observed[q]));
  return {
    quarters,
    scenario: s.sqls.map((k, q) => (s.observed[q] > 0 ? k / s.observed[q] : NaN)),
    scenarioLow: intervals.map((i) => i.low),
    scenarioHigh: intervals.map((i) => i.high),
    baseline: b.sqls.map((k, q) => (b.observed[q] > 0 ? k / b.observed[q] : NaN)),
  };
}
