import { DomainError } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';

// TODO(lead): replace with `cadreOfUser`/`teamOfCadreOn` of src/modules/organisation/cadres.ts (helper A)
// once merged; the signatures are the contract's.
export async function cadreOfUser(
  q: Queryable,
  userId: number,
): Promise<{ id: number; name: string; regionCode: string; unitId: number | null } | null> {
  const [row] = await q.query<{ id: number; name: string; regionCode: string; unitId: number | null }>(
    `SELECT id::int, name, region_code AS "regionCode", unit_id::int AS "unitId"
     FROM cadres WHERE user_id = $1 AND active`,
    [userId],
  );
  return row ?? null;
}

export async function teamOfCadreOn(
  q: Queryable,
  cadreId: number,
  day: string,
): Promise<{ teamId: number; villageCode: string } | null> {
  const [row] = await q.query<{ teamId: number; villageCode: string }>(
    `SELECT t.id::int AS "teamId", t.village_code AS "villageCode"
     FROM work_team_members m JOIN work_teams t ON t.id = m.team_id
     WHERE m.cadre_id = $1 AND m.from_date <= $2::date AND (m.to_date IS NULL OR m.to_date >= $2::date)
     ORDER BY m.from_date DESC LIMIT 1`,
    [cadreId, day],
  );
  return row ?? null;
}

/** The caller's own cadre record: check-ins, visits and "my households" are a cadre's (404 without one). */
export async function requireCadre(q: Queryable, actor: Actor) {
  const cadre = actor.userId === null ? null : await cadreOfUser(q, actor.userId);
  if (!cadre)
    throw new DomainError('not_found', 'NO_CADRE_RECORD', {
      zh: '您的账号没有对应的干部记录',
      en: 'Your login has no cadre record',
    });
  return cadre;
}
