import type { ExtraAttribute } from '../../../shared/import/extra-attributes';
import type { MessagePort } from 'node:worker_threads';
import type { ApiErrorShape } from '../../../shared/api';
import type { WriteTarget } from '../../store';
import type { ActivityColumns, LeadBatch } from '../../store/lead-batch';

/*
 * An import reads and checks rows on one thread and writes them on another (writer-thread.ts),
 * so parsing the next chunk of a file and inserting the last batch of leads run at the same
 * time. Leads travel in coded batches of typed arrays (store/lead-batch.ts), transferred rather
 * than copied. The reading side never waits on its event loop: it reads the writer's messages
 * with receiveMessageOnPort and sleeps on a shared counter (Atomics.wait), so it keeps the
 * synchronous calls of a DatasetWriter.
 */

export interface WriterInit {
  role: 'writer';
  workspaceFile: string;
  target: WriteTarget;
  /** The kept columns the leads' extra values are for. */
  attributes: readonly ExtraAttribute[];
  /** The job's cancel flag (Int32Array over it; 1 means cancel). */
  cancel: SharedArrayBuffer;
  /** Int32Array slots, see SIGNAL. */
  signal: SharedArrayBuffer;
  /** Where the writer posts its FromWriter messages. */
  port: MessagePort;
}

/** Slots of the shared signal array. */
export const SIGNAL = {
  /** Bumped (and notified) after every message the writer posts. */
  events: 0,
  /** Lead batches written so far. */
  written: 1,
  /** Set to 1 by the reading side: roll back and stop. */
  abort: 2,
  size: 3,
} as const;

export type ToWriter = { type: 'leads'; batch: LeadBatch } | { type: 'finish'; activities: ActivityColumns } | { type: 'abort' };

export type FromWriter =
  | { type: 'ready'; datasetId: number }
  | { type: 'saved'; activities: number }
  | { type: 'finished' }
  | { type: 'closed' }
  | { type: 'failed'; error: ApiErrorShape };

/** An error as it crosses threads: code and message, since an Error's own class does not survive. */
export function errorShape(error: unknown): ApiErrorShape {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.includes('/')) {
    return { code: error.code, message: error.message };
  }
  return { code: 'import/failed', message: `The import stopped: ${error instanceof Error ? error.message : String(error)}` };
}
