/**
 * The leads a tick may have changed, for whatever keeps counts over LeadScores besides the KPI
 * tally (the result views' metrics). Recording a lead is a byte test; a tick that rescored
 * everything says so instead of listing every lead.
 */
export class ChangeLog {
  private readonly seen: Uint8Array;
  private readonly list: Uint32Array;
  private size = 0;
  /** Every lead may have changed: counts must be taken afresh. */
  everything = true;
  /**
   * Whether anything besides the MQL columns (mql, mqlAt, fastTracked) may have changed for the
   * recorded leads; false after threshold moves alone, which lets a reader compare less.
   */
  beyondMoments = false;

  constructor(n: number) {
    this.seen = new Uint8Array(n);
    this.list = new Uint32Array(n);
  }

  record(lead: number): void {
    if (this.seen[lead]) return;
    this.seen[lead] = 1;
    this.list[this.size++] = lead;
  }

  recordAll(): void {
    this.everything = true;
  }

  /** The recorded leads (a view valid until `clear`). */
  leads(): Uint32Array {
    return this.list.subarray(0, this.size);
  }

  /** Called by the reader once it has caught up with every recorded change. */
  clear(): void {
    for (let i = 0; i < this.size; i++) this.seen[this.list[i]] = 0;
    this.size = 0;
    this.everything = false;
    this.beyondMoments = false;
  }
}
