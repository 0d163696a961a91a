import Fastify, { type InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { handleError } from '../src/app/http-errors.ts';
import { LIMITS } from '../src/app/limits.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createFuzzWorld, type FuzzWorld } from './support/fuzz-setup.ts';

let db: TestDb;
let world: FuzzWorld;
let app: App;
let admin: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  world = await createFuzzWorld(db);
  app = world.app;
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
});
afterAll(async () => {
  await world.close();
  await db.dispose();
});

const as = (who: LoggedIn | undefined, request: InjectOptions) =>
  app.inject({ ...request, headers: { ...(who ? { cookie: who.cookie } : {}), ...request.headers } });

/** The house error shape, with the given status and code. */
function expectError(
  res: { statusCode: number; json: () => unknown; body: string },
  status: number,
  code?: string,
) {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json() as {
    error: { code: string; message: { zh: string; en: string }; requestId: string };
  };
  expect(body.error.message.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(body.error.message.en).toBeTruthy();
  expect(body.error.requestId).toBeTruthy();
  if (code) expect(body.error.code).toBe(code);
}

function multipart(parts: string, boundary = 'b0undary') {
  return { payload: parts, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const fileNamed = (name: string, content = 'a,b\n1,2\n') =>
  `--b0undary\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n${content}\r\n--b0undary--\r\n`;

describe('security headers', () => {
  it('give API answers a CSP that allows nothing, and the usual guards', async () => {
    for (const res of [
      await as(admin, { method: 'GET', url: '/api/v1/auth/me' }),
      await as(undefined, { method: 'GET', url: '/api/v1/households' }),
      await as(admin, { method: 'GET', url: '/api/v1/nothing-here' }),
    ]) {
      expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['strict-transport-security']).toBeUndefined(); // plain HTTP in tests
    }
  });

  it('let the console and Swagger UI load their own scripts and inline styles, and nothing frame them', async () => {
    for (const url of [
      '/console/',
      '/console/r/371324/households',
      '/docs/static/index.html',
      '/docs/json',
    ]) {
      const csp = String((await as(undefined, { method: 'GET', url })).headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
    }
  });
});

describe('malformed requests get a 4xx in the house shape, never a 5xx', () => {
  it('a URL that cannot be decoded', async () => {
    for (const url of ['/api/v1/households/%', '/%E0%A4%A', '/api/v1/regions/%C0%AF%']) {
      const res = await as(admin, { method: 'GET', url });
      expectError(res, 400, 'BAD_URL');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
  });

  it('a path parameter longer than the limit is not a route (404 or 414)', async () => {
    const url = `/api/v1/regions/${'1'.repeat(LIMITS.paramLength + 1)}`;
    const res = await as(admin, { method: 'GET', url });
    expectError(res, res.statusCode === 414 ? 414 : 404);
  });

  it('a body that is not JSON, or JSON under another content type', async () => {
    const login = { method: 'POST', url: '/api/v1/auth/login' } as const;
    expectError(
      await as(undefined, {
        ...login,
        payload: '{"username":',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'INVALID_JSON',
    );
    expectError(
      await as(undefined, { ...login, payload: '<a/>', headers: { 'content-type': 'application/xml' } }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  it('a body beyond the limit answers 413', async () => {
    const payload = JSON.stringify({ householdNo: 'x'.repeat(LIMITS.jsonBody) });
    const res = await as(admin, {
      method: 'POST',
      url: '/api/v1/households',
      payload,
      headers: { 'content-type': 'application/json' },
    });
    expectError(res, 413, 'TOO_LARGE');
  });

  it('a NUL character anywhere in the input (PostgreSQL text cannot hold it)', async () => {
    expectError(await as(admin, { method: 'GET', url: '/api/v1/audit?entityId=%00' }), 400, 'VALIDATION');
    expectError(
      await as(undefined, {
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'a\u0000b', password: 'x' },
      }),
      400,
      'VALIDATION',
    );
    expectError(
      await as(admin, { method: 'POST', url: '/api/v1/imports', ...multipart(fileNamed('a\u0000.csv')) }),
      400,
      'VALIDATION',
    );
  });

  it('an upload that is not the multipart form it claims to be', async () => {
    for (const url of ['/api/v1/imports', '/api/v1/population/import', '/api/v1/households/1/assessments']) {
      expectError(await as(admin, { method: 'POST', url, ...multipart('garbage') }), 400, 'BAD_MULTIPART');
      const noBoundary = { payload: 'garbage', headers: { 'content-type': 'multipart/form-data' } };
      expectError(await as(admin, { method: 'POST', url, ...noBoundary }), 400, 'BAD_MULTIPART');
      const unclosed =
        '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc';
      expect((await as(admin, { method: 'POST', url, ...multipart(unclosed) })).statusCode).toBeLessThan(500);
    }
    expectError(
      await as(admin, { method: 'POST', url: '/api/v1/imports', payload: { a: 1 } }),
      415,
      'NOT_MULTIPART',
    );
  });

  it('a poverty line too small to keep in cents (found by bench/fuzz.ts: it passed the rules, then the CHECK)', async () => {
    const system = world.callers.find((c) => c.role === 'system_admin')?.cookie ?? '';
    const payload = { line: 4.274481195111358e-70, reason: 'fuzz' };
    const res = await app.inject({
      method: 'PUT',
      url: '/api/v1/standards/2026',
      headers: { cookie: system },
      payload,
    });
    expectError(res, 400, 'VALIDATION');
  });

  it('a value the database refuses, should one pass the contracts, is a 400 (SQLSTATE class 22)', async () => {
    const bare = Fastify();
    bare.setErrorHandler(handleError);
    bare.get('/', async () => {
      throw Object.assign(new Error('value "2147483648" is out of range for type integer'), {
        code: '22003',
        severity: 'ERROR',
      });
    });
    const res = await bare.inject({ method: 'GET', url: '/' });
    expectError(res, 400, 'INVALID_VALUE');
    expect(res.body).not.toContain('integer');
    await bare.close();
  });

  it('a transaction that lost every retry of a deadlock is a 503 to try again, not a 500', async () => {
    const bare = Fastify();
    bare.setErrorHandler(handleError);
    bare.get('/', async () => {
      throw Object.assign(new Error('deadlock detected'), { code: '40P01', severity: 'ERROR' });
    });
    const res = await bare.inject({ method: 'GET', url: '/' });
    expectError(res, 503, 'BUSY');
    expect(res.body).not.toContain('deadlock');
    await bare.close();
  });
});
