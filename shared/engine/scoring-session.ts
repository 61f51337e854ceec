import type { ScoringModel } from '../model/scoring-model';
import { compileModel } from './compile';
import { countEngagement, type EngagementCounts } from './engagement-counts';
import { computeKpis, type Kpis } from './kpis';
import type { LeadTable } from './lead-table';
import { allocateScores, scoreLeads, type LeadScores } from './score';

/**
 * Everything worth keeping between slider ticks for one dataset: the point-in-time activity
 * counts (computed once) and a reusable score buffer, so a tick is one pass over the leads.
 */
export class ScoringSession {
  private readonly counts: EngagementCounts;
  private readonly scratch: LeadScores;

  constructor(readonly table: LeadTable) {
    this.counts = countEngagement(table);
    this.scratch = allocateScores(table.n);
  }

  evaluate(model: ScoringModel): Kpis {
    return computeKpis(this.table, scoreLeads(this.table, this.counts, compileModel(model, this.table), this.scratch));
  }
}
