import { parentPort, workerData } from 'node:worker_threads';
import { runImportJob } from './job';
import type { WorkerInput, WorkerMessage } from './protocol';
import { errorShape, type WriterInit } from './writer-protocol';
import { runWriterThread } from './writer-thread';

/*
 * The import worker (bundled to dist/electron/import-worker.cjs): runs one import job off the
 * service's thread, so the app stays responsive while a large file is parsed and written. The
 * same script, started by the job with role 'writer', is the thread that writes the rows: it
 * opens its own connection to the workspace, and WAL lets the app keep reading meanwhile.
 */
const data = workerData as WorkerInput | WriterInit;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

if ('role' in data) {
  if (parentPort) runWriterThread(data, parentPort);
} else {
  runImportJob(data.job, {
    onProgress: (progress) => post({ type: 'progress', progress }),
    cancel: data.cancel,
    writerThread: writerThreadFromEnv(),
    // esbuild bundles this file as CommonJS, where __filename is the bundle itself.
    writerScript: __filename,
  }).then(
    (report) => post({ type: 'done', report }),
    (error: unknown) => post({ type: 'failed', error: errorShape(error) }),
  );
}

/** MQL_IMPORT_WRITER_THREAD=1 or 0 overrides the choice by cores, to compare the two. */
function writerThreadFromEnv(): boolean | undefined {
  const value = process.env.MQL_IMPORT_WRITER_THREAD;
  return value === '1' ? true : value === '0' ? false : undefined;
}
