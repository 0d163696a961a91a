import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../src/app/errors.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { subtreeRange } from '../src/modules/regions/region-code.ts';
import { compareStats, readStats, readYears, rebuildStats } from '../src/modules/measure/stats.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import { updateHousehold } from '../src/modules/registry/commands/update-household.ts';
import { addMember } from '../src/modules/registry/commands/add-member.ts';
import { recordMemberEvent } from '../src/modules/registry/commands/record-member-event.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import type { CreateHouseholdInput } from '../src/modules/registry/schemas.ts';
import { applyStanding, type StandingProcedure } from '../src/modules/registry/standing.ts';
import { loginAs } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';
import { householdInput, memberInput } from './support/factories.ts';

/** The years written here (2020, 2021) are closed on TODAY (2024): each write corrects one of them. */
const CORRECTION = '统计属性测试';
const VILLAGES = ['371324106202', '371324106203', '371324101201'];
const TODAY = '2024-06-30';
const actor = shellActor('stats-test');

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
});
afterAll(() => db.dispose());

const code = (list: string[]) => fc.constantFrom(...list);
const op = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    village: code(VILLAGES),
    // '' is an ordinary household (type 00, no status): an applicant, or a monitored one.
    status: code(['01', '02', '03', '']),
    type: code(['01', '02', '03']),
    cause: code(['01', '02', '08', '09']),
    size: fc.integer({ min: 1, max: 4 }),
    year: code(['2020', '2021']),
    monitoring: code(['', '1:1', '2:1', '3:2']),
  }),
  fc.record({
    kind: fc.constant('facts' as const),
    pick: fc.nat(),
    cause: code(['01', '05']),
    year: code(['2020', '2021', '2022']),
  }),
  fc.record({
    kind: fc.constant('standing' as const),
    pick: fc.nat(),
    procedure: code(['identification', 'return', 'exit', 'monitoring', 'risk_elimination']),
    type: code(['01', '02', '03']),
    monitoringType: code(['1', '2', '3']),
  }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), village: code(VILLAGES) }),
  fc.record({ kind: fc.constant('birth' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('leave' as const), pick: fc.nat() }),
);

async function pickHousehold(pick: number): Promise<{ id: number; version: number } | undefined> {
  const rows = await db.query<{ id: number; version: number }>(
    'SELECT id, version FROM households ORDER BY id',
  );
  return rows.length ? rows[pick % rows.length] : undefined;
}

async function run(o: { kind: string; [k: string]: unknown }): Promise<void> {
  if (o.kind === 'create') {
    const members = [
      memberInput('01'),
      memberInput('02', '2'),
      memberInput('03'),
      memberInput('04', '2'),
    ].slice(0, o.size as number);
    const [monitoringType, monitoringState] = (o.monitoring as string).split(':');
    const input = householdInput(o.village as string, {
      year: Number(o.year),
      members,
      facts: {
        ...(o.status
          ? { status: o.status, householdType: o.type, mainCause: o.cause }
          : { householdType: '00' }),
        ...(monitoringType ? { monitoringType, monitoringState, riskTypes: ['01'] } : {}),
        wageIncome: 5000,
      },
    });
    await db.transaction((tx) =>
      createHousehold(tx, actor, input as unknown as CreateHouseholdInput, TODAY, { recorded: true }),
    );
    return;
  }
  const h = await pickHousehold(o.pick as number);
  if (!h) return;
  if (o.kind === 'facts') {
    await db.transaction((tx) =>
      updateHousehold(
        tx,
        actor,
        h.id,
        {
          version: h.version,
          year: Number(o.year),
          facts: { mainCause: o.cause },
          reason: CORRECTION,
        },
        TODAY,
      ),
    );
  } else if (o.kind === 'standing') {
    const [latest] = await db.query<{ year: number }>(
      `SELECT year FROM household_years WHERE household_id = $1 ORDER BY year DESC LIMIT 1`,
      [h.id],
    );
    if (!latest) return;
    // A decision the household's standing does not allow (exit of one never identified…) is refused whole.
    await db
      .transaction((tx) =>
        applyStanding(
          tx,
          actor,
          [
            {
              householdId: h.id,
              year: latest.year,
              caseId: 1,
              procedure: o.procedure as StandingProcedure,
              date: '2024-06-01',
              householdType: o.type as string,
              mainCause: '01',
              monitoringType: o.monitoringType as string,
              riskTypes: ['01', '07'],
            },
          ],
          TODAY,
        ),
      )
      .catch((error: unknown) => {
        if (!(error instanceof DomainError && error.kind === 'rule')) throw error;
      });
  } else if (o.kind === 'move') {
    await db.transaction((tx) =>
      updateHousehold(tx, actor, h.id, { version: h.version, regionCode: o.village as string }, TODAY),
    );
  } else if (o.kind === 'birth') {
    await db.transaction((tx) =>
      addMember(
        tx,
        actor,
        h.id,
        {
          version: h.version,
          event: 'birth',
          eventDate: '2021-01-01',
          reason: CORRECTION,
          member: memberInput('07', '1', 2020),
        },
        TODAY,
      ),
    );
  } else {
    const [m] = await db.query<{ id: number; version: number }>(
      `SELECT id, version FROM members WHERE household_id = $1 AND active AND relation <> '01' ORDER BY id LIMIT 1`,
      [h.id],
    );
    if (m)
      await db.transaction((tx) =>
        recordMemberEvent(
          tx,
          actor,
          m.id,
          {
            version: m.version,
            event: 'married_out',
            eventDate: '2021-02-01',
            reason: CORRECTION,
          },
          TODAY,
        ),
      );
  }
}

