import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasName } from '../src/app/field-names.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { loadOperations } from './support/fuzz.ts';
import { callerRequest, describeRequest, send } from './support/fuzz-run.ts';
import { createFuzzWorld, type FuzzWorld } from './support/fuzz-setup.ts';
import openapi from '../openapi.json' with { type: 'json' };

/**
 * The API's refusals of malformed input, as a Chinese clerk reads them: every message of a 400 or 422 is in
 * Chinese words naming the field, never zod's English ("Too small: expected string to have >=1 characters").
 * The console shows `message.zh` in the Chinese console and `message.en` in the English one.
 */
const SEED = 20_261_204;
/** zod's own words; none may reach a user in either language. */
const ZOD_WORDS = /expected|received|too small|too big|invalid (input|option|string|type)|nonoptional/i;
/** English words a Chinese message has no business holding (input echoed back is not among the junk sent). */
const ENGLISH = /\b(invalid|must|required|characters?|string|number|undefined|null|format|value)\b/i;

interface ErrorBody {
  error: {
    code: string;
    message: { zh: string; en: string };
    fields?: { field: string; message: { zh: string; en: string } }[];
  };
}

let db: TestDb;
let world: FuzzWorld;
let admin: string;

beforeAll(async () => {
  db = await createTestDb();
  world = await createFuzzWorld(db);
  admin = world.callers.find((c) => c.role === 'county_admin')?.cookie ?? '';
});
afterAll(async () => {
  await world.close();
  await db.dispose();
});

/** Each message of a refusal, zh and en, with where it came from. */
function messagesOf(body: ErrorBody): { zh: string; en: string; where: string }[] {
  return [
    { ...body.error.message, where: body.error.code },
    ...(body.error.fields ?? []).map((f) => ({ ...f.message, where: `${body.error.code} ${f.field}` })),
  ];
}

function expectChinese(body: ErrorBody, request: string) {
  for (const m of messagesOf(body)) {
    const where = `${m.where} of ${request}`;
    expect(m.zh, where).toMatch(/[\u4e00-\u9fff]/);
    expect(m.zh, where).not.toMatch(ZOD_WORDS);
    expect(m.zh, where).not.toMatch(ENGLISH);
    // The allowed values an enum lists are the API's own words (a complaint's state `received`), not zod's.
    expect(m.en.replace(/must be one of: [^;]*/g, 'must be one of: …'), where).not.toMatch(ZOD_WORDS);
  }
}

const post = (url: string, payload: unknown) =>
  world.app.inject({ method: 'POST', url, headers: { cookie: admin }, payload: payload as object });

describe('validation messages', () => {
  it('name the field in words and say what it should be, in zh and en', async () => {
    const missing = await post('/api/v1/households', { regionCode: '371324106202' });
    expect(missing.statusCode).toBe(400);
    const body = missing.json<ErrorBody>();
    const byField = new Map(body.error.fields?.map((f) => [f.field, f.message]));
    expect(byField.get('householdNo')).toEqual({ zh: '户编号为必填项', en: 'Household number is required' });
    expectChinese(body, 'POST /households');

    const short = await post('/api/v1/households', {
      regionCode: '3713',
      householdNo: 'H-1',
      members: [{ name: 'x' }],
      facts: { status: '01' },
    });
    const fields = new Map(short.json<ErrorBody>().error.fields?.map((f) => [f.field, f.message]));
    expect(fields.get('regionCode')?.zh).toBe('行政区划代码应为 12 位数字');
    expect(fields.get('regionCode')?.en).toBe('Region code must be 12 digits');
    expect(fields.get('members.0.idNumber')?.zh).toBe('证件号码（第 1 项）为必填项');
    expectChinese(short.json<ErrorBody>(), 'POST /households (short)');

    const year = await world.app.inject({
      method: 'GET',
      url: '/api/v1/stats?region=371324&year=abc',
      headers: { cookie: admin },
    });
    expect(year.statusCode).toBe(400);
    expect(year.json<ErrorBody>().error.fields?.[0]?.message.zh).toMatch(/^年度应为/);
  });

  it('every parameter a request takes has a name in zh and en', () => {
    const keys = new Set<string>();
    const walk = (schema: unknown): void => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Record<string, unknown>;
      for (const [key, value] of Object.entries((s.properties as Record<string, unknown>) ?? {})) {
        keys.add(key);
        walk(value);
      }
      for (const part of ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']) {
        const value = s[part];
        if (Array.isArray(value)) value.forEach(walk);
        else walk(value);
      }
    };
    for (const ops of Object.values(openapi.paths as Record<string, Record<string, unknown>>)) {
      for (const op of Object.values(ops) as { parameters?: { name: string }[]; requestBody?: unknown }[]) {
        for (const p of op.parameters ?? []) keys.add(p.name);
        const content = (op.requestBody as { content?: Record<string, { schema: unknown }> })?.content;
        for (const c of Object.values(content ?? {})) walk(c.schema);
      }
    }
    expect([...keys].filter((k) => !hasName(k))).toEqual([]);
  });

  it('junk sent to every operation is refused in Chinese words only', async () => {
    const caller = world.callers.find((c) => c.role === 'county_admin');
    if (!caller) throw new Error('no county administrator');
    const operations = loadOperations();
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(callerRequest(operations, world.known, caller), async (request) => {
        const answer = await send(world.app, request);
        if (answer.statusCode !== 400 && answer.statusCode !== 422) return;
        if (!answer.body || !String(answer.headers['content-type']).startsWith('application/json')) return;
        refusals += 1;
        expectChinese(JSON.parse(answer.body) as ErrorBody, describeRequest(request));
      }),
      { seed: SEED, numRuns: operations.length * 6, endOnFailure: true },
    );
    expect(refusals).toBeGreaterThan(50);
  });
});
