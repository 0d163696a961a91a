import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellActor } from '../src/modules/auth/actor.ts';
import { importFile } from '../src/modules/registry/import/file.ts';
import type { App } from '../src/app/context.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer, TEST_TODAY } from './support/server.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { makeIdNumber } from '../src/modules/registry/id-number.ts';
import { memberInput, poorHouseholdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';

/**
 * "Past years stay past" (issue 10 §3). The test server lives on 2026-06-30, so 2020 is a closed year: the
 * facts of 2020 are what was true in 2020. An event of 2026 leaves them as they were; only a correction of
 * 2020, with its reason, changes them, and it is on record in the history and the audit.
 *
 * Each household registers in 2020 with 3 members and a net income of 9,000: 3,000 per person, below the line
 * of 2020 (4,000). Counted with 2 members it would be 4,500, within the monitoring range (6,000).
 */
const TOWN = '371324106000';
// Villages of their own, so the figures of 2020 compared here are only this file's households.
const QUIET = '371324106209';
const CORRECTED = '371324106212';
const IMPORTED = '371324106213';

let db: TestDb;
let app: App;
let cadre: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: TOWN }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  app.inject({ method, url, headers: { cookie: cadre.cookie }, ...(payload ? { payload } : {}) });

async function household(id: number) {
  const res = await send('GET', `/api/v1/households/${id}?year=2020`);
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** A poor household of 2020 (seeded: its standing was decided before the system), counted in 2020's figures. */
async function register(village: string): Promise<number> {
  return (
    await seedHousehold(app, cadre, poorHouseholdInput(village, { housingRating: 'A', safeWater: true }))
  ).id;
}

/** Everything 2020 says about a village: its statistics, measures and each household's facts and verdicts. */
async function year2020(village: string, ids: readonly number[]) {
  const stats = await send('GET', `/api/v1/stats?region=${village}&year=2020`);
  const measures = await send('POST', '/api/v1/measures/registry', { region: village, year: 2020 });
  expect(stats.statusCode).toBe(200);
  expect(measures.statusCode).toBe(200);
  const households = [];
  for (const id of ids) {
    const { facts } = await household(id);
    const assessment = await send('GET', `/api/v1/households/${id}/assessment?year=2020`);
    expect(assessment.statusCode).toBe(200);
    households.push({
      size: facts.size,
      perCapitaIncome: facts.perCapitaIncome,
      verdicts: assessment.json().verdicts,
    });
  }
  return { stats: stats.json(), fgt: measures.json().fgt, households };
}

/** A daughter born on `date` (the factories pick a random day of the year, which may lie after the event). */
const newborn = (date: string) => ({
  ...memberInput('03', '2'),
  idNumber: makeIdNumber('371324', date, 318, '2'),
});

async function historyOf(id: number) {
  const res = await send('GET', `/api/v1/households/${id}/history`);
  expect(res.statusCode).toBe(200);
  return res.json().items as {
    year: number | null;
    field: string;
    action: string;
    reason: string | null;
    source: string | null;
  }[];
}

async function lastAudit(entity: string, entityId: number) {
  const rows = await db.query<{ action: string; after: Record<string, unknown> }>(
    `SELECT action, after FROM audit_log WHERE entity = $1 AND entity_id = $2 AND action <> 'household.view'
     ORDER BY id DESC LIMIT 1`,
    [entity, String(entityId)],
  );
  return rows[0];
}

const counts = async (id: number) =>
  (
    await db.query<{ history: number; audit: number; events: number }>(
      `SELECT (SELECT count(*) FROM change_history WHERE household_id = $1)::int AS history,
              (SELECT count(*) FROM audit_log WHERE action <> 'household.view')::int AS audit,
              (SELECT count(*) FROM member_events WHERE household_id = $1)::int AS events`,
      [id],
    )
  )[0];

describe('events of this year', () => {
  it("leave 2020's size, income, assessment, measures and statistics as they were", async () => {
    const [a, b, c] = [await register(QUIET), await register(QUIET), await register(QUIET)];
    const before = await year2020(QUIET, [a, b, c]);
    expect(before.households[0]).toMatchObject({ size: 3, perCapitaIncome: 3000 });
    expect(before.households[0]!.verdicts).toContain('below_line');

    // 2026: a death in a, a birth in b, and a member of c moving to a.
    const deceased = (await household(a)).members.find((m: { relation: string }) => m.relation === '03');
    expect(
      (
        await send('POST', `/api/v1/members/${deceased.id}/events`, {
          version: deceased.version,
          event: 'death',
          eventDate: '2026-03-01',
        })
      ).statusCode,
    ).toBe(200);
    const born = await send('POST', `/api/v1/households/${b}/members`, {
      version: (await household(b)).version,
      event: 'birth',
      eventDate: '2026-05-01',
      member: newborn('2026-04-10'),
    });
    expect(born.statusCode).toBe(201);
    const mover = (await household(c)).members.find((m: { relation: string }) => m.relation === '03');
    expect(
      (
        await send('POST', `/api/v1/members/${mover.id}/events`, {
          version: mover.version,
          event: 'move',
          eventDate: '2026-06-01',
          toHouseholdId: a,
          relationInNewHousehold: '99',
        })
      ).statusCode,
    ).toBe(200);

    expect(await year2020(QUIET, [a, b, c])).toEqual(before);
    // 2026's own facts count the members of 2026: a lost one and gained one, b gained one, c lost one.
    for (const [id, size] of [
      [a, 3],
      [b, 4],
      [c, 2],
    ] as const) {
      const current = await household(id);
      const res = await send('PATCH', `/api/v1/households/${id}`, {
        version: current.version,
        year: 2026,
        facts: { mainCause: '01', wageIncome: 12000 },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().facts).toMatchObject({ year: 2026, size });
    }
    expect(await year2020(QUIET, [a, b, c])).toEqual(before);
  });
});

describe('a correction of 2020', () => {
  it('refuses an event dated in 2020 without a reason, and writes nothing', async () => {
    const id = await register(CORRECTED);
    const page = await household(id);
    const member = page.members.find((m: { relation: string }) => m.relation === '03');
    const before = { page, counts: await counts(id) };
    for (const reason of [undefined, '', '   ']) {
      const res = await send('POST', `/api/v1/members/${member.id}/events`, {
        version: member.version,
        event: 'death',
        eventDate: '2020-08-01',
        ...(reason === undefined ? {} : { reason }),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe('CORRECTION_REASON_REQUIRED');
      expect(res.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
      expect(JSON.stringify(res.json().error.fields)).toMatch(/2020/);
    }
    const added = await send('POST', `/api/v1/households/${id}/members`, {
      version: page.version,
      event: 'birth',
      eventDate: '2020-05-01',
      member: newborn('2020-04-10'),
    });
    expect(added.statusCode).toBe(422);
    expect(added.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    expect({ page: await household(id), counts: await counts(id) }).toEqual(before);
  });

  it('with a reason changes 2020 and puts the correction on record', async () => {
    const id = await register(CORRECTED);
    const member = (await household(id)).members.find((m: { relation: string }) => m.relation === '03');
    const reason = '2020年8月死亡，当年漏报';
    const res = await send('POST', `/api/v1/members/${member.id}/events`, {
      version: member.version,
      event: 'death',
      eventDate: '2020-08-01',
      reason,
    });
    expect(res.statusCode).toBe(200);
    const { facts } = await household(id);
    expect(facts).toMatchObject({ year: 2020, size: 2, perCapitaIncome: 4500 });
    const assessment = await send('GET', `/api/v1/households/${id}/assessment?year=2020`);
    expect(assessment.json().verdicts).toContain('within_monitoring_range');
    expect(assessment.json().verdicts).not.toContain('below_line');
    const stats = (await send('GET', `/api/v1/stats?region=${CORRECTED}&year=2020`)).json();
    const persons = (
      await db.query<{ persons: number }>(
        'SELECT sum(size)::int AS persons FROM household_years WHERE region_code = $1 AND year = 2020',
        [CORRECTED],
      )
    )[0]!.persons;
    expect(stats.persons).toBe(persons);

    const history = await historyOf(id);
    expect(history.find((h) => h.action === 'member.death')).toMatchObject({ reason, year: 2020 });
    const audit = await lastAudit('member', member.id);
    expect(audit).toMatchObject({ action: 'member.death', after: { correction: { year: 2020, reason } } });
  });

  it("refuses a change of 2020's facts without a reason, and records it with one", async () => {
    const id = await register(CORRECTED);
    const page = await household(id);
    const change = { version: page.version, year: 2020, facts: { wageIncome: 3000 } };
    const before = { page, counts: await counts(id) };
    const refused = await send('PATCH', `/api/v1/households/${id}`, change);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('CORRECTION_REASON_REQUIRED');
    expect(refused.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    expect({ page: await household(id), counts: await counts(id) }).toEqual(before);

    // A change of the household's own fields (not a year's facts) needs no reason.
    const plain = await send('PATCH', `/api/v1/households/${id}`, {
      version: page.version,
      groupName: '三组',
    });
    expect(plain.statusCode).toBe(200);

    const reason = '复核工资性收入，2020年实为3000元';
    const corrected = await send('PATCH', `/api/v1/households/${id}`, {
      ...change,
      version: plain.json().version,
      reason,
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().facts).toMatchObject({ year: 2020, wageIncome: 3000, perCapitaIncome: 2000 });
    expect(corrected.json().version).toBe(plain.json().version + 1);
    const row = (await historyOf(id)).find((h) => h.field === 'wageIncome');
    expect(row).toMatchObject({ year: 2020, action: 'household.facts', reason });
    expect(await lastAudit('household', id)).toMatchObject({
      action: 'household.update',
      after: { correction: { year: 2020, reason } },
    });
    // The optimistic version still holds for a correction.
    const stale = await send('PATCH', `/api/v1/households/${id}`, { ...change, reason });
    expect(stale.statusCode).toBe(409);
  });
});

describe('the size of a year', () => {
  it('counts the members present at its end: an event changes its own year and later ones, never earlier', async () => {
    const id = await register(CORRECTED);
    const facts = { mainCause: '01', wageIncome: 6000 };
    for (const year of [2021, 2026]) {
      const res = await send('PATCH', `/api/v1/households/${id}`, {
        version: (await household(id)).version,
        year,
        facts,
        ...(year === 2021 ? { reason: '补录2021年数据' } : {}),
      });
      expect(res.statusCode).toBe(200);
    }
    const sizes = async () =>
      (
        await db.query<{ year: number; size: number }>(
          'SELECT year, size FROM household_years WHERE household_id = $1 ORDER BY year',
          [id],
        )
      ).map((r) => [r.year, r.size]);
    expect(await sizes()).toEqual([
      [2020, 3],
      [2021, 3],
      [2026, 3],
    ]);
    const page = await household(id);
    const spouse = page.members.find((m: { relation: string }) => m.relation === '02');
    const left = await send('POST', `/api/v1/members/${spouse.id}/events`, {
      version: spouse.version,
      event: 'married_out',
      eventDate: '2021-05-01',
      reason: '2021年离婚迁出，当年漏报',
    });
    expect(left.statusCode).toBe(200);
    expect(await sizes()).toEqual([
      [2020, 3],
      [2021, 2],
      [2026, 2],
    ]);
    // Born on the last day of 2021: present at the end of 2021 (and after), never in 2020.
    const born = await send('POST', `/api/v1/households/${id}/members`, {
      version: (await household(id)).version,
      event: 'birth',
      eventDate: '2021-12-31',
      reason: '2021年出生，当年漏报',
      member: newborn('2021-12-31'),
    });
    expect(born.statusCode).toBe(201);
    expect(await sizes()).toEqual([
      [2020, 3],
      [2021, 3],
      [2026, 3],
    ]);
  });
});

describe('an import of a closed year', () => {
  /** A household of head and spouse in the import format, with this wage income. */
  function file(householdNo: string, people: readonly string[], wageIncome: number): string {
    const headers = ['户编号', '行政区划代码', '姓名', '证件号码', '与户主关系', '户类型', '户状态'];
    const more = [
      '主要致贫原因',
      '工资性收入',
      '生产经营性收入',
      '财产性收入',
      '转移性收入',
      '生产经营性支出',
    ];
    const rows = people.map((id, i) => [
      householdNo,
      IMPORTED,
      `成员${i}`,
      id,
      i === 0 ? '01' : '02',
      '01',
      '01',
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'zhenfu-past-')), `${householdNo}.csv`);
    writeFileSync(
      path,
      stringify([[...headers, ...more], ...rows.map((r) => [...r, '01', wageIncome, 0, 0, 0, 0])]),
    );
    return path;
  }

  it('is how past data gets in: no reason asked, and the history says the import wrote it', async () => {
    const importer = shellActor('past-years', 'import');
    const people = [memberInput('01', '1', 1960).idNumber, memberInput('02', '2', 1962).idNumber];
    const no = `PAST${Date.now().toString(36).toUpperCase()}`;
    const options = { year: 2020, today: TEST_TODAY };
    expect(
      (await importFile(db, importer, file(no, people, 4000), options)).summary.households.imported,
    ).toBe(1);
    expect((await importFile(db, importer, file(no, people, 7000), options)).summary.households.updated).toBe(
      1,
    );

    const [row] = await db.query<{ id: number }>('SELECT id FROM households WHERE household_no = $1', [no]);
    const id = row!.id;
    const { facts } = await household(Number(id));
    expect(facts).toMatchObject({ year: 2020, size: 2, wageIncome: 7000, perCapitaIncome: 3500 });
    const history = await historyOf(Number(id));
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['household.create', 'household.facts']),
    );
    expect(history.every((h) => h.source === 'import' && h.reason === null)).toBe(true);
    expect(history.find((h) => h.field === 'wageIncome')).toMatchObject({ year: 2020 });
  });
});