/**
 * Households the reading tests count on, whatever ran before them: two villages of 车辋镇 (106) and one of
 * another town, in 2020 and 2021, with different statuses and causes.
 */
beforeAll(async () => {
  const households = [
    { village: VILLAGES[0], status: '01', type: '01', cause: '01', size: 3, year: '2020', monitoring: '' },
    { village: VILLAGES[1], status: '02', type: '02', cause: '08', size: 2, year: '2020', monitoring: '1:1' },
    { village: VILLAGES[2], status: '03', type: '03', cause: '09', size: 1, year: '2020', monitoring: '' },
    { village: VILLAGES[0], status: '01', type: '01', cause: '02', size: 4, year: '2021', monitoring: '' },
    { village: VILLAGES[1], status: '', type: '', cause: '', size: 2, year: '2020', monitoring: '2:1' },
    { village: VILLAGES[0], status: '', type: '', cause: '', size: 1, year: '2020', monitoring: '' },
  ];
  for (const h of households) await run({ kind: 'create', ...h });
});

describe('maintained statistics', () => {
  it('property: after any sequence of registry writes, maintained figures equal a rebuild from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        for (const o of ops) await run(o);
        expect(await compareStats(db)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it('a rebuild changes no figure and is audited', async () => {
    const before = await db.query(
      'SELECT * FROM region_stats WHERE households <> 0 OR persons <> 0 ORDER BY 1, 2, 3, 4',
    );
    const audits = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'stats.rebuild'`,
    );
    await rebuildStats(db, actor);
    expect(await db.query('SELECT * FROM region_stats ORDER BY 1, 2, 3, 4')).toEqual(before);
    expect(
      (
        await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_log WHERE action = 'stats.rebuild'`,
        )
      )[0]!.n,
    ).toBe(audits[0]!.n + 1);
  });

  it('reads a region and year: totals, breakdowns and child regions agree with the registry', async () => {
    const stats = await readStats(db, actor, '371324000000', 2020);
    // Registered households: every status but 04 cancelled, which are counted apart (docs/glossary.md).
    const [direct] = await db.query<{ h: number; p: number; ch: number; cp: number }>(
      `SELECT count(*) FILTER (WHERE status <> '04')::int AS h, coalesce(sum(size) FILTER (WHERE status <> '04'), 0)::int AS p,
              count(*) FILTER (WHERE status = '04')::int AS ch, coalesce(sum(size) FILTER (WHERE status = '04'), 0)::int AS cp
       FROM household_years WHERE year = 2020 AND region_code LIKE '371324%'`,
    );
    expect([stats.households, stats.persons]).toEqual([direct!.h, direct!.p]);
    expect([stats.cancelledHouseholds, stats.cancelledPersons]).toEqual([direct!.ch, direct!.cp]);
    const sum = (xs: { households: number }[]) => xs.reduce((a, x) => a + x.households, 0);
    expect(sum(stats.byStatus)).toBe(stats.households);
    expect(sum(stats.byCause)).toBe(stats.households);
    expect(sum(stats.byType)).toBe(stats.households);
    expect(sum(stats.children)).toBe(stats.households);
    expect(stats.children.find((c) => c.code === '371324106000')?.name).toBe('车辋镇');
  });

  it('counts the monitored households by type and state, ordinary ones too, and no applicant in the totals', async () => {
    const stats = await readStats(db, actor, '371324000000', 2020);
    const direct = await db.query<{ type: string; state: string; households: number; persons: number }>(
      `SELECT monitoring_type AS type, monitoring_state AS state, count(*)::int AS households,
              sum(size)::int AS persons
       FROM household_years WHERE year = 2020 AND region_code LIKE '371324%' AND monitoring_type IS NOT NULL
         AND status IS DISTINCT FROM '04'
       GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(direct.length).toBeGreaterThan(0);
    expect(stats.byMonitoring).toEqual(direct);
    const [ordinary] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM household_years WHERE year = 2020 AND region_code LIKE '371324%'
         AND status IS NULL`,
    );
    expect(ordinary!.n).toBeGreaterThan(0);
    // The registered households are the poor ones: an ordinary household is in no total nor breakdown.
    const [registered] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM household_years WHERE year = 2020 AND region_code LIKE '371324%'
         AND status <> '04'`,
    );
    expect(stats.households).toBe(registered!.n);
  });

  it('keeps figures for the whole country, whose children are the provinces', async () => {
    const country = await readStats(db, actor, '000000000000', 2020);
    const county = await readStats(db, actor, '371324000000', 2020);
    expect(country.households).toBe(county.households);
    expect(country.children.find((c) => c.code === '370000000000')).toMatchObject({
      name: '山东省',
      households: county.households,
    });
  });

  it('reads every year of a region in one go, the same figures as readStats year by year', async () => {
    // One household in 2016 as well, so the years are not all adjacent.
    const input = householdInput(VILLAGES[0]!, {
      year: 2016,
      members: [memberInput('01'), memberInput('02', '2')],
      facts: { status: '01', householdType: '01', mainCause: '01' },
    });
    await db.transaction((tx) =>
      createHousehold(tx, actor, input as unknown as CreateHouseholdInput, TODAY, { recorded: true }),
    );
    for (const region of ['371324000000', '371324106000', VILLAGES[0]!, '000000000000']) {
      const years = await readYears(db, actor, region);
      const [known] = await db.query<{ years: number[] }>(
        // The years with figures: those holding a household with a status (an applicant alone, type 00
        // without one, is in no figure of its year; the random edits above may leave such a year).
        `SELECT coalesce(array_agg(DISTINCT year ORDER BY year), '{}') AS years FROM household_years
         WHERE region_code BETWEEN $1 AND $2 AND status IS NOT NULL`,
        subtreeRange(region),
      );
      expect(years.map((y) => y.year)).toEqual(known!.years);
      for (const y of years) {
        const one = await readStats(db, actor, region, y.year);
        expect(y).toEqual({
          year: y.year,
          households: one.households,
          persons: one.persons,
          byStatus: one.byStatus,
        });
      }
    }
  });

  it('serves GET /api/v1/stats/years within the reader’s regions only', async () => {
    const app = await createTestServer(db);
    try {
      const { cookie } = await loginAs(app, [{ role: 'inspector', regionCode: '371324106000' }]);
      const get = (query: string) =>
        app.inject({ method: 'GET', url: `/api/v1/stats/years${query}`, headers: { cookie } });
      const town = await get('?region=371324106');
      expect(town.statusCode).toBe(200);
      expect(town.json()).toEqual({
        region: '371324106000',
        years: await readYears(db, actor, '371324106000'),
      });
      expect(town.json().years.length).toBeGreaterThan(0);
      // Without a region: the first grant's.
      expect((await get('')).json().region).toBe('371324106000');
      expect((await get('?region=371324')).statusCode).toBe(404);
      expect((await get('?region=12345')).statusCode).toBe(400);
      expect((await app.inject({ method: 'GET', url: '/api/v1/stats/years' })).statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });
});
