import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/app/config.ts';
import type { App } from '../src/app/context.ts';
import { buildServer } from '../src/app/server.ts';
import { shellActor, type Actor } from '../src/modules/auth/actor.ts';
import { registerJobHandler } from '../src/modules/jobs/handlers.ts';
import { enqueue } from '../src/modules/jobs/queue.ts';
import { scheduleJob } from '../src/modules/jobs/timers.ts';
import { systemActor } from '../src/modules/access/job-actor.ts';
import { JobRunner, kickRunners } from '../src/modules/jobs/runner.ts';
import { compareStats } from '../src/modules/measure/stats.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { makeIdNumber } from '../src/modules/registry/id-number.ts';
import { IMPORT_JOB } from '../src/modules/registry/import/job.ts';
import { loginAs } from './support/auth.ts';
import { multipartFile } from './support/multipart.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { TEST_NOW, testClock } from './support/server.ts';

const TOWN = '371324106000';
const VILLAGE = '371324106202';
const YEAR = 2024;

let db: TestDb;
let app: App;
const dataDir = mkdtempSync(join(tmpdir(), 'zhenfu-jobs-'));

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: dataDir });
  app = await buildServer({ db, config, logger: false, clock: testClock });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

let people = 0;
function csv(households: number, prefix: string, spoil?: (row: string[], index: number) => void): string {
  const header = [
    '户编号',
    '行政区划代码',
    '姓名',
    '证件号码',
    '与户主关系',
    '性别',
    '户类型',
    '户状态',
    '主要致贫原因',
    '工资性收入',
  ];
  const rows: string[][] = [];
  for (let h = 0; h < households; h += 1) {
    for (let i = 0; i < 2; i += 1) {
      people += 1;
      const sex = i === 0 ? '1' : '2';
      const date = new Date(Date.UTC(1960, 0, 1) + people * 86_400_000).toISOString().slice(0, 10);
      rows.push([
        `${prefix}${h}`,
        VILLAGE,
        `户${h}成员${i}`,
        makeIdNumber('371324', date, 300, sex),
        i === 0 ? '户主' : '配偶',
        sex,
        '一般贫困户',
        '未脱贫',
        '因病',
        '8000',
      ]);
    }
  }
  rows.forEach((r, i) => spoil?.(r, i));
  return stringify([header, ...rows]);
}

function upload(fileName: string, content: string, cookie: string, year = YEAR) {
  const { payload, contentType } = multipartFile(fileName, content);
  return app.inject({
    method: 'POST',
    url: `/api/v1/imports?year=${year}`,
    payload,
    headers: { cookie, 'content-type': contentType },
  });
}

interface JobBody {
  id: number;
  kind: string;
  status: string;
  progress: { done: number; total: number };
  result: unknown;
  error: { code: string; message: { zh: string; en: string } } | null;
}

async function settled(id: number, cookie: string): Promise<JobBody> {
  for (let i = 0; i < 600; i += 1) {
    const res = await app.inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    const job = res.json<JobBody>();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} did not finish`);
}

describe('imports through the API', () => {
  it('runs an upload as a job with progress, keeps the summary as its result and offers the bad rows', async () => {
    const cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: TOWN }]);
    const content = csv(3, 'J', (row, i) => {
      if (i === 5) row[7] = '不存在的状态';
    });
    const res = await upload('户表.csv', content, cadre.cookie);
    expect(res.statusCode).toBe(202);
    const { jobId } = res.json<{ jobId: number }>();
    const job = await settled(jobId, cadre.cookie);
    expect(job).toMatchObject({
      id: jobId,
      kind: IMPORT_JOB,
      status: 'done',
      progress: { done: 3, total: 3 },
      error: null,
    });
    expect(job.result).toEqual({
      households: { imported: 2, updated: 0, unchanged: 0, rejected: 1 },
      members: { imported: 4, updated: 0, rejected: 2 },
      errors: [
        {
          row: 7,
          column: '户状态',
          household_no: 'J2',
          code: 'UNKNOWN_CODE',
          message: '户状态代码无效：不存在的状态 / Unknown household status code: 不存在的状态',
        },
      ],
    });
    const audit = await db.query<{ source: string; actor: string }>(
      `SELECT DISTINCT a.source, a.actor FROM audit_log a JOIN households h ON a.entity = 'household' AND a.entity_id = h.id::text WHERE h.household_no LIKE 'J%'`,
    );
    expect(audit).toEqual([{ source: 'import', actor: cadre.username }]);
    expect(await compareStats(db)).toEqual([]);
    // The upload is removed once the job has an outcome.
    expect(readdirSync(join(dataDir, 'uploads'))).toEqual([]);

    const report = await app.inject({
      method: 'GET',
      url: `/api/v1/imports/${jobId}/errors.csv`,
      headers: { cookie: cadre.cookie },
    });
    expect(report.statusCode).toBe(200);
    expect(parse(report.body.replace(/^\uFEFF/, ''))).toEqual([
      ['行号 row', '列 column', '户编号 household_no', '错误代码 code', '说明 message'],
      [
        '7',
        '户状态',
        'J2',
        'UNKNOWN_CODE',
        '户状态代码无效：不存在的状态 / Unknown household status code: 不存在的状态',
      ],
    ]);
    const xlsx = await app.inject({
      method: 'GET',
      url: `/api/v1/imports/${jobId}/errors.xlsx`,
      headers: { cookie: cadre.cookie },
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets[0]!.getRow(2).getCell(1).value).toBe(7);
    // The bad rows are what was typed for real people: each download is on the record.
    const reads = await db.query<{ actor: string; regionCode: string; after: unknown }>(
      `SELECT actor, region_code AS "regionCode", after FROM audit_log
       WHERE action = 'import.errors_download' AND entity_id = $1 ORDER BY id`,
      [String(jobId)],
    );
    expect(reads.map((r) => [r.actor, r.after])).toEqual([
      [cadre.username, expect.objectContaining({ format: 'csv', errorRows: 1 })],
      [cadre.username, expect.objectContaining({ format: 'xlsx', errorRows: 1 })],
    ]);
    expect(reads[0]!.regionCode).toMatch(/^371324/);
  });

  it('shows a job to its creator and the county administrator only', async () => {
    const cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: TOWN }]);
    const { jobId } = (await upload('a.csv', csv(1, 'V'), cadre.cookie)).json<{ jobId: number }>();
    await settled(jobId, cadre.cookie);
    const admin = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/jobs/${jobId}`, headers: { cookie: admin.cookie } }))
        .statusCode,
    ).toBe(200);
    const neighbour = await loginAs(app, [{ role: 'village_cadre', regionCode: TOWN }]);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/v1/jobs/${jobId}`,
          headers: { cookie: neighbour.cookie },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/v1/imports/${jobId}/errors.csv`,
          headers: { cookie: neighbour.cookie },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('fails the job of an unreadable file with the reason, and has no report for it', async () => {
    const cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: TOWN }]);
    const { jobId } = (await upload('b.csv', '户编号,姓名\nX,张三\n', cadre.cookie)).json<{
      jobId: number;
    }>();
    const job = await settled(jobId, cadre.cookie);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('IMPORT_MISSING_COLUMNS');
    expect(job.error?.message.zh).toContain('证件号码 id_number');
    const report = await app.inject({
      method: 'GET',
      url: `/api/v1/imports/${jobId}/errors.csv`,
      headers: { cookie: cadre.cookie },
    });
    expect(report.statusCode).toBe(409);
  });

  it('refuses anonymous callers, read-only roles and files that are not CSV or XLSX', async () => {
    expect((await upload('a.csv', csv(1, 'N'), '')).statusCode).toBe(401);
    const inspector = await loginAs(app, [{ role: 'inspector', regionCode: TOWN }]);
    expect((await upload('a.csv', csv(1, 'N'), inspector.cookie)).statusCode).toBe(403);
    const cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: TOWN }]);
    const wrong = await upload('a.txt', 'hello', cadre.cookie);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('IMPORT_FILE_FORMAT');
  });
});

