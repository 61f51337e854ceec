import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { ApiError } from '../../../shared/api';
import type { ExtraAttribute } from '../../../shared/import/extra-attributes';
import type { ActivityRecord, LeadRecord } from '../../../shared/import/records';
import type { WriteTarget } from '../../store';
import { DatasetRows } from '../../store/dataset-rows';
import { leadBatchBuffers, type LeadBatch } from '../../store/lead-batch';
import type { JobWriter, WriterTotals } from './job-writer';
import { SIGNAL, type FromWriter, type ToWriter, type WriterInit } from './writer-protocol';

/** Batches sent but not yet written; past this the reader waits, so memory stays flat. */
const MAX_IN_FLIGHT = 4;
/** How long to wait for the writer to roll back before stopping its thread outright. */
const CLOSE_GRACE_MS = 5_000;
/**
 * How long the writer may take to open the workspace and take the write lock (SQLite itself
 * waits up to 5 s for another writer) before the import gives up on it.
 */
const OPEN_TIMEOUT_MS = 60_000;

/**
 * The reading side's handle on the writing thread (writer-thread.ts): checks and codes leads
 * and activities here, as DatasetWriter does (DatasetRows), and sends the leads in batches to be
 * written there while the next rows are read. Every call is synchronous: waiting for the writer
 * (to be ready, to catch up, to finish) sleeps on a shared counter rather than on the event
 * loop, and an error on the writing side surfaces at the next call.
 */
export class ThreadWriter implements JobWriter {
  private readonly rows: DatasetRows;
  private readonly signal: Int32Array;
  private posted = 0;
  private datasetId: number | null = null;
  /** The writer has ended: committed, rolled back or failed; its thread is on its way out. */
  private ended: 'finished' | 'closed' | null = null;
  private failure: Error | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    signal: SharedArrayBuffer,
    cancel: SharedArrayBuffer,
    private readonly onSaved: (share: number) => void,
    /** When the writer must have taken the write lock by. */
    private readonly openDeadline: number,
  ) {
    this.signal = new Int32Array(signal);
    const flag = new Int32Array(cancel);
    this.rows = new DatasetRows((batch) => this.send(batch), { isCancelled: () => Atomics.load(flag, 0) === 1 });
  }

  /**
   * Starts the writing thread from the bundled worker script and returns at once: the thread
   * opens the workspace and takes the write lock (a worker's start-up, some 100 ms) while the
   * first rows are read. The first call that hands it rows waits for that.
   */
  static open(
    script: string,
    workspaceFile: string,
    target: WriteTarget,
    attributes: readonly ExtraAttribute[],
    cancel: SharedArrayBuffer,
    onSaved: (share: number) => void,
  ): ThreadWriter {
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(SIGNAL.size * Int32Array.BYTES_PER_ELEMENT);
    const init: WriterInit = { role: 'writer', workspaceFile, target, attributes, cancel, signal, port: port2 };
    const worker = new Worker(script, { workerData: init, transferList: [port2] });
    return new ThreadWriter(worker, port1, signal, cancel, onSaved, performance.now() + OPEN_TIMEOUT_MS);
  }

  addLead(lead: LeadRecord): void {
    this.rows.addLead(lead);
  }

  addActivity(activity: ActivityRecord): void {
    this.rows.addActivity(activity);
  }

  finish(): WriterTotals {
    this.rows.flush();
    this.waitUntilOpen();
    const activities = this.rows.activities();
    this.post({ type: 'finish', activities }, [activities.lead.buffer, activities.time.buffer, activities.type.buffer]);
    this.waitFor(() => this.ended === 'finished');
    return { datasetId: this.datasetId ?? 0, leads: this.rows.leadCount, activities: this.rows.activityCount };
  }

  /**
   * Has the writer roll back (unless it has committed or stopped already) and waits until it
   * has; safe to call more than once.
   */
  close(): void {
    if (this.ended === null) {
      Atomics.store(this.signal, SIGNAL.abort, 1);
      this.post({ type: 'abort' });
      const deadline = performance.now() + CLOSE_GRACE_MS;
      this.waitFor(() => this.ended !== null || performance.now() > deadline, false);
      // A writer that has not answered is stopped; its connection closes and rolls back with it.
      if (this.ended === null) void this.worker.terminate();
      this.ended ??= 'closed';
    }
    this.port.close();
  }

  /** Waits until the writer holds the write lock; throws when it could not take it. */
  private waitUntilOpen(): void {
    if (this.datasetId !== null) return;
    this.waitFor(() => this.datasetId !== null || performance.now() > this.openDeadline);
    if (this.datasetId === null) throw new ApiError('import/failed', 'The import could not start writing to the workspace. Nothing was saved.');
  }

  private send(batch: LeadBatch): void {
    this.waitUntilOpen();
    this.post({ type: 'leads', batch }, leadBatchBuffers(batch));
    this.posted++;
    this.drain();
    if (this.failure) throw this.failure;
    if (this.posted - Atomics.load(this.signal, SIGNAL.written) > MAX_IN_FLIGHT) {
      this.waitFor(() => this.posted - Atomics.load(this.signal, SIGNAL.written) <= MAX_IN_FLIGHT);
    }
  }

  private post(message: ToWriter, transfer: ArrayBuffer[] = []): void {
    if (this.ended === null) this.worker.postMessage(message, transfer);
  }

  /** Sleeps until `done` holds, handling the writer's messages meanwhile; throws the writer's error. */
  private waitFor(done: () => boolean, throwing = true): void {
    for (;;) {
      const seen = Atomics.load(this.signal, SIGNAL.events);
      this.drain();
      if (done()) return;
      if (this.failure && throwing) throw this.failure;
      if (this.ended !== null && throwing) throw new ApiError('import/failed', 'The import stopped while writing. Nothing was saved.');
      // Woken by every message the writer posts; the timeout only bounds a wait for a deadline.
      Atomics.wait(this.signal, SIGNAL.events, seen, 100);
    }
  }

  private drain(): void {
    for (let received = receiveMessageOnPort(this.port); received; received = receiveMessageOnPort(this.port)) {
      const message = received.message as FromWriter;
      if (message.type === 'ready') this.datasetId = message.datasetId;
      else if (message.type === 'saved') this.onSaved(message.activities / Math.max(1, this.rows.activityCount));
      else if (message.type === 'failed') {
        this.failure ??= new ApiError(message.error.code, message.error.message);
        this.ended = 'closed';
      } else this.ended = message.type;
    }
  }
}
