import { buildServer } from '../../src/app/server.ts';
import { loadConfig } from '../../src/app/config.ts';
import type { App } from '../../src/app/context.ts';
import type { TestDb } from './db.ts';

/** An in-process server on a test database; requests go through app.inject, no port is opened. */
export async function createTestServer(db: TestDb): Promise<App> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' });
  const app = await buildServer({ db, config, logger: false });
  await app.ready();
  return app;
}
