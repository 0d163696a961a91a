import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../src/db/types.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { compareStats, readStats } from '../src/modules/measure/stats.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import { recordMemberEvent } from '../src/modules/registry/commands/record-member-event.ts';
import { applyStanding } from '../src/modules/registry/standing.ts';
import { importRows } from '../src/modules/registry/import/pipeline.ts';
import type { CreateHouseholdInput } from '../src/modules/registry/schemas.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput, idNumberFor, uniqueHouseholdNo } from './support/factories.ts';

/**
 * No hot rows (issue 10 §6): no registry write takes a row another county's writes take too. Two counties of
 * one city (兰陵县 371324 and 费县 371325 of 临沂市), whose writes used to meet on the city's, the province's and
 * the country's statistics rows, and a county of another province (东城区 110101).
 */
const COUNTIES = ['371324', '371325', '110101'];
const TODAY = '2024-06-30';
/** This year on TODAY: an open year, which a write changes without a correction's reason. */
const YEAR = 2024;
const actor = shellActor('hot-rows-test');
const postgres = process.env.ZHENFU_TEST_DB === 'postgres';

let db: TestDb;
/** The first village of each county. */
const village: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDb();
  for (const county of COUNTIES) {
    await loadRegions(db, { county });
    const [row] = await db.query<{ code: string }>(
      `SELECT min(code) AS code FROM regions WHERE level = 5 AND code LIKE $1`,
      [`${county}%`],
    );
    village[county] = row!.code;
  }
});
afterAll(() => db.dispose());

async function create(county: string, status = '01'): Promise<number> {
  const input = householdInput(village[county]!, {
    year: YEAR,
    facts: { status, householdType: '01', mainCause: '01' },
  });
  return db.transaction((tx) =>
    createHousehold(tx, actor, input as unknown as CreateHouseholdInput, TODAY, { recorded: true }),
  );
}

/** A change of status (the exit procedure's decision): moves the household between two status rows. */
async function exit(tx: Tx, id: number): Promise<void> {
  await applyStanding(
    tx,
    actor,
    [{ householdId: id, year: YEAR, caseId: 1, procedure: 'exit', date: TODAY }],
    TODAY,
  );
}

/** A member marries out: the household's persons change in every statistics row of its county. */
async function marryOut(tx: Tx, household: number): Promise<void> {
  const [m] = await tx.query<{ id: number; version: number }>(
    `SELECT id, version FROM members WHERE household_id = $1 AND active AND relation <> '01' ORDER BY id LIMIT 1`,
    [household],
  );
  await recordMemberEvent(
    tx,
    actor,
    m!.id,
    { version: m!.version, event: 'married_out', eventDate: '2024-02-01' },
    TODAY,
  );
}

function latch() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('statistics above the county', () => {
  it('are the sums of their counties, exact, with no row of their own', async () => {
    for (const county of COUNTIES) {
      await create(county, '01');
      await create(county, '04');
    }
    const registered = async (prefix: string) => {
      const [row] = await db.query<{ h: number; p: number }>(
        `SELECT count(*)::int AS h, coalesce(sum(size), 0)::int AS p FROM household_years
         WHERE year = $2 AND status <> '04' AND region_code LIKE $1`,
        [`${prefix}%`, YEAR],
      );
      return [row!.h, row!.p];
    };
    for (const [region, prefix] of [
      ['000000000000', ''],
      ['370000000000', '37'],
      ['371300000000', '3713'],
      ['110000000000', '11'],
    ] as const) {
      const stats = await readStats(db, actor, region, YEAR);
      expect([stats.households, stats.persons]).toEqual(await registered(prefix));
      expect(stats.cancelledHouseholds).toBe(region === '000000000000' ? 3 : region.startsWith('11') ? 1 : 2);
      expect(stats.children.reduce((n, c) => n + c.households, 0)).toBe(stats.households);
    }
    const above = await db.query(
      `SELECT DISTINCT region_code FROM region_stats WHERE region_code = ANY($1::text[])`,
      [['000000000000', '370000000000', '371300000000', '110000000000', '110100000000']],
    );
    expect(above).toEqual([]);
    expect(await compareStats(db)).toEqual([]);
  });
});

describe.runIf(postgres)('two counties writing at once', () => {
  it('a write in one county does not wait for an open write in another county of the same city', async () => {
    const [held, other] = [await create('371324'), await create('371325')];
    const entered = latch();
    const release = latch();
    const first = db.transaction(async (tx) => {
      try {
        await exit(tx, held);
      } finally {
        // A write that fails must not leave the test waiting: it fails at `await first` instead.
        entered.open();
      }
      await release.opened;
    });
    await entered.opened;
    try {
      // Were any statistics row shared, this would wait for `first` to end: it ends with a lock timeout instead.
      await db.transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '3s'`);
        await exit(tx, other);
        await marryOut(tx, other);
      });
    } finally {
      release.open();
      await first;
    }
    expect(await compareStats(db)).toEqual([]);
  });

  it('an import in one county does not wait for an import batch held open in another', async () => {
    const rows = (county: string) => {
      const no = uniqueHouseholdNo();
      return [
        ['01', '1'],
        ['02', '2'],
      ].map(([relation, sex]) => ({
        户编号: no,
        行政区划代码: village[county]!,
        姓名: '王成员',
        证件号码: idNumberFor(sex as '1' | '2', 1970, county),
        与户主关系: relation!,
        性别: sex!,
        户类型: '01',
        户状态: '01',
        主要致贫原因: '01',
      }));
    };
    async function* iterate<T>(items: readonly T[]) {
      yield* items;
    }
    const options = { year: YEAR, today: TODAY };
    const entered = latch();
    const release = latch();
    const first = importRows(db, actor, iterate(rows('371324')), {
      ...options,
      beforeCommit: async () => {
        entered.open();
        await release.opened;
      },
    });
    // An import that fails before its commit must not leave the test waiting either.
    void first.catch(() => entered.open());
    await entered.opened;
    // On one global lock the second import waits for the first to commit, which waits for this: a bound,
    // not a timing — the second import needs well under a second on its own.
    const bound = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 20_000).unref());
    try {
      const second = importRows(db, actor, iterate(rows('371325')), options).then(() => 'done' as const);
      expect(await Promise.race([second, bound])).toBe('done');
    } finally {
      release.open();
      await first;
    }
    expect(await compareStats(db)).toEqual([]);
  }, 40_000);
});
