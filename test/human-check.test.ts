import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../src/app/server.ts';
import { loadConfig } from '../src/app/config.ts';
import type { App } from '../src/app/context.ts';
import { openObjectionCount, type NoticeSummary } from '../src/modules/cases/notices.ts';
import { issueChallenge, verifyHumanCheck } from '../src/modules/portal/human-check.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdCase, noticeFor, type Fixture } from './support/notice-fixtures.ts';
import { createTestServer, TEST_NOW } from './support/server.ts';

const VILLAGE = '371324106201';

let db: TestDb;
let app: App;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db, { humanCheck: true });
  await insertTestRegions(db);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

/** What a person reads and works out: "What is 12 plus 3?" → "15". */
function solve(question: { en: string }): string {
  const m = /What is (\d+) (plus|minus) (\d+)\?/.exec(question.en);
  if (!m) throw new Error(`unexpected question ${question.en}`);
  return String(m[2] === 'plus' ? Number(m[1]) + Number(m[3]) : Number(m[1]) - Number(m[3]));
}

async function challenge() {
  const res = await app.inject({ method: 'GET', url: '/api/public/human-check' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['cache-control']).toBe('no-store');
  return res.json<{ question: { zh: string; en: string }; token: string; expiresAt: string }>();
}

async function noticed(): Promise<Fixture & { notice: NoticeSummary }> {
  const f = await householdCase(app, VILLAGE);
  return { ...f, notice: await noticeFor(app, f.caseId) };
}

const object = (serial: string, body: object, ip = '10.1.0.1') =>
  app.inject({
    method: 'POST',
    url: `/api/public/notices/${serial}/objections`,
    payload: { content: '该户有经营收入', ...body },
    remoteAddress: ip,
  });

describe('the human check of a public form', () => {
  it('lets a right answer through once, in full-width digits too', async () => {
    const f = await noticed();
    const c = await challenge();
    expect(c.question.zh).toMatch(/^请计算：\d+ [加减] \d+ 等于多少？$/);
    expect(Date.parse(c.expiresAt) - TEST_NOW.getTime()).toBe(30 * 60_000);
    const fullWidth = solve(c.question).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const ok = await object(f.notice.serial, { humanToken: c.token, humanAnswer: fullWidth });
    expect(ok.statusCode).toBe(201);
    const again = await object(f.notice.serial, { humanToken: c.token, humanAnswer: solve(c.question) });
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({ code: 'HUMAN_CHECK_FAILED', details: { reason: 'used' } });
    expect((await openObjectionCount(db, [f.caseId])).get(f.caseId)).toBe(1);
  });

  it('refuses a script without the answer, a wrong answer, a forged token and a late one; nothing is stored', async () => {
    const f = await noticed();
    const serial = f.notice.serial;
    let attempt = 0;
    // Each attempt from its own address: the limit of 5 an hour counts refused attempts too.
    const reason = async (body: object) => {
      attempt += 1;
      const res = await object(serial, body, `10.2.0.${attempt}`);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('HUMAN_CHECK_FAILED');
      return res.json().error.details.reason as string;
    };
    expect(await reason({})).toBe('missing');
    const c = await challenge();
    expect(await reason({ humanToken: c.token })).toBe('missing');
    const wrong = String(Number(solve(c.question)) + 1);
    expect(await reason({ humanToken: c.token, humanAnswer: wrong })).toBe('wrong');
    // The wrong answer spent the token: trying the right one next is too late.
    expect(await reason({ humanToken: c.token, humanAnswer: solve(c.question) })).toBe('used');
    const d = await challenge();
    const [nonce, expires, hash] = d.token.split('.');
    const later = `${nonce}.${Number(expires) + 3_600_000}.${hash}.${d.token.split('.')[3]}`;
    expect(await reason({ humanToken: later, humanAnswer: solve(d.question) })).toBe('invalid');
    const old = issueChallenge(app.config, new Date(TEST_NOW.getTime() - 31 * 60_000));
    expect(await reason({ humanToken: old.token, humanAnswer: solve(old.question) })).toBe('expired');
    expect((await openObjectionCount(db, [f.caseId])).get(f.caseId) ?? 0).toBe(0);
  });

  it('sweeps spent tokens once they expire', async () => {
    const c = issueChallenge(app.config, TEST_NOW);
    await verifyHumanCheck(db, app.config, { token: c.token, answer: solve(c.question) }, TEST_NOW);
    const nonce = c.token.split('.')[0];
    const count = async () =>
      (await db.query('SELECT 1 FROM human_check_used WHERE nonce = $1', [nonce])).length;
    expect(await count()).toBe(1);
    const next = issueChallenge(app.config, new Date(TEST_NOW.getTime() + 40 * 60_000));
    const at = new Date(TEST_NOW.getTime() + 40 * 60_000);
    await verifyHumanCheck(db, app.config, { token: next.token, answer: solve(next.question) }, at);
    expect(await count()).toBe(0);
  });

  it('is off with ZHENFU_HUMAN_CHECK=off, and the server warns at start', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const config = loadConfig({
      LOG_LEVEL: 'warn',
      ZHENFU_HUMAN_CHECK: 'off',
      ZHENFU_DATA_DIR: '/nonexistent',
    });
    const off = await buildServer({ db, config, logStream: sink, clock: () => new Date(TEST_NOW) });
    await off.ready();
    try {
      expect(lines.join('')).toContain('ZHENFU_HUMAN_CHECK=off');
      const f = await noticed();
      const res = await off.inject({
        method: 'POST',
        url: `/api/public/notices/${f.notice.serial}/objections`,
        payload: { content: '无需验证' },
        remoteAddress: '10.1.0.9',
      });
      expect(res.statusCode).toBe(201);
    } finally {
      await off.close();
    }
    expect(loadConfig({}).humanCheck).toBe(true);
  });
});

describe('the rate limit of public objections', () => {
  it('refuses a flood from one address with 429 and Retry-After, never a 5xx', async () => {
    const f = await noticed();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const c = await challenge();
      const res = await object(
        f.notice.serial,
        { humanToken: c.token, humanAnswer: solve(c.question) },
        '10.1.0.7',
      );
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.json().error.code).toBe('RATE_LIMITED');
        expect(res.json().error.message.zh).toContain('最多 5 条异议');
        expect(Number(res.headers['retry-after'])).toBe(3600);
      }
    }
    expect(statuses).toEqual([...Array<number>(5).fill(201), ...Array<number>(7).fill(429)]);
    const c = await challenge();
    const other = await object(
      f.notice.serial,
      { humanToken: c.token, humanAnswer: solve(c.question) },
      '10.1.0.8',
    );
    expect(other.statusCode).toBe(201);
    expect((await openObjectionCount(db, [f.caseId])).get(f.caseId)).toBe(6);
  });
});
