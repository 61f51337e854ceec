import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.join(import.meta.dirname, '..', '..', '..');

/**
 * Bundles the import worker as scripts/build-node.mjs does, so the tests run the same kind of
 * file the app runs. It goes under node_modules/.cache so that require('better-sqlite3') inside
 * it resolves; one file per process, since test files run in parallel processes (the run's
 * global teardown, test/unit/bundle-cache.ts, removes them).
 */
export function buildImportWorker(): string {
  return bundleForNode(path.join(ROOT, 'electron', 'service', 'import', 'worker.ts'), 'import-worker');
}

/** Bundles one entry point into a CommonJS file plain `node` runs, as the app's Node side is built. */
export function bundleForNode(entryPoint: string, name: string): string {
  const outfile = path.join(ROOT, 'node_modules', '.cache', 'mql-lab-test', `${name}-${process.pid}.cjs`);
  buildSync({
    entryPoints: [entryPoint],
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
