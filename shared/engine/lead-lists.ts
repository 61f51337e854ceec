import type { LeadTable } from './lead-table';
import { NOT_SQL, outcomeOf, SQL } from './metrics/outcome';
import type { LeadScores } from './score';

/** A lead that is an MQL under one definition and not the other. */
export interface ChangedLead {
  row: number;
  /** 'entering': an MQL under the scenario only; 'leaving': under the baseline only. */
  change: 'entering' | 'leaving';
  channel: string;
  fit: number;
  engagement: number;
  score: number;
  baselineScore: number;
  outcome: 'SQL' | 'worked, not SQL' | 'never worked';
  /** The scenario's MQL moment for entering leads, the baseline's for leaving ones. */
  mqlAt: number;
}

const OUTCOME_LABEL = { [SQL]: 'SQL', [NOT_SQL]: 'worked, not SQL' } as Record<number, ChangedLead['outcome']>;

/** The leads that enter and leave the MQL set against the baseline. */
export function changedLeads(table: LeadTable, scores: LeadScores, baseline: LeadScores): ChangedLead[] {
  const rows: ChangedLead[] = [];
  for (let lead = 0; lead < table.n; lead++) {
    if (scores.mql[lead] === baseline.mql[lead]) continue;
    const entering = scores.mql[lead] === 1;
    rows.push({
      row: lead,
      change: entering ? 'entering' : 'leaving',
      channel: table.channel.values[table.channel.codes[lead]],
      fit: scores.fit[lead],
      engagement: scores.engagement[lead],
      score: scores.score[lead],
      baselineScore: baseline.score[lead],
      outcome: OUTCOME_LABEL[outcomeOf(table, lead)] ?? 'never worked',
      mqlAt: entering ? scores.mqlAt[lead] : baseline.mqlAt[lead],
    });
  }
  return rows;
}
