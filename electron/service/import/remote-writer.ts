import { Worker } from 'node:worker_threads';
import { ApiError } from '../../../shared/api';
import type { ActivityRecord, LeadRecord } from '../../../shared/import/records';
import { StringIndex } from '../../../shared/import/string-index';
import { pushLead, type FromWriter, type LeadValue, type ToWriter, type WriterInit } from './writer-protocol';

const LEADS_PER_BATCH = 4_096;
const ACTIVITIES_PER_BATCH = 65_536;
/** Batches sent but not yet written; past this the reader waits, so memory stays flat. */
const MAX_IN_FLIGHT = 4;

export interface WriterTotals {
  datasetId: number;
  leads: number;
  activities: number;
}

/**
 * The reading side's handle on the writer thread (writer-thread.ts): takes leads and activities
 * one at a time like a DatasetWriter, sends them in batches, and tells the reader when to wait.
 * An error on the writing side surfaces at the next call.
 */
export class RemoteWriter {
  private leadValues: LeadValue[] = [];
  private leadCount = 0;
  /** Lead id → position among the leads sent, so activities travel as numbers. */
  private readonly positions = new StringIndex();
  private lead = new Uint32Array(ACTIVITIES_PER_BATCH);
  private time = new Float64Array(ACTIVITIES_PER_BATCH);
  private kind = new Uint16Array(ACTIVITIES_PER_BATCH);
  private activityCount = 0;
  private readonly typeCodes = new Map<string, number>();
  private newTypes: string[] = [];
  private inFlight = 0;
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private settle: ((message: FromWriter) => void) | null = null;

  private constructor(
    private readonly worker: Worker,
    private readonly onSaved: (share: number) => void,
  ) {
    worker.on('message', (message: FromWriter) => this.receive(message));
    worker.on('error', (error) => this.fail(new ApiError('import/failed', `The import stopped while writing: ${error.message}. Nothing was saved.`)));
    worker.on('exit', () => this.fail(new ApiError('import/failed', 'The import stopped while writing. Nothing was saved.')));
  }

  /** Starts the writer thread; resolves once it holds the workspace's write lock. */
  static open(script: string, init: Omit<WriterInit, 'role'>, onSaved: (share: number) => void): Promise<RemoteWriter> {
    const writer = new RemoteWriter(new Worker(script, { workerData: { role: 'writer', ...init } satisfies WriterInit }), onSaved);
    return writer.reply('ready').then(() => writer);
  }

  addLead(lead: LeadRecord): void {
    this.check();
    this.positions.add(lead.externalId, this.positions.size);
    pushLead(this.leadValues, lead);
    if (++this.leadCount === LEADS_PER_BATCH) this.sendLeads();
  }

  addActivity(activity: ActivityRecord): void {
    this.check();
    const lead = this.positions.find(activity.leadExternalId);
    if (lead < 0) throw new Error(`Activity of lead "${activity.leadExternalId}", which was not imported.`);
    let code = this.typeCodes.get(activity.type);
    if (code === undefined) {
      code = this.typeCodes.size;
      this.typeCodes.set(activity.type, code);
      this.newTypes.push(activity.type);
    }
    const n = this.activityCount;
    this.lead[n] = lead;
    this.time[n] = activity.occurredAt;
    this.kind[n] = code;
    if (++this.activityCount === ACTIVITIES_PER_BATCH) this.sendActivities();
  }

  /** A promise to wait for when the writer is behind, else null (the usual case: no waiting). */
  backpressure(): Promise<void> | null {
    this.check();
    if (this.inFlight < MAX_IN_FLIGHT) return null;
    return new Promise((resolve) => (this.wake = resolve));
  }

  /** Sends what is left, then has the writer write the activities and commit. */
  async finish(): Promise<WriterTotals> {
    this.sendLeads();
    this.sendActivities();
    this.post({ type: 'finish' });
    const done = await this.reply('finished');
    if (done.type !== 'finished') throw new Error('The writer did not finish.');
    return { datasetId: done.datasetId, leads: done.leads, activities: done.activities };
  }

  /** Has the writer roll back and close; nothing it was sent is kept. */
  async rollback(): Promise<void> {
    if (this.failure) return;
    this.post({ type: 'rollback' });
    await this.reply('closed').catch(() => undefined);
  }

  /** Stops the writer thread at once; its connection closes and its transaction rolls back. */
  terminate(): Promise<number> {
    return this.worker.terminate();
  }

  private sendLeads(): void {
    if (this.leadCount === 0) return;
    this.post({ type: 'leads', values: this.leadValues, count: this.leadCount });
    this.leadValues = [];
    this.leadCount = 0;
  }

  private sendActivities(): void {
    if (this.activityCount === 0) return;
    const { lead, time, kind } = this;
    this.post({ type: 'activities', lead, time, kind, count: this.activityCount, newTypes: this.newTypes }, [lead.buffer, time.buffer, kind.buffer]);
    // The arrays were transferred, not copied; the next batch needs new ones.
    this.lead = new Uint32Array(ACTIVITIES_PER_BATCH);
    this.time = new Float64Array(ACTIVITIES_PER_BATCH);
    this.kind = new Uint16Array(ACTIVITIES_PER_BATCH);
    this.activityCount = 0;
    this.newTypes = [];
  }

  private post(message: ToWriter, transfer: ArrayBuffer[] = []): void {
    this.check();
    if (message.type === 'leads' || message.type === 'activities') this.inFlight++;
    this.worker.postMessage(message, transfer);
  }

  private receive(message: FromWriter): void {
    if (message.type === 'ack') {
      this.inFlight--;
      if (this.inFlight < MAX_IN_FLIGHT) this.release();
    } else if (message.type === 'saved') this.onSaved(message.share);
    else if (message.type === 'failed') this.fail(new ApiError(message.error.code, message.error.message));
    else this.settle?.(message);
  }

  private reply(type: 'ready' | 'finished' | 'closed'): Promise<FromWriter> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.settle = (message) => (message.type === type ? resolve(message) : undefined);
      this.onFailure = reject;
    });
  }

  private onFailure: ((error: Error) => void) | null = null;

  private fail(error: Error): void {
    this.failure ??= error;
    this.onFailure?.(this.failure);
    this.release();
  }

  private release(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
