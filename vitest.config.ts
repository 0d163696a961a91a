import { defineConfig } from 'vitest/config';

/**
 * Pure unit tests run once. Integration tests in test/ run on PGlite always and on PostgreSQL too when
 * TEST_DATABASE_URL is set (CI sets it), so the same suite proves the same SQL on both databases.
 */
const databases = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { test: { name: 'unit', include: ['src/**/*.test.ts'], testTimeout: 60_000 } },
      // The console's own unit tests (catalogues, URL and form logic, the generated API types).
      { test: { name: 'web', include: ['web/src/**/*.test.ts', 'web/test/**/*.test.ts'] } },
      ...databases.map((db) => ({
        test: {
          name: db,
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          env: { ZHENFU_TEST_DB: db },
          globalSetup: [`test/support/${db}-template.ts`],
          // The files of a worker share its modules: importing the server once per worker, not once per file,
          // took the PGlite project's import time from 224 s to 17 s. Tests keep no state in modules (each file
          // opens its own database and server).
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
      // The console in a real Chromium against a real server (see test/e2e/global-setup.ts).
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // The console built, and a migrated database each file's server starts from (as the pglite project's).
          globalSetup: ['test/support/pglite-template.ts', 'test/e2e/global-setup.ts'],
          fileParallelism: false,
          // A poll waits for the page as a user would: the default second is too short on a busy CI machine.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
