/**
 * Counts by whole-number bin over a range that widens as needed (scores have no fixed bounds),
 * `fields` counts per bin, in a typed array so a tick's updates stay cheap.
 */
export class Bins {
  private data: Float64Array;
  /** Bin number of the first slot. */
  private origin = 0;

  constructor(private readonly fields: number) {
    this.data = new Float64Array(0);
  }

  /** Bins over counts already taken: `data` holds `fields` counts per bin from bin `origin` on. */
  static holding(fields: number, origin: number, data: Float64Array): Bins {
    const bins = new Bins(fields);
    bins.data = data;
    bins.origin = origin;
    return bins;
  }

  add(bin: number, field: number, delta: number): void {
    this.reach(bin);
    this.data[(bin - this.origin) * this.fields + field] += delta;
  }

  get(bin: number, field: number): number {
    const slot = bin - this.origin;
    return slot >= 0 && slot * this.fields < this.data.length ? this.data[slot * this.fields + field] : 0;
  }

  /** The lowest and highest bins holding any count; [Infinity, −Infinity] when none does. */
  extent(): [number, number] {
    const bins = this.data.length / this.fields;
    const used = (slot: number) => {
      for (let f = 0; f < this.fields; f++) if (this.data[slot * this.fields + f] !== 0) return true;
      return false;
    };
    let first = 0;
    while (first < bins && !used(first)) first++;
    if (first === bins) return [Infinity, -Infinity];
    let last = bins - 1;
    while (!used(last)) last--;
    return [this.origin + first, this.origin + last];
  }

  private reach(bin: number): void {
    const bins = this.data.length / this.fields;
    if (bins > 0 && bin >= this.origin && bin < this.origin + bins) return;
    const low = bins === 0 ? bin : Math.min(this.origin, bin);
    const high = bins === 0 ? bin : Math.max(this.origin + bins - 1, bin);
    // Room to spare on both sides, so a drag that widens the range does not copy every tick.
    const spare = Math.max(16, high - low + 1);
    const next = new Float64Array((high - low + 1 + 2 * spare) * this.fields);
    if (bins > 0) next.set(this.data, (this.origin - (low - spare)) * this.fields);
    this.data = next;
    this.origin = low - spare;
  }
}
