import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');

/**
 * Bundles the import worker as scripts/build-node.mjs does, so the tests run the same kind of
 * file the app runs. It goes under node_modules/.cache so that require('better-sqlite3') inside
 * it resolves; one file per process, since test files run in parallel processes.
 */
export function buildImportWorker(): string {
  const outfile = path.join(ROOT, 'node_modules', '.cache', 'mql-lab-test', `import-worker-${process.pid}.cjs`);
  buildSync({
    entryPoints: [path.join(ROOT, 'electron', 'service', 'import', 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron', 'better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}
