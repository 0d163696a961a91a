import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import type { Disclosure } from '../src/modules/portal/schemas.ts';
import { auditedWrite, insertTestRegions, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { fireDue } from './support/jobs.ts';
import { call, COUNTY, draftIn, siteFor, userOf, VILLAGE } from './support/portal-fixtures.ts';
import { createTestServer, TEST_NOW } from './support/server.ts';

/** Scheduled publishing through the job queue, and the fund disclosures' fields and 10 days. */
let db: TestDb;
let app: App;
let site: { id: number; columns: { id: number; slug: string }[] };
let editor: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  app = await createTestServer(db);
  site = await siteFor(app, COUNTY, '兰陵县');
  editor = await userOf(app, 'editor');
});

afterAll(async () => {
  await app.close();
  await db.dispose();
});

const HOUR = 3_600_000;
const later = (hours: number) => new Date(TEST_NOW.getTime() + hours * HOUR);
const act = (id: number, body: object) =>
  call(app, editor, 'POST', `/api/v1/portal/articles/${id}/actions`, body);
const stateOf = async (id: number) =>
  (await db.query<{ state: string }>(`SELECT state FROM portal_articles WHERE id = $1`, [id]))[0]!.state;
const timers = async (id: number) =>
  (
    await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM jobs WHERE key = $1 AND status = 'queued'`,
      [`portal.publish_article:${id}`],
    )
  )[0]!.n;

describe('scheduled publishing', () => {
  it('refuses a time in the past and publishes when the timer fires, once', async () => {
    const a = await draftIn(app, site.id);
    const past = await act(a.id, { action: 'schedule', version: 1, publishAt: later(-1).toISOString() });
    expect(past.json().error.code).toBe('PUBLISH_AT_PAST');
    expect((await act(a.id, { action: 'schedule', version: 1 })).statusCode).toBe(422);
    const at = later(2).toISOString();
    const scheduled = await act(a.id, { action: 'schedule', version: 1, publishAt: at });
    expect(scheduled.json()).toMatchObject({ state: 'scheduled', publishAt: at });
    expect(await timers(a.id)).toBe(1);

    await fireDue(app.db, app.config, later(1));
    expect(await stateOf(a.id)).toBe('scheduled');
    await fireDue(app.db, app.config, later(3));
    const [row] = await db.query<{ state: string; publishedAt: Date; version: number }>(
      `SELECT state, published_at AS "publishedAt", version FROM portal_articles WHERE id = $1`,
      [a.id],
    );
    expect(row!.state).toBe('published');
    expect(new Date(row!.publishedAt).toISOString()).toBe(at);
    await fireDue(app.db, app.config, later(5));
    const [again] = await db.query<{ version: number }>(`SELECT version FROM portal_articles WHERE id = $1`, [
      a.id,
    ]);
    expect(again!.version).toBe(row!.version);
    const published = await db.query(
      `SELECT 1 FROM audit_log WHERE action = 'portal.article_publish' AND entity_id = $1`,
      [String(a.id)],
    );
    expect(published).toHaveLength(1);
  });

  it('drops the timer on unschedule and re-times it on a new schedule', async () => {
    const a = await draftIn(app, site.id);
    await act(a.id, { action: 'schedule', version: 1, publishAt: later(2).toISOString() });
    await act(a.id, { action: 'schedule', version: 2, publishAt: later(10).toISOString() });
    await fireDue(app.db, app.config, later(3));
    expect(await stateOf(a.id)).toBe('scheduled');
    expect((await act(a.id, { action: 'unschedule', version: 3 })).json().state).toBe('in_review');
    expect(await timers(a.id)).toBe(0);
    await fireDue(app.db, app.config, later(11));
    expect(await stateOf(a.id)).toBe('in_review');
  });
});

const disclosure = (over: Partial<Disclosure> = {}): Disclosure => ({
  projectName: '测试村产业路硬化工程',
  village: VILLAGE,
  villageName: '测试村',
  content: '硬化道路 1.2 公里，宽 4.5 米',
  funds: [
    { source: 'central', amount: 300000 },
    { source: 'county', amount: 50000.5 },
  ],
  total: 350000.5,
  periodFrom: '2026-07-01',
  periodTo: '2026-09-30',
  responsibleUnit: '车辋镇人民政府',
  beneficiaryHouseholds: 86,
  namesAllowed: false,
  expectedBenefit: '方便 86 户群众出行和农产品运输',
  supervisionPhone: '12317',
  ...over,
});

describe('fund and project disclosures', () => {
  const column = (slug: string) => site.columns.find((c) => c.slug === slug)!.id;
  const create = (body: object) =>
    call(app, editor, 'POST', '/api/v1/portal/articles', {
      siteId: site.id,
      columnId: column('funds'),
      kind: 'disclosure',
      title: '测试村产业路项目公示',
      bodyHtml: '<p>现将项目情况公示如下。</p>',
      disclosure: disclosure(),
      ...body,
    });

  it('validates the fields and the column', async () => {
    expect((await create({ columnId: column('work') })).json().error.code).toBe('WRONG_COLUMN');
    expect((await create({ disclosure: undefined })).json().error.code).toBe('DISCLOSURE_FIELDS');
    expect((await create({ kind: 'article', columnId: column('work') })).json().error.code).toBe(
      'DISCLOSURE_FIELDS',
    );
    expect((await create({ disclosure: disclosure({ total: 1 }) })).statusCode).toBe(400);
    expect((await create({ disclosure: disclosure({ periodTo: '2026-06-01' }) })).statusCode).toBe(400);
    expect((await create({ disclosure: disclosure({ beneficiaryNames: ['王某'] }) })).statusCode).toBe(400);
    expect((await create({ disclosure: disclosure({ village: '371302001001' }) })).json().error.code).toBe(
      'VILLAGE_OUTSIDE',
    );
    const named = await create({
      disclosure: disclosure({ namesAllowed: true, beneficiaryNames: ['王某'] }),
    });
    expect(named.statusCode, named.body).toBe(201);
  });

  it('stays published at least 10 days', async () => {
    const created = await create({});
    expect(created.statusCode, created.body).toBe(201);
    const d = created.json();
    expect(d).toMatchObject({ kind: 'disclosure', minDays: 10, disclosure: { total: 350000.5 } });
    await act(d.id, { action: 'publish', version: 1 });
    const early = await act(d.id, { action: 'withdraw', version: 2, reason: '项目调整' });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('DISCLOSURE_PERIOD');
    await auditedWrite(
      db,
      `UPDATE portal_articles SET published_at = published_at - interval '10 days' WHERE id = $1`,
      [d.id],
    );
    const done = await act(d.id, { action: 'withdraw', version: 2, reason: '项目调整' });
    expect(done.json().state).toBe('withdrawn');
  });
});
