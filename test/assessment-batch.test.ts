import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessHouseholds } from '../src/modules/assessment/batch.ts';
import { recordAssessment } from '../src/modules/assessment/commands/record-assessment.ts';
import { GUARANTEES } from '../src/modules/assessment/guarantees.ts';
import { getAssessment } from '../src/modules/assessment/queries.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { generateDemoCounty } from '../src/modules/registry/demo/generate.ts';
import { createTestDb, type TestDb } from './support/db.ts';

/**
 * The batched assessment of a bulk action against the household page's, pair by pair, on a demo county of two
 * years with manual assessments on some households: the same figures, reasons and verdicts.
 */
const actor = shellActor('batch-test', 'cli');
let db: TestDb;
let ids: number[];

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  // The same seed in two years: the same households, with a second year of facts.
  for (const year of [2020, 2019])
    await generateDemoCounty(db, actor, { county: '371324', households: 150, seed: 5, year });
  ids = (await db.query<{ id: number }>('SELECT id FROM households ORDER BY id')).map((r) => r.id);
  // Manual assessments override what the data say; the newest of a guarantee wins.
  for (const [i, id] of shuffled(ids, 7).slice(0, 30).entries()) {
    for (const secure of [i % 2 === 0, i % 3 === 0]) {
      await db.transaction((tx) =>
        recordAssessment(
          tx,
          actor,
          id,
          {
            year: 2020,
            guarantee: GUARANTEES[i % GUARANTEES.length],
            secure,
            reason: `入户核实 ${i}`,
            visitReference: `V-${i}`,
            visitDate: '2020-11-02',
          },
          undefined,
          '2026-06-30',
        ),
      );
    }
  }
});
afterAll(async () => {
  await db.dispose();
});

describe('assessHouseholds', () => {
  it('gives what the household page gives, for every pair of a random sample', async () => {
    const keys = shuffled(ids, 3)
      .slice(0, 120)
      .flatMap((id, i) => [{ householdId: id, year: i % 4 === 0 ? 2019 : 2020 }]);
    const batch = await assessHouseholds(db, keys);
    expect(batch.size).toBe(keys.length);
    let manual = 0;
    for (const key of keys) {
      const one = await getAssessment(db, actor, key.householdId, key.year);
      const got = batch.get(`${key.householdId}/${key.year}`)!;
      if (one.assessments.length) manual += 1;
      expect(got).toEqual({
        householdId: one.householdId,
        year: one.year,
        regionCode: one.regionCode,
        perCapitaIncome: one.perCapitaIncome,
        standard: one.standard && {
          id: one.standard.standardId,
          line: one.standard.line,
          monitoringLine: one.standard.monitoringLine,
        },
        belowLine: one.belowLine,
        withinMonitoringRange: one.withinMonitoringRange,
        guarantees: one.guarantees,
        verdicts: one.verdicts,
        identifiedYear: expect.toSatisfy((v: unknown) => v === null || typeof v === 'number'),
        status: expect.any(String),
      });
    }
    // The sample reaches the manual assessments, both years and both lines.
    expect(manual).toBeGreaterThan(0);
    expect(new Set([...batch.values()].map((a) => a.standard?.line))).toEqual(new Set([3218, 4000]));
  });

  it('leaves out a pair whose year is not recorded, and answers a repeated pair once', async () => {
    const [id] = ids;
    const batch = await assessHouseholds(db, [
      { householdId: id!, year: 2020 },
      { householdId: id!, year: 2020 },
      { householdId: id!, year: 2018 },
      { householdId: 0, year: 2020 },
    ]);
    expect([...batch.keys()]).toEqual([`${id}/2020`]);
    expect(await assessHouseholds(db, [])).toEqual(new Map());
  });

  it('carries the status of the year and the year of identification', async () => {
    const [row] = await db.query<{ id: number; status: string; identifiedYear: number | null }>(
      `SELECT h.id, y.status, h.identified_year AS "identifiedYear"
       FROM households h JOIN household_years y ON y.household_id = h.id AND y.year = 2020
       WHERE h.identified_year IS NOT NULL ORDER BY h.id LIMIT 1`,
    );
    const got = (await assessHouseholds(db, [{ householdId: row!.id, year: 2020 }])).get(`${row!.id}/2020`);
    expect(got).toMatchObject({ status: row!.status, identifiedYear: row!.identifiedYear });
  });
});
