import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/app/server.ts';
import { loadConfig } from '../src/app/config.ts';
import type { App } from '../src/app/context.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { testClock } from './support/server.ts';
import { loginAs } from './support/auth.ts';
import { householdInput } from './support/factories.ts';

let db: TestDb;
let app: App;
let logged = '';

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (logged += chunk.toString('utf8')));
  app = await buildServer({
    db,
    config: loadConfig({ LOG_LEVEL: 'debug' }),
    logStream: stream,
    clock: testClock,
  });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

describe('logs', () => {
  it('carry request ids but never ID numbers, phones, bank accounts, passwords or session tokens', async () => {
    const user = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
    const input = householdInput('371324106202', { bankAccount: '6228480012345678901' });
    const headers = { cookie: user.cookie };
    const created = await app.inject({ method: 'POST', url: '/api/v1/households', headers, payload: input });
    expect(created.statusCode).toBe(201);
    const idNumber = input.members[0]!.idNumber;
    await app.inject({
      method: 'GET',
      url: `/api/v1/households?region=371324&year=2020&q=${idNumber}`,
      headers,
    });
    // A history search by a known ID number: the value travels in the query string, never into the log.
    await app.inject({
      method: 'GET',
      url: `/api/v1/households/${created.json<{ id: number }>().id}/history?match=${idNumber}`,
      headers,
    });
    const bad = {
      ...input,
      householdNo: 'LOGBAD1',
      members: [{ ...input.members[0]!, idNumber: `${idNumber.slice(0, 17)}Y` }],
    };
    await app.inject({ method: 'POST', url: '/api/v1/households', headers, payload: bad });
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: `${user.password}x` },
    });

    expect(logged).toContain(created.headers['x-request-id'] as string);
    for (const secret of [
      idNumber,
      input.phone,
      '6228480012345678901',
      user.password,
      user.cookie.split('=')[1]!,
    ]) {
      expect(logged).not.toContain(secret);
    }
  });
});
