import { DECAY_HALF_LIFE, DECAY_LINEAR, type CompiledModel } from './compile';
import { RANK_LIMIT, type LeadIndex } from './lead-index';
import * as S from './lead-state';
import type { LeadTable } from './lead-table';

/* Module-local copies: read through an import binding in a hot loop, some loaders add a getter call each time. */
const HALF_LIFE = DECAY_HALF_LIFE;
const LINEAR = DECAY_LINEAR;
const VS = S.VALUE_SLOTS;
const BS = S.BYTE_SLOTS;
const [TOP, BELOW_TOP, LADDER_START, LADDER_END, MAX_FAST_TRACK] = [S.TOP, S.BELOW_TOP, S.LADDER_START, S.LADDER_END, S.MAX_FAST_TRACK];

/*
 * A lead's engagement profile is what its activity amounts to under the engagement rules alone:
 * its engagement at each scoring moment (an event, before the cutoff, of a type that scores or
 * fast-tracks), summed up in LeadState as TOP, BELOW_TOP and MAX_FAST_TRACK. It does not depend
 * on fit, the threshold, the mode, the blend weight, the engagement cap or knock-outs, so a tick
 * that changes only those replays no event. The walk also writes the lead's record ladder.
 */

/**
 * Whether a model's engagement at each moment must be stored: with decay or windows recomputing
 * it costs exponentials and ring buffers, while without them it is recomputed on demand from
 * occurrence ranks, which is cheaper than storing it (and caps past the rank limit need the ring).
 */
export function needsStoredEngagement(model: CompiledModel): boolean {
  return model.dynamicTypes.length > 0 || model.cap.some((cap) => cap > RANK_LIMIT);
}

/**
 * Replays leads' events into their profile. The arithmetic is the reference replay's
 * (score.ts LeadWalker) operation for operation, in the same order, so every engagement value is
 * bit-for-bit what a full recompute gives: only then can incremental results equal it exactly.
 */
export class EngagementWalker {
  private readonly stored: Float64Array | null;
  private readonly types: number;
  private readonly ringTime: Float64Array;
  private readonly ringStart: Uint32Array;
  private readonly ringCount: Uint32Array;
  private readonly seen: Uint8Array;
  /** Linear decay: sum of counted occurrence times. */
  private readonly decaySum: Float64Array;
  /** Per half-life rate, the points of its types' counted occurrences faded to the last moment (see LeadWalker). */
  private readonly halfLifeSum: Float64Array;
  private readonly halfLifeRates: Float64Array;
  private readonly halfLifeGroup: Uint8Array;
  private readonly dynamic: Uint8Array;
  /** Dynamic types engagementAt must visit: they expire, or decay linearly (half-lives count in their sums). */
  private readonly visited: Uint8Array;
  /** Visited types with occurrences in the current lead, in the model's order. */
  private readonly active: Uint8Array;
  private readonly isActive: Uint8Array;
  private activeCount = 0;
  /* The model's per-type tables, held directly: the walk reads them at every event. */
  private readonly points: Float64Array;
  private readonly cap: Uint16Array;
  private readonly firstTimeOnly: Uint8Array;
  private readonly lifetime: Float64Array;
  private readonly decayKind: Uint8Array;
  private readonly decayRate: Float64Array;
  private readonly ringOffset: Uint32Array;
  private steady = 0;

  constructor(
    private readonly table: LeadTable,
    private readonly index: LeadIndex,
    private readonly model: CompiledModel,
    private readonly state: S.LeadState,
    /** Engagement right after each table event (NaN when not a moment), for models that need it stored. */
    stored: Float64Array | null,
  ) {
    this.stored = needsStoredEngagement(model) ? stored : null;
    if (needsStoredEngagement(model) && !stored) throw new Error('This model needs the stored engagement buffer');
    this.types = model.points.length;
    this.ringTime = new Float64Array(model.ringOffset[this.types]);
    this.ringStart = new Uint32Array(this.types);
    this.ringCount = new Uint32Array(this.types);
    this.seen = new Uint8Array(this.types);
    this.decaySum = new Float64Array(this.types);
    ({ halfLifeRates: this.halfLifeRates, halfLifeGroup: this.halfLifeGroup } = model);
    this.halfLifeSum = new Float64Array(this.halfLifeRates.length);
    this.dynamic = new Uint8Array(this.types);
    this.visited = new Uint8Array(this.types);
    for (const type of model.dynamicTypes) {
      this.dynamic[type] = 1;
      this.visited[type] = model.decayKind[type] !== HALF_LIFE || model.lifetime[type] !== Infinity ? 1 : 0;
    }
    this.active = new Uint8Array(this.types);
    this.isActive = new Uint8Array(this.types);

    ({ points: this.points, cap: this.cap, firstTimeOnly: this.firstTimeOnly, lifetime: this.lifetime } = model);
    ({ decayKind: this.decayKind, decayRate: this.decayRate, ringOffset: this.ringOffset } = model);
  }

