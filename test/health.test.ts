import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';
import type { App } from '../src/app/context.ts';

let db: TestDb;
let app: App;
beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

describe('server basics', () => {
  it('answers the health check with the database kind', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.ZHENFU_TEST_DB });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('answers an anonymous call to any /api/v1 path with 401 before anything else', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown route with a bilingual JSON 404', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    const body = res.json();
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message.zh).toBeTruthy();
    expect(body.error.message.en).toBeTruthy();
  });
});
