import type { ActivityColumns } from './lead-batch';

/**
 * Activities as they arrive from a file, held in typed arrays until every one is known to be
 * valid, then handed out grouped by lead and in time order. Writing them in that order means the
 * rows and the (lead_id, occurred_at) index grow by appending instead of by random inserts into
 * a large B-tree, and a lead's events end up on neighbouring pages when the lead table is loaded.
 * With a million leads that is the difference between minutes and seconds.
 */
export class ActivityBuffer {
  private lead = new Uint32Array(1024);
  private time = new Float64Array(1024);
  private type = new Uint8Array(1024);
  private count = 0;

  /** A buffer over columns taken from another (see columns()), e.g. on the writing thread. */
  static of(columns: Omit<ActivityColumns, 'types'>): ActivityBuffer {
    const buffer = new ActivityBuffer();
    buffer.lead = columns.lead;
    buffer.time = columns.time;
    buffer.type = columns.type;
    buffer.count = columns.count;
    return buffer;
  }

  get size(): number {
    return this.count;
  }

  /** The arrays themselves (not copies), to hand to another thread; the buffer is done with after this. */
  columns(types: string[]): ActivityColumns {
    return { count: this.count, lead: this.lead, time: this.time, type: this.type, types };
  }

  push(leadIndex: number, occurredAt: number, typeCode: number): void {
    if (this.count === this.lead.length) this.grow();
    this.lead[this.count] = leadIndex;
    this.time[this.count] = occurredAt;
    this.type[this.count] = typeCode;
    this.count++;
  }

  /**
   * Calls back once per activity, by lead index, then time; activities of one lead at the same
   * moment keep the order they arrived in. A counting sort by lead (lead indexes are dense) and
   * then a stable sort inside each lead, which usually holds only a handful of events.
   */
  forEachSorted(
    leadCount: number,
    visit: (leadIndex: number, occurredAt: number, typeCode: number) => void,
  ): void {
    const start = new Uint32Array(leadCount + 1);
    for (let k = 0; k < this.count; k++) start[this.lead[k] + 1]++;
    for (let i = 0; i < leadCount; i++) start[i + 1] += start[i];
    const order = new Uint32Array(this.count);
    const next = start.slice(0, leadCount);
    for (let k = 0; k < this.count; k++) order[next[this.lead[k]]++] = k;

    for (let i = 0; i < leadCount; i++) {
      const from = start[i];
      const to = start[i + 1];
      this.sortByTime(order, from, to);
      for (let p = from; p < to; p++) {
        const k = order[p];
        visit(i, this.time[k], this.type[k]);
      }
    }
  }

  private sortByTime(order: Uint32Array, from: number, to: number): void {
    const time = this.time;
    if (to - from > 32) {
      // Long histories: Array.prototype.sort; the index tie-break keeps arrival order for ties.
      const slice = Array.from(order.subarray(from, to)).sort((a, b) => time[a] - time[b] || a - b);
      order.set(slice, from);
      return;
    }
    for (let p = from + 1; p < to; p++) {
      const k = order[p];
      let q = p - 1;
      while (q >= from && time[order[q]] > time[k]) {
        order[q + 1] = order[q];
        q--;
      }
      order[q + 1] = k;
    }
  }

  private grow(): void {
    const size = this.lead.length * 2;
    const lead = new Uint32Array(size);
    lead.set(this.lead);
    this.lead = lead;
    const time = new Float64Array(size);
    time.set(this.time);
    this.time = time;
    const type = new Uint8Array(size);
    type.set(this.type);
    this.type = type;
  }
}
