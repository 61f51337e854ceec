import type { ScoringModel } from '../../model/scoring-model';
import type { ChangeLog } from '../change-log';
import type { LeadTable } from '../lead-table';
import type { LeadScores } from '../score';
import { Bins } from './bins';
import { countAll, type CountShape } from './count-all';
import { breakdownColumn, breakdownFrom } from './breakdown';
import { wonCents } from './funnel';
import { histogramBin, histogramFrom } from './histogram';
import type { Metrics, MetricsOptions } from './index';
import { cellOf, matrixFrom } from './matrix';
import { computeNearMiss } from './near-miss';
import { addOutcome, emptyCounts, NOT_SQL, outcomeOf, SQL, UNOBSERVED, type OutcomeCounts } from './outcome';
import { RankingOrder } from './ranking-order';
import { ownThresholdChannels, sweepBin, sweepFromBins, sweepMaxThreshold } from './sweep';
import { calendarOf, periodIndex, quarterRatesFrom, timeSeriesFrom, type QuarterCounts } from './time-series';

/** What fixes the shape of the counts; when it changes they are taken afresh. */
interface Layout extends CountShape {
  key: string;
  gradeCuts: Float64Array;
  levelCuts: Float64Array;
}

/**
 * Beyond this share of leads touched, counting every lead afresh in table order beats moving
 * each touched lead (scattered reads of a dozen columns per lead).
 */
export const RECOUNT_SHARE = 0.3;

/** Sweep slots besides a score bin (bins are 0 and up). */
const NOT_SWEPT = -1;
const FIXED = -2;

/** Fields of the near-miss bins: leads, worked, SQLs, opportunities. */
const NEAR_LEADS = 0;
const NEAR_OBSERVED = 1;
const NEAR_SQLS = 2;
const NEAR_OPPORTUNITIES = 3;

/**
 * Every result view's numbers (computeMetrics) kept up to date lead by lead, as KpiTally keeps the
 * KPIs: the session's change log names the leads a tick touched, each one's old contribution is
 * taken away and its new one added, so a tick costs what it changed, not the table. Counts are
 * integers (deal values in cents), so the running figures equal a fresh computeMetrics exactly
 * (test/unit/engine/incremental.test.ts). The ranking is not a sum: RankingOrder keeps the leads
 * sorted and re-sorts only those whose score changed; threshold moves leave it as it is.
 */
export class MetricsTally {
  // What is counted now, per lead: the values the counts were last taken with.
  private readonly mql: Uint8Array;
  private readonly knockedOut: Uint8Array;
  private readonly fastTracked: Uint8Array;
  private readonly cell: Uint8Array;
  private readonly mqlAt: Float64Array;
  private readonly score: Float64Array;
  // Per lead, fixed by the table.
  private readonly outcome: Uint8Array;
  private readonly opportunity: Uint8Array;
  private readonly won: Uint8Array;
  private readonly cents: Float64Array;
  private totalSqls = 0;

  private layout: Layout | null = null;
  private funnel = { mqls: 0, sqls: 0, opportunities: 0, won: 0, cents: 0 };
  private sweepBins: Float64Array[] = [];
  private sweepFixed = [0, 0, 0];
  /** Leads by histogram bin and outcome (UNOBSERVED, NOT_SQL, SQL). */
  private histogram = new Bins(3);
  private matrixCounts: OutcomeCounts[] = [];
  private matrixMqls: number[] = [];
  private groupMqls: OutcomeCounts[] = [];
  private periodMqls: number[] = [];
  private quarterCounts: QuarterCounts = { observed: [], sqls: [] };
  /** Non-MQL leads by whole score, for the near-miss band. */
  private near = new Bins(4);
  private readonly ranking: RankingOrder;
  private baselineParts: { scores: LeadScores; key: string; parts: BaselineParts } | null = null;

  /** `recountShare`: tests set it above 1 so every tick takes the lead-by-lead path. */
  constructor(
    private readonly table: LeadTable,
    private readonly recountShare = RECOUNT_SHARE,
  ) {
    const n = table.n;
    this.mql = new Uint8Array(n);
    this.knockedOut = new Uint8Array(n);
    this.fastTracked = new Uint8Array(n);
    this.cell = new Uint8Array(n);
    this.mqlAt = new Float64Array(n);
    this.score = new Float64Array(n);
    this.outcome = new Uint8Array(n);
    this.opportunity = new Uint8Array(n);
    this.won = new Uint8Array(n);
    this.cents = new Float64Array(n);
    for (let lead = 0; lead < n; lead++) {
      this.outcome[lead] = outcomeOf(table, lead);
      if (this.outcome[lead] === SQL) this.totalSqls++;
      this.opportunity[lead] = Number.isNaN(table.opportunityAt[lead]) ? 0 : 1;
      this.won[lead] = table.won[lead];
      this.cents[lead] = wonCents(table, lead);
    }
    this.ranking = new RankingOrder(this.score, this.knockedOut, this.outcome);
  }

