import { buildServer } from '../../src/app/server.ts';
import { today } from '../../src/modules/registry/commands/shared.ts';
import { loadConfig } from '../../src/app/config.ts';
import { useConfiguredSecret } from '../../src/modules/privacy/secret.ts';
import { TEST_SECRET } from './db.ts';
import type { App } from '../../src/app/context.ts';
import type { TestDb } from './db.ts';

/**
 * The day every test server lives in, whatever day the tests run: "this year" is 2026, 2027 is in the
 * future and 2020 in the past, this year and every year after.
 */
export const TEST_NOW = new Date(2026, 5, 30, 10, 0, 0);
export const testClock = () => new Date(TEST_NOW);
/** TEST_NOW's day, for tests that call a command (which takes `today`) without a server. */
export const TEST_TODAY = today(TEST_NOW);

/**
 * An in-process server on a test database; requests go through app.inject, no port is opened. The public
 * forms' human check is off unless a test of the check turns it on.
 */
export async function createTestServer(db: TestDb, options: { humanCheck?: boolean } = {}): Promise<App> {
  // TEST_LOG=error (or debug) shows the server's log while a test is being debugged.
  const config = loadConfig({
    LOG_LEVEL: process.env.TEST_LOG ?? 'silent',
    ZHENFU_DATA_DIR: '/nonexistent',
    ZHENFU_SECRET: TEST_SECRET,
    ZHENFU_HUMAN_CHECK: options.humanCheck ? 'on' : 'off',
  });
  // As `zhenfu serve` does before migrating: no data directory here, so the secret comes from the config.
  useConfiguredSecret(config);
  const app = await buildServer({ db, config, logger: Boolean(process.env.TEST_LOG), clock: testClock });
  await app.ready();
  return app;
}
