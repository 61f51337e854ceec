import { levelOf, MODE_BLEND, MODE_MATRIX, type CompiledModel } from './compile';
import type { EngagementWalker } from './engagement-profile';
import type { ChangeLog } from './change-log';
import type { KpiTally } from './kpi-tally';
import type { LeadTable } from './lead-table';
import * as S from './lead-state';
import type { LeadScores } from './score';

/* Module-local copies: read through an import binding in a hot loop, some loaders add a getter call each time. */
const level_ = levelOf;
const VS = S.VALUE_SLOTS;
const BS = S.BYTE_SLOTS;
const WS = S.WORD_SLOTS;
const CHANNEL = S.CHANNEL_WORD;
const [FIT, TOP, BELOW_TOP, BEFORE, AT] = [S.FIT, S.TOP, S.BELOW_TOP, S.BEFORE, S.AT];
const [LADDER_START, LADDER_END] = [S.LADDER_START, S.LADDER_END];
const [KIND, GRADE, MAX_FAST_TRACK, OUTCOME, FLAGS] = [S.KIND, S.GRADE, S.MAX_FAST_TRACK, S.OUTCOME, S.FLAGS];
const [F_MQL, F_FAST, F_HAS, F_KO, F_MATCH] = [S.FLAG_MQL, S.FLAG_FAST_TRACKED, S.FLAG_HAS_MOMENT, S.FLAG_KNOCKED_OUT, S.FLAG_MATCHES_KNOCKOUT];

/** Kinds of MQL moment. UNKNOWN: the moments must be scanned (profile replayed, matrix mode). */
export const MOMENT_UNKNOWN = 0;
export const MOMENT_AT_CREATION = 1;
export const MOMENT_AT_CROSSING = 2;
export const MOMENT_AT_FAST_TRACK = 3;
export const MOMENT_NEVER = 4;
const [AT_CREATION, AT_CROSSING, AT_FAST_TRACK, NEVER] = [MOMENT_AT_CREATION, MOMENT_AT_CROSSING, MOMENT_AT_FAST_TRACK, MOMENT_NEVER];

/**
 * Turns a lead's engagement profile and fit into its LeadScores row under one model, and moves
 * its KPI contribution. It relies on one fact: the combined score g(e) (fit + e, or the blend
 * with clamped shares) never falls as engagement e rises. Hence
 * - the best score is g of the highest engagement, reached where TOP was set unless the record
 *   before it scores as much (a tie, found by a scan);
 * - an MQL moment found earlier stays exactly while g(BEFORE) < threshold ≤ g(AT) (and the fit
 *   grade, which gates fast-tracks, is unchanged): two evaluations instead of a scan of the
 *   lead's events, whatever changed among fit, weight, engagement cap and threshold.
 * Every formula is LeadWalker's, operation for operation, so results are bit-for-bit the same.
 */
export class OutcomeDeriver {
  private readonly values: Float64Array;
  private readonly ladder: Float64Array;
  private readonly bytes: Uint8Array;
  private readonly words: Uint16Array;
  private readonly window: Float64Array;
  private readonly blend: boolean;
  private readonly matrix: boolean;
  private readonly cap: number;
  private readonly fitMax: number;
  private readonly engagementMax: number;
  private readonly fitWeight: number;
  /** 1 - fitWeight, as LeadWalker computes it. */
  private readonly rest: number;
  private readonly gradeCuts: Float64Array;
  private readonly thresholds: Float64Array;
  /** Per fit grade: whether any matrix cell of its row qualifies. */
  private readonly rowQualifies: Uint8Array;
  private readonly scratchEngagement: Float64Array;
  private readonly scratchEvent: Uint32Array;
  private loadedLead = -1;
  private loaded = 0;
  /** Set by the moment finders: whether the moment found was a fast-track. */
  private fastTrack = 0;

