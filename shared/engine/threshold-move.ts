import type { CompiledModel } from './compile';
import type { ChangeLog } from './change-log';
import type { KpiTally } from './kpi-tally';
import { MOMENT_AT_CREATION, MOMENT_AT_CROSSING, MOMENT_NEVER, MOMENT_UNKNOWN, type OutcomeDeriver } from './lead-outcome';
import * as S from './lead-state';
import type { LeadTable } from './lead-table';
import type { LeadScores } from './score';

const VS = S.VALUE_SLOTS;
const BS = S.BYTE_SLOTS;
const [FIT, TOP, BEFORE, AT, LADDER_START, LADDER_END] = [S.FIT, S.TOP, S.BEFORE, S.AT, S.LADDER_START, S.LADDER_END];
// GRADE is left alone: a threshold moves no fit, so each lead keeps the grade its moment was found with.
const [KIND, MAX_FAST_TRACK, OUTCOME, FLAGS] = [S.KIND, S.MAX_FAST_TRACK, S.OUTCOME, S.FLAGS];
const [F_MQL, F_HAS, F_KO, F_MATCH] = [S.FLAG_MQL, S.FLAG_HAS_MOMENT, S.FLAG_KNOCKED_OUT, S.FLAG_MATCHES_KNOCKOUT];
const [CREATION, CROSSING, NEVER, UNKNOWN] = [MOMENT_AT_CREATION, MOMENT_AT_CROSSING, MOMENT_NEVER, MOMENT_UNKNOWN];

/** Leads handled per block: the scratch stays in cache and memory use stays flat at any size. */
const BLOCK = 4096;

/**
 * A threshold-only tick, the common drag. A lead is touched only when the new threshold leaves
 * the window that keeps its MQL moment; a one-point step still moves a few percent of the leads,
 * scattered over the table, so the cost is mostly waiting for their memory. The work goes in
 * short passes over a block of leads (find the leads, read their lines, find their new moments
 * on their record ladders, write the results), each a tight loop with little branching on data
 * still in flight, and leads a fast-track may reach take the general path.
 */
export class ThresholdMover {
  private readonly list = new Uint32Array(BLOCK);
  private readonly slow = new Uint32Array(BLOCK);
  private readonly fit = new Float64Array(BLOCK);
  private readonly threshold = new Float64Array(BLOCK);
  private readonly kind = new Uint8Array(BLOCK);
  private readonly before = new Float64Array(BLOCK);
  private readonly at = new Float64Array(BLOCK);

  constructor(
    private readonly table: LeadTable,
    private readonly state: S.LeadState,
    private readonly scores: LeadScores,
    private readonly tally: KpiTally,
    private readonly changes: ChangeLog,
  ) {}

  move(model: CompiledModel, moved: Uint8Array, deriver: OutcomeDeriver, knockouts: Uint8Array[]): void {
    const n = this.table.n;
    const thresholds = model.channelThreshold;
    const uniform = moved.every((m, c) => m === 1 && thresholds[c] === thresholds[0]);
    for (let from = 0; from < n; from += BLOCK) {
      const count = this.screen(model, moved, uniform, from, Math.min(n, from + BLOCK));
      if (count === 0) continue;
      const { fast, slow } = this.gather(model, count);
      this.find(deriver, fast);
      this.scatter(deriver, fast, knockouts);
      // Leads a fast-track may reach, or whose moment is unknown, take the general path.
      for (let j = 0; j < slow; j++) deriver.deriveMoment(this.slow[j], true);
    }
  }

  /** The block's leads whose moment the new threshold may move, into `list`; how many. */
  private screen(model: CompiledModel, moved: Uint8Array, uniform: boolean, from: number, to: number): number {
    const { list } = this;
    const window = this.state.window;
    const thresholds = model.channelThreshold;
    let count = 0;
    if (uniform) {
      const threshold = thresholds[0];
      for (let lead = from; lead < to; lead++) {
        list[count] = lead;
        count += 1 - (+(window[lead * 2] < threshold) & +(threshold <= window[lead * 2 + 1]));
      }
      return count;
    }
    const channel = this.table.channel.codes;
    for (let lead = from; lead < to; lead++) {
      const c = channel[lead];
      const threshold = thresholds[c];
      list[count] = lead;
      count += moved[c] === 0 || (window[lead * 2] < threshold && threshold <= window[lead * 2 + 1]) ? 0 : 1;
    }
    return count;
  }

