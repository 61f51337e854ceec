import { byScoreDescending, gainsCurve, rocAuc, scoreDeciles, type Decile, type GainsPoint } from '../../stats/ranking';
import type { LeadTable } from '../lead-table';
import type { LeadScores } from '../score';
import { outcomeOf, SQL, UNOBSERVED } from './outcome';

/**
 * How well the score ranks leads that became SQL above those that did not, over the leads sales
 * worked (the only ones whose outcome is known).
 */
export interface RankingQuality {
  observed: number;
  auc: number;
  gains: GainsPoint[];
  deciles: Decile[];
}

export function computeRanking(table: LeadTable, scores: LeadScores): RankingQuality {
  const observedScores: number[] = [];
  const positive: number[] = [];
  for (let lead = 0; lead < table.n; lead++) {
    const outcome = outcomeOf(table, lead);
    if (outcome === UNOBSERVED || scores.knockedOut[lead]) continue;
    observedScores.push(scores.score[lead]);
    positive.push(outcome === SQL ? 1 : 0);
  }
  // One ordering serves all three.
  const order = byScoreDescending(observedScores);
  return {
    observed: observedScores.length,
    auc: rocAuc(observedScores, positive, order),
    gains: gainsCurve(observedScores, positive, 20, order),
    deciles: scoreDeciles(observedScores, positive, order),
  };
}
