import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { openApiText } from '../src/app/openapi.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

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

describe('OpenAPI', () => {
  it('the committed openapi.json matches the routes (run `npm run openapi` after changing an API)', () => {
    const committed = readFileSync(new URL('../openapi.json', import.meta.url), 'utf8');
    expect(openApiText(app)).toBe(committed);
  });

  it('documents every API route with a summary and a tag', () => {
    const doc = app.swagger() as {
      paths: Record<string, Record<string, { summary?: string; tags?: string[] }>>;
    };
    const undocumented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => !op.summary || !op.tags?.length)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(undocumented).toEqual([]);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/households', '/api/v1/auth/login', '/api/health', '/api/v1/stats']),
    );
  });

  it('serves the interactive documentation at /docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});