  /** Reads each listed lead's line; keeps in `list` the ones the ladder answers, the rest in `slow`. */
  private gather(model: CompiledModel, count: number): { fast: number; slow: number } {
    const { list, fit, threshold } = this;
    const { values, bytes } = this.state;
    const cuts = model.gradeCuts;
    const thresholds = model.channelThreshold;
    const channel = this.table.channel.codes;
    let fast = 0;
    let slow = 0;
    for (let j = 0; j < count; j++) {
      const lead = list[j];
      const b = lead * BS;
      const f = values[lead * VS + FIT];
      const grade = f >= cuts[0] ? 0 : f >= cuts[1] ? 1 : f >= cuts[2] ? 2 : 3;
      if (bytes[b + KIND] === UNKNOWN || bytes[b + MAX_FAST_TRACK] > grade) {
        this.slow[slow++] = lead;
        continue;
      }
      list[fast] = lead;
      fit[fast] = f;
      threshold[fast++] = thresholds[channel[lead]];
    }
    return { fast, slow };
  }

  /** The new moment of each fast lead: at creation, or the first ladder record reaching the threshold. */
  private find(deriver: OutcomeDeriver, count: number): void {
    const { list, fit, threshold, kind, before, at } = this;
    const { values, ladder } = this.state;
    for (let j = 0; j < count; j++) {
      const v = list[j] * VS;
      const f = deriver.term(fit[j]);
      const t = threshold[j];
      if (deriver.combined(f, 0) >= t) {
        kind[j] = CREATION;
        continue;
      }
      const base = values[v + LADDER_START];
      const end = values[v + LADDER_END];
      let r = base;
      while (r < end && deriver.reach(f, ladder[r]) < t) r += 2;
      if (r < end) {
        kind[j] = CROSSING;
        // Moments before the first record never rose above 0, and g(0) ≤ start < threshold.
        before[j] = r > base ? ladder[r - 2] : 0;
        at[j] = r;
      } else {
        kind[j] = NEVER;
        before[j] = values[v + TOP];
      }
    }
  }

  /** Writes each fast lead's moment, window, flags and LeadScores, and moves its KPI contribution. */
  private scatter(deriver: OutcomeDeriver, count: number, knockouts: Uint8Array[]): void {
    const { list, fit, kind, before, at } = this;
    const { values, bytes, window, ladder } = this.state;
    const { mqlAt, mql } = this.scores;
    const createdAt = this.table.createdAt;
    const tally = this.tally;
    const changes = this.changes;
    for (let j = 0; j < count; j++) {
      const lead = list[j];
      changes.record(lead);
      const v = lead * VS;
      const b = lead * BS;
      const f = deriver.term(fit[j]);
      const start = deriver.combined(f, 0);
      const k = kind[j];
      bytes[b + KIND] = k;
      if (k === CREATION) {
        mqlAt[lead] = createdAt[lead];
        window[lead * 2] = -Infinity;
        window[lead * 2 + 1] = start;
      } else {
        const low = deriver.reach(f, before[j]);
        values[v + BEFORE] = before[j];
        window[lead * 2] = low > start ? low : start;
        if (k === CROSSING) {
          const r = at[j];
          values[v + AT] = ladder[r];
          mqlAt[lead] = ladder[r + 1];
          window[lead * 2 + 1] = deriver.reach(f, ladder[r]);
        } else {
          mqlAt[lead] = NaN;
          window[lead * 2 + 1] = Infinity;
        }
      }
      const old = bytes[b + FLAGS];
      const has = k !== NEVER;
      const isMql = has && (old & F_KO) === 0;
      // No fast-track can fire for these leads, so their fast-tracked flag was and stays 0.
      const flags = (old & (F_KO | F_MATCH)) | (isMql ? F_MQL : 0) | (has ? F_HAS : 0);
      if (flags === old) continue;
      bytes[b + FLAGS] = flags;
      const change = flags ^ old;
      if (change & F_MQL) {
        mql[lead] = isMql ? 1 : 0;
        tally.moveMql(bytes[b + OUTCOME], isMql ? 1 : -1);
      }
      if (change & F_HAS && old & F_MATCH) tally.moveMoment(lead, has ? 1 : -1, knockouts);
    }
  }
}
