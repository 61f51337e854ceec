import { wilsonInterval } from '../../stats/wilson';
import type { ScoringModel } from '../../model/scoring-model';
import type { LeadTable } from '../lead-table';
import type { LeadScores } from '../score';
import { outcomeOf, SQL } from './outcome';

/**
 * What every whole-number threshold from 0 to `maxThreshold` would give, with the rest of the
 * model as it is: a lead qualifies at threshold T when its best score reached T (or a fast-track
 * fired), unless knocked out; leads of a channel with its own threshold keep theirs.
 */
export interface Sweep {
  thresholds: number[];
  mqls: number[];
  observed: number[];
  sqls: number[];
  rate: number[];
  rateLow: number[];
  rateHigh: number[];
  /** Share of all SQLs captured. */
  captured: number[];
}

export function computeSweep(table: LeadTable, scores: LeadScores, model: ScoringModel, maxThreshold: number): Sweep {
  // Leads the global threshold does not decide: fast-tracked ones, and those of channels with their own threshold.
  const fixed = [0, 0, 0];
  const byScore = [new Float64Array(maxThreshold + 2), new Float64Array(maxThreshold + 2), new Float64Array(maxThreshold + 2)];
  const ownThresholdByChannel = table.channel.values.map((channel) => channel in model.channelThresholds);
  let totalSqls = 0;
  for (let lead = 0; lead < table.n; lead++) {
    const outcome = outcomeOf(table, lead);
    if (outcome === SQL) totalSqls++;
    if (scores.knockedOut[lead]) continue;
    if (scores.fastTracked[lead] || ownThresholdByChannel[table.channel.codes[lead]]) {
      if (scores.mql[lead]) fixed[outcome]++;
      continue;
    }
    const score = scores.score[lead];
    if (score < 0) continue;
    byScore[outcome][Math.min(maxThreshold + 1, Math.floor(score))]++;
  }
  const sweep: Sweep = { thresholds: [], mqls: [], observed: [], sqls: [], rate: [], rateLow: [], rateHigh: [], captured: [] };
  const atOrAbove = [0, 0, 0];
  for (let o = 0; o < 3; o++) atOrAbove[o] = byScore[o][maxThreshold + 1];
  const rows: { mqls: number; observed: number; sqls: number }[] = [];
  for (let t = maxThreshold; t >= 0; t--) {
    for (let o = 0; o < 3; o++) atOrAbove[o] += byScore[o][t];
    const counts = atOrAbove.map((c, o) => c + fixed[o]);
    rows.push({ mqls: counts[0] + counts[1] + counts[2], observed: counts[1] + counts[2], sqls: counts[SQL] });
  }
  rows.reverse().forEach((row, t) => {
    const interval = wilsonInterval(row.sqls, row.observed);
    sweep.thresholds.push(t);
    sweep.mqls.push(row.mqls);
    sweep.observed.push(row.observed);
    sweep.sqls.push(row.sqls);
    sweep.rate.push(row.observed > 0 ? row.sqls / row.observed : NaN);
    sweep.rateLow.push(interval.low);
    sweep.rateHigh.push(interval.high);
    sweep.captured.push(totalSqls > 0 ? row.sqls / totalSqls : NaN);
  });
  return sweep;
}