  constructor(
    private readonly table: LeadTable,
    state: S.LeadState,
    private readonly walker: EngagementWalker,
    private readonly model: CompiledModel,
    private readonly scores: LeadScores,
    private readonly tally: KpiTally,
    private readonly knockouts: Uint8Array[],
    maxEvents: number,
    private readonly changes: ChangeLog,
  ) {
    this.values = state.values;
    this.ladder = state.ladder;
    this.bytes = state.bytes;
    this.words = state.words;
    this.window = state.window;
    this.blend = model.mode === MODE_BLEND;
    this.matrix = model.mode === MODE_MATRIX;
    this.cap = model.engagementCap;
    this.fitMax = model.fitMax;
    this.engagementMax = model.engagementMax;
    this.fitWeight = model.fitWeight;
    this.rest = 1 - model.fitWeight;
    this.gradeCuts = model.gradeCuts;
    this.thresholds = model.channelThreshold;
    this.rowQualifies = Uint8Array.from({ length: 4 }, (_, grade) =>
      model.qualifyingCell.subarray(grade * 4, grade * 4 + 4).some((cell) => cell === 1) ? 1 : 0,
    );
    this.scratchEngagement = new Float64Array(maxEvents);
    this.scratchEvent = new Uint32Array(maxEvents);
  }

  /**
   * The fit's part of the combined score: the fit itself, or its clamped share for the blend. It
   * is the same for every moment of a lead, so it is worked out once per lead.
   */
  term(fit: number): number {
    return this.blend ? Math.min(1, Math.max(0, fit / this.fitMax)) : fit;
  }

  /** The score a threshold is compared with: LeadWalker's formula, operation for operation. */
  combined(term: number, engagement: number): number {
    if (!this.blend) return term + engagement;
    const engagementShare = Math.min(1, Math.max(0, engagement / this.engagementMax));
    return 100 * (this.fitWeight * term + this.rest * engagementShare);
  }

  /** The combined score at an uncapped engagement: g(e) of the class comment. */
  reach(term: number, engagement: number): number {
    return this.combined(term, Math.min(engagement, this.cap));
  }

  /** gradeOf in compile.ts, inlined. */
  private gradeOf(fit: number): number {
    const cuts = this.gradeCuts;
    return fit >= cuts[0] ? 0 : fit >= cuts[1] ? 1 : fit >= cuts[2] ? 2 : 3;
  }

  /** Rewrites the lead's whole row from its fit and profile. */
  derive(lead: number, track: boolean): void {
    this.changes.record(lead);
    const values = this.values;
    const v = lead * VS;
    this.loadedLead = -1;
    const fit = values[v + FIT];
    const term = this.term(fit);
    const cap = this.cap;
    const start = this.combined(term, 0);
    const topEngagement = Math.min(values[v + TOP], cap);
    const best = this.combined(term, topEngagement);
    let score = start;
    let engagement = 0;
    if (best > start) {
      score = best;
      const tied = this.combined(term, Math.min(values[v + BELOW_TOP], cap)) >= best;
      engagement = tied ? this.firstReaching(lead, term, best) : topEngagement;
    }
    this.scores.score[lead] = score;
    this.scores.engagement[lead] = engagement;
    this.settle(lead, fit, term, start, score, track);
  }

  /** Rewrites only the MQL columns: for ticks that leave fit, profile and scale alone (threshold, knock-outs). */
  deriveMoment(lead: number, track: boolean): void {
    this.changes.record(lead);
    this.loadedLead = -1;
    const v = lead * VS;
    const fit = this.values[v + FIT];
    const term = this.term(fit);
    const start = this.combined(term, 0);
    // The best score as derive computes it, from the lead's own line rather than LeadScores.
    const best = this.reach(term, this.values[v + TOP]);
    this.settle(lead, fit, term, start, best > start ? best : start, track);
  }