  /**
   * The metrics of `model`, whose scores the session has just written, catching up with the
   * leads `changes` names (and clearing it). `baseline` is the baseline's scores, fixed between
   * calls unless the baseline itself changes.
   */
  update(model: ScoringModel, scores: LeadScores, changes: ChangeLog, baseline: LeadScores, options: MetricsOptions): Metrics {
    const layout = this.layoutFor(model, options);
    if (changes.everything || this.layout?.key !== layout.key || changes.leads().length > this.table.n * this.recountShare) {
      this.layout = layout;
      this.recount(scores);
    } else {
      const leads = changes.leads();
      if (changes.beyondMoments) for (const lead of leads) this.catchUp(lead, scores);
      else for (const lead of leads) this.catchUpMoment(lead, scores);
    }
    changes.clear();
    return this.metrics(model, scores, baseline, options);
  }

  private layoutFor(model: ScoringModel, options: MetricsOptions): Layout {
    const ownThreshold = ownThresholdChannels(this.table, model);
    const key = JSON.stringify([model.mode, model.matrix.gradeCuts, model.matrix.levelCuts, Array.from(ownThreshold), options.breakdown, options.grain]);
    if (this.layout?.key === key) return this.layout;
    const column = breakdownColumn(this.table, options.breakdown);
    return {
      key,
      thresholdMode: model.mode !== 'matrix',
      maxThreshold: sweepMaxThreshold(model),
      histogramWidth: model.mode === 'blend' ? 2 : 5,
      ownThreshold,
      gradeCuts: Float64Array.from(model.matrix.gradeCuts),
      levelCuts: Float64Array.from(model.matrix.levelCuts),
      group: column.codes,
      groups: column.values,
      periods: calendarOf(this.table, options.grain),
      quarters: calendarOf(this.table, 'quarter'),
    };
  }

  private recount(scores: LeadScores): void {
    const layout = this.layout as Layout;
    this.mql.set(scores.mql);
    this.knockedOut.set(scores.knockedOut);
    this.fastTracked.set(scores.fastTracked);
    this.mqlAt.set(scores.mqlAt);
    this.score.set(scores.score);
    const { fit, engagement } = scores;
    const { gradeCuts, levelCuts } = layout;
    const cell = this.cell;
    for (let lead = 0; lead < this.table.n; lead++) cell[lead] = cellOf(fit[lead], engagement[lead], gradeCuts, levelCuts);
    const { mql, knockedOut, fastTracked, mqlAt, score, outcome, opportunity, won, cents } = this;
    const counts = countAll({ mql, knockedOut, fastTracked, cell, mqlAt, score, outcome, opportunity, won, cents, channel: this.table.channel.codes }, layout);
    ({ funnel: this.funnel, sweepBins: this.sweepBins, sweepFixed: this.sweepFixed, histogram: this.histogram } = counts);
    ({ matrixCounts: this.matrixCounts, matrixMqls: this.matrixMqls, groupMqls: this.groupMqls } = counts);
    ({ periodMqls: this.periodMqls, quarterCounts: this.quarterCounts, near: this.near } = counts);
    this.ranking.reset();
  }

  /**
   * Moves a touched lead's contribution from its old values to its new ones, view by view, and
   * only in the views whose bin it left: a fit-points tick shifts many scores by a little, most
   * of them within the same histogram bin, matrix cell and MQL status.
   */
  private catchUp(lead: number, scores: LeadScores): void {
    const layout = this.layout as Layout;
    const oldMql = this.mql[lead];
    const oldAt = this.mqlAt[lead];
    const oldKo = this.knockedOut[lead];
    const oldScore = this.score[lead];
    const oldSweep = this.sweepSlot(lead);
    const oldCell = this.cell[lead];
    const mql = scores.mql[lead];
    const at = scores.mqlAt[lead];
    const ko = scores.knockedOut[lead];
    const score = scores.score[lead];
    const cell = cellOf(scores.fit[lead], scores.engagement[lead], layout.gradeCuts, layout.levelCuts);
    this.mql[lead] = mql;
    this.mqlAt[lead] = at;
    this.knockedOut[lead] = ko;
    this.fastTracked[lead] = scores.fastTracked[lead];
    this.score[lead] = score;
    this.cell[lead] = cell;

    this.moveMql(lead, oldMql, oldAt, mql, at);
    const outcome = this.outcome[lead];
    const sweep = this.sweepSlot(lead);
    if (sweep !== oldSweep) {
      this.addSweep(oldSweep, outcome, -1);
      this.addSweep(sweep, outcome, 1);
    }
    const scoreMoved = !Object.is(oldScore, score);
    if (scoreMoved || oldKo !== ko) this.ranking.note(lead);
    const width = layout.histogramWidth;
    if (oldKo !== ko || (scoreMoved && histogramBin(oldScore, width) !== histogramBin(score, width))) {
      if (!oldKo) this.histogram.add(histogramBin(oldScore, width), outcome, -1);
      if (!ko) this.histogram.add(histogramBin(score, width), outcome, 1);
    }
    if (oldKo !== ko || oldCell !== cell || oldMql !== mql) {
      if (!oldKo) this.addCell(oldCell, oldMql, outcome, -1);
      if (!ko) this.addCell(cell, mql, outcome, 1);
    }
    const wasNear = !oldKo && !oldMql;
    const isNear = !ko && !mql;
    if (wasNear !== isNear || (isNear && scoreMoved && Math.floor(oldScore) !== Math.floor(score))) {
      if (wasNear) this.addNear(lead, Math.floor(oldScore), -1);
      if (isNear) this.addNear(lead, Math.floor(score), 1);
    }
  }

