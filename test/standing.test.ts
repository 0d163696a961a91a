import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { compareStats, readStats } from '../src/modules/measure/stats.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { applyStanding, type StandingChange } from '../src/modules/registry/standing.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput, poorHouseholdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';
import { createTestServer, TEST_TODAY } from './support/server.ts';
import { shellActor } from '../src/modules/auth/actor.ts';

/**
 * A household's standing (status, monitoring, years identified and exited) changes only by the procedures
 * (issue 11 §1): the API's create, PATCH and member commands refuse it with 422 STATUS_BY_PROCEDURE; the
 * procedures' door, applyStanding, writes it for many households at once.
 */
const V1 = '371324106202';
const COUNTY = '371324000000';

let db: TestDb;
let app: App;
let cadre: LoggedIn;
let county: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: V1 }]);
  county = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const send = (who: LoggedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie: who.cookie }, ...(payload ? { payload } : {}) });

async function page(id: number, year?: number) {
  const res = await send(county, 'GET', `/api/v1/households/${id}${year ? `?year=${year}` : ''}`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

function expectRefusal(res: { statusCode: number; json: () => unknown }, fields: string[]) {
  expect(res.statusCode).toBe(422);
  const { error } = res.json() as {
    error: { code: string; fields: { field: string; code: string; message: { zh: string; en: string } }[] };
  };
  expect(error.code).toBe('STATUS_BY_PROCEDURE');
  expect(error.fields.map((f) => f.field).sort()).toEqual([...fields].sort());
  for (const f of error.fields) {
    expect(f.code).toBe('STATUS_BY_PROCEDURE');
    expect(f.message.zh).toMatch(/程序/);
    expect(f.message.en).toMatch(/procedure/);
  }
  return error;
}

async function rowCounts() {
  const [row] = await db.query<{ h: number; y: number; c: number }>(
    `SELECT (SELECT count(*) FROM households)::int AS h, (SELECT count(*) FROM household_years)::int AS y,
            (SELECT count(*) FROM change_history)::int AS c`,
  );
  return row!;
}

describe('registering a household', () => {
  it('registers an ordinary household (type 00, no status) by default', async () => {
    const input = householdInput(V1);
    const res = await send(cadre, 'POST', '/api/v1/households', {
      ...input,
      facts: { wageIncome: 100 },
    });
    expect(res.statusCode, res.body).toBe(201);
    const h = await page(res.json().id);
    expect(h.facts).toMatchObject({
      householdType: '00',
      status: null,
      mainCause: null,
      monitoringType: null,
    });
    expect(h.identifiedYear).toBeNull();
  });

  it.each([
    [
      'a status',
      { facts: { status: '01', householdType: '01', mainCause: '01' } },
      ['facts.status', 'facts.householdType'],
    ],
    ['a poor type', { facts: { householdType: '02', mainCause: '01' } }, ['facts.householdType']],
    [
      'monitoring facts',
      {
        facts: {
          householdType: '00',
          monitoringType: '2',
          monitoringState: '1',
          riskTypes: ['01'],
          monitoredOn: '2020-03-01',
        },
      },
      ['facts.monitoringType', 'facts.monitoringState', 'facts.riskTypes', 'facts.monitoredOn'],
    ],
    [
      'the years identified and exited',
      { identifiedYear: 2016, exitYear: 2019 },
      ['identifiedYear', 'exitYear'],
    ],
  ])('refuses %s with 422 STATUS_BY_PROCEDURE and writes nothing', async (_label, overrides, fields) => {
    const before = await rowCounts();
    const res = await send(cadre, 'POST', '/api/v1/households', householdInput(V1, overrides));
    const error = expectRefusal(res, fields);
    if (fields.includes('facts.status')) {
      const status = error.fields.find((f) => f.field === 'facts.status')!;
      expect(status.message.zh).toContain('识别');
      expect(status.message.en).toContain('exit procedure');
    }
    expect(await rowCounts()).toEqual(before);
  });
});

describe('changing a household', () => {
  async function poor(facts: Record<string, unknown> = {}) {
    const input = poorHouseholdInput(V1, { identifiedYear: 2016 });
    const { id } = await seedHousehold(app, county, { ...input, facts: { ...input.facts, ...facts } });
    return page(id);
  }

  it.each([
    ['the status', { facts: { status: '02' } }, ['facts.status']],
    ['the type to ordinary', { facts: { householdType: '00' } }, ['facts.householdType']],
    [
      'the monitoring facts',
      { facts: { monitoringType: '1', monitoringState: '1', riskTypes: ['02'] } },
      ['facts.monitoringType', 'facts.monitoringState', 'facts.riskTypes'],
    ],
    ['the risk elimination', { facts: { riskEliminatedOn: '2020-05-01' } }, ['facts.riskEliminatedOn']],
    ['the year identified', { identifiedYear: 2017 }, ['identifiedYear']],
    ['the year exited', { exitYear: 2020 }, ['exitYear']],
  ])('refuses a change of %s, and nothing changes', async (_label, change, fields) => {
    const h = await poor();
    const before = await rowCounts();
    const res = await send(county, 'PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      year: 2020,
      reason: '更正',
      ...change,
    });
    expectRefusal(res, fields);
    expect(await rowCounts()).toEqual(before);
    const after = await page(h.id);
    expect(after.version).toBe(h.version);
    expect(after.facts).toEqual(h.facts);
  });

  it('names the monitoring procedures for the monitoring state', async () => {
    const h = await poor({ monitoringType: '1', monitoringState: '1', riskTypes: ['01'] });
    const res = await send(county, 'PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      year: 2020,
      reason: '更正',
      facts: { monitoringState: '2' },
    });
    const error = expectRefusal(res, ['facts.monitoringState']);
    expect(error.fields[0]!.message.zh).toContain('风险消除程序');
  });

  it('accepts the standing sent back unchanged, and a type among 01/02/03', async () => {
    const h = await poor();
    const res = await send(county, 'PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      year: 2020,
      reason: '更正户类型',
      identifiedYear: 2016,
      facts: { status: '01', householdType: '02', monitoringType: null, riskTypes: [], wageIncome: 7000 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().facts).toMatchObject({ status: '01', householdType: '02', wageIncome: 7000 });
  });

  it('carries the standing over to a new year, and refuses another', async () => {
    const h = await poor({ monitoringType: '1', monitoringState: '1', riskTypes: ['01', '07'] });
    const other = await send(county, 'PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      year: 2026,
      facts: { status: '02', mainCause: '01' },
    });
    expectRefusal(other, ['facts.status']);
    expect((await page(h.id)).years).toEqual([2020]);
    const carried = await send(county, 'PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      year: 2026,
      facts: { mainCause: '01', wageIncome: 9000 },
    });
    expect(carried.statusCode, carried.body).toBe(200);
    expect(carried.json().facts).toMatchObject({
      year: 2026,
      status: '01',
      householdType: '01',
      monitoringType: '1',
      monitoringState: '1',
      riskTypes: ['01', '07'],
    });
  });

  it('gives a new year before every recorded one an ordinary standing', async () => {
    const h = await poor();
    const res = await send(county, 'PATCH', `/api/v1/households/${h.id}`, {
      version: h.version,
      year: 2018,
      reason: '补录',
      facts: { status: '01', householdType: '01', mainCause: '01' },
    });
    expectRefusal(res, ['facts.status', 'facts.householdType']);
  });
});

