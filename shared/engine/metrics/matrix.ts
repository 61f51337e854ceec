import { FIT_GRADES, type ScoringModel } from '../../model/scoring-model';
import { wilsonInterval, type Interval } from '../../stats/wilson';
import { gradeOf, levelOf } from '../compile';
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
    const cell = gradeOf(scores.fit[lead], gradeCuts) * 4 + levelOf(scores.engagement[lead], levelCuts) - 1;
    addOutcome(counts[cell], outcomeOf(table, lead));
    mqls[cell] += scores.mql[lead];
  }
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
