import { twoProportionTest } from '../../stats/two-proportion';
import { wilsonInterval, type Interval } from '../../stats/wilson';
import type { CategoricalColumn, LeadTable } from '../lead-table';
import type { LeadScores } from '../score';
import { addOutcome, emptyCounts, outcomeOf, type OutcomeCounts } from './outcome';

export type BreakdownDimension = 'channel' | 'campaign';

export function breakdownColumn(table: LeadTable, dimension: BreakdownDimension): CategoricalColumn {
  return dimension === 'channel' ? table.channel : table.campaign;
}

/** One channel's (or campaign's) MQLs under the scenario and the baseline, and whether the change is real. */
export interface BreakdownRow {
  group: string;
  leads: number;
  scenario: OutcomeCounts & { rate: number; interval: Interval };
  baseline: OutcomeCounts & { rate: number };
  /** Change of the MQL→SQL rate in percentage points (as a share). */
  rateChange: number;
  /** The scenario's interval is wider than the chosen width: too few worked MQLs to tell. */
  tooSmall: boolean;
  /** Two-proportion test at 95 % between the scenario's and the baseline's rate. */
  significant: boolean;
}

export function computeBreakdown(
  table: LeadTable,
  scores: LeadScores,
  baseline: LeadScores,
  dimension: BreakdownDimension,
  maxIntervalWidth: number,
): BreakdownRow[] {
  const column = breakdownColumn(table, dimension);
  const groups = column.values.length;
  const leads = new Array<number>(groups).fill(0);
  const scenario = Array.from({ length: groups }, emptyCounts);
  const base = Array.from({ length: groups }, emptyCounts);
  for (let lead = 0; lead < table.n; lead++) {
    const group = column.codes[lead];
    leads[group]++;
    if (!scores.mql[lead] && !baseline.mql[lead]) continue;
    const outcome = outcomeOf(table, lead);
    if (scores.mql[lead]) addOutcome(scenario[group], outcome);
    if (baseline.mql[lead]) addOutcome(base[group], outcome);
  }
  return breakdownFrom(column.values, leads, scenario, base, maxIntervalWidth);
}

/** The rows from each group's leads and the MQLs' outcomes under the scenario and the baseline. */
export function breakdownFrom(
  groups: readonly string[],
  leads: readonly number[],
  scenario: readonly OutcomeCounts[],
  base: readonly OutcomeCounts[],
  maxIntervalWidth: number,
): BreakdownRow[] {
  return groups.map((group, g) => {
    const s = scenario[g];
    const b = base[g];
    const interval = wilsonInterval(s.sqls, s.observed);
    const rate = s.observed > 0 ? s.sqls / s.observed : NaN;
    const baseRate = b.observed > 0 ? b.sqls / b.observed : NaN;
    return {
      group,
      leads: leads[g],
      scenario: { ...s, rate, interval },
      baseline: { ...b, rate: baseRate },
      rateChange: rate - baseRate,
      tooSmall: interval.high - interval.low > maxIntervalWidth,
      significant: twoProportionTest(s.sqls, s.observed, b.sqls, b.observed).significant,
    };
  });
}