  walk(lead: number): void {
    if (this.stored) this.walkDynamic(lead, this.stored);
    else this.walkSteady(lead);
  }

  /**
   * Writes the lead's moments into `engagement` and their event indexes into `events`, in time
   * order; returns how many. Buffers must hold the lead's event count.
   */
  load(lead: number, engagement: Float64Array, events: Uint32Array): number {
    const eventType = this.table.eventType;
    const end = this.index.cutEnd[lead];
    const { points, cap, fastTrackGrade } = this.model;
    let m = 0;
    if (this.stored) {
      const stored = this.stored;
      for (let e = this.table.eventOffsets[lead]; e < end; e++) {
        const type = eventType[e];
        if (points[type] === 0 && fastTrackGrade[type] === 0) continue;
        engagement[m] = stored[e];
        events[m++] = e;
      }
      return m;
    }
    const rank = this.index.rank;
    let steady = 0;
    for (let e = this.table.eventOffsets[lead]; e < end; e++) {
      const type = eventType[e];
      const p = points[type];
      if (p === 0 && fastTrackGrade[type] === 0) continue;
      if (rank[e] < cap[type]) steady += p;
      engagement[m] = steady;
      events[m++] = e;
    }
    return m;
  }

  /**
   * Without decay or windows an occurrence counts iff its rank is below its type's cap, and
   * engagement only changes by its points (the replay's `steady += points`, in the same order).
   */
  private walkSteady(lead: number): void {
    const { points, cap, fastTrackGrade } = this.model;
    const eventType = this.table.eventType;
    const rank = this.index.rank;
    const { ladder } = this.state;
    const eventTime = this.table.eventTime;
    const start = this.table.eventOffsets[lead];
    const end = this.index.cutEnd[lead];
    let steady = 0;
    let top = 0;
    let belowTop = 0;
    let maxFastTrack = 0;
    let rung = 2 * start;
    for (let e = start; e < end; e++) {
      const type = eventType[e];
      const p = points[type];
      const fastTrack = fastTrackGrade[type];
      if (p === 0 && fastTrack === 0) continue;
      if (rank[e] < cap[type]) steady += p;
      if (steady > top) {
        belowTop = top;
        top = steady;
        ladder[rung++] = steady;
        ladder[rung++] = eventTime[e];
      }
      if (fastTrack > maxFastTrack) maxFastTrack = fastTrack;
    }
    this.finish(lead, top, belowTop, maxFastTrack, rung);
  }

  private walkDynamic(lead: number, stored: Float64Array): void {
    // Everything the loop reads is held in locals: the calls in it would otherwise make the
    // compiler reload each array from its object at every event.
    const { eventType, eventTime } = this.table;
    const { points, fastTrackGrade } = this.model;
    const rates = this.halfLifeRates;
    const sums = this.halfLifeSum;
    const created = this.table.createdAt[lead];
    const { ladder } = this.state;
    const start = this.table.eventOffsets[lead];
    const end = this.index.cutEnd[lead];
    this.reset();
    let top = 0;
    let belowTop = 0;
    let maxFastTrack = 0;
    let rung = 2 * start;
    let decayedTo = 0;
    for (let e = start; e < end; e++) {
      const type = eventType[e];
      const fastTrack = fastTrackGrade[type];
      if (points[type] === 0 && fastTrack === 0) {
        stored[e] = NaN;
        continue;
      }
      const time = eventTime[e];
      const at = time - created;
      // LeadWalker.decayTo, inline: fades the half-life sums from the previous moment to this one.
      const elapsed = at - decayedTo;
      if (elapsed !== 0) {
        decayedTo = at;
        for (let g = 0; g < rates.length; g++) sums[g] *= Math.exp(-rates[g] * elapsed);
      }
      this.count(type, at);
      const value = this.engagementAt(at);
      stored[e] = value;
      if (value > top) {
        belowTop = top;
        top = value;
        ladder[rung++] = value;
        ladder[rung++] = time;
      }
      if (fastTrack > maxFastTrack) maxFastTrack = fastTrack;
    }
    this.finish(lead, top, belowTop, maxFastTrack, rung);
  }

