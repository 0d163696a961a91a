import type { Db } from '../../src/db/types.ts';
import { auditedWrite } from './auth.ts';

/**
 * Fixtures of the problems' tests: a cadre (with the login `userId`, or none) paired with a household, written
 * by SQL with its audit row — the organisation's own commands are another module's.
 */
export async function pairCadre(
  db: Db,
  regionCode: string,
  householdId: number,
  userId?: number,
): Promise<number> {
  await auditedWrite(db, `INSERT INTO cadres (region_code, name, user_id) VALUES ($1, '张帮扶', $2)`, [
    regionCode,
    userId ?? null,
  ]);
  const [cadre] = await db.query<{ id: number }>(`SELECT max(id)::int AS id FROM cadres`);
  await auditedWrite(
    db,
    `INSERT INTO pairings (cadre_id, household_id, from_date) VALUES ($1, $2, '2026-01-01')`,
    [cadre!.id, householdId],
  );
  return cadre!.id;
}

/** The maintained problem counts against the same counts from scratch (migration 0032), zero rows dropped. */
export async function problemStatsDrift(db: Db): Promise<unknown[]> {
  return db.query(
    `(SELECT region_code, open, in_progress, solved, confirmed, overdue FROM problem_stats
      WHERE open <> 0 OR in_progress <> 0 OR solved <> 0 OR confirmed <> 0 OR overdue <> 0
      EXCEPT SELECT * FROM problem_stats_recompute())
     UNION ALL
     (SELECT * FROM problem_stats_recompute() WHERE open <> 0 OR in_progress <> 0 OR solved <> 0 OR confirmed <> 0 OR overdue <> 0
      EXCEPT SELECT region_code, open, in_progress, solved, confirmed, overdue FROM problem_stats)`,
  );
}
