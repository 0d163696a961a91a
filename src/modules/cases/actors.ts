import type { Actor, Grant } from '../auth/actor.ts';
import { isWithin, levelOf } from '../regions/region-code.ts';
import type { ActingLevel, ActingRole } from './transitions.ts';

/**
 * The grant under which an actor takes a step: a grant of the step's role covering the case's region. A
 * province's decision (a county's exit) needs that role on the province or the whole country. Steps are
 * recorded with the grant used, so the timeline says in which capacity each person acted.
 */
export function actingGrant(
  actor: Actor,
  roles: readonly ActingRole[],
  level: ActingLevel | undefined,
  regionCode: string,
): Grant | undefined {
  return actor.grants.find(
    (g) =>
      (roles as readonly string[]).includes(g.role) &&
      isWithin(regionCode, g.regionCode) &&
      (level !== 'province' || levelOf(g.regionCode) <= 1),
  );
}
