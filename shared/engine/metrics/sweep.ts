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

/** The highest threshold a sweep covers: the blend's 0–100 scale, or the points slider's range. */
export function sweepMaxThreshold(model: ScoringModel): number {
  return model.mode === 'blend' ? 100 : 200;
}

/** Per channel code, whether the channel has its own threshold (its leads do not move with the sweep). */
export function ownThresholdChannels(table: LeadTable, model: ScoringModel): Uint8Array {
  return Uint8Array.from(table.channel.values, (channel) => (channel in model.channelThresholds ? 1 : 0));
}

/** The sweep bin of a lead the global threshold decides: its best score, floored, the top bin holding everything above. */
export function sweepBin(score: number, maxThreshold: number): number {
  return Math.min(maxThreshold + 1, Math.floor(score));
}

export function computeSweep(table: LeadTable, scores: LeadScores, model: ScoringModel, maxThreshold: number): Sweep {
  // Leads the global threshold does not decide: fast-tracked ones, and those of channels with their own threshold.
  const fixed = [0, 0, 0];
  const byScore = [new Float64Array(maxThreshold + 2), new Float64Array(maxThreshold + 2), new Float64Array(maxThreshold + 2)];
  const ownThreshold = ownThresholdChannels(table, model);
  let totalSqls = 0;
  for (let lead = 0; lead < table.n; lead++) {
    const outcome = outcomeOf(table, lead);
    if (outcome === SQL) totalSqls++;
    if (scores.knockedOut[lead]) continue;
    if (scores.fastTracked[lead] || ownThreshold[table.channel.codes[lead]]) {
      if (scores.mql[lead]) fixed[outcome]++;
      continue;
    }
    const score = scores.score[lead];
    if (score < 0) continue;
    byScore[outcome][sweepBin(score, maxThreshold)]++;
  }
  return sweepFromBins(byScore, fixed, totalSqls, maxThreshold);
}

/** The sweep from leads counted by outcome and score bin, plus those it does not move (`fixed`). */
export function sweepFromBins(byScore: Float64Array[], fixed: readonly number[], totalSqls: number, maxThreshold: number): Sweep {
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
