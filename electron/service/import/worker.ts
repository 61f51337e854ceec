import { parentPort, workerData } from 'node:worker_threads';
import { runImportJob } from './job';
import type { WorkerInput, WorkerMessage } from './protocol';

/*
 * The import worker (bundled to dist/electron/import-worker.cjs): runs one import job off the
 * service's thread, so the app stays responsive while a large file is parsed and written. It
 * opens its own connection to the workspace; WAL lets the app keep reading meanwhile.
 */
const input = workerData as WorkerInput;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

runImportJob(input.job, { onProgress: (progress) => post({ type: 'progress', progress }), cancel: input.cancel }).then(
  (report) => post({ type: 'done', report }),
  (error: unknown) => post({ type: 'failed', error: errorShape(error) }),
);

/** An error as it crosses threads: code and message, since an Error's own class does not survive. */
function errorShape(error: unknown): { code: string; message: string } {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.includes('/')) {
    return { code: error.code, message: error.message };
  }
  return { code: 'import/failed', message: `The import stopped: ${error instanceof Error ? error.message : String(error)}` };
}
