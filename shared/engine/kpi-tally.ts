import type { CompiledModel } from './compile';
import { kpisFromCounts, type Kpis } from './kpis';
import { BECAME_SQL, OBSERVED, type LeadIndex } from './lead-index';
import type { LeadTable } from './lead-table';
import type { LeadScores } from './score';

/**
 * Per compiled knock-out, 1 for each lead it matches (switched on or not, since its removals are
 * shown either way). Kept per knock-out so switching one on touches only its own leads.
 */
export function knockoutColumns(table: LeadTable, model: CompiledModel): Uint8Array[] {
  return model.knockouts.map((knockout) => {
    const codes = table.fit[knockout.attribute].codes;
    const column = new Uint8Array(table.n);
    for (let lead = 0; lead < table.n; lead++) column[lead] = knockout.codes[codes[lead]];
    return column;
  });
}

/**
 * The counts behind the KPIs, kept up to date lead by lead: a tick subtracts a lead's old
 * contribution and adds its new one, so its cost follows the leads it touched, not the table.
 * Integers throughout, so the running counts equal a fresh count exactly.
 */
export class KpiTally {
  mqls = 0;
  mqlsObserved = 0;
  mqlSqls = 0;
  fastTracked = 0;
  removals = new Float64Array(0);

  constructor(private readonly index: LeadIndex) {}

  /** Counts from scratch, as computeKpis does: after a full rebuild or a change of knock-outs. */
  recount(scores: LeadScores, columns: Uint8Array[]): void {
    const outcome = this.index.outcome;
    this.mqls = 0;
    this.mqlsObserved = 0;
    this.mqlSqls = 0;
    this.fastTracked = 0;
    this.removals = new Float64Array(columns.length);
    for (let lead = 0; lead < scores.mql.length; lead++) {
      if (!Number.isNaN(scores.mqlAt[lead])) this.moveMoment(lead, 1, columns);
      this.fastTracked += scores.fastTracked[lead];
      if (scores.mql[lead]) this.moveMql(outcome[lead], 1);
    }
  }

  /** A lead entered (+1) or left (-1) the MQLs. */
  moveMql(outcome: number, delta: number): void {
    this.mqls += delta;
    if (outcome & OBSERVED) {
      this.mqlsObserved += delta;
      if (outcome & BECAME_SQL) this.mqlSqls += delta;
    }
  }

  /** A lead gained (+1) or lost (-1) an MQL moment, which is what each knock-out's removals count. */
  moveMoment(lead: number, delta: number, columns: Uint8Array[]): void {
    for (let k = 0; k < columns.length; k++) if (columns[k][lead]) this.removals[k] += delta;
  }

  kpis(model: CompiledModel, leads: number): Kpis {
    const { mqls, mqlsObserved, mqlSqls, fastTracked, removals } = this;
    return kpisFromCounts({ leads, mqls, mqlsObserved, mqlSqls, totalSqls: this.index.totalSqls, fastTracked, removals }, model);
  }
}
