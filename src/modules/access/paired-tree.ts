import type { Queryable } from '../../db/types.ts';
import type { Actor, Grant } from '../auth/actor.ts';
import { isWithin } from '../regions/region-code.ts';
import { pairedScope } from './scope.ts';

/**
 * The actor whose grants shape the region tree (access/regions.ts). A paired cadre's grant only bounds where
 * their pairings count (policies.ts): the tree it opens is not the grant's whole county but the villages of
 * their households paired now, within that grant — towns and county showing as the path to them. So each
 * paired grant stands for those villages here; the actor's other grants stay as they are. Read in SQL through
 * pairedScope (an ended pairing or an inactive cadre record gives nothing); no query for an actor without a
 * paired grant.
 */
export async function treeActor(db: Queryable, actor: Actor): Promise<Actor> {
  const paired = actor.grants.filter((g) => g.role === 'paired_cadre');
  if (paired.length === 0) return actor;
  const params: unknown[] = [];
  const rows = await db.query<{ code: string }>(
    `SELECT DISTINCT h.region_code AS code FROM households h
     WHERE ${pairedScope(actor, 'h.id', params)} ORDER BY 1`,
    params,
  );
  const villages = rows
    .map((r) => r.code)
    .filter((code) => paired.some((g) => isWithin(code, g.regionCode)))
    .map((code): Grant => ({ role: 'paired_cadre', regionCode: code }));
  return { ...actor, grants: [...actor.grants.filter((g) => g.role !== 'paired_cadre'), ...villages] };
}
