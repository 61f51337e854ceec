/** The two halves of a slider tick, and how the worker lets newer messages in between them. */
export interface TickSteps<T> {
  /** Scores the tick's model and sends its KPIs: what the cards show. */
  headline(tick: T): void;
  /** Counts every result view for the tick's model and sends them. */
  views(tick: T): void;
  /** Resolves once the messages that arrived meanwhile have been handled. */
  pause(): Promise<void>;
  /** A step threw: the tick is dropped and the loop goes on with the next one. */
  failed(error: unknown): void;
  /** Milliseconds on a steady clock (performance.now in the worker). */
  now(): number;
}

/**
 * Longest the views go without an update while ticks keep overtaking each other: past it a
 * tick's views are counted even though a newer model waits, so the charts keep moving (a few
 * times a second) during a long drag on a large dataset instead of freezing until it stops.
 */
export const MAX_VIEWS_LAG_MS = 250;

/**
 * Slider ticks in the engine worker, newest first. Dragging a slider sends dozens of models a
 * second; working through them in turn would leave the screen further and further behind the
 * hand. Only the newest model waiting is ever scored, and its KPIs go out before the result
 * views are counted: if a newer model came in meanwhile, that tick's views would be stale at
 * once, so they are skipped and the newer model is scored instead, unless the views have not
 * moved for MAX_VIEWS_LAG_MS. The views catch up with every skipped tick when they are next
 * counted (the session's change log keeps what they need).
 */
export class TickLoop<T> {
  private latest: { tick: T } | null = null;
  private running = false;
  private viewsAt = -Infinity;

  constructor(private readonly steps: TickSteps<T>) {}

  push(tick: T): void {
    this.latest = { tick };
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.latest) {
        const { tick } = this.latest;
        this.latest = null;
        try {
          this.steps.headline(tick);
          await this.steps.pause();
          if (!this.latest || this.steps.now() - this.viewsAt >= MAX_VIEWS_LAG_MS) {
            this.steps.views(tick);
            this.viewsAt = this.steps.now();
          }
        } catch (error) {
          this.steps.failed(error);
        }
      }
    } finally {
      this.running = false;
    }
  }
}
