import type { ScoringModel } from '../model/scoring-model';
import { ChangeLog } from './change-log';
import { compileModel, type CompiledModel } from './compile';
import { EngagementWalker, needsStoredEngagement } from './engagement-profile';
import { KpiTally, knockoutColumns } from './kpi-tally';
import type { Kpis } from './kpis';
import { buildLeadIndex, type LeadIndex } from './lead-index';
import { MOMENT_UNKNOWN, OutcomeDeriver } from './lead-outcome';
import * as S from './lead-state';
import type { LeadTable } from './lead-table';
import { diffModels, type ModelChange } from './model-diff';
import { allocateScores, type LeadScores } from './score';
import { ThresholdMover } from './threshold-move';

/* Per-lead work marks for one tick. */
const WALK = 1;
const REFIT = 2;
const DERIVE = 4;
const KNOCKOUT = 8;
/** Only the MQL columns can change (a threshold moved). */
const MOMENT = 16;

const VS = S.VALUE_SLOTS;
const BS = S.BYTE_SLOTS;
const [FIT, TOP, KIND, FLAGS] = [S.FIT, S.TOP, S.KIND, S.FLAGS];
const [F_KO, F_MATCH] = [S.FLAG_KNOCKED_OUT, S.FLAG_MATCHES_KNOCKOUT];

/**
 * One dataset's scoring state between slider ticks. The first model is scored in full; after
 * that each model is compared with the previous one and only the leads it can affect are
 * touched: a threshold move re-derives the leads whose MQL moment it moves, a fit value's (or a
 * band's) points its leads, a moved band edge refits every lead, an activity rule the leads that
 * have that activity, and the KPI counts move with each touched lead. Results equal a full
 * recompute exactly (test/unit/engine/incremental.test.ts checks every LeadScores array and the
 * KPIs against score.ts after random sequences of edits).
 */
export class ScoringSession {
  private readonly index: LeadIndex;
  private readonly state: S.LeadState;
  private readonly scores: LeadScores;
  private readonly tally: KpiTally;
  /** The leads each tick touched, for the result views' counts (see MetricsTally). */
  readonly changes: ChangeLog;
  private readonly thresholdMover: ThresholdMover;
  /** Work marks of the current tick, one byte per lead, apart so unmarked leads cost one byte. */
  private readonly marks: Uint8Array;
  /** The leads marked this tick, each once. */
  private readonly touched: Uint32Array;
  /** Where the prefetching loop puts what it read, so no compiler drops the reads. */
  sink = 0;
  /**
   * Per fit attribute, its leads grouped by code; built when a code's points first move, and
   * again when the attribute's codes change (a band edge moved).
   */
  private readonly codeIndexes: ({ codes: Uint16Array; start: Uint32Array; leads: Uint32Array } | undefined)[] = [];
  /** Most events any lead has: the size of the deriver's scratch buffers. */
  private readonly maxEvents: number;
  /** Engagement at every event, kept while the model needs it stored (see needsStoredEngagement). */
  private stored: Float64Array | null = null;
  private knockouts: Uint8Array[] = [];
  private current: CompiledModel | null = null;

  constructor(readonly table: LeadTable) {
    this.index = buildLeadIndex(table);
    this.state = S.allocateLeadState(table.n, table.eventType.length, this.index.outcome, table.channel.codes);
    this.scores = allocateScores(table.n);
    this.tally = new KpiTally(this.index);
    this.changes = new ChangeLog(table.n);
    this.thresholdMover = new ThresholdMover(table, this.state, this.scores, this.tally, this.changes);
    this.marks = new Uint8Array(table.n);
    this.touched = new Uint32Array(table.n);
    let maxEvents = 0;
    for (let lead = 0; lead < table.n; lead++) maxEvents = Math.max(maxEvents, table.eventOffsets[lead + 1] - table.eventOffsets[lead]);
    this.maxEvents = maxEvents;
  }

  /** Scores every lead under `model`; the scores are overwritten by the next call. */
  score(model: ScoringModel): { scores: LeadScores; compiled: CompiledModel } {
    const compiled = compileModel(model, this.table);
    // Stored engagement is only kept up to date while a model needs it: a model that starts
    // needing it has every lead replayed once.
    const stale = needsStoredEngagement(compiled) && !(this.current && needsStoredEngagement(this.current));
    if (stale) this.stored ??= new Float64Array(this.table.eventType.length);
    if (this.current && !stale) this.update(this.current, compiled);
    else this.rebuild(compiled);
    this.current = compiled;
    return { scores: this.scores, compiled };
  }

