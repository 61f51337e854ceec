import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startWebHost } from './web-host/server';

/**
 * `npm run web`: the browser host for development, tests and machines without the Electron
 * binary. Bundled to dist/web-host.cjs, so the repository root is one level up.
 */
const root = path.resolve(__dirname, '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.MQL_PORT ?? '4870' },
    data: { type: 'string', default: process.env.MQL_DATA ?? path.join(os.homedir(), '.mql-lab', 'web') },
    token: { type: 'string', default: process.env.MQL_TOKEN },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, got '${values.port}'.`);
  process.exit(2);
}

startWebHost({
  port,
  dataFolder: path.resolve(values.data),
  sampleFolder: path.join(root, 'resources', 'sample'),
  staticFolder: path.join(root, 'dist', 'renderer'),
  importWorkerFile: path.join(root, 'dist', 'electron', 'import-worker.cjs'),
  token: values.token,
}).then(
  (host) => {
    console.log(`MQL Lab is running at ${host.url}`);
    console.log(`Data folder: ${path.resolve(values.data)}. Press Ctrl-C to stop.`);
    const stop = () => void host.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`MQL Lab could not start: ${message}`);
    process.exit(1);
  },
);