describe('applyStanding, the procedures’ door', () => {
  const actor = shellActor('standing-test');
  const apply = (changes: StandingChange[]) =>
    db.transaction((tx) => applyStanding(tx, actor, changes, TEST_TODAY));

  async function ordinary(year = 2026) {
    const { id } = await seedHousehold(app, county, householdInput(V1, { year }));
    return id;
  }

  it('identifies, exits, monitors and eliminates risk, with history, audit and statistics', async () => {
    const [a, b] = [await ordinary(), await ordinary()];
    const before = await readStats(db, actor, COUNTY, 2026);
    await apply([
      {
        householdId: a,
        year: 2026,
        caseId: 11,
        procedure: 'identification',
        date: '2026-05-01',
        householdType: '02',
        mainCause: '03',
        secondaryCauses: ['01'],
      },
      {
        householdId: b,
        year: 2026,
        caseId: 12,
        procedure: 'monitoring',
        date: '2026-05-02',
        monitoringType: '2',
        riskTypes: ['01', '05'],
      },
    ]);
    expect((await page(a)).facts).toMatchObject({
      status: '01',
      householdType: '02',
      mainCause: '03',
      secondaryCauses: ['01'],
    });
    expect(await page(a)).toMatchObject({ identifiedYear: 2026 });
    expect((await page(b)).facts).toMatchObject({
      status: null,
      monitoringType: '2',
      monitoringState: '1',
      riskTypes: ['01', '05'],
      monitoredOn: '2026-05-02',
      riskEliminatedOn: null,
    });
    const [standard] = await db.query<{ ok: boolean }>(
      `SELECT standard_id IS NOT DISTINCT FROM poverty_standard_id(region_code, 2026) AS ok FROM households WHERE id = $1`,
      [a],
    );
    expect(standard!.ok).toBe(true);

    await apply([
      { householdId: a, year: 2026, caseId: 13, procedure: 'exit', date: '2026-06-01' },
      { householdId: b, year: 2026, caseId: 14, procedure: 'risk_elimination', date: '2026-06-02' },
    ]);
    expect((await page(a)).facts).toMatchObject({ status: '02' });
    expect(await page(a)).toMatchObject({ exitYear: 2026, identifiedYear: 2026 });
    expect((await page(b)).facts).toMatchObject({ monitoringState: '2', riskEliminatedOn: '2026-06-02' });

    const history = await send(county, 'GET', `/api/v1/households/${a}/history`);
    const rows = history.json().items as {
      field: string;
      action: string;
      source: string;
      caseId: number | null;
      newValue: string;
    }[];
    expect(
      rows.filter((r) => r.source === 'procedure').map((r) => [r.action, r.field, r.caseId, r.newValue]),
    ).toEqual(
      expect.arrayContaining([
        ['case.identification', 'status', 11, '01'],
        ['case.identification', 'householdType', 11, '02'],
        ['case.identification', 'identifiedYear', 11, '2026'],
        ['case.exit', 'status', 13, '02'],
        ['case.exit', 'exitYear', 13, '2026'],
      ]),
    );
    const audits = await db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE entity = 'household' AND entity_id = ANY($1::text[])
         AND action LIKE 'case.%' GROUP BY action ORDER BY action`,
      [[String(a), String(b)]],
    );
    expect(audits).toEqual([
      { action: 'case.exit', n: 1 },
      { action: 'case.identification', n: 1 },
      { action: 'case.monitoring', n: 1 },
      { action: 'case.risk_elimination', n: 1 },
    ]);
    const after = await readStats(db, actor, COUNTY, 2026);
    expect(after.households).toBe(before.households + 1);
    const monitored = (s: typeof after) =>
      s.byMonitoring.find((m) => m.type === '2' && m.state === '2')?.households ?? 0;
    expect(monitored(after)).toBe(monitored(before) + 1);
    expect(await compareStats(db)).toEqual([]);
  });

  it('writes 2,000 households in one call, in a few statements', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 20; i += 1) ids.push(await ordinary());
    const changes: StandingChange[] = ids.map((householdId, i) => ({
      householdId,
      year: 2026,
      caseId: 100 + i,
      procedure: 'identification',
      date: '2026-05-01',
      householdType: '01',
      mainCause: '01',
    }));
    let statements = 0;
    await db.transaction((tx) =>
      applyStanding(
        {
          ...tx,
          query: (...args: Parameters<typeof tx.query>) => {
            statements += 1;
            return tx.query(...args);
          },
          exec: tx.exec.bind(tx),
          copyCsv: tx.copyCsv.bind(tx),
        },
        actor,
        changes,
        TEST_TODAY,
      ),
    );
    // Access, the rows, the two updates, the history and the audit: the same count for 20 or 2,000.
    expect(statements).toBeLessThanOrEqual(8);
    const statuses = await db.query<{ status: string }>(
      'SELECT DISTINCT status FROM household_years WHERE household_id = ANY($1::bigint[]) AND year = 2026',
      [ids],
    );
    expect(statuses).toEqual([{ status: '01' }]);
  });

  it('refuses a year not recorded (422 YEAR_NOT_RECORDED), a household outside the actor (404), and changes nothing', async () => {
    const id = await ordinary(2026);
    await expect(
      apply([{ householdId: id, year: 2025, caseId: 1, procedure: 'exit', date: '2026-05-01' }]),
    ).rejects.toMatchObject({
      kind: 'rule',
      code: 'YEAR_NOT_RECORDED',
    });
    const village = {
      userId: null,
      username: 'v',
      source: 'api' as const,
      requestId: null,
      grants: [{ role: 'village_cadre' as const, regionCode: '371324106203' }],
    };
    await expect(
      db.transaction((tx) =>
        applyStanding(
          tx,
          village,
          [{ householdId: id, year: 2026, caseId: 1, procedure: 'exit', date: '2026-05-01' }],
          TEST_TODAY,
        ),
      ),
    ).rejects.toMatchObject({ kind: 'not_found' });
    expect((await page(id)).facts.status).toBeNull();
  });

  it('refuses what would break the row: identification without a type or cause, risk elimination of an unmonitored one', async () => {
    const id = await ordinary();
    await expect(
      apply([{ householdId: id, year: 2026, caseId: 1, procedure: 'identification', date: '2026-05-01' }]),
    ).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      apply([
        {
          householdId: id,
          year: 2026,
          caseId: 1,
          procedure: 'identification',
          date: '2026-05-01',
          householdType: '01',
        },
      ]),
    ).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      apply([
        {
          householdId: id,
          year: 2026,
          caseId: 1,
          procedure: 'monitoring',
          date: '2026-05-01',
          monitoringType: '9',
          riskTypes: ['01'],
        },
      ]),
    ).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      apply([{ householdId: id, year: 2026, caseId: 1, procedure: 'risk_elimination', date: '2026-05-01' }]),
    ).rejects.toMatchObject({ code: 'NOT_MONITORED' });
    await expect(
      apply([{ householdId: id, year: 2026, caseId: 1, procedure: 'exit', date: '2026-05-01' }]),
    ).rejects.toMatchObject({ kind: 'rule', code: 'WRONG_STANDING' });
    await expect(
      apply([{ householdId: id, year: 2026, caseId: 1, procedure: 'exit', date: '2026-07-01' }]),
    ).rejects.toMatchObject({ kind: 'invalid' });
    expect((await page(id)).facts).toMatchObject({ status: null, monitoringType: null });
  });
});
