import { notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { canManageOrganisation, canRead } from '../auth/policies.ts';
import { ancestorsOf } from '../regions/region-code.ts';
import { BRANCH_SELECT, type Branch } from './branches.ts';
import { CADRE_SELECT, presentCadre, type CadreRow } from './cadres.ts';
import { teamsOfVillage } from './teams.ts';

/**
 * The households that have a responsible cadre (one each): poor and monitored ones, by their latest year —
 * a registered status other than cancelled (01 未脱贫, 02 已脱贫, 03 返贫), or under monitoring. SQL over a
 * household alias `h`.
 */
export const POOR_OR_MONITORED = `EXISTS (SELECT 1 FROM (SELECT y.status, y.monitoring_state FROM household_years y
  WHERE y.household_id = h.id ORDER BY y.year DESC LIMIT 1) ly
  WHERE ly.status IN ('01', '02', '03') OR ly.monitoring_state = '1')`;

/** A village's organisation at a glance: its branches, teams, paired cadres and how many households are paired. */
export async function villageOrganisation(q: Queryable, actor: Actor, code: string) {
  if (!canRead(actor, code) && !canManageOrganisation(actor, code)) throw notFound('region', code);
  const path = await q.query<{ code: string; name: string; level: number }>(
    'SELECT code, name, level FROM regions WHERE code = ANY($1::text[])',
    [[code, ...ancestorsOf(code)]],
  );
  const village = path.find((r) => r.code === code);
  if (!village || village.level !== 5) throw notFound('region', code);
  const nameAt = (level: number) => path.find((r) => r.level === level)?.name ?? null;
  const branches = await q.query<Branch>(`${BRANCH_SELECT} WHERE b.village_code = $1 ORDER BY b.name`, [
    code,
  ]);
  const cadres = await q.query<CadreRow>(
    `SELECT ${CADRE_SELECT}
     WHERE EXISTS (SELECT 1 FROM pairings p JOIN households h ON h.id = p.household_id
                   WHERE p.cadre_id = c.id AND p.ended_at IS NULL AND h.region_code = $1)
     ORDER BY c.name, c.id`,
    [code],
  );
  const [counts] = await q.query<{ poorOrMonitored: number; paired: number }>(
    `SELECT count(*) FILTER (WHERE ${POOR_OR_MONITORED})::int AS "poorOrMonitored",
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pairings p WHERE p.household_id = h.id AND p.ended_at IS NULL))::int AS paired
     FROM households h WHERE h.region_code = $1`,
    [code],
  );
  return {
    village: { code, name: village.name, town: nameAt(4), county: nameAt(3) },
    branches,
    teams: await teamsOfVillage(q, actor, code),
    cadres: cadres.map((c) => presentCadre(actor, c)),
    households: counts ?? { poorOrMonitored: 0, paired: 0 },
  };
}
