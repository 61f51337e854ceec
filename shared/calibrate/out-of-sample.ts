import type { LeadTable } from '../engine/lead-table';
import type { LeadScores } from '../engine/score';
import { rocAuc } from '../stats/ranking';
import { wilsonInterval, type Interval } from '../stats/wilson';
import { isObserved, isSql } from './features';
import { parseQuarter, quarterIndex, quarterLabel, quarterStart, weeksBetween } from './quarters';

const DAY_MS = 86_400_000;

/**
 * A time split by the lead's creation date: weights are fitted on leads created before the
 * held-out quarter and judged on leads created in it, as they would have been used in practice.
 */
export interface HoldoutSplit {
  /** Every quarter with leads, in order; any but the first can be held out. */
  quarters: string[];
  holdout: string;
  trainStart: number;
  holdoutStart: number;
  holdoutEnd: number;
}

function creationRange(table: LeadTable): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (let lead = 0; lead < table.n; lead++) {
    first = Math.min(first, table.createdAt[lead]);
    last = Math.max(last, table.createdAt[lead]);
  }
  return { first, last };
}

/**
 * The latest quarter the data covers to its last day, after at least one earlier quarter to fit
 * on; null when there is none. A quarter still in progress would judge the weights on a few weeks.
 */
export function latestFullQuarter(table: LeadTable): number | null {
  const { first, last } = creationRange(table);
  if (!Number.isFinite(first)) return null;
  let quarter = quarterIndex(last);
  if (quarterStart(quarter + 1) > Math.floor(last / DAY_MS) * DAY_MS + DAY_MS) quarter--;
  return quarter > quarterIndex(first) ? quarter : null;
}

/** The split holding out `holdout` ('2026-Q3'), or the latest full quarter when null; null when the data spans one quarter. */
export function holdoutSplit(table: LeadTable, holdout: string | null): HoldoutSplit | null {
  const { first, last } = creationRange(table);
  if (!Number.isFinite(first)) return null;
  const firstQuarter = quarterIndex(first);
  const lastQuarter = quarterIndex(last);
  const chosen = holdout === null ? latestFullQuarter(table) : parseQuarter(holdout);
  if (chosen === null || chosen <= firstQuarter || chosen > lastQuarter) return null;
  const quarters: string[] = [];
  for (let q = firstQuarter; q <= lastQuarter; q++) quarters.push(quarterLabel(q));
  return { quarters, holdout: quarterLabel(chosen), trainStart: first, holdoutStart: quarterStart(chosen), holdoutEnd: quarterStart(chosen + 1) };
}

/** How a model did on the leads created in one window of time. */
export interface WindowFigures {
  leads: number;
  weeks: number;
  /** Leads sales worked, and how many of them became SQL: the population AUC is measured on. */
  observed: number;
  observedSqls: number;
  /** How well the score ranks worked leads that became SQL above the rest (knocked-out leads aside). */
  auc: number;
  mqls: number;
  perWeek: number;
  mqlsObserved: number;
  mqlSqls: number;
  /** MQL→SQL rate among the MQLs sales worked; NaN when it worked none. */
  rate: number;
  interval: Interval;
  /** MQLs sales never worked: outside the rate, since nobody knows how they would have turned out. */
  unobservedMqls: number;
}

/**
 * Figures of the leads created in [from, to). Weekly volume divides by the weeks of the window
 * that the data covers (`span`, the first and last creation dates), so a window cut short by the
 * end of the export is not diluted.
 */
export function windowFigures(table: LeadTable, scores: LeadScores, from: number, to: number, span = creationRange(table)): WindowFigures {
  let leads = 0;
  let mqls = 0;
  let mqlsObserved = 0;
  let mqlSqls = 0;
  const ranked: number[] = [];
  const positive: number[] = [];
  for (let lead = 0; lead < table.n; lead++) {
    const created = table.createdAt[lead];
    if (created < from || created >= to) continue;
    leads++;
    const observed = isObserved(table, lead);
    const sql = isSql(table, lead);
    if (observed && !scores.knockedOut[lead]) {
      ranked.push(scores.score[lead]);
      positive.push(sql ? 1 : 0);
    }
    if (!scores.mql[lead]) continue;
    mqls++;
    if (!observed) continue;
    mqlsObserved++;
    if (sql) mqlSqls++;
  }
  const weeks = leads > 0 ? weeksBetween(Math.max(from, Math.floor(span.first / DAY_MS) * DAY_MS), Math.min(to, Math.floor(span.last / DAY_MS) * DAY_MS + DAY_MS)) : 0;
  let observedSqls = 0;
  for (const p of positive) observedSqls += p;
  return {
    leads,
    weeks,
    observed: ranked.length,
    observedSqls,
    auc: rocAuc(ranked, positive),
    mqls,
    perWeek: weeks > 0 ? mqls / weeks : NaN,
    mqlsObserved,
    mqlSqls,
    rate: mqlsObserved > 0 ? mqlSqls / mqlsObserved : NaN,
    interval: wilsonInterval(mqlSqls, mqlsObserved),
    unobservedMqls: mqls - mqlsObserved,
  };
}

export interface ModelCheck {
  inSample: WindowFigures;
  /** Null when the data spans a single quarter and nothing can be held out. */
  outOfSample: WindowFigures | null;
}

export function checkModel(table: LeadTable, scores: LeadScores, split: HoldoutSplit | null): ModelCheck {
  const span = creationRange(table);
  if (!split) return { inSample: windowFigures(table, scores, -Infinity, Infinity, span), outOfSample: null };
  return {
    inSample: windowFigures(table, scores, -Infinity, split.holdoutStart, span),
    outOfSample: windowFigures(table, scores, split.holdoutStart, split.holdoutEnd, span),
  };
}

/** One quarter under a fixed definition: its volume and rate, so drift in the data shows apart from changes to the rules. */
export interface DriftRow {
  quarter: string;
  leads: number;
  mqls: number;
  perWeek: number;
  mqlsObserved: number;
  mqlSqls: number;
  rate: number;
  interval: Interval;
}

/** Per quarter of creation, what the model makes of the leads created in it. */
export function computeDrift(table: LeadTable, scores: LeadScores): DriftRow[] {
  const span = creationRange(table);
  if (!Number.isFinite(span.first)) return [];
  const rows: DriftRow[] = [];
  for (let q = quarterIndex(span.first); q <= quarterIndex(span.last); q++) {
    const w = windowFigures(table, scores, quarterStart(q), quarterStart(q + 1), span);
    rows.push({ quarter: quarterLabel(q), leads: w.leads, mqls: w.mqls, perWeek: w.perWeek, mqlsObserved: w.mqlsObserved, mqlSqls: w.mqlSqls, rate: w.rate, interval: w.interval });
  }
  return rows;
}