  private finish(lead: number, top: number, belowTop: number, maxFastTrack: number, ladderEnd: number): void {
    const v = lead * VS;
    this.state.values[v + TOP] = top;
    this.state.values[v + BELOW_TOP] = belowTop;
    this.state.values[v + LADDER_START] = 2 * this.table.eventOffsets[lead];
    this.state.values[v + LADDER_END] = ladderEnd;
    this.state.bytes[lead * BS + MAX_FAST_TRACK] = maxFastTrack;
  }

  private reset(): void {
    this.steady = 0;
    this.activeCount = 0;
    const sums = this.halfLifeSum;
    for (let g = 0; g < sums.length; g++) sums[g] = 0;
    for (let t = 0; t < this.types; t++) {
      this.ringStart[t] = 0;
      this.ringCount[t] = 0;
      this.seen[t] = 0;
      this.decaySum[t] = 0;
      this.isActive[t] = 0;
    }
  }

  /*
   * The methods below are LeadWalker's arithmetic unchanged, in the same order. One thing only
   * saves work: engagementAt visits the lead's active visited types (kept in the model's order,
   * so the sum adds up in the same order) rather than every dynamic type of the model, whose
   * other types add nothing there.
   */



  private count(type: number, at: number): void {
    const cap = this.cap[type];
    if (cap === 0) return;
    if (this.firstTimeOnly[type]) {
      if (this.seen[type]) return;
      this.seen[type] = 1;
    }
    if (!this.dynamic[type]) {
      if (this.ringCount[type] < cap) {
        this.ringCount[type]++;
        this.steady += this.points[type];
      }
      return;
    }
    if (this.ringCount[type] === cap) this.dropOldest(type, at);
    else if (!this.isActive[type] && this.visited[type]) this.activate(type);
    // A wrap by comparison: an integer division per occurrence would cost more than the rest of it.
    const next = this.ringStart[type] + this.ringCount[type];
    const slot = this.ringOffset[type] + (next >= cap ? next - cap : next);
    this.ringTime[slot] = at;
    this.ringCount[type]++;
    const kind = this.decayKind[type];
    if (kind === HALF_LIFE) this.halfLifeSum[this.halfLifeGroup[type]] += this.points[type];
    else if (kind === LINEAR) this.decaySum[type] += at;
  }

  /** Adds a type to the lead's active list, keeping the model's order of dynamic types. */
  private activate(type: number): void {
    const active = this.active;
    this.isActive[type] = 1;
    let i = this.activeCount++;
    while (i > 0 && active[i - 1] > type) {
      active[i] = active[i - 1];
      i--;
    }
    active[i] = type;
  }

  private dropOldest(type: number, at: number): void {
    const cap = this.cap[type];
    const oldest = this.ringTime[this.ringOffset[type] + this.ringStart[type]];
    const start = this.ringStart[type] + 1;
    this.ringStart[type] = start === cap ? 0 : start;
    this.ringCount[type]--;
    const kind = this.decayKind[type];
    if (kind === HALF_LIFE) {
      this.halfLifeSum[this.halfLifeGroup[type]] -= this.points[type] * Math.exp(-this.decayRate[type] * (at - oldest));
    } else if (kind === LINEAR) this.decaySum[type] -= oldest;
  }

  private engagementAt(at: number): number {
    let total = this.steady;
    const active = this.active;
    for (let i = 0; i < this.activeCount; i++) {
      const type = active[i];
      if (this.ringCount[type] === 0) continue;
      const lifetime = this.lifetime[type];
      if (lifetime !== Infinity) {
        const base = this.ringOffset[type];
        while (this.ringCount[type] > 0 && at - this.ringTime[base + this.ringStart[type]] >= lifetime) this.dropOldest(type, at);
      }
      const count = this.ringCount[type];
      const kind = this.decayKind[type];
      if (kind === LINEAR) total += this.points[type] * (count - this.decayRate[type] * (count * at - this.decaySum[type]));
      else if (kind !== HALF_LIFE) total += this.points[type] * count;
    }
    const halfLifeSum = this.halfLifeSum;
    for (let g = 0; g < halfLifeSum.length; g++) total += halfLifeSum[g];
    return total;
  }
}
