import { DECAY_HALF_LIFE, DECAY_LINEAR, type CompiledModel } from './compile';
import { RANK_LIMIT, type LeadIndex } from './lead-index';
import type { LeadTable } from './lead-table';

/**
 * What a lead's activity amounts to under the engagement rules alone: its engagement at each
 * scoring moment (an event of a type that scores or fast-tracks, before the cutoff). It does not
 * depend on fit, the threshold, the mode, the blend weight, the engagement cap or knock-outs, so
 * a tick that changes only those never replays a single event.
 */
export interface EngagementProfile {
  /** Per table event: engagement right after it, uncapped; NaN when the event is not a scoring moment. */
  eventEngagement: Float64Array;
  /** Highest engagement at any moment, at least 0 (the engagement a lead starts with). */
  top: Float64Array;
  /** The running record before `top` was reached (0 when `top` was the first): the tie check of the best moment. */
  belowTop: Float64Array;
  /** Highest fast-track grade (1 + grade index) among the lead's moments; 0 when none fast-tracks. */
  maxFastTrack: Uint8Array;
}

export function allocateProfile(n: number, events: number): EngagementProfile {
  return {
    eventEngagement: new Float64Array(events),
    top: new Float64Array(n),
    belowTop: new Float64Array(n),
    maxFastTrack: new Uint8Array(n),
  };
}

/**
 * Replays leads' events into their profile. The arithmetic is the reference replay's
 * (score.ts LeadWalker) operation for operation, in the same order, so every engagement value is
 * bit-for-bit what a full recompute gives: only then can incremental results equal it exactly.
 */
export class EngagementWalker {
  private readonly steadyOnly: boolean;
  private readonly types: number;
  private readonly ringTime: Float64Array;
  private readonly ringStart: Uint32Array;
  private readonly ringCount: Uint32Array;
  private readonly seen: Uint8Array;
  /** Half-life: decayed count at decayRef. Linear: sum of counted occurrence times. */
  private readonly decaySum: Float64Array;
  private readonly decayRef: Float64Array;
  private readonly dynamic: Uint8Array;
  private steady = 0;

  constructor(
    private readonly table: LeadTable,
    private readonly index: LeadIndex,
    private readonly model: CompiledModel,
    private readonly profile: EngagementProfile,
  ) {
    this.types = model.points.length;
    // Without decay or windows, an occurrence counts iff its rank is below the cap: no state per lead.
    this.steadyOnly = model.dynamicTypes.length === 0 && model.cap.every((cap) => cap <= RANK_LIMIT);
    this.ringTime = new Float64Array(model.ringOffset[this.types]);
    this.ringStart = new Uint32Array(this.types);
    this.ringCount = new Uint32Array(this.types);
    this.seen = new Uint8Array(this.types);
    this.decaySum = new Float64Array(this.types);
    this.decayRef = new Float64Array(this.types);
    this.dynamic = new Uint8Array(this.types);
    for (const type of model.dynamicTypes) this.dynamic[type] = 1;
  }

  walk(lead: number): void {
    if (this.steadyOnly) this.walkSteady(lead);
    else this.walkDynamic(lead);
  }

  private walkSteady(lead: number): void {
    const { points, cap, fastTrackGrade } = this.model;
    const eventType = this.table.eventType;
    const rank = this.index.rank;
    const engagement = this.profile.eventEngagement;
    const end = this.index.cutEnd[lead];
    let steady = 0;
    let top = 0;
    let belowTop = 0;
    let maxFastTrack = 0;
    for (let e = this.table.eventOffsets[lead]; e < end; e++) {
      const type = eventType[e];
      const p = points[type];
      const fastTrack = fastTrackGrade[type];
      if (p === 0 && fastTrack === 0) {
        engagement[e] = NaN;
        continue;
      }
      if (rank[e] < cap[type]) steady += p;
      engagement[e] = steady;
      if (steady > top) {
        belowTop = top;
        top = steady;
      }
      if (fastTrack > maxFastTrack) maxFastTrack = fastTrack;
    }
    this.finish(lead, top, belowTop, maxFastTrack);
  }

  private walkDynamic(lead: number): void {
    const { table, model } = this;
    const engagement = this.profile.eventEngagement;
    const created = table.createdAt[lead];
    const end = this.index.cutEnd[lead];
    this.reset();
    let top = 0;
    let belowTop = 0;
    let maxFastTrack = 0;
    for (let e = table.eventOffsets[lead]; e < end; e++) {
      const type = table.eventType[e];
      const fastTrack = model.fastTrackGrade[type];
      if (model.points[type] === 0 && fastTrack === 0) {
        engagement[e] = NaN;
        continue;
      }
      const at = table.eventTime[e] - created;
      this.count(type, at);
      const value = this.engagementAt(at);
      engagement[e] = value;
      if (value > top) {
        belowTop = top;
        top = value;
      }
      if (fastTrack > maxFastTrack) maxFastTrack = fastTrack;
    }
    this.finish(lead, top, belowTop, maxFastTrack);
  }

  private finish(lead: number, top: number, belowTop: number, maxFastTrack: number): void {
    this.profile.top[lead] = top;
    this.profile.belowTop[lead] = belowTop;
    this.profile.maxFastTrack[lead] = maxFastTrack;
  }

  private reset(): void {
    this.steady = 0;
    for (let t = 0; t < this.types; t++) {
      this.ringStart[t] = 0;
      this.ringCount[t] = 0;
      this.seen[t] = 0;
      this.decaySum[t] = 0;
      this.decayRef[t] = 0;
    }
  }

  /* The three methods below are LeadWalker's, unchanged: see the class comment. */

  private count(type: number, at: number): void {
    const cap = this.model.cap[type];
    if (cap === 0) return;
    if (this.model.firstTimeOnly[type]) {
      if (this.seen[type]) return;
      this.seen[type] = 1;
    }
    if (!this.dynamic[type]) {
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
    if (kind === DECAY_HALF_LIFE) {
      this.decaySum[type] = this.decayedSum(type, at) + 1;
      this.decayRef[type] = at;
    } else if (kind === DECAY_LINEAR) this.decaySum[type] += at;
  }

  private dropOldest(type: number, at: number): void {
    const cap = this.model.cap[type];
    const oldest = this.ringTime[this.model.ringOffset[type] + this.ringStart[type]];
    this.ringStart[type] = (this.ringStart[type] + 1) % cap;
    this.ringCount[type]--;
    const kind = this.model.decayKind[type];
    if (kind === DECAY_HALF_LIFE) {
      this.decaySum[type] = Math.max(0, this.decayedSum(type, at) - Math.exp(-this.model.decayRate[type] * (at - oldest)));
      this.decayRef[type] = at;
    } else if (kind === DECAY_LINEAR) this.decaySum[type] -= oldest;
  }

  private decayedSum(type: number, at: number): number {
    return this.decaySum[type] * Math.exp(-this.model.decayRate[type] * (at - this.decayRef[type]));
  }

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
      let weight: number;
      if (kind === DECAY_HALF_LIFE) weight = this.decayedSum(type, at);
      else if (kind === DECAY_LINEAR) weight = count - model.decayRate[type] * (count * at - this.decaySum[type]);
      else weight = count;
      total += model.points[type] * weight;
    }
    return total;
  }
}
