import { scoringCutoff, type LeadTable } from './lead-table';

/** Bits of LeadIndex.outcome. */
export const OBSERVED = 1;
export const BECAME_SQL = 2;

/** An event's occurrence rank saturates here; caps above it need the counting replay. */
export const RANK_LIMIT = 255;

/**
 * What incremental scoring needs from a table beyond its columns, computed once per dataset and
 * independent of any model: where each lead's countable events end, and which leads a change to
 * one activity type's rule can touch, so a tick replays only those.
 */
export interface LeadIndex {
  /** Events of lead i before its cutoff are eventOffsets[i] .. cutEnd[i] - 1 (later ones never count). */
  cutEnd: Uint32Array;
  /** Per event before the cutoff: how many earlier events of its type the lead had, at most RANK_LIMIT. */
  rank: Uint8Array;
  /** Leads with an event of type t before their cutoff: typeLeads[typeStart[t] .. typeStart[t + 1] - 1], ascending. */
  typeStart: Uint32Array;
  typeLeads: Uint32Array;
  /** Beside typeLeads: how many events of that type the lead has before its cutoff, at most 65,535. */
  typeCounts: Uint16Array;
  /** Per lead: OBSERVED when its outcome is known (sales worked it, or it became SQL), BECAME_SQL when it became SQL. */
  outcome: Uint8Array;
  totalSqls: number;
}

export function buildLeadIndex(table: LeadTable): LeadIndex {
  const { n, eventOffsets, eventType, eventTime } = table;
  const types = table.activityTypes.length;
  const cutEnd = new Uint32Array(n);
  const rank = new Uint8Array(eventType.length);
  const outcome = new Uint8Array(n);
  // Per-type counters belong to the lead in `stamp`, so nothing is reset between leads.
  const stamp = new Int32Array(types).fill(-1);
  const running = new Uint32Array(types);
  const leadsPerType = new Uint32Array(types);
  let totalSqls = 0;

  for (let lead = 0; lead < n; lead++) {
    const cutoff = scoringCutoff(table, lead);
    const start = eventOffsets[lead];
    const stop = eventOffsets[lead + 1];
    let e = start;
    // The same test as the replay's, so NaN times behave identically (they never end the walk).
    for (; e < stop; e++) {
      const time = eventTime[e];
      if (time >= cutoff) break;
      const type = eventType[e];
      if (stamp[type] !== lead) {
        stamp[type] = lead;
        running[type] = 0;
        leadsPerType[type]++;
      }
      rank[e] = Math.min(running[type]++, RANK_LIMIT);
    }
    cutEnd[lead] = e;
    const sql = !Number.isNaN(table.sqlAt[lead]);
    if (sql) totalSqls++;
    // As in computeKpis: an SQL date means sales worked the lead, even without a first-touch date.
    const observed = sql || !Number.isNaN(table.workedAt[lead]);
    outcome[lead] = (observed ? OBSERVED : 0) | (sql ? BECAME_SQL : 0);
  }

  const typeStart = new Uint32Array(types + 1);
  for (let t = 0; t < types; t++) typeStart[t + 1] = typeStart[t] + leadsPerType[t];
  const typeLeads = new Uint32Array(typeStart[types]);
  const typeCounts = new Uint16Array(typeStart[types]);
  const fill = typeStart.slice(0, types);
  stamp.fill(-1);
  for (let lead = 0; lead < n; lead++) {
    for (let e = eventOffsets[lead]; e < cutEnd[lead]; e++) {
      const type = eventType[e];
      if (stamp[type] !== lead) {
        stamp[type] = lead;
        typeLeads[fill[type]++] = lead;
      }
      const slot = fill[type] - 1;
      if (typeCounts[slot] < 0xffff) typeCounts[slot]++;
    }
  }
  return { cutEnd, rank, typeStart, typeLeads, typeCounts, outcome, totalSqls };
}
