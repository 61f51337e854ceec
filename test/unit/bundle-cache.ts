import fs from 'node:fs';
import path from 'node:path';

/**
 * Vitest global setup: the test processes bundle the import worker into this folder, one file
 * per process (test/unit/service/import-worker.ts), and vitest ends its processes without an
 * exit event to clean up on; the folder goes once the whole run is over.
 */
const FOLDER = path.join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'mql-lab-test');

export default function setup(): () => void {
  return () => fs.rmSync(FOLDER, { recursive: true, force: true });
}