describe('the job runner', () => {
  it('picks up a job cut off by a crash (running, heartbeat stopped) and completes it', async () => {
    const actor: Actor = { ...shellActor('test', 'import'), requestId: null };
    const path = join(dataDir, 'crashed.csv');
    writeFileSync(path, csv(2, 'K'));
    const id = await enqueue(
      db,
      IMPORT_JOB,
      { path, fileName: 'crashed.csv', format: 'csv', year: YEAR },
      actor,
      '371324000000',
    );
    // As a dead worker leaves it: running, last heard of an hour ago.
    await db.query(
      `UPDATE jobs SET status = 'running', worker = 'dead', attempts = 1, heartbeat_at = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );
    kickRunners();
    const job = await settled(
      id,
      (await loginAs(app, [{ role: 'system_admin', regionCode: '000000000000' }])).cookie,
    );
    expect(job.status).toBe('done');
    expect(job.result).toMatchObject({ households: { imported: 2 } });
    expect(existsSync(path)).toBe(false);
  });

  it('runs every job exactly once with two runners sharing the queue', async () => {
    const runs = new Map<number, number>();
    registerJobHandler('test.count', async (payload) => {
      const n = (payload as { n: number }).n;
      runs.set(n, (runs.get(n) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 5));
      return { n };
    });
    const second = new JobRunner(db, app.config, app.log);
    await second.start();
    const actor = shellActor('test', 'system');
    const ids: number[] = [];
    for (let n = 0; n < 8; n += 1) ids.push(await enqueue(db, 'test.count', { n }, actor, null));
    kickRunners();
    for (let i = 0; i < 400; i += 1) {
      const [open] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM jobs WHERE id = ANY($1::bigint[]) AND status <> 'done'`,
        [ids],
      );
      if (open!.n === 0) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await second.stop();
    expect([...runs.entries()].sort((a, b) => a[0] - b[0])).toEqual(
      Array.from({ length: 8 }, (_, n) => [n, 1]),
    );
    const results = await db.query<{ result: { n: number } }>(
      'SELECT result FROM jobs WHERE id = ANY($1::bigint[]) ORDER BY id',
      [ids],
    );
    expect(results.map((r) => r.result.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("fires the server's timers by the server's clock, not the database's", async () => {
    const fired: string[] = [];
    registerJobHandler('test.clock', async (payload) => {
      fired.push((payload as { tag: string }).tag);
      return null;
    });
    const timer = (tag: string, runAt: Date) => ({
      kind: 'test.clock',
      key: `test.clock:${tag}`,
      runAt,
      payload: { tag },
      actor: systemActor(null),
      regionCode: null,
    });
    // An hour after the test clock is long past for the database (it lives in the real day).
    await scheduleJob(db, timer('later', new Date(TEST_NOW.getTime() + 3_600_000)));
    await scheduleJob(db, timer('due', new Date(TEST_NOW.getTime() - 3_600_000)));
    kickRunners();
    for (let i = 0; i < 400 && fired.length === 0; i += 1) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 100));
    expect(fired).toEqual(['due']);
    const [later] = await db.query<{ status: string }>(
      `SELECT status FROM jobs WHERE key = 'test.clock:later'`,
    );
    expect(later!.status).toBe('queued');
  });
});
