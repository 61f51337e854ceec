import { parentPort, workerData } from 'node:worker_threads';
import { runImportJob, type JobHooks } from './job';
import type { WorkerInput, WorkerMessage } from './protocol';
import { errorShape, type WriterInit } from './writer-protocol';
import { runWriterThread } from './writer-thread';

/*
 * The import worker (bundled to dist/electron/import-worker.cjs): runs one import job off the
 * service's thread, so the app stays responsive while a large file is parsed and written. It
 * opens its own connection to the workspace; WAL lets the app keep reading meanwhile. The same
 * script runs the job's writing thread, started by the job with role 'writer'.
 */
const input = workerData as WorkerInput | WriterInit;
if ('role' in input) runWriterThread(input);
else {
  const post = (message: WorkerMessage) => parentPort?.postMessage(message);
  const hooks: JobHooks = {
    onProgress: (progress) => post({ type: 'progress', progress }),
    cancel: input.cancel,
    writerScript: input.writerScript,
    writerThread: input.writerThread,
  };
  runImportJob(input.job, hooks).then(
    (report) => post({ type: 'done', report }),
    (error: unknown) => post({ type: 'failed', error: errorShape(error) }),
  );
}
