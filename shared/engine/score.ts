import {
  DECAY_HALF_LIFE,
  DECAY_LINEAR,
  gradeOf,
  levelOf,
  MODE_BLEND,
  MODE_MATRIX,
  type CompiledModel,
} from './compile';
import { scoringCutoff, type LeadTable } from './lead-table';

/** Per-lead results of one model, point in time. */
export interface LeadScores {
  fit: Float64Array;
  /** Engagement points at the lead's best moment before its cutoff. */
  engagement: Float64Array;
  /** The lead's best score before its cutoff: points total, or the 0–100 blend. */
  score: Float64Array;
  /** When the lead first met the rule (knock-outs aside); NaN if it never did. */
  mqlAt: Float64Array;
  /** 1 when the lead met the rule and no knock-out removed it. */
  mql: Uint8Array;
  /** 1 when an enabled knock-out matches the lead. */
  knockedOut: Uint8Array;
  /** 1 when a fast-track activity, not the score, made the lead an MQL. */
  fastTracked: Uint8Array;
}

export function allocateScores(n: number): LeadScores {
  return {
    fit: new Float64Array(n),
    engagement: new Float64Array(n),
    score: new Float64Array(n),
    mqlAt: new Float64Array(n),
    mql: new Uint8Array(n),
    knockedOut: new Uint8Array(n),
    fastTracked: new Uint8Array(n),
  };
}

/**
 * Scores every lead into `out` (reused between ticks to spare the garbage collector) by replaying
 * its activities in time order up to its cutoff, so caps, windows and decay see exactly what was
 * known at each moment, and the MQL moment is the first event at which the rule was met.
 */
export function scoreLeads(table: LeadTable, model: CompiledModel, out: LeadScores = allocateScores(table.n)): LeadScores {
  const walker = new LeadWalker(table, model);
  for (let lead = 0; lead < table.n; lead++) walker.score(lead, out);
  return out;
}

/** Scratch state for one lead's replay, allocated once per tick and reset per lead. */
class LeadWalker {
  private readonly types: number;
  private readonly ringTime: Float64Array;
  private readonly ringStart: Uint32Array;
  private readonly ringCount: Uint32Array;
  private readonly seen: Uint8Array;
  /** Linear decay: sum of counted occurrence times. */
  private readonly decaySum: Float64Array;
  /**
   * Per half-life rate, the points of every counted occurrence of its types, faded to
   * `decayedTo`. Types with the same half-life fade by the same factor between two moments, so
   * they share one sum: a moment costs one exponential per distinct half-life, not one per type.
   */
  private readonly halfLifeSum: Float64Array;
  /** Time since creation that the half-life sums are faded to: the last moment. */
  private decayedTo = 0;
  private readonly dynamic: Uint8Array;
  /** Points from types that neither decay nor expire: they only change when an occurrence counts. */
  private steady = 0;

  constructor(
    private readonly table: LeadTable,
    private readonly model: CompiledModel,
  ) {
    this.types = model.points.length;
    this.ringTime = new Float64Array(model.ringOffset[this.types]);
    this.ringStart = new Uint32Array(this.types);
    this.ringCount = new Uint32Array(this.types);
    this.seen = new Uint8Array(this.types);
    this.decaySum = new Float64Array(this.types);
    this.halfLifeSum = new Float64Array(model.halfLifeRates.length);
    this.dynamic = new Uint8Array(this.types);
    for (const type of model.dynamicTypes) this.dynamic[type] = 1;
  }

  score(lead: number, out: LeadScores): void {
    const { table, model } = this;
    let fit = 0;
    for (let a = 0; a < model.fitPoints.length; a++) fit += model.fitPoints[a][model.fitCodes[a][lead]];
    if (fit > model.fitCap) fit = model.fitCap;
    let knockedOut = 0;
    for (const knockout of model.knockouts) {
      if (knockout.enabled && knockout.codes[table.fit[knockout.attribute].codes[lead]]) knockedOut = 1;
    }

    const threshold = model.channelThreshold[table.channel.codes[lead]];
    const grade = gradeOf(fit, model.gradeCuts);
    const created = table.createdAt[lead];
    const cutoff = scoringCutoff(table, lead);
    this.reset();

    let mqlAt = NaN;
    let fastTracked = 0;
    let bestScore = this.combined(fit, 0);
    let bestEngagement = 0;
    if (this.qualifies(fit, 0, grade, threshold)) mqlAt = created;

    for (let e = table.eventOffsets[lead]; e < table.eventOffsets[lead + 1]; e++) {
      const time = table.eventTime[e];
      if (time >= cutoff) break;
      const type = table.eventType[e];
      if (model.points[type] === 0 && model.fastTrackGrade[type] === 0) continue;
      const at = time - created;
      this.decayTo(at);
      this.count(type, at);
      const engagement = Math.min(this.engagementAt(at), model.engagementCap);
      const combined = this.combined(fit, engagement);
      if (combined > bestScore) {
        bestScore = combined;
        bestEngagement = engagement;
      }
      if (!Number.isNaN(mqlAt)) continue;
      if (model.fastTrackGrade[type] > grade) {
        mqlAt = time;
        fastTracked = 1;
      } else if (this.qualifies(fit, engagement, grade, threshold)) mqlAt = time;
    }

    out.fit[lead] = fit;
    out.engagement[lead] = bestEngagement;
    out.score[lead] = bestScore;
    out.mqlAt[lead] = mqlAt;
    out.knockedOut[lead] = knockedOut;
    out.fastTracked[lead] = knockedOut ? 0 : fastTracked;
    out.mql[lead] = !knockedOut && !Number.isNaN(mqlAt) ? 1 : 0;
  }