  evaluate(model: ScoringModel): Kpis {
    return this.tick(model).kpis;
  }

  /** One slider tick: the scores and the KPIs counted along with them. */
  tick(model: ScoringModel): { kpis: Kpis; scores: LeadScores } {
    const { compiled, scores } = this.score(model);
    return { kpis: this.tally.kpis(compiled, this.table.n), scores };
  }

  private rebuild(model: CompiledModel): void {
    this.knockouts = knockoutColumns(this.table, model);
    const walker = this.walker(model);
    const deriver = this.deriver(model, walker);
    const enabled = this.enabledKnockouts(model);
    const bytes = this.state.bytes;
    this.marks.fill(0);
    for (let lead = 0; lead < this.table.n; lead++) {
      bytes[lead * BS + KIND] = MOMENT_UNKNOWN;
      walker.walk(lead);
      this.refit(model, lead);
      this.knockOut(lead, enabled, true);
      deriver.derive(lead, false);
    }
    this.tally.recount(this.scores, this.knockouts);
    this.changes.recordAll();
  }

  private update(old: CompiledModel, model: CompiledModel): void {
    const change = diffModels(old, model);
    if (change.knockoutsRebuilt) this.knockouts = knockoutColumns(this.table, model);
    const walker = this.walker(model);
    const deriver = this.deriver(model, walker);
    const marked = this.markLeads(change, model);
    const deriveAll = change.deriveAll || change.knockoutsRebuilt;
    const track = !change.knockoutsRebuilt;
    const { refitAll, engagementCapFloor, thresholdMoved } = change;
    if (!marked && !deriveAll && !refitAll && engagementCapFloor === Infinity) {
      if (thresholdMoved) this.thresholdMover.move(model, thresholdMoved, deriver, this.knockouts);
      return;
    }
    this.changes.beyondMoments = true;

    const { values, window } = this.state;
    const marks = this.marks;
    const channel = this.table.channel.codes;
    const thresholds = model.channelThreshold;
    const enabled = this.enabledKnockouts(model);
    const capMoved = engagementCapFloor !== Infinity;
    const rebuilt = change.knockoutsRebuilt;
    if (!deriveAll && !refitAll && !capMoved && !thresholdMoved) {
      // Only indexed marks: visit just the marked leads, not the table. Each block's lines are
      // read first in a loop that never branches on them, so their memory latencies overlap
      // instead of each lead's work waiting for its own line in turn.
      const touched = this.touched;
      let sink = 0;
      for (let from = 0; from < marked; from += 512) {
        const to = Math.min(marked, from + 512);
        for (let j = from; j < to; j++) sink += values[touched[j] * VS];
        for (let j = from; j < to; j++) {
          const lead = touched[j];
          this.touch(model, lead, marks[lead], walker, deriver, enabled, rebuilt, track);
        }
      }
      this.sink = sink;
    } else {
      for (let lead = 0; lead < this.table.n; lead++) {
        let mark = marks[lead];
        if (refitAll) mark |= REFIT;
        if (deriveAll) mark |= DERIVE;
        else {
          if (capMoved && values[lead * VS + TOP] > engagementCapFloor) mark |= DERIVE;
          if (thresholdMoved && thresholdMoved[channel[lead]]) {
            const threshold = thresholds[channel[lead]];
            if (!(window[lead * 2] < threshold && threshold <= window[lead * 2 + 1])) mark |= MOMENT;
          }
          if (mark === 0) continue;
        }
        this.touch(model, lead, mark, walker, deriver, enabled, rebuilt, track);
      }
    }
    if (!track) {
      this.tally.recount(this.scores, this.knockouts);
      this.changes.recordAll();
    }
  }

  /** Does a lead's marked work: replay, refit, knock-outs, then derive what may have changed. */
  private touch(
    model: CompiledModel,
    lead: number,
    mark: number,
    walker: EngagementWalker,
    deriver: OutcomeDeriver,
    enabled: Uint8Array[],
    rebuilt: boolean,
    track: boolean,
  ): void {
    this.marks[lead] = 0;
    if (mark & WALK) {
      walker.walk(lead);
      this.state.bytes[lead * BS + KIND] = MOMENT_UNKNOWN;
    }
    // A fit that did not change (a cap above it, points of a value it lacks) needs no derive.
    const refitted = (mark & REFIT) !== 0 && this.refit(model, lead);
    if (mark & KNOCKOUT || rebuilt) this.knockOut(lead, enabled, rebuilt);
    if (mark & (WALK | DERIVE) || refitted) deriver.derive(lead, track);
    else if (mark & (KNOCKOUT | MOMENT)) deriver.deriveMoment(lead, track);
  }

