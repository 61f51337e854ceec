import { stageReached, type LifecycleValue } from './lifecycle';
import { fileProblem, type ImportProblem } from './problems';
import type { LeadRecord } from './records';
import { formatCount } from './text';

/** What a row says about its outcome besides the dates themselves. */
export interface FunnelSignals {
  stage: LifecycleValue | null;
  converted: boolean | null;
  /** The won cell had a value; an explicit "no" is not overridden by the stage. */
  wonKnown: boolean;
}

type DateStep = 'mqlAt' | 'workedAt' | 'sqlAt' | 'opportunityAt';
const STEPS: readonly DateStep[] = ['mqlAt', 'workedAt', 'sqlAt', 'opportunityAt'];
const STEP_LABEL: Record<DateStep, string> = {
  mqlAt: 'MQL',
  workedAt: 'first sales touch',
  sqlAt: 'SQL',
  opportunityAt: 'opportunity',
};

/**
 * Completes a lead's funnel from its stage when dates are missing, and counts what it inferred so
 * the file gets one warning per inference rather than one per row.
 *
 * A step is reached when its date is known, when the lifecycle stage says so, or when a later
 * step is reached (a won deal was an opportunity, an opportunity was an SQL, an SQL was worked).
 * MQL is the exception: sales-sourced leads become SQLs without being MQLs, so only an MQL stage
 * or date says MQL.
 *
 * A reached step without a date gets the latest known date before it, the created date when
 * there is none. That is the earliest the step can have happened, and so the safe choice for
 * point-in-time scoring: activities after it are not counted, and nothing that happened after the
 * real (unknown) date can leak into the score.
 */
export class FunnelFill {
  private readonly inferred: Record<DateStep | 'won', number> = {
    mqlAt: 0,
    workedAt: 0,
    sqlAt: 0,
    opportunityAt: 0,
    won: 0,
  };

  apply(lead: LeadRecord, signals: FunnelSignals): void {
    const stage = signals.stage?.stage ?? null;
    if (!signals.wonKnown && !lead.won && stageReached(stage, 'customer')) {
      lead.won = true;
      this.inferred.won++;
    }
    const opportunity = lead.opportunityAt !== null || lead.won || stageReached(stage, 'opportunity');
    const sql = lead.sqlAt !== null || opportunity || stageReached(stage, 'sql') || signals.converted === true;
    const worked = lead.workedAt !== null || sql || signals.stage?.worked === true;
    const mql = lead.mqlAt !== null || stageReached(stage, 'mql');
    // Written out step by step rather than looped over, as this runs once per lead.
    let latest = lead.createdAt;
    if (lead.mqlAt !== null) latest = Math.max(latest, lead.mqlAt);
    else if (mql) {
      lead.mqlAt = latest;
      this.inferred.mqlAt++;
    }
    if (lead.workedAt !== null) latest = Math.max(latest, lead.workedAt);
    else if (worked) {
      lead.workedAt = latest;
      this.inferred.workedAt++;
    }
    if (lead.sqlAt !== null) latest = Math.max(latest, lead.sqlAt);
    else if (sql) {
      lead.sqlAt = latest;
      this.inferred.sqlAt++;
    }
    if (lead.opportunityAt === null && opportunity) {
      lead.opportunityAt = latest;
      this.inferred.opportunityAt++;
    }
  }

  /** One warning per kind of inference made in the file, with how many leads it concerned. */
  problems(file: string, stageColumn: string | null): ImportProblem[] {
    const out: ImportProblem[] = [];
    for (const step of STEPS) {
      const n = this.inferred[step];
      if (n === 0) continue;
      const label = STEP_LABEL[step];
      out.push(
        fileProblem(
          file,
          'warning',
          'inferred-outcome',
          `${formatCount(n)} ${n === 1 ? 'lead' : 'leads'} reached ${label} (by lifecycle stage, status or a later step) ` +
            `but ${n === 1 ? 'has' : 'have'} no ${label} date; the latest known earlier date was used (the created date ` +
            `when none is known), so activities after it are not counted. Map the ${label} date column if the export has one.`,
          stageColumn,
        ),
      );
    }
    if (this.inferred.won > 0) {
      const n = this.inferred.won;
      out.push(
        fileProblem(
          file,
          'warning',
          'inferred-outcome',
          `${formatCount(n)} ${n === 1 ? 'lead was' : 'leads were'} counted as won because the lifecycle stage or ` +
            'status says customer or won. Map a won column if the export has one.',
          stageColumn,
        ),
      );
    }
    return out;
  }
}
