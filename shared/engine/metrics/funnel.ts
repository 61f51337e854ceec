import type { LeadTable } from '../lead-table';
import type { LeadScores } from '../score';

/** Leads → MQL → SQL → Opportunity → Won, counted among this definition's MQLs. */
export interface Funnel {
  leads: number;
  mqls: number;
  sqls: number;
  opportunities: number;
  won: number;
  /** Sum of the deal values of won MQLs. */
  wonValue: number;
}

/**
 * A won lead's deal value in whole cents (0 when not won or unknown). Summed as integers, the
 * total is the same in whatever order leads are added or taken away, which a running tally needs.
 */
export function wonCents(table: LeadTable, lead: number): number {
  const value = table.dealValue[lead];
  return table.won[lead] && !Number.isNaN(value) ? Math.round(value * 100) : 0;
}

export function computeFunnel(table: LeadTable, scores: LeadScores): Funnel {
  const funnel: Funnel = { leads: table.n, mqls: 0, sqls: 0, opportunities: 0, won: 0, wonValue: 0 };
  let cents = 0;
  for (let lead = 0; lead < table.n; lead++) {
    if (!scores.mql[lead]) continue;
    funnel.mqls++;
    if (!Number.isNaN(table.sqlAt[lead])) funnel.sqls++;
    if (!Number.isNaN(table.opportunityAt[lead])) funnel.opportunities++;
    if (table.won[lead]) funnel.won++;
    cents += wonCents(table, lead);
  }
  funnel.wonValue = cents / 100;
  return funnel;
}
