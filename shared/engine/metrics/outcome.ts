import type { LeadTable } from '../lead-table';

/** What history says about a lead: sales never worked it, or worked it and it did or did not become SQL. */
export const UNOBSERVED = 0;
export const NOT_SQL = 1;
export const SQL = 2;

export function outcomeOf(table: LeadTable, lead: number): number {
  if (!Number.isNaN(table.sqlAt[lead])) return SQL;
  return Number.isNaN(table.workedAt[lead]) ? UNOBSERVED : NOT_SQL;
}

/** MQL counts with what happened to them, the unit most views report. */
export interface OutcomeCounts {
  leads: number;
  observed: number;
  sqls: number;
}

export function emptyCounts(): OutcomeCounts {
  return { leads: 0, observed: 0, sqls: 0 };
}

export function addOutcome(counts: OutcomeCounts, outcome: number): void {
  counts.leads++;
  if (outcome !== UNOBSERVED) counts.observed++;
  if (outcome === SQL) counts.sqls++;
}
