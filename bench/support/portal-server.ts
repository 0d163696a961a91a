import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/app/config.ts';
import type { App } from '../../src/app/context.ts';
import { buildServer } from '../../src/app/server.ts';
import type { Db } from '../../src/db/types.ts';
import { shellActor } from '../../src/modules/auth/actor.ts';
import { createDemoPortal } from '../../src/modules/portal/demo/portal.ts';
import { useConfiguredSecret } from '../../src/modules/privacy/secret.ts';
import { loadRegions } from '../../src/modules/regions/load.ts';
import { today } from '../../src/modules/registry/commands/shared.ts';
import { generateDemoCounty } from '../../src/modules/registry/demo/generate.ts';
import { openBenchDb, type BenchDb } from './db.ts';

/**
 * The demo portal on a fresh in-memory PGlite, served by the real server on a free port of 127.0.0.1, for
 * the portal's benches (bench/portal.mjs, bench/portal-fuzz.mjs): the demo county's regions, `households`
 * demo households with their cases (whose notices the portal shows; 0 for none) and the demo portal dated
 * back from today. The human check is off, as for monitoring (ZHENFU_HUMAN_CHECK=off).
 */
export interface PortalServer {
  url: string;
  app: App;
  db: Db;
  label: string;
  close(): Promise<void>;
}

const SECRET = 'zhenfu-bench-secret-0123456789abcdef';

export async function startPortalServer(options: { households: number }): Promise<PortalServer> {
  const bench: BenchDb = await openBenchDb('pglite');
  const actor = shellActor('bench', 'demo');
  const day = today(new Date());
  await loadRegions(bench.db, { county: '371324' });
  if (options.households > 0)
    await generateDemoCounty(bench.db, actor, {
      county: '371324',
      households: options.households,
      seed: 1,
      year: 2020,
      cases: true,
      today: day,
    });
  await createDemoPortal(bench.db, actor, day);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ZHENFU_DATA_DIR: '/nonexistent',
    ZHENFU_SECRET: SECRET,
    ZHENFU_HUMAN_CHECK: 'off',
  });
  useConfiguredSecret(config);
  const app = await buildServer({ db: bench.db, config, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    db: bench.db,
    label: bench.label,
    async close() {
      await app.close();
      await bench.dispose();
    },
  };
}
