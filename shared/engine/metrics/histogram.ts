import type { LeadTable } from '../lead-table';
import type { LeadScores } from '../score';
import { NOT_SQL, outcomeOf, SQL, UNOBSERVED } from './outcome';

/** Leads by best score in bins of `width` points, split by what history says about them. */
export interface ScoreHistogram {
  /** Lower edge of each bin. */
  edges: number[];
  width: number;
  sql: number[];
  notSql: number[];
  unobserved: number[];
}

export function computeHistogram(table: LeadTable, scores: LeadScores, width: number): ScoreHistogram {
  let min = Infinity;
  let max = -Infinity;
  for (let lead = 0; lead < table.n; lead++) {
    if (scores.knockedOut[lead]) continue;
    min = Math.min(min, scores.score[lead]);
    max = Math.max(max, scores.score[lead]);
  }
  if (!Number.isFinite(min)) return { edges: [], width, sql: [], notSql: [], unobserved: [] };
  const first = Math.floor(min / width) * width;
  const bins = Math.floor((max - first) / width) + 1;
  const counts = [new Array<number>(bins).fill(0), new Array<number>(bins).fill(0), new Array<number>(bins).fill(0)];
  for (let lead = 0; lead < table.n; lead++) {
    if (scores.knockedOut[lead]) continue;
    counts[outcomeOf(table, lead)][Math.floor((scores.score[lead] - first) / width)]++;
  }
  return {
    edges: Array.from({ length: bins }, (_, i) => first + i * width),
    width,
    sql: counts[SQL],
    notSql: counts[NOT_SQL],
    unobserved: counts[UNOBSERVED],
  };
}
