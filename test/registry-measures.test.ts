import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { fgt } from '../src/modules/measure/fgt.ts';
import { alkireFosterFromDeprivations } from '../src/modules/measure/mpi.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

/**
 * The measures over the registry (computed by the database) against an independent recomputation: the rows
 * read plainly and fed to the pure functions of fgt.ts and mpi.ts, on a small demo county.
 */
const COUNTY = '371324000000';
const TOWN = '371324106000';
const YEAR = 2020;
const LINE = 4000; // the national line of 2020 (migration 0009)

let db: TestDb;
let app: App;
let admin: LoggedIn;

interface Fact {
  region: string;
  size: number;
  income: number;
  flags: (boolean | null)[];
}

async function facts(): Promise<Fact[]> {
  return db.query<Fact>(
    `SELECT region_code AS region, size, per_capita_income::float8 AS income,
            ARRAY[food_secure, clothing_secure, education_secure, medical_secure, housing_secure, water_secure] AS flags
     FROM household_years WHERE year = $1 AND status <> '04' AND size > 0`,
    [YEAR],
  );
}

function post(url: string, payload: object, cookie = admin.cookie) {
  return app.inject({ method: 'POST', url, payload, headers: { cookie } });
}

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  await generateDemoCounty(db, shellActor('measures-test', 'demo'), {
    county: '371324',
    households: 400,
    seed: 11,
    year: YEAR,
  });
  app = await createTestServer(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

describe('measures over the registry', () => {
  it('FGT and Watts agree with the pure functions over the same households', async () => {
    const res = await post('/api/v1/measures/registry', { region: COUNTY, year: YEAR, alphas: [0, 1, 2, 3] });
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      standard: { line: number };
      fgt: ReturnType<typeof fgt> & { households: number };
    }>();
    const rows = await facts();
    const expected = fgt({
      incomes: rows.map((r) => r.income),
      weights: rows.map((r) => r.size),
      line: LINE,
      alphas: [0, 1, 2, 3],
    });
    expect(body.standard.line).toBe(LINE);
    expect(body.fgt.households).toBe(rows.length);
    expect(body.fgt.population).toBe(expected.population);
    expect(body.fgt.poor).toBe(expected.poor);
    for (const key of ['headcount', 'gap', 'squaredGap', 'incomeGapRatio', 'watts'] as const)
      expect(body.fgt[key]).toBeCloseTo(expected[key]!, 10);
    body.fgt.byAlpha.forEach((a, i) => expect(a.value).toBeCloseTo(expected.byAlpha[i]!.value, 10));
    // The demo has poor households, so the figures say something.
    expect(body.fgt.headcount).toBeGreaterThan(0);
  });

  it('the multidimensional index agrees with alkireFosterFromDeprivations, unknown counted as not deprived', async () => {
    const weights = [2, 1, 1, 1, 1, 1, 1];
    const res = await post('/api/v1/measures/registry', {
      region: TOWN,
      year: YEAR,
      mpi: {
        indicators: ['income', 'food', 'clothing', 'education', 'medical', 'housing', 'water'],
        weights,
        k: 0.25,
      },
    });
    expect(res.statusCode).toBe(200);
    const { mpi } = res.json<{
      mpi: ReturnType<typeof alkireFosterFromDeprivations> & { households: number };
    }>();
    const rows = (await facts()).filter((r) => r.region.startsWith('371324106'));
    const expected = alkireFosterFromDeprivations({
      deprivations: rows.map((r) => [r.income < LINE, ...r.flags.map((f) => f === false)]),
      weights,
      k: 0.25,
      personWeights: rows.map((r) => r.size),
    });
    expect(mpi.households).toBe(rows.length);
    expect(mpi.poor).toBe(expected.poor);
    expect(mpi.headcount).toBeCloseTo(expected.headcount, 12);
    expect(mpi.intensity).toBeCloseTo(expected.intensity!, 12);
    expect(mpi.adjustedHeadcount).toBeCloseTo(expected.adjustedHeadcount, 12);
    mpi.indicators.forEach((indicator, j) => {
      expect(indicator.censoredHeadcount).toBeCloseTo(expected.indicators[j]!.censoredHeadcount, 12);
      expect(indicator.uncensoredHeadcount).toBeCloseTo(expected.indicators[j]!.uncensoredHeadcount, 12);
      expect(indicator.contribution).toBeCloseTo(expected.indicators[j]!.contribution!, 10);
    });
  });

  it('rejects bad requests naming the field', async () => {
    const cases: [object, string][] = [
      [{ region: COUNTY, mpi: { indicators: ['income', 'food'], weights: [1] } }, 'mpi.weights'],
      [{ region: COUNTY, mpi: { indicators: ['income'], weights: [0] } }, 'mpi.weights'],
      [{ region: COUNTY, mpi: { k: 0 } }, 'mpi.k'],
      [{ region: COUNTY, mpi: { indicators: ['income', 'income'] } }, 'mpi.indicators'],
      [{ region: COUNTY, alphas: [-1] }, 'alphas.0'],
    ];
    for (const [payload, field] of cases) {
      const res = await post('/api/v1/measures/registry', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe(field);
    }
    // The whole country is too wide even for whoever may read it; for a county it is not there at all.
    expect((await post('/api/v1/measures/registry', { region: '000000000000' })).statusCode).toBe(404);
    const national = await loginAs(app, [{ role: 'system_admin', regionCode: '000000000000' }]);
    const country = await post('/api/v1/measures/registry', { region: '000000000000' }, national.cookie);
    expect(country.statusCode).toBe(422);
    expect(country.json<{ error: { code: string } }>().error.code).toBe('REGION_TOO_WIDE');
    const noLine = await post('/api/v1/measures/registry', { region: COUNTY, year: 2017 });
    expect(noLine.json<{ error: { code: string } }>().error.code).toBe('NO_POVERTY_LINE');
    const cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: '371324101201' }]);
    expect((await post('/api/v1/measures/registry', { region: TOWN }, cadre.cookie)).statusCode).toBe(404);
  });
});

