import { FIT_GRADES, type ScoringModel } from '../../model/scoring-model';
import { wilsonInterval, type Interval } from '../../stats/wilson';
import type { LeadTable } from '../lead-table';
import type { LeadScores } from '../score';
import { addOutcome, emptyCounts, outcomeOf, type OutcomeCounts } from './outcome';

/** One cell of the fit grade × engagement level matrix: its leads and how those converted. */
export interface MatrixCell extends OutcomeCounts {
  cell: string;
  grade: string;
  level: number;
  mqls: number;
  rate: number;
  interval: Interval;
  /** The cell is one of the model's qualifying cells (matters in matrix mode). */
  qualifying: boolean;
}

export function computeMatrix(table: LeadTable, scores: LeadScores, model: ScoringModel): MatrixCell[] {
  const gradeCuts = Float64Array.from(model.matrix.gradeCuts);
  const levelCuts = Float64Array.from(model.matrix.levelCuts);
  const counts = Array.from({ length: 16 }, emptyCounts);
  const mqls = new Array<number>(16).fill(0);
  for (let lead = 0; lead < table.n; lead++) {
    if (scores.knockedOut[lead]) continue;
    const cell = cellOf(scores.fit[lead], scores.engagement[lead], gradeCuts, levelCuts);
    addOutcome(counts[cell], outcomeOf(table, lead));
    mqls[cell] += scores.mql[lead];
  }
  return matrixFrom(counts, mqls, model);
}

/**
 * A lead's cell index, grade × 4 + level − 1 (A1 = 0 … D4 = 15), as gradeOf and levelOf give
 * them: with the cuts in descending order (the model's validation and the editor keep them so), a
 * grade or level is the number of cuts the value falls short of, NaN short of all. Counted
 * without branches: grades and levels vary at random from lead to lead, and gradeOf's chain of
 * tests cost ~14 ms in mispredicted branches alone over a million leads.
 */
export function cellOf(fit: number, engagement: number, gradeCuts: Float64Array, levelCuts: Float64Array): number {
  const grade = +!(fit >= gradeCuts[0]) + +!(fit >= gradeCuts[1]) + +!(fit >= gradeCuts[2]);
  const level = +!(engagement >= levelCuts[0]) + +!(engagement >= levelCuts[1]) + +!(engagement >= levelCuts[2]);
  return grade * 4 + level;
}

export function matrixFrom(counts: readonly OutcomeCounts[], mqls: readonly number[], model: ScoringModel): MatrixCell[] {
  return counts.map((count, i) => {
    const cell = `${FIT_GRADES[Math.floor(i / 4)]}${(i % 4) + 1}`;
    return {
      ...count,
      cell,
      grade: FIT_GRADES[Math.floor(i / 4)],
      level: (i % 4) + 1,
      mqls: mqls[i],
      rate: count.observed > 0 ? count.sqls / count.observed : NaN,
      interval: wilsonInterval(count.sqls, count.observed),
      qualifying: model.matrix.cells.includes(cell),
    };
  });
}
