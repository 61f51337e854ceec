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

export function computeFunnel(table: LeadTable, scores: LeadScores): Funnel {
  const funnel: Funnel = { leads: table.n, mqls: 0, sqls: 0, opportunities: 0, won: 0, wonValue: 0 };
  for (let lead = 0; lead < table.n; lead++) {
    if (!scores.mql[lead]) continue;
    funnel.mqls++;
    if (!Number.isNaN(table.sqlAt[lead])) funnel.sqls++;
    if (!Number.isNaN(table.opportunityAt[lead])) funnel.opportunities++;
    if (table.won[lead]) {
      funnel.won++;
      if (!Number.isNaN(table.dealValue[lead])) funnel.wonValue += table.dealValue[lead];
    }
  }
  return funnel;
}
