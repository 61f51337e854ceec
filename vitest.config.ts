import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Removes the worker bundles the test processes build (test/unit/service/import-worker.ts).
    globalSetup: ['test/unit/bundle-cache.ts'],
  },
});
