import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../src/app/errors.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { generateDemoCounty, type DemoCountyOptions } from '../src/modules/registry/demo/generate.ts';
import { readWorkingYear, setWorkingYear } from '../src/modules/settings/working-year.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { TEST_NOW, TEST_TODAY } from './support/server.ts';

const actor = shellActor('test', 'demo');
const OPTIONS = { county: '371324', households: 300, seed: 7, year: 2020 };

/**
 * A fresh database per test, so no test sees another's households, audit rows or statistics. It holds
 * 兰陵县 (371324) with its towns and villages, and the neighbouring 费县 (371325) without villages: the demo's
 * married-in people come from the other counties of the city, and 'refuses…' needs a county with no villages.
 */
async function countyDb(): Promise<TestDb> {
  const fresh = await createTestDb();
  await loadRegions(fresh, { county: '371324' });
  await fresh.query(
    `INSERT INTO regions (code, level, parent_code, name) VALUES ('371325000000', 3, '371300000000', '费县')`,
  );
  return fresh;
}

let db: TestDb;
beforeEach(async () => {
  db = await countyDb();
});
afterEach(() => db.dispose());

/** A demo run with the test's defaults (300 households, seed 7); tests that check a rerun use it to arrange. */
function demo(options: Partial<DemoCountyOptions> = {}) {
  return generateDemoCounty(db, actor, { ...OPTIONS, ...options });
}

async function counts() {
  const [row] = await db.query<{ h: number; m: number; y: number; a: number }>(
    `SELECT (SELECT count(*) FROM households)::int AS h, (SELECT count(*) FROM members)::int AS m,
            (SELECT count(*) FROM household_years WHERE year = 2020)::int AS y,
            (SELECT count(*) FROM audit_log)::int AS a`,
  );
  return row!;
}

describe('zhenfu demo', () => {
  it('makes its year the working year, unless the deployment chose one already', async () => {
    await demo({ households: 20 });
    expect(await readWorkingYear(db, TEST_NOW)).toEqual({ year: 2020, source: 'setting' });
    await db.transaction((tx) => setWorkingYear(tx, actor, 2018, TEST_TODAY));
    await demo({ households: 20 });
    expect(await readWorkingYear(db, TEST_NOW)).toEqual({ year: 2018, source: 'setting' });
  });

  it('refuses a county that does not exist or has no villages loaded, in both languages', async () => {
    // 371325 is the neighbouring county countyDb() adds without its villages.
    for (const county of ['371325', '999999', '110101', '371300', '12345']) {
      const error = await demo({ county }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      const { messages } = error as DomainError;
      expect(messages.zh).toMatch(/\p{Script=Han}/u);
      expect(messages.en).toMatch(/county|village/i);
    }
    const noVillages = (await demo({ county: '371325' }).catch((e: unknown) => e)) as DomainError;
    expect(noVillages.code).toBe('VALIDATION');
    expect(noVillages.fields[0]?.code).toBe('DEMO_NO_VILLAGES');
    expect((await counts()).h).toBe(0);
  });

  it('imports a synthetic county over the real villages, with statistics', async () => {
    const progress: { generated: number; households: number }[] = [];
    const summary = await demo({
      onProgress: (p) => progress.push({ generated: p.generated, households: p.households }),
    });
    expect(summary.errors).toEqual([]);
    expect(summary.households).toEqual({ imported: 300, updated: 0, unchanged: 0, rejected: 0 });
    expect(summary.members.rejected).toBe(0);
    const after = await counts();
    expect(after.h).toBe(300);
    expect(after.y).toBe(300);
    expect(after.m).toBe(summary.members.imported);
    expect(after.a).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual({ generated: 300, households: 300 });

    const outside = await db.query(
      `SELECT h.region_code FROM households h LEFT JOIN regions r ON r.code = h.region_code
        WHERE r.level IS DISTINCT FROM 5 OR left(h.region_code, 6) <> '371324'`,
    );
    expect(outside).toEqual([]);
    const heads = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM members WHERE relation = '01' AND active`,
    );
    expect(heads[0]?.n).toBe(300);

    const [filled] = await db.query<{ cadres: number; certs: number; outsiders: number; secondary: number }>(
      `SELECT (SELECT count(*) FROM households WHERE cadre_name IS NOT NULL AND housing_rating IS NOT NULL)::int AS cadres,
              (SELECT count(*) FROM members WHERE disability_cert IS NOT NULL)::int AS certs,
              (SELECT count(*) FROM members WHERE left(id_number, 6) = '371325')::int AS outsiders,
              (SELECT count(*) FROM household_years WHERE cardinality(secondary_causes) > 0)::int AS secondary`,
    );
    expect(filled?.cadres).toBe(300);
    expect(filled?.certs).toBeGreaterThan(0);
    expect(filled?.outsiders).toBeGreaterThan(0);
    expect(filled?.secondary).toBeGreaterThan(0);

    const [total] = await db.query<{ households: number; persons: number }>(
      `SELECT households, persons FROM region_stats
        WHERE region_code = '371324000000' AND year = 2020 AND dimension = 'total'`,
    );
    // The total counts the registered households: every status but 04 cancelled (docs/glossary.md).
    const [registered] = await db.query<{ households: number; persons: number }>(
      `SELECT count(*)::int AS households, sum(size)::int AS persons FROM household_years
        WHERE year = 2020 AND status <> '04'`,
    );
    expect(registered!.households).toBeGreaterThan(250);
    expect(total).toEqual(registered);
    const causes = await db.query(
      `SELECT key FROM region_stats WHERE region_code = '371324000000' AND year = 2020 AND dimension = 'cause'`,
    );
    expect(causes.length).toBeGreaterThan(3);
    const [province] = await db.query<{ households: number }>(
      `SELECT households FROM region_figures('370000000000') WHERE year = 2020 AND dimension = 'total'`,
    );
    expect(province?.households).toBe(registered!.households);
  });

  it('changes nothing when run again with the same seed', async () => {
    await demo();
    const before = await counts();
    const summary = await demo();
    expect(summary.errors).toEqual([]);
    expect(summary.households).toEqual({ imported: 0, updated: 0, unchanged: 300, rejected: 0 });
    expect(summary.members.imported + summary.members.updated + summary.members.rejected).toBe(0);
    const after = await counts();
    expect({ h: after.h, m: after.m, y: after.y }).toEqual({ h: before.h, m: before.m, y: before.y });
  });

  it('grows: a larger demo of the same seed keeps the households of the smaller one', async () => {
    await demo();
    const summary = await demo({ households: 400 });
    expect(summary.errors).toEqual([]);
    expect(summary.households).toEqual({ imported: 100, updated: 0, unchanged: 300, rejected: 0 });
  });

  it('another seed updates the same household numbers with other people, without conflicts', async () => {
    // 400 households of seed 7 in one run: the same ones 'grows' builds from 300 and 100 more.
    await demo({ households: 400 });
    const summary = await demo({ households: 400, seed: 8 });
    expect(summary.errors).toEqual([]);
    expect(summary.households).toEqual({ imported: 0, updated: 400, unchanged: 0, rejected: 0 });
    expect((await counts()).h).toBe(400);
  });

  it('records the writes as the demo source', async () => {
    // Both kinds of demo write: new households (seed 7), then the same ones updated (seed 8).
    await demo();
    await demo({ seed: 8 });
    // The migrations' own seed rows (actor system:migration) are not the demo's.
    const sources = await db.query<{ source: string }>(
      "SELECT DISTINCT source FROM audit_log WHERE actor <> 'system:migration'",
    );
    expect(sources.map((s) => s.source)).toEqual(['demo']);
  });
});
