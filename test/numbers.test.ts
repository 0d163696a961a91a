import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

/**
 * One definition of each number (docs/glossary.md, "Figures"): /stats, /incidence and /measures/registry
 * of the same region and year say the same registered households and persons, every breakdown sums to the
 * figure it breaks down, and a household whose income is unknown (NULL) is counted apart by the income
 * measures instead of as the poorest.
 */
const COUNTY = '371324000000';
const YEAR = 2020;
const LINE = 4000;

let db: TestDb;
let app: App;
let admin: LoggedIn;

interface Breakdown {
  code: string;
  households: number;
  persons: number;
}
interface Stats {
  households: number;
  persons: number;
  cancelledHouseholds: number;
  cancelledPersons: number;
  byStatus: Breakdown[];
  byCause: Breakdown[];
  byType: Breakdown[];
  children: Breakdown[];
}
interface Summary {
  code: string;
  households: number;
  persons: number;
  poorHouseholds: number;
  exitedHouseholds: number;
  causes: Record<string, number>;
}
interface Measures {
  fgt: { households: number; unknownIncome: number; population: number; poor: number };
  mpi: { households: number; unknownIncome: number };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The glossary's definitions, straight from the registry. */
async function registered(): Promise<{ status: string; h: number; p: number }[]> {
  return db.query(
    `SELECT status, count(*)::int AS h, sum(size)::int AS p FROM household_years
     WHERE year = $1 AND region_code LIKE '371324%' GROUP BY status ORDER BY status`,
    [YEAR],
  );
}

async function read<T>(url: string): Promise<T> {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: admin.cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}

async function measures(): Promise<Measures> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/measures/registry',
    payload: { region: COUNTY, year: YEAR },
    headers: { cookie: admin.cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Measures>();
}

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  await generateDemoCounty(db, shellActor('numbers-test', 'demo'), {
    county: '371324',
    households: 600,
    seed: 7,
    year: YEAR,
  });
  app = await createTestServer(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

describe('one definition of each number', () => {
  it('statistics, incidence and measures say the same registered households, and breakdowns add up', async () => {
    const byStatus = await registered();
    // The fixture has every status, cancelled ones included, or the test proves nothing.
    expect(byStatus.map((s) => s.status)).toEqual(['01', '02', '03', '04']);
    const live = byStatus.filter((s) => s.status !== '04');
    const households = sum(live.map((s) => s.h));
    const persons = sum(live.map((s) => s.p));
    const cancelled = byStatus.find((s) => s.status === '04')!;

    const stats = await read<Stats>(`/api/v1/stats?region=${COUNTY}&year=${YEAR}`);
    expect([stats.households, stats.persons]).toEqual([households, persons]);
    expect([stats.cancelledHouseholds, stats.cancelledPersons]).toEqual([cancelled.h, cancelled.p]);
    for (const list of [stats.byStatus, stats.byCause, stats.byType, stats.children]) {
      expect(sum(list.map((b) => b.households))).toBe(households);
      expect(sum(list.map((b) => b.persons))).toBe(persons);
    }

    const incidence = await read<{ region: Summary; children: Summary[] }>(
      `/api/v1/incidence?region=${COUNTY}&year=${YEAR}`,
    );
    expect([incidence.region.households, incidence.region.persons]).toEqual([households, persons]);
    for (const row of [incidence.region, ...incidence.children]) {
      expect(sum(Object.values(row.causes)), row.code).toBe(row.households);
    }
    expect(sum(incidence.children.map((c) => c.households))).toBe(households);
    const poor = sum(live.filter((s) => s.status !== '02').map((s) => s.h));
    expect(incidence.region.poorHouseholds).toBe(poor);
    expect(incidence.region.exitedHouseholds).toBe(households - poor);

    const { fgt, mpi } = await measures();
    expect(fgt.households).toBe(households);
    expect(mpi.households).toBe(households);
  });

  it('a household with unknown income is counted apart by the income measures, not as the poorest', async () => {
    // Three registered households of the county lose their income figures: unknown, not 0.
    const chosen = await db.query<{ id: number; size: number }>(
      `SELECT household_id AS id, size FROM household_years
       WHERE year = $1 AND status <> '04' AND size > 0 ORDER BY household_id LIMIT 3`,
      [YEAR],
    );
    const before = await measures();
    // Written as a reader of an empty cell should (the API and import write 0 today), audited like any write.
    await db.transaction(async (tx) => {
      await tx.query(
        `UPDATE household_years SET wage_income = NULL, business_income = NULL, property_income = NULL,
                transfer_income = NULL, business_costs = NULL
         WHERE year = $1 AND household_id = ANY($2::bigint[])`,
        [YEAR, chosen.map((c) => c.id)],
      );
      await recordAudit(tx, shellActor('numbers-test', 'cli'), {
        action: 'household.update',
        entity: 'household_years',
        entityId: null,
        regionCode: null,
        after: { unknownIncome: chosen.length },
      });
    });
    const [stored] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM household_years WHERE year = $1 AND per_capita_income IS NULL
       AND household_id = ANY($2::bigint[])`,
      [YEAR, chosen.map((c) => c.id)],
    );
    expect(stored!.n).toBe(3);

    const after = await measures();
    // Still registered households, so the headline does not move; the income measures leave them out.
    expect(after.fgt.households).toBe(before.fgt.households);
    expect(after.fgt.unknownIncome).toBe(before.fgt.unknownIncome + 3);
    expect(after.mpi.unknownIncome).toBe(before.mpi.unknownIncome + 3);
    const whatIf = await app.inject({
      method: 'POST',
      url: '/api/v1/measures/what-if',
      payload: { region: COUNTY, year: YEAR, line: 5000 },
      headers: { cookie: admin.cookie },
    });
    expect(whatIf.statusCode, whatIf.body).toBe(200);
    expect(
      whatIf.json<{ total: { unknownIncome: { households: number } } }>().total.unknownIncome.households,
    ).toBe(after.fgt.unknownIncome);
    const [known] = await db.query<{ population: number; poor: number }>(
      `SELECT sum(size)::float8 AS population, coalesce(sum(size) FILTER (WHERE per_capita_income < $2), 0)::float8 AS poor
       FROM household_years WHERE year = $1 AND status <> '04' AND per_capita_income IS NOT NULL`,
      [YEAR, LINE],
    );
    expect(after.fgt.population).toBe(known!.population);
    expect(after.fgt.poor).toBe(known!.poor);
  });
});