  private settle(lead: number, fit: number, term: number, start: number, score: number, track: boolean): void {
    const { bytes, values, scores } = this;
    const b = lead * BS;
    const v = lead * VS;
    const grade = this.gradeOf(fit);
    let mqlAt = NaN;
    let moved = true;
    let fastTracked = 0;
    if (this.matrix) {
      mqlAt = this.matrixMoment(lead, grade);
      bytes[b + KIND] = MOMENT_UNKNOWN;
      fastTracked = this.fastTrack;
    } else {
      const threshold = this.thresholds[this.words[lead * WS + CHANNEL]];
      // Whether the recorded moment still holds: g(before) < threshold ≤ g(at), grade unchanged
      // where a fast-track could fire. The two evaluations are kept for the threshold window.
      const kind = bytes[b + KIND];
      let reachedBefore = NaN;
      let reachedAt = Infinity;
      if (kind !== MOMENT_UNKNOWN && (grade === bytes[b + GRADE] || bytes[b + MAX_FAST_TRACK] === 0)) {
        if (kind === AT_CREATION) moved = start < threshold;
        else if (start < threshold) {
          const before = values[v + BEFORE];
          reachedBefore = before === -Infinity ? -Infinity : this.reach(term, before);
          if (kind === AT_CROSSING) reachedAt = this.reach(term, values[v + AT]);
          moved = !(reachedBefore < threshold && threshold <= reachedAt);
        }
      }
      if (moved) {
        mqlAt = this.findMoment(lead, term, grade, start, score, threshold);
        reachedBefore = NaN;
      }
      this.setWindow(lead, term, start, reachedBefore, reachedAt);
      fastTracked = bytes[b + KIND] === AT_FAST_TRACK ? 1 : 0;
    }
    bytes[b + GRADE] = grade;

    const old = bytes[b + FLAGS];
    const hasMoment = moved ? !Number.isNaN(mqlAt) : (old & F_HAS) !== 0;
    const out = (old & F_KO) !== 0;
    const mql = !out && hasMoment;
    const fast = !out && fastTracked === 1;
    const flags = (old & (F_KO | F_MATCH)) | (mql ? F_MQL : 0) | (fast ? F_FAST : 0) | (hasMoment ? F_HAS : 0);
    if (moved) scores.mqlAt[lead] = mqlAt;
    if (flags === old) return;
    bytes[b + FLAGS] = flags;
    const change = flags ^ old;
    if (change & F_MQL) scores.mql[lead] = mql ? 1 : 0;
    if (change & F_FAST) scores.fastTracked[lead] = fast ? 1 : 0;
    if (!track) return;
    const tally = this.tally;
    if (change & F_MQL) tally.moveMql(bytes[b + OUTCOME], mql ? 1 : -1);
    if (change & F_FAST) tally.fastTracked += fast ? 1 : -1;
    if (change & F_HAS && old & F_MATCH) tally.moveMoment(lead, hasMoment ? 1 : -1, this.knockouts);
  }

  /** The first moment that fast-tracks or qualifies, recorded in LeadState; its time, NaN for never. */
  private findMoment(lead: number, term: number, grade: number, start: number, score: number, threshold: number): number {
    const { bytes, values } = this;
    const b = lead * BS;
    const v = lead * VS;
    if (start >= threshold) {
      bytes[b + KIND] = AT_CREATION;
      return this.table.createdAt[lead];
    }
    if (score < threshold && bytes[b + MAX_FAST_TRACK] <= grade) {
      bytes[b + KIND] = NEVER;
      values[v + BEFORE] = values[v + TOP];
      return NaN;
    }
    if (bytes[b + MAX_FAST_TRACK] > grade) return this.scanMoment(lead, term, grade, threshold);
    // Without a fast-track to fire, the first moment to qualify is the first ladder record to.
    const ladder = this.ladder;
    const base = values[v + LADDER_START];
    const end = values[v + LADDER_END];
    for (let r = base; r < end; r += 2) {
      const value = ladder[r];
      if (this.reach(term, value) < threshold) continue;
      bytes[b + KIND] = AT_CROSSING;
      // Moments before the first record never rose above 0, and g(0) ≤ start < threshold.
      values[v + BEFORE] = r > base ? ladder[r - 2] : 0;
      values[v + AT] = value;
      return ladder[r + 1];
    }
    bytes[b + KIND] = NEVER;
    values[v + BEFORE] = values[v + TOP];
    return NaN;
  }