  /**
   * Marks the leads a change touches through an index, listing each once in `touched`; how many.
   * Leads are found through the per-type and per-value lists, never by scanning the table.
   */
  private markLeads(change: ModelChange, model: CompiledModel): number {
    const { marks, touched } = this;
    const { typeStart, typeLeads, typeCounts } = this.index;
    let count = 0;
    const mark = (lead: number, bit: number): void => {
      if (marks[lead] === 0) touched[count++] = lead;
      marks[lead] |= bit;
    };
    change.walkTypes.forEach((type, k) => {
      const floor = change.walkFloors[k];
      for (let i = typeStart[type]; i < typeStart[type + 1]; i++) if (typeCounts[i] > floor) mark(typeLeads[i], WALK);
    });
    change.changedFitCodes.forEach((changed, a) => {
      if (!changed) return;
      const { start, leads } = this.codeIndex(a, model);
      changed.forEach((flag, code) => {
        if (flag) for (let i = start[code]; i < start[code + 1]; i++) mark(leads[i], REFIT);
      });
    });
    for (const k of change.knockoutsToggled) {
      const knockout = model.knockouts[k];
      const { start, leads } = this.codeIndex(knockout.attribute, model);
      knockout.codes.forEach((flag, code) => {
        if (flag) for (let i = start[code]; i < start[code + 1]; i++) mark(leads[i], KNOCKOUT);
      });
    }
    return count;
  }

  /** Leads by code of fit attribute `a` (ascending within a code), built on first use and kept while its codes are. */
  private codeIndex(a: number, model: CompiledModel): { start: Uint32Array; leads: Uint32Array } {
    const codes = model.fitCodes[a];
    let index = this.codeIndexes[a];
    if (index?.codes !== codes) {
      const size = model.fitPoints[a].length;
      const start = new Uint32Array(size + 1);
      for (let lead = 0; lead < this.table.n; lead++) start[codes[lead] + 1]++;
      for (let code = 0; code < size; code++) start[code + 1] += start[code];
      const fill = start.slice(0, size);
      const leads = new Uint32Array(this.table.n);
      for (let lead = 0; lead < this.table.n; lead++) leads[fill[codes[lead]]++] = lead;
      index = { codes, start, leads };
      this.codeIndexes[a] = index;
    }
    return index;
  }

  private enabledKnockouts(model: CompiledModel): Uint8Array[] {
    return this.knockouts.filter((_, k) => model.knockouts[k].enabled);
  }

  /** Sets the lead's knock-out flags (and, after a rebuild of the columns, whether it matches any). */
  private knockOut(lead: number, enabled: Uint8Array[], rebuilt: boolean): void {
    const bytes = this.state.bytes;
    const b = lead * BS;
    let out = 0;
    for (let k = 0; k < enabled.length; k++) out |= enabled[k][lead];
    let flags = (bytes[b + FLAGS] & ~F_KO) | (out ? F_KO : 0);
    if (rebuilt) {
      let match = 0;
      for (let k = 0; k < this.knockouts.length; k++) match |= this.knockouts[k][lead];
      flags = (flags & ~F_MATCH) | (match ? F_MATCH : 0);
    }
    bytes[b + FLAGS] = flags;
    this.scores.knockedOut[lead] = out;
  }

  /** Fit as the replay sums it: attribute by attribute from 0, then the fit cap. Whether it changed. */
  private refit(model: CompiledModel, lead: number): boolean {
    const points = model.fitPoints;
    const columns = model.fitCodes;
    let fit = 0;
    for (let a = 0; a < points.length; a++) fit += points[a][columns[a][lead]];
    if (fit > model.fitCap) fit = model.fitCap;
    const v = lead * VS;
    const old = this.state.values[v + FIT];
    // Object.is written out (the call is far slower in a hot loop): 0 and -0 count as different.
    if (old === fit && (fit !== 0 || 1 / old === 1 / fit)) return false;
    this.state.values[v + FIT] = fit;
    this.scores.fit[lead] = fit;
    return true;
  }

  private walker(model: CompiledModel): EngagementWalker {
    return new EngagementWalker(this.table, this.index, model, this.state, this.stored);
  }

  private deriver(model: CompiledModel, walker: EngagementWalker): OutcomeDeriver {
    const { table, state, scores, tally, knockouts, maxEvents, changes } = this;
    return new OutcomeDeriver(table, state, walker, model, scores, tally, knockouts, maxEvents, changes);
  }
}
