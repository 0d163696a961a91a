import type { Db } from '../../src/db/types.ts';
import { recordAudit } from '../../src/modules/audit/audit.ts';
import { shellActor } from '../../src/modules/auth/actor.ts';

/**
 * Casework rows written straight into the tables of migration 0027 (with the audit row the database insists
 * on), for tests of the modules that read them — the handbook, the burden page — without the modules that
 * write them.
 */
async function audited<T>(db: Db, write: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const out = await write(tx as unknown as Db);
    await recordAudit(tx, shellActor('test'), {
      action: 'test.write',
      entity: 'test',
      entityId: null,
      regionCode: null,
    });
    return out;
  });
}

const one = async (tx: Db, sql: string, params: unknown[]): Promise<number> => {
  const [row] = await tx.query<{ id: number }>(`${sql} RETURNING id::int AS id`, params);
  return row!.id;
};

/** A cadre (of a unit), optionally the login of `userId`, paired with `householdId` from `from`. */
export function seedPairing(
  db: Db,
  p: { regionCode: string; name: string; phone: string; householdId: number; from: string; userId?: number },
): Promise<{ cadreId: number; pairingId: number }> {
  return audited(db, async (tx) => {
    const unitId = await one(
      tx,
      `INSERT INTO org_units (region_code, name, level, kind) VALUES ($1, $2, 'county', 'party_government')`,
      [p.regionCode, `${p.name}的单位`],
    );
    const cadreId = await one(
      tx,
      `INSERT INTO cadres (region_code, name, unit_id, post, phone, user_id) VALUES ($1, $2, $3, '科员', $4, $5)`,
      [p.regionCode, p.name, unitId, p.phone, p.userId ?? null],
    );
    const pairingId = await one(
      tx,
      `INSERT INTO pairings (cadre_id, household_id, from_date) VALUES ($1, $2, $3)`,
      [cadreId, p.householdId, p.from],
    );
    return { cadreId, pairingId };
  });
}

/** A visit, a problem found on it with its opening event, and a measure, for `householdId` in `village`. */
export function seedCasework(
  db: Db,
  c: {
    householdId: number;
    village: string;
    cadreId: number;
    notes: string;
    problem: string;
    measure: string;
  },
): Promise<void> {
  return audited(db, async (tx) => {
    const visitId = await one(
      tx,
      `INSERT INTO visits (client_id, household_id, region_code, cadre_id, at, lat, lng, accuracy, notes, checks)
       VALUES ($1, $2, $3, $4, '2026-06-20T09:30:00+08:00', 34.8, 118.0, 12, $5,
               '{"food":true,"clothing":true,"education":true,"medical":false,"housing":true,"water":true}')`,
      [`visit-${c.householdId}-${c.cadreId}`, c.householdId, c.village, c.cadreId, c.notes],
    );
    const problemId = await one(
      tx,
      `INSERT INTO problems (household_id, region_code, category, description, source, visit_id, owner_cadre_id, due,
                             handler_region_code, opened_on)
       VALUES ($1, $2, 'medical', $3, 'visit', $4, $5, '2026-07-20', $2, '2026-06-20')`,
      [c.householdId, c.village, c.problem, visitId, c.cadreId],
    );
    await tx.query(
      `INSERT INTO problem_events (problem_id, action, actor_name, date, reason) VALUES ($1, 'open', '测试', '2026-06-20', '走访发现')`,
      [problemId],
    );
    await tx.query(
      `INSERT INTO assistance_measures (household_id, year, category, description, amount, provider, start_on, development)
       VALUES ($1, 2026, 'industry', $2, 3000, '县农业局', '2026-03-01', true)`,
      [c.householdId, c.measure],
    );
  });
}
