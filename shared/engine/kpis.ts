import { wilsonInterval, type Interval } from '../stats/wilson';
import type { CompiledModel } from './compile';
import type { LeadTable } from './lead-table';
import type { LeadScores } from './score';

/** The headline figures of one MQL definition on one dataset. */
export interface Kpis {
  leads: number;
  mqls: number;
  /** MQLs that sales worked in history, so whether they became SQL is known. */
  mqlsObserved: number;
  /** MQLs sales never worked: their outcome is unknown and kept out of the rate. */
  mqlsUnobserved: number;
  /** MQLs that became SQL. */
  mqlSqls: number;
  /** MQL→SQL rate among observed MQLs; NaN when there are none. */
  rate: number;
  rateInterval: Interval;
  /** The rate if every unobserved MQL had failed (low) or converted (high). */
  rateBounds: Interval;
  /** Every lead that became SQL in history, MQL under this definition or not. */
  totalSqls: number;
  /** Share of all SQLs that this definition would have passed to sales. */
  sqlsCapturedShare: number;
  /** MQLs made by a fast-track rule rather than by their score. */
  fastTracked: number;
  /** Per knock-out id: leads that met the rule but match it, i.e. the MQLs it removes (or would, if switched on). */
  knockoutRemovals: Record<string, number>;
}

export function computeKpis(table: LeadTable, scores: LeadScores, model: CompiledModel): Kpis {
  let mqls = 0;
  let mqlsObserved = 0;
  let mqlSqls = 0;
  let totalSqls = 0;
  let fastTracked = 0;
  const removals = new Float64Array(model.knockouts.length);
  for (let lead = 0; lead < table.n; lead++) {
    const isSql = !Number.isNaN(table.sqlAt[lead]);
    if (isSql) totalSqls++;
    if (!Number.isNaN(scores.mqlAt[lead])) {
      for (let k = 0; k < model.knockouts.length; k++) {
        const knockout = model.knockouts[k];
        if (knockout.codes[table.fit[knockout.attribute].codes[lead]]) removals[k]++;
      }
    }
    if (!scores.mql[lead]) continue;
    mqls++;
    fastTracked += scores.fastTracked[lead];
    // An SQL date means sales worked the lead, even where the export has no first-touch date.
    if (!isSql && Number.isNaN(table.workedAt[lead])) continue;
    mqlsObserved++;
    if (isSql) mqlSqls++;
  }
  return kpisFromCounts({ leads: table.n, mqls, mqlsObserved, mqlSqls, totalSqls, fastTracked, removals }, model);
}

/** The counts every KPI is arithmetic on; removals[k] belongs to model.knockouts[k]. */
export interface KpiCounts {
  leads: number;
  mqls: number;
  mqlsObserved: number;
  mqlSqls: number;
  totalSqls: number;
  fastTracked: number;
  removals: ArrayLike<number>;
}

/**
 * The KPIs from their counts: one formula for both the full pass above and the incremental
 * session's running counts, so the two cannot drift apart.
 */
export function kpisFromCounts(counts: KpiCounts, model: CompiledModel): Kpis {
  const { mqls, mqlsObserved, mqlSqls, totalSqls, fastTracked, removals } = counts;
  const mqlsUnobserved = mqls - mqlsObserved;
  return {
    leads: counts.leads,
    mqls,
    mqlsObserved,
    mqlsUnobserved,
    mqlSqls,
    rate: mqlsObserved > 0 ? mqlSqls / mqlsObserved : NaN,
    rateInterval: wilsonInterval(mqlSqls, mqlsObserved),
    rateBounds:
      mqls > 0 ? { low: mqlSqls / mqls, high: (mqlSqls + mqlsUnobserved) / mqls } : { low: 0, high: 1 },
    totalSqls,
    sqlsCapturedShare: totalSqls > 0 ? mqlSqls / totalSqls : NaN,
    fastTracked,
    knockoutRemovals: Object.fromEntries(model.knockouts.map((k, i) => [k.id, removals[i]])),
  };
}
