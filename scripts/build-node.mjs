// Bundles the Node side (Electron main, preload, web host, import worker) with esbuild. better-sqlite3 stays
// external because it is a native module, electron because the runtime provides it.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/web-host.ts'], outfile: 'dist/web-host.cjs' }),
  // The import worker runs in a worker thread of whichever process hosts the service (Electron
  // main or the web host); both find it here.
  build({ ...common, entryPoints: ['electron/service/import/worker.ts'], outfile: 'dist/electron/import-worker.cjs' }),
]);
