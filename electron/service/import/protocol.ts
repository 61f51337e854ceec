import type { ApiErrorShape, ImportReport, ProgressEvent } from '../../../shared/api';
import type { ImportJob } from './job-files';

/** What the import worker starts with: the job, and a flag the service sets to cancel it. */
export interface WorkerInput {
  job: ImportJob;
  /** Int32Array over a SharedArrayBuffer; 1 means cancel. Shared memory, because the worker's
   * synchronous phases (writing millions of activities) never return to its event loop. */
  cancel: SharedArrayBuffer;
  /** This worker's own script, which runs the import's writing thread too (writer-thread.ts). */
  writerScript?: string;
  /** Whether to write on a thread of its own; undefined lets the job decide. */
  writerThread?: boolean;
}

export type WorkerMessage =
  | { type: 'progress'; progress: ProgressEvent }
  | { type: 'done'; report: ImportReport }
  | { type: 'failed'; error: ApiErrorShape };
