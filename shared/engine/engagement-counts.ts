import { scoringCutoff, type LeadTable } from './lead-table';

/**
 * Occurrences of each activity type per lead that happened before the lead's scoring cutoff,
 * as a lead-major matrix: counts[lead * types + type]. Computed once per dataset; with it a
 * slider move rescoring every lead touches no event at all. Counts saturate at 65,535, far above
 * any cap a model can set.
 */
export interface EngagementCounts {
  types: number;
  counts: Uint16Array;
}

export function countEngagement(table: LeadTable): EngagementCounts {
  const types = table.activityTypes.length;
  const counts = new Uint16Array(table.n * types);
  for (let lead = 0; lead < table.n; lead++) {
    const cutoff = scoringCutoff(table, lead);
    const row = lead * types;
    for (let e = table.eventOffsets[lead]; e < table.eventOffsets[lead + 1]; e++) {
      if (table.eventTime[e] >= cutoff) break;
      const cell = row + table.eventType[e];
      if (counts[cell] < 0xffff) counts[cell]++;
    }
  }
  return { types, counts };
}
