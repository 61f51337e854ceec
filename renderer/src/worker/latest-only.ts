/**
 * Runs at most one job at a time and, while one runs, keeps only the newest request. Dragging a
 * slider fires dozens of values a second; computing each in turn would make the screen lag
 * further and further behind the hand. This computes the value in flight and then the latest.
 */
export class LatestOnly<T> {
  private busy = false;
  private pending: { value: T } | null = null;

  constructor(private readonly start: (value: T) => void) {}

  request(value: T): void {
    if (this.busy) {
      this.pending = { value };
      return;
    }
    this.busy = true;
    this.start(value);
  }

  /** Call when the job started last has finished. */
  done(): void {
    const next = this.pending;
    this.pending = null;
    this.busy = false;
    if (next) this.request(next.value);
  }
}