  /** catchUp for a tick that moved only MQL columns (a threshold step): three columns to compare, not seven. */
  private catchUpMoment(lead: number, scores: LeadScores): void {
    const at = scores.mqlAt[lead];
    if (this.mql[lead] === scores.mql[lead] && this.fastTracked[lead] === scores.fastTracked[lead]) {
      if (this.mql[lead] && !Object.is(this.mqlAt[lead], at)) this.moveMoment(lead, this.mqlAt[lead], at);
      this.mqlAt[lead] = at;
      return;
    }
    this.catchUp(lead, scores);
  }

  /** The MQL-status views (funnel, channels, time): a lead entering, leaving or moving its moment. */
  private moveMql(lead: number, oldMql: number, oldAt: number, mql: number, at: number): void {
    if (oldMql === mql) {
      if (mql && !Object.is(oldAt, at)) this.moveMoment(lead, oldAt, at);
      return;
    }
    if (oldMql) this.addMql(lead, oldAt, -1);
    if (mql) this.addMql(lead, at, 1);
  }

  /** An MQL's moment moved from `from` to `to`: only the time views' counts change. */
  private moveMoment(lead: number, from: number, to: number): void {
    const layout = this.layout as Layout;
    const periods = this.periodMqls;
    periods[periodIndex(layout.periods, from)]--;
    periods[periodIndex(layout.periods, to)]++;
    const outcome = this.outcome[lead];
    if (outcome === UNOBSERVED) return;
    const { observed, sqls } = this.quarterCounts;
    const q0 = periodIndex(layout.quarters, from);
    const q1 = periodIndex(layout.quarters, to);
    observed[q0]--;
    observed[q1]++;
    if (outcome === SQL) {
      sqls[q0]--;
      sqls[q1]++;
    }
  }

  private addMql(lead: number, at: number, sign: number): void {
    const layout = this.layout as Layout;
    const outcome = this.outcome[lead];
    const funnel = this.funnel;
    funnel.mqls += sign;
    if (outcome === SQL) funnel.sqls += sign;
    funnel.opportunities += sign * this.opportunity[lead];
    funnel.won += sign * this.won[lead];
    funnel.cents += sign * this.cents[lead];
    addSigned(this.groupMqls[layout.group[lead]], outcome, sign);
    this.periodMqls[periodIndex(layout.periods, at)] += sign;
    if (outcome !== UNOBSERVED) {
      const q = periodIndex(layout.quarters, at);
      this.quarterCounts.observed[q] += sign;
      if (outcome === SQL) this.quarterCounts.sqls[q] += sign;
    }
  }

  /**
   * Where the lead counts in the sweep, from its current values: NOT_SWEPT, FIXED (an MQL the
   * global threshold does not decide: fast-tracked, or of a channel with its own threshold), or
   * its score bin.
   */
  private sweepSlot(lead: number): number {
    const layout = this.layout as Layout;
    if (!layout.thresholdMode || this.knockedOut[lead]) return NOT_SWEPT;
    if (this.fastTracked[lead] || layout.ownThreshold[this.table.channel.codes[lead]]) return this.mql[lead] ? FIXED : NOT_SWEPT;
    const score = this.score[lead];
    return score >= 0 ? sweepBin(score, layout.maxThreshold) : NOT_SWEPT;
  }

  private addSweep(slot: number, outcome: number, sign: number): void {
    if (slot === FIXED) this.sweepFixed[outcome] += sign;
    else if (slot !== NOT_SWEPT) this.sweepBins[outcome][slot] += sign;
  }

  private addCell(cell: number, mql: number, outcome: number, sign: number): void {
    addSigned(this.matrixCounts[cell], outcome, sign);
    if (mql) this.matrixMqls[cell] += sign;
  }

