import type { LeadTable } from '../lead-table';
import type { LeadScores } from '../score';
import { addOutcome, emptyCounts, outcomeOf, type OutcomeCounts } from './outcome';

/** Leads whose best score came within `band` points below the threshold: nurture candidates. */
export interface NearMiss extends OutcomeCounts {
  band: number;
  /** Of them, the ones that went on to an opportunity in history. */
  opportunities: number;
}

export function computeNearMiss(table: LeadTable, scores: LeadScores, threshold: number, band: number): NearMiss {
  const counts = emptyCounts();
  let opportunities = 0;
  for (let lead = 0; lead < table.n; lead++) {
    if (scores.mql[lead] || scores.knockedOut[lead]) continue;
    const score = scores.score[lead];
    if (score < threshold - band || score >= threshold) continue;
    addOutcome(counts, outcomeOf(table, lead));
    if (!Number.isNaN(table.opportunityAt[lead])) opportunities++;
  }
  return { ...counts, band, opportunities };
}
