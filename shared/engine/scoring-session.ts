import type { ScoringModel } from '../model/scoring-model';
import { compileModel, type CompiledModel } from './compile';
import { computeKpis, type Kpis } from './kpis';
import type { LeadTable } from './lead-table';
import { allocateScores, scoreLeads, type LeadScores } from './score';

/**
 * One dataset's scoring state between slider ticks: the table and a reusable score buffer, so a
 * tick allocates nothing per lead.
 */
export class ScoringSession {
  private readonly scratch: LeadScores;

  constructor(readonly table: LeadTable) {
    this.scratch = allocateScores(table.n);
  }

  /** Scores every lead under `model`; the scores are overwritten by the next call. */
  score(model: ScoringModel): { scores: LeadScores; compiled: CompiledModel } {
    const compiled = compileModel(model, this.table);
    return { scores: scoreLeads(this.table, compiled, this.scratch), compiled };
  }

  evaluate(model: ScoringModel): Kpis {
    const { scores, compiled } = this.score(model);
    return computeKpis(this.table, scores, compiled);
  }
}
