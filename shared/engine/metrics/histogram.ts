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

/** A score's bin: bins are `width` points wide with edges at multiples of the width. */
export function histogramBin(score: number, width: number): number {
  return Math.floor(score / width);
}

export function computeHistogram(table: LeadTable, scores: LeadScores, width: number): ScoreHistogram {
  let min = Infinity;
  let max = -Infinity;
  for (let lead = 0; lead < table.n; lead++) {
    if (scores.knockedOut[lead]) continue;
    min = Math.min(min, scores.score[lead]);
    max = Math.max(max, scores.score[lead]);
  }
  if (!Number.isFinite(min)) return histogramFrom(width, 0, -1, () => EMPTY);
  const first = histogramBin(min, width);
  const bins = histogramBin(max, width) - first + 1;
  const counts = [new Float64Array(bins), new Float64Array(bins), new Float64Array(bins)];
  for (let lead = 0; lead < table.n; lead++) {
    if (scores.knockedOut[lead]) continue;
    counts[outcomeOf(table, lead)][histogramBin(scores.score[lead], width) - first]++;
  }
  return histogramFrom(width, first, first + bins - 1, (bin) => [counts[UNOBSERVED][bin - first], counts[NOT_SQL][bin - first], counts[SQL][bin - first]]);
}

const EMPTY: readonly [number, number, number] = [0, 0, 0];

/** The histogram over bins `first`…`last`, given each bin's [unobserved, not SQL, SQL] counts. */
export function histogramFrom(width: number, first: number, last: number, countsOf: (bin: number) => readonly [number, number, number]): ScoreHistogram {
  const histogram: ScoreHistogram = { edges: [], width, sql: [], notSql: [], unobserved: [] };
  for (let bin = first; bin <= last; bin++) {
    const [unobserved, notSql, sql] = countsOf(bin);
    // `|| 0`: a bin reached through a score of −0 must not print as an edge of −0.
    histogram.edges.push(bin * width || 0);
    histogram.unobserved.push(unobserved);
    histogram.notSql.push(notSql);
    histogram.sql.push(sql);
  }
  return histogram;
}