  private addNear(lead: number, whole: number, sign: number): void {
    const outcome = this.outcome[lead];
    const near = this.near;
    near.add(whole, NEAR_LEADS, sign);
    if (outcome !== UNOBSERVED) near.add(whole, NEAR_OBSERVED, sign);
    if (outcome === SQL) near.add(whole, NEAR_SQLS, sign);
    near.add(whole, NEAR_OPPORTUNITIES, sign * this.opportunity[lead]);
  }

  private metrics(model: ScoringModel, scores: LeadScores, baseline: LeadScores, options: MetricsOptions): Metrics {
    const layout = this.layout as Layout;
    const base = this.baselineFor(baseline, layout);
    const { mqls, sqls, opportunities, won, cents } = this.funnel;
    const [firstBin, lastBin] = this.histogram.extent();
    const histogram = this.histogram;
    return {
      funnel: { leads: this.table.n, mqls, sqls, opportunities, won, wonValue: cents / 100 },
      sweep: layout.thresholdMode ? sweepFromBins(this.sweepBins, this.sweepFixed, this.totalSqls, layout.maxThreshold) : null,
      histogram: histogramFrom(layout.histogramWidth, firstBin, lastBin, (bin) => [histogram.get(bin, UNOBSERVED), histogram.get(bin, NOT_SQL), histogram.get(bin, SQL)]),
      matrix: matrixFrom(this.matrixCounts.map((c) => ({ ...c })), this.matrixMqls.slice(), model),
      breakdown: breakdownFrom(layout.groups, base.groupLeads, this.groupMqls.map((c) => ({ ...c })), base.groupMqls, options.maxIntervalWidth),
      timeSeries: timeSeriesFrom(options.grain, layout.periods.labels, this.periodMqls.slice(), base.periodMqls.slice()),
      quarterRates: quarterRatesFrom(layout.quarters.labels, this.quarterCounts, base.quarterCounts),
      ranking: this.ranking.ranking(),
      nearMiss: layout.thresholdMode ? this.nearMiss(model.threshold, options.nearMissBand, scores) : null,
    };
  }

  /**
   * Leads within `band` points below a whole threshold: the whole-score bins T − band … T − 1.
   * Hand-edited model files may hold fractional values; those are counted afresh.
   */
  private nearMiss(threshold: number, band: number, scores: LeadScores): Metrics['nearMiss'] {
    if (!Number.isInteger(threshold) || !Number.isInteger(band)) return computeNearMiss(this.table, scores, threshold, band);
    const total = emptyCounts();
    let opportunities = 0;
    for (let whole = threshold - band; whole < threshold; whole++) {
      total.leads += this.near.get(whole, NEAR_LEADS);
      total.observed += this.near.get(whole, NEAR_OBSERVED);
      total.sqls += this.near.get(whole, NEAR_SQLS);
      opportunities += this.near.get(whole, NEAR_OPPORTUNITIES);
    }
    return { ...total, band, opportunities };
  }

  /** The baseline's side of the breakdown and time views: counted once per baseline and layout. */
  private baselineFor(baseline: LeadScores, layout: Layout): BaselineParts {
    const key = `${layout.key}`;
    if (this.baselineParts?.scores === baseline && this.baselineParts.key === key) return this.baselineParts.parts;
    const parts: BaselineParts = {
      groupLeads: new Array<number>(layout.groups.length).fill(0),
      groupMqls: layout.groups.map(emptyCounts),
      periodMqls: new Array<number>(layout.periods.labels.length).fill(0),
      quarterCounts: { observed: new Array<number>(layout.quarters.labels.length).fill(0), sqls: new Array<number>(layout.quarters.labels.length).fill(0) },
    };
    for (let lead = 0; lead < this.table.n; lead++) {
      parts.groupLeads[layout.group[lead]]++;
      if (!baseline.mql[lead]) continue;
      const outcome = this.outcome[lead];
      addOutcome(parts.groupMqls[layout.group[lead]], outcome);
      parts.periodMqls[periodIndex(layout.periods, baseline.mqlAt[lead])]++;
      if (outcome === UNOBSERVED) continue;
      const q = periodIndex(layout.quarters, baseline.mqlAt[lead]);
      parts.quarterCounts.observed[q]++;
      if (outcome === SQL) parts.quarterCounts.sqls[q]++;
    }
    this.baselineParts = { scores: baseline, key, parts };
    return parts;
  }
}

interface BaselineParts {
  groupLeads: number[];
  groupMqls: OutcomeCounts[];
  periodMqls: number[];
  quarterCounts: QuarterCounts;
}

function addSigned(counts: OutcomeCounts, outcome: number, sign: number): void {
  counts.leads += sign;
  if (outcome !== UNOBSERVED) counts.observed += sign;
  if (outcome === SQL) counts.sqls += sign;
}
