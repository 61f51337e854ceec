import type { CompiledModel } from './compile';
import type { EngagementCounts } from './engagement-counts';
import { scoringCutoff, type LeadTable } from './lead-table';

/** Per-lead scores under one model, as of each lead's scoring cutoff. */
export interface LeadScores {
  fit: Float64Array;
  engagement: Float64Array;
  /** fit + engagement at the cutoff. */
  total: Float64Array;
  /** 1 when the lead's running score reached the threshold at some moment before its cutoff. */
  mql: Uint8Array;
}

export function allocateScores(n: number): LeadScores {
  return {
    fit: new Float64Array(n),
    engagement: new Float64Array(n),
    total: new Float64Array(n),
    mql: new Uint8Array(n),
  };
}

/**
 * Scores every lead into `out` (reused between slider ticks to spare the garbage collector).
 * While every activity adds points the running score only rises, so its peak is the score at the
 * cutoff; only when some activity subtracts points must the event timeline be replayed to find
 * whether the lead crossed the threshold before falling back.
 */
export function scoreLeads(
  table: LeadTable,
  counts: EngagementCounts,
  model: CompiledModel,
  out: LeadScores = allocateScores(table.n),
): LeadScores {
  const { fitPoints, activityPoints, activityCaps, threshold } = model;
  const attributes = table.fit.length;
  const types = counts.types;
  const seen = new Uint16Array(types);
  for (let lead = 0; lead < table.n; lead++) {
    let fit = 0;
    for (let a = 0; a < attributes; a++) fit += fitPoints[a][table.fit[a].codes[lead]];
    let engagement = 0;
    const row = lead * types;
    for (let t = 0; t < types; t++) {
      const count = counts.counts[row + t];
      if (count === 0) continue;
      engagement += activityPoints[t] * (count < activityCaps[t] ? count : activityCaps[t]);
    }
    const total = fit + engagement;
    out.fit[lead] = fit;
    out.engagement[lead] = engagement;
    out.total[lead] = total;
    out.mql[lead] =
      total >= threshold || (model.hasNegativeActivity && peakReachesThreshold(table, lead, fit, model, seen)) ? 1 : 0;
  }
  return out;
}

/** `seen` is scratch space for per-type occurrence counts, passed in so no lead allocates. */
function peakReachesThreshold(
  table: LeadTable,
  lead: number,
  fit: number,
  model: CompiledModel,
  seen: Uint16Array,
): boolean {
  if (fit >= model.threshold) return true;
  const cutoff = scoringCutoff(table, lead);
  seen.fill(0);
  let score = fit;
  for (let e = table.eventOffsets[lead]; e < table.eventOffsets[lead + 1]; e++) {
    if (table.eventTime[e] >= cutoff) break;
    const type = table.eventType[e];
    if (seen[type] >= model.activityCaps[type]) continue;
    seen[type]++;
    score += model.activityPoints[type];
    if (score >= model.threshold) return true;
  }
  return false;
}