  /** findMoment when a fast-track may fire: every moment is looked at, in time order. */
  private scanMoment(lead: number, term: number, grade: number, threshold: number): number {
    const { bytes, values } = this;
    const b = lead * BS;
    const v = lead * VS;
    const m = this.load(lead);
    const fastTrackGrade = this.model.fastTrackGrade;
    const eventType = this.table.eventType;
    let before = -Infinity;
    let kind = NEVER;
    let at = NaN;
    let i = 0;
    for (; i < m; i++) {
      const value = this.scratchEngagement[i];
      if (fastTrackGrade[eventType[this.scratchEvent[i]]] > grade) {
        kind = AT_FAST_TRACK;
        break;
      }
      if (this.reach(term, value) >= threshold) {
        kind = AT_CROSSING;
        at = value;
        break;
      }
      if (value > before) before = value;
    }
    bytes[b + KIND] = kind;
    values[v + BEFORE] = before;
    values[v + AT] = at;
    return kind === NEVER ? NaN : this.table.eventTime[this.scratchEvent[i]];
  }

  /**
   * The range of thresholds keeping the moment with this fit, so a threshold-only tick tests two
   * numbers per lead. `reachedBefore` and `reachedAt` are g(BEFORE) and g(AT) when already known
   * (NaN when not).
   */
  private setWindow(lead: number, term: number, start: number, reachedBefore: number, reachedAt: number): void {
    const kind = this.bytes[lead * BS + KIND];
    const w = lead * 2;
    if (kind === AT_CREATION) {
      this.window[w] = -Infinity;
      this.window[w + 1] = start;
      return;
    }
    const v = lead * VS;
    if (Number.isNaN(reachedBefore)) {
      const before = this.values[v + BEFORE];
      reachedBefore = before === -Infinity ? -Infinity : this.reach(term, before);
      reachedAt = kind === AT_CROSSING ? this.reach(term, this.values[v + AT]) : Infinity;
    }
    this.window[w] = reachedBefore > start ? reachedBefore : start;
    this.window[w + 1] = reachedAt;
  }

  /** Matrix mode: qualification depends on the engagement level, not monotonically, so the moments are scanned. */
  private matrixMoment(lead: number, grade: number): number {
    const model = this.model;
    this.fastTrack = 0;
    if (model.qualifyingCell[grade * 4 + level_(0, model.levelCuts) - 1] === 1) return this.table.createdAt[lead];
    if (this.rowQualifies[grade] === 0 && this.bytes[lead * BS + MAX_FAST_TRACK] <= grade) return NaN;
    const m = this.load(lead);
    for (let i = 0; i < m; i++) {
      const e = this.scratchEvent[i];
      if (model.fastTrackGrade[this.table.eventType[e]] > grade) {
        this.fastTrack = 1;
        return this.table.eventTime[e];
      }
      const level = level_(Math.min(this.scratchEngagement[i], this.cap), model.levelCuts);
      if (model.qualifyingCell[grade * 4 + level - 1] === 1) return this.table.eventTime[e];
    }
    return NaN;
  }

  /** Capped engagement at the first moment whose combined score reaches `target` (the tie case): a ladder record. */
  private firstReaching(lead: number, term: number, target: number): number {
    const v = lead * VS;
    const base = this.values[v + LADDER_START];
    const end = this.values[v + LADDER_END];
    for (let r = base; r < end; r += 2) {
      const capped = Math.min(this.ladder[r], this.cap);
      if (this.combined(term, capped) >= target) return capped;
    }
    return Math.min(this.values[v + TOP], this.cap);
  }

  private load(lead: number): number {
    if (this.loadedLead !== lead) {
      this.loaded = this.walker.load(lead, this.scratchEngagement, this.scratchEvent);
      this.loadedLead = lead;
    }
    return this.loaded;
  }
}
