import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// A fresh workspace per run, so the app opens on the bundled sample exactly as on first start.
// Kept in the environment so Playwright's worker processes, which reload this file, agree.
process.env.MQL_E2E_DATA ??= fs.mkdtempSync(path.join(os.tmpdir(), 'mql-e2e-'));
const port = Number(process.env.MQL_E2E_PORT ?? 4871);
export const E2E_TOKEN = 'e2e-token';

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node dist/web-host.cjs --port ${port} --data "${process.env.MQL_E2E_DATA}" --token ${E2E_TOKEN}`,
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
  },
});
