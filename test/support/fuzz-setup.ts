import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/app/config.ts';
import type { App } from '../../src/app/context.ts';
import { buildServer } from '../../src/app/server.ts';
import type { Db } from '../../src/db/types.ts';
import type { Role } from '../../src/modules/auth/actor.ts';
import { loadRegions } from '../../src/modules/regions/load.ts';
import { loginAs } from './auth.ts';
import { householdInput } from './factories.ts';
import type { KnownIds } from './fuzz.ts';
import { testClock } from './server.ts';

export interface Caller {
  role: Role | 'anonymous';
  /** The cookie header of the caller's session; none for anonymous. */
  cookie?: string;
}

export interface FuzzWorld {
  app: App;
  callers: Caller[];
  known: KnownIds;
  close(): Promise<void>;
}

const COUNTY = '371324000000';
const TOWN = '371324106000';
const VILLAGE = '371324106202';
const GRANTS: [Role, string][] = [
  ['system_admin', '000000000000'],
  ['county_admin', COUNTY],
  ['town_official', TOWN],
  ['village_cadre', VILLAGE],
  ['inspector', COUNTY],
];

/**
 * A server on `db` with the test county 兰陵县, two households in one of its villages, a user of each role
 * granted there, and one more user for the fuzzer to edit (so no caller locks itself out by accident). Uploads
 * go to a temporary data directory, removed by close().
 */
export async function createFuzzWorld(db: Db): Promise<FuzzWorld> {
  await loadRegions(db, { county: '371324' });
  const dataDir = mkdtempSync(join(tmpdir(), 'zhenfu-fuzz-'));
  const config = loadConfig({ LOG_LEVEL: process.env.TEST_LOG ?? 'silent', ZHENFU_DATA_DIR: dataDir });
  const app = await buildServer({ db, config, logger: Boolean(process.env.TEST_LOG), clock: testClock });
  await app.ready();
  // Users for the fuzzer to edit come first, so the small ids it tries most (1, 2, 3) are theirs, not a caller's.
  const victims: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    victims.push(String((await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }])).userId));
  }
  const callers: Caller[] = [{ role: 'anonymous' }];
  for (const [role, regionCode] of GRANTS) {
    callers.push({ role, cookie: (await loginAs(app, [{ role, regionCode }])).cookie });
  }
  const admin = callers[2]?.cookie ?? '';
  const householdIds: string[] = [];
  const memberIds: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { cookie: admin },
      payload: householdInput(VILLAGE),
    });
    if (res.statusCode !== 201) throw new Error(`seeding failed: ${res.statusCode} ${res.body}`);
    const id = String(res.json<{ id: number }>().id);
    householdIds.push(id);
    const page = await app.inject({
      method: 'GET',
      url: `/api/v1/households/${id}`,
      headers: { cookie: admin },
    });
    for (const m of page.json<{ members: { id: number }[] }>().members) memberIds.push(String(m.id));
  }
  const known: KnownIds = {
    id: [...householdIds, ...memberIds],
    '/api/v1/users/{id}:id': victims,
    '/api/v1/users/{id}/unlock:id': victims,
    '/api/v1/users/{id}/password:id': victims,
    code: [COUNTY, TOWN, VILLAGE, '370000000000'],
    year: ['2020', '2026', '2027'],
    province: ['370000', '37', '370000000000'],
    jobId: ['1'],
    evidenceId: ['1'],
  };
  return {
    app,
    callers,
    known,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