describe('what-if', () => {
  it('counts who would change position under another line, by child region, and writes nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM audit_log');
    const res = await post('/api/v1/measures/what-if', {
      region: COUNTY,
      year: YEAR,
      line: 5000,
      monitoringMultiplier: 1.2,
    });
    expect(res.statusCode).toBe(200);
    type Counts = { households: number; persons: number };
    const body = res.json<{
      current: { line: number; monitoringLine: number };
      proposed: { monitoringLine: number };
      total: Record<string, Counts> & { code?: string; name?: string };
      children: ({ code: string } & Record<string, Counts>)[];
    }>();
    expect(body.current).toMatchObject({ line: LINE, monitoringLine: 6000 });
    expect(body.total).toMatchObject({ code: COUNTY, name: '兰陵县' });
    expect(body.proposed.monitoringLine).toBe(6000);
    const rows = await facts();
    const count = (pick: (r: Fact) => boolean) => {
      const chosen = rows.filter(pick);
      return { households: chosen.length, persons: chosen.reduce((n, r) => n + r.size, 0) };
    };
    expect(body.total.belowNow).toEqual(count((r) => r.income < 4000));
    expect(body.total.belowThen).toEqual(count((r) => r.income < 5000));
    expect(body.total.newlyBelow).toEqual(count((r) => r.income >= 4000 && r.income < 5000));
    expect(body.total.noLongerBelow).toEqual({ households: 0, persons: 0 });
    expect(body.total.monitoringNow).toEqual(count((r) => r.income >= 4000 && r.income < 6000));
    expect(body.total.noLongerMonitoring).toEqual(count((r) => r.income >= 4000 && r.income < 5000));
    const town = body.children.find((c) => c.code === TOWN)!;
    expect(town.newlyBelow).toEqual(
      count((r) => r.region.startsWith('371324106') && r.income >= 4000 && r.income < 5000),
    );
    const sum = body.children.reduce((n, c) => n + c.belowThen!.persons, 0);
    expect(sum).toBe(body.total.belowThen!.persons);
    expect(await db.query('SELECT count(*)::int AS n FROM audit_log')).toEqual(before);
  });

  it('answers 400 for a line that is not positive or a multiplier out of range', async () => {
    for (const [payload, field] of [
      [{ region: COUNTY, line: 0 }, 'line'],
      [{ region: COUNTY, monitoringMultiplier: 5 }, 'monitoringMultiplier'],
    ] as const) {
      const res = await post('/api/v1/measures/what-if', payload);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { fields: { field: string }[] } }>().error.fields[0]!.field).toBe(field);
    }
  });
});
