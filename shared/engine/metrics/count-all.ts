import { Bins } from './bins';
import { SQL, UNOBSERVED, type OutcomeCounts } from './outcome';
import { periodIndex, type Calendar, type QuarterCounts } from './time-series';

/** Per lead, the values every view is counted from (MetricsTally's copies of the scores). */
export interface CountedLeads {
  mql: Uint8Array;
  knockedOut: Uint8Array;
  fastTracked: Uint8Array;
  cell: Uint8Array;
  mqlAt: Float64Array;
  score: Float64Array;
  // Fixed per lead:
  outcome: Uint8Array;
  opportunity: Uint8Array;
  won: Uint8Array;
  cents: Float64Array;
  channel: Uint16Array;
}

/** What the counts are binned by, fixed between layout changes (MetricsTally's Layout). */
export interface CountShape {
  thresholdMode: boolean;
  maxThreshold: number;
  histogramWidth: number;
  ownThreshold: Uint8Array;
  group: Uint16Array;
  groups: string[];
  periods: Calendar;
  quarters: Calendar;
}

export interface ViewCounts {
  funnel: { mqls: number; sqls: number; opportunities: number; won: number; cents: number };
  /** Per outcome, swept leads by score bin. */
  sweepBins: Float64Array[];
  /** Per outcome, MQLs the global threshold does not decide. */
  sweepFixed: number[];
  /** Leads by histogram bin and outcome. */
  histogram: Bins;
  matrixCounts: OutcomeCounts[];
  matrixMqls: number[];
  groupMqls: OutcomeCounts[];
  periodMqls: number[];
  quarterCounts: QuarterCounts;
  /** Non-MQL leads by whole score: leads, worked, SQLs, opportunities. */
  near: Bins;
}

/**
 * Every view's counts taken afresh, in one pass over the leads into flat typed arrays: what a
 * tick that moved most leads costs, so it is written as one loop with no calls or objects per
 * lead (a lead-by-lead count through the views' helpers took about three times as long).
 * MetricsTally's lead-by-lead updates must keep exactly these counts.
 */
export function countAll(leads: CountedLeads, shape: CountShape): ViewCounts {
  const { mql, knockedOut, fastTracked, cell, mqlAt, score, outcome, opportunity, won, cents, channel } = leads;
  const n = mql.length;
  const { thresholdMode, maxThreshold, histogramWidth: width, ownThreshold, group, periods, quarters } = shape;

  let lowest = Infinity;
  let highest = -Infinity;
  for (let lead = 0; lead < n; lead++) {
    if (knockedOut[lead]) continue;
    const s = score[lead];
    if (s < lowest) lowest = s;
    if (s > highest) highest = s;
  }
  // Histogram bins are floor(score / width), near-miss bins floor(score): both spans are known now.
  const histogramLow = lowest === Infinity ? 0 : Math.floor(lowest / width);
  const histogram = new Float64Array(3 * (lowest === Infinity ? 0 : Math.floor(highest / width) - histogramLow + 1));
  const nearLow = lowest === Infinity ? 0 : Math.floor(lowest);
  const near = new Float64Array(4 * (lowest === Infinity ? 0 : Math.floor(highest) - nearLow + 1));

  const sweep = new Float64Array(3 * (maxThreshold + 2));
  const sweepFixed = [0, 0, 0];
  const matrix = new Float64Array(16 * 4);
  const groups = new Float64Array(3 * shape.groups.length);
  const periodMqls = new Float64Array(periods.labels.length);
  const quarterObserved = new Float64Array(quarters.labels.length);
  const quarterSqls = new Float64Array(quarters.labels.length);
  let mqls = 0;
  let sqls = 0;
  let opportunities = 0;
  let wins = 0;
  let wonCents = 0;

  for (let lead = 0; lead < n; lead++) {
    // A knocked-out lead is in no count, and never an MQL (LeadScores.mql says so).
    if (knockedOut[lead]) continue;
    const o = outcome[lead];
    const isMql = mql[lead];
    const observed = o !== UNOBSERVED ? 1 : 0;
    const isSql = o === SQL ? 1 : 0;
    const s = score[lead];
    if (thresholdMode) {
      if (fastTracked[lead] || ownThreshold[channel[lead]]) {
        if (isMql) sweepFixed[o]++;
      } else if (s >= 0) {
        const whole = Math.floor(s);
        sweep[o * (maxThreshold + 2) + (whole < maxThreshold + 1 ? whole : maxThreshold + 1)]++;
      }
    }
    histogram[3 * (Math.floor(s / width) - histogramLow) + o]++;
    const c = 4 * cell[lead];
    matrix[c]++;
    matrix[c + 1] += observed;
    matrix[c + 2] += isSql;
    matrix[c + 3] += isMql;
    // One test on MQL status for both of its sides: it varies at random from lead to lead, and
    // each mispredicted branch costs more than the counting under it.
    if (isMql) {
      mqls++;
      sqls += isSql;
      opportunities += opportunity[lead];
      wins += won[lead];
      wonCents += cents[lead];
      const g = 3 * group[lead];
      groups[g]++;
      groups[g + 1] += observed;
      groups[g + 2] += isSql;
      const at = mqlAt[lead];
      periodMqls[periodIndex(periods, at)]++;
      const q = periodIndex(quarters, at);
      quarterObserved[q] += observed;
      quarterSqls[q] += isSql;
    } else {
      const b = 4 * (Math.floor(s) - nearLow);
      near[b]++;
      near[b + 1] += observed;
      near[b + 2] += isSql;
      near[b + 3] += opportunity[lead];
    }
  }

  const counts = (flat: Float64Array, i: number, stride: number): OutcomeCounts => ({ leads: flat[i * stride], observed: flat[i * stride + 1], sqls: flat[i * stride + 2] });
  return {
    funnel: { mqls, sqls, opportunities, won: wins, cents: wonCents },
    sweepBins: [0, 1, 2].map((o) => sweep.slice(o * (maxThreshold + 2), (o + 1) * (maxThreshold + 2))),
    sweepFixed,
    histogram: Bins.holding(3, histogramLow, histogram),
    matrixCounts: Array.from({ length: 16 }, (_, i) => counts(matrix, i, 4)),
    matrixMqls: Array.from({ length: 16 }, (_, i) => matrix[4 * i + 3]),
    groupMqls: shape.groups.map((_, i) => counts(groups, i, 3)),
    periodMqls: Array.from(periodMqls),
    quarterCounts: { observed: Array.from(quarterObserved), sqls: Array.from(quarterSqls) },
    near: Bins.holding(4, nearLow, near),
  };
}
