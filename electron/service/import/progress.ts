import type { ProgressEvent } from '../../../shared/api';

/** Often enough for a smooth bar, rarely enough that progress never costs measurable time. */
const EMIT_EVERY_MS = 100;
/** Before this, a pace is mostly start-up noise, so no time left is shown. */
const SETTLED_MS = 700;

/**
 * Turns what an import has done into progress events: bytes read and rows seen while reading,
 * then activities written in the saving phase, which has no bytes of its own. Work is counted in
 * bytes so one bar covers every phase: reading counts each file's bytes, and saving the
 * activities counts the activities file's bytes again, in proportion to the activities written.
 */
export class ProgressMeter {
  private readonly started: number;
  private lastEmit = -Infinity;
  private label = '';
  private bytesRead = 0;
  private rows = 0;
  private saving = 0;
  private readonly total: number;

  constructor(
    private readonly totalBytes: number,
    /** Bytes of the activities file when its rows are written in a phase of their own. */
    private readonly savingBytes: number,
    private readonly emit: (event: ProgressEvent) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
    this.total = Math.max(1, totalBytes + savingBytes);
  }

  phase(label: string): void {
    this.label = label;
    this.send(true);
  }

  addBytes(bytes: number): void {
    this.bytesRead += bytes;
    this.send(false);
  }

  addRows(rows: number): void {
    this.rows += rows;
  }

  /** Share (0-1) of the buffered activities written so far. */
  saved(share: number): void {
    this.saving = Math.min(1, Math.max(0, share));
    this.send(false);
  }

  /** The last event, whatever the time since the one before. */
  finish(label: string): void {
    this.label = label;
    this.bytesRead = this.totalBytes;
    this.saving = 1;
    this.send(true);
  }

  private send(force: boolean): void {
    const now = this.now();
    if (!force && now - this.lastEmit < EMIT_EVERY_MS) return;
    this.lastEmit = now;
    const elapsed = now - this.started;
    const done = Math.min(this.total, this.bytesRead + this.saving * this.savingBytes);
    const settled = elapsed >= SETTLED_MS && done > 0;
    this.emit({
      task: 'import',
      label: this.label,
      done,
      total: this.total,
      bytes: this.bytesRead,
      totalBytes: this.totalBytes,
      rows: this.rows,
      rowsPerSecond: elapsed > 0 ? Math.round((this.rows * 1000) / elapsed) : 0,
      secondsLeft: settled ? Math.max(0, Math.round(((this.total - done) * elapsed) / done / 1000)) : null,
    });
  }
}