  private reset(): void {
    this.steady = 0;
    this.ringStart.fill(0);
    this.ringCount.fill(0);
    this.seen.fill(0);
    this.decaySum.fill(0);
    this.halfLifeSum.fill(0);
    this.decayedTo = 0;
  }

  /** The score a threshold is compared with: the points total, or the blend on its 0–100 scale. */
  private combined(fit: number, engagement: number): number {
    const model = this.model;
    if (model.mode !== MODE_BLEND) return fit + engagement;
    const fitShare = Math.min(1, Math.max(0, fit / model.fitMax));
    const engagementShare = Math.min(1, Math.max(0, engagement / model.engagementMax));
    return 100 * (model.fitWeight * fitShare + (1 - model.fitWeight) * engagementShare);
  }

  private qualifies(fit: number, engagement: number, grade: number, threshold: number): boolean {
    const model = this.model;
    if (model.mode === MODE_MATRIX) return model.qualifyingCell[grade * 4 + levelOf(engagement, model.levelCuts) - 1] === 1;
    return this.combined(fit, engagement) >= threshold;
  }

  /** Records an occurrence, dropping the oldest counted one when the cap is full. */
  private count(type: number, at: number): void {
    const cap = this.model.cap[type];
    if (cap === 0) return;
    if (this.model.firstTimeOnly[type]) {
      if (this.seen[type]) return;
      this.seen[type] = 1;
    }
    if (!this.dynamic[type]) {
      // Without decay or expiry only the number counted matters, and it only grows to the cap.
      if (this.ringCount[type] < cap) {
        this.ringCount[type]++;
        this.steady += this.model.points[type];
      }
      return;
    }
    if (this.ringCount[type] === cap) this.dropOldest(type, at);
    const slot = this.model.ringOffset[type] + ((this.ringStart[type] + this.ringCount[type]) % cap);
    this.ringTime[slot] = at;
    this.ringCount[type]++;
    const kind = this.model.decayKind[type];
    if (kind === DECAY_HALF_LIFE) this.halfLifeSum[this.model.halfLifeGroup[type]] += this.model.points[type];
    else if (kind === DECAY_LINEAR) this.decaySum[type] += at;
  }

  private dropOldest(type: number, at: number): void {
    const cap = this.model.cap[type];
    const oldest = this.ringTime[this.model.ringOffset[type] + this.ringStart[type]];
    this.ringStart[type] = (this.ringStart[type] + 1) % cap;
    this.ringCount[type]--;
    const kind = this.model.decayKind[type];
    if (kind === DECAY_HALF_LIFE) {
      const model = this.model;
      this.halfLifeSum[model.halfLifeGroup[type]] -= model.points[type] * Math.exp(-model.decayRate[type] * (at - oldest));
    } else if (kind === DECAY_LINEAR) this.decaySum[type] -= oldest;
  }

  /** Fades the half-life sums from the previous moment to `at`. */
  private decayTo(at: number): void {
    const elapsed = at - this.decayedTo;
    if (elapsed === 0) return;
    this.decayedTo = at;
    const rates = this.model.halfLifeRates;
    for (let g = 0; g < rates.length; g++) this.halfLifeSum[g] *= Math.exp(-rates[g] * elapsed);
  }

  /**
   * Engagement points at `at`, after letting occurrences past their window or linear decay go:
   * the steady points, then each expiring or linear type's, then each half-life's sum.
   */
  private engagementAt(at: number): number {
    const model = this.model;
    let total = this.steady;
    const dynamicTypes = model.dynamicTypes;
    for (let i = 0; i < dynamicTypes.length; i++) {
      const type = dynamicTypes[i];
      if (this.ringCount[type] === 0) continue;
      const lifetime = model.lifetime[type];
      if (lifetime !== Infinity) {
        const base = model.ringOffset[type];
        while (this.ringCount[type] > 0 && at - this.ringTime[base + this.ringStart[type]] >= lifetime) this.dropOldest(type, at);
      }
      const count = this.ringCount[type];
      const kind = model.decayKind[type];
      if (kind === DECAY_LINEAR) total += model.points[type] * (count - model.decayRate[type] * (count * at - this.decaySum[type]));
      else if (kind !== DECAY_HALF_LIFE) total += model.points[type] * count;
    }
    for (let g = 0; g < this.halfLifeSum.length; g++) total += this.halfLifeSum[g];
    return total;
  }
}
