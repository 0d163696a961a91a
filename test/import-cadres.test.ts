import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellActor, type Actor } from '../src/modules/auth/actor.ts';
import { IMPORT_END_REASON } from '../src/modules/registry/import/cadre-pairings.ts';
import { importRows, type ImportOptions } from '../src/modules/registry/import/pipeline.ts';
import { makeIdNumber } from '../src/modules/registry/id-number.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { createTestDb, type TestDb } from './support/db.ts';

/** The household file's responsible cadre becomes a cadre of the organisation and a pairing. */
const VILLAGE = '371324106202';
const COUNTY = '371324000000';
const YEAR = 2024;
const OPTIONS: ImportOptions = { year: YEAR, today: '2024-12-31' };
const shell: Actor = shellActor('test', 'import');
let db: TestDb;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
});
afterAll(() => db.dispose());

type Row = Record<string, string | number | null>;
let people = 0;
/** A household of two in the import format, with its responsible cadre's columns. */
function household(no: string, cadre: { name: string; unit: string | null; phone: string | null }): Row[] {
  return ['01', '02'].map((relation, i) => {
    people += 1;
    const sex = i === 0 ? '1' : '2';
    const born = new Date(Date.UTC(1960, 0, 1) + people * 86_400_000).toISOString().slice(0, 10);
    return {
      户编号: no,
      行政区划代码: VILLAGE,
      姓名: `${no}成员${i}`,
      证件号码: makeIdNumber('371324', born, 200, sex),
      与户主关系: relation,
      户类型: '01',
      户状态: '01',
      主要致贫原因: '01',
      帮扶责任人: cadre.name,
      帮扶单位: cadre.unit,
      帮扶责任人电话: cadre.phone,
    };
  });
}
async function* iterate<T>(rows: readonly T[]): AsyncGenerator<T> {
  yield* rows;
}
const run = (rows: readonly Row[], today = OPTIONS.today) =>
  importRows(db, shell, iterate(rows), { ...OPTIONS, today });

interface Paired {
  no: string;
  cadre: string;
  phone: string | null;
  unit: string | null;
  from: string;
  to: string | null;
  reason: string | null;
}
const pairingsOf = (no: string) =>
  db.query<Paired>(
    `SELECT h.household_no AS no, c.name AS cadre, c.phone, u.name AS unit, p.from_date::text AS "from",
            p.to_date::text AS "to", p.end_reason AS reason
     FROM pairings p JOIN households h ON h.id = p.household_id JOIN cadres c ON c.id = p.cadre_id
     LEFT JOIN org_units u ON u.id = c.unit_id WHERE h.household_no = $1 ORDER BY p.id`,
    [no],
  );
const householdCadre = async (no: string) =>
  (
    await db.query<{ name: string | null; unit: string | null; phone: string | null }>(
      `SELECT cadre_name AS name, cadre_unit AS unit, cadre_phone AS phone FROM households WHERE household_no = $1`,
      [no],
    )
  )[0];

describe('the registry import maps the responsible cadre to the organisation', () => {
  const wang = { name: '王帮扶', unit: '县农业农村局', phone: '13900001111' };
  const li = { name: '李帮扶', unit: '县水利局', phone: '13900002222' };

  it('finds or creates the unit and the cadre in the county and pairs the household, audited', async () => {
    const summary = await run([...household('CP001', wang), ...household('CP002', wang)]);
    expect(summary.households.imported).toBe(2);
    // One cadre for both households (matched by name and phone), one unit, kept by the county.
    const cadres = await db.query<{ region: string; unit: string }>(
      `SELECT c.region_code AS region, u.name AS unit FROM cadres c JOIN org_units u ON u.id = c.unit_id
       WHERE c.name = '王帮扶'`,
    );
    expect(cadres).toEqual([{ region: COUNTY, unit: '县农业农村局' }]);
    expect(await pairingsOf('CP001')).toEqual([
      {
        no: 'CP001',
        cadre: '王帮扶',
        phone: '13900001111',
        unit: '县农业农村局',
        from: '2024-12-31',
        to: null,
        reason: null,
      },
    ]);
    expect(await householdCadre('CP002')).toEqual({
      name: '王帮扶',
      unit: '县农业农村局',
      phone: '13900001111',
    });
    const audit = await db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_log
       WHERE action IN ('unit.create', 'cadre.create', 'pairing.create') AND source = 'import'
       GROUP BY action ORDER BY action`,
    );
    expect(audit).toEqual([
      { action: 'cadre.create', n: 1 },
      { action: 'pairing.create', n: 2 },
      { action: 'unit.create', n: 1 },
    ]);
  });

  it('leaves the pairing as it is when the same file comes again', async () => {
    await run([...household('CP001', wang), ...household('CP002', wang)]);
    expect(await pairingsOf('CP001')).toHaveLength(1);
    expect(await db.query(`SELECT 1 FROM cadres WHERE name = '王帮扶'`)).toHaveLength(1);
  });

  it('ends the old pairing and opens a new one when the file names another cadre (history kept)', async () => {
    await run(household('CP001', li), '2025-03-01');
    expect(await pairingsOf('CP001')).toEqual([
      expect.objectContaining({ cadre: '王帮扶', to: '2025-03-01', reason: IMPORT_END_REASON }),
      expect.objectContaining({ cadre: '李帮扶', unit: '县水利局', from: '2025-03-01', to: null }),
    ]);
    expect(await householdCadre('CP001')).toEqual({ name: '李帮扶', unit: '县水利局', phone: '13900002222' });
    // The other household keeps its cadre.
    expect((await pairingsOf('CP002')).map((p) => p.to)).toEqual([null]);
  });

  it('keeps the pairing of a household whose row names no cadre, its fields from the pairing', async () => {
    await run(household('CP002', { name: '', unit: null, phone: null }), '2025-03-02');
    expect(await pairingsOf('CP002')).toEqual([expect.objectContaining({ cadre: '王帮扶', to: null })]);
    expect(await householdCadre('CP002')).toEqual({
      name: '王帮扶',
      unit: '县农业农村局',
      phone: '13900001111',
    });
  });
});
