import { isWithin, subtreeRange } from '../regions/region-code.ts';
import type { Actor, Role } from './actor.ts';

/** What each role may do. Authorization is this table plus the region of each grant. */
const CAPABILITIES: Record<Role, { writeRegistry: boolean; personalData: boolean; manageUsers: boolean }> = {
  system_admin: { writeRegistry: true, personalData: false, manageUsers: true },
  county_admin: { writeRegistry: true, personalData: true, manageUsers: true },
  town_official: { writeRegistry: true, personalData: false, manageUsers: false },
  village_cadre: { writeRegistry: true, personalData: true, manageUsers: false },
  inspector: { writeRegistry: false, personalData: false, manageUsers: false },
};

type Capability = keyof (typeof CAPABILITIES)[Role];

function holds(actor: Actor, regionCode: string, capability?: Capability): boolean {
  return actor.grants.some(
    (g) =>
      isWithin(regionCode, g.regionCode) && (capability === undefined || CAPABILITIES[g.role][capability]),
  );
}

export const canRead = (actor: Actor, regionCode: string) => holds(actor, regionCode);
export const canWriteRegistry = (actor: Actor, regionCode: string) =>
  holds(actor, regionCode, 'writeRegistry');
export const canSeePersonalData = (actor: Actor, regionCode: string) =>
  holds(actor, regionCode, 'personalData');
export const canManageUsers = (actor: Actor, regionCode: string) => holds(actor, regionCode, 'manageUsers');

/**
 * The SQL condition limiting `column` to the actor's subtrees, appending its parameters to `params`. Every
 * list and read goes through this, so scoping happens in the database, not after the fact.
 */
export function scopeCondition(actor: Actor, column: string, params: unknown[]): string {
  if (actor.grants.length === 0) return 'false';
  const parts = actor.grants.map((g) => {
    const [lo, hi] = subtreeRange(g.regionCode);
    params.push(lo, hi);
    return `${column} BETWEEN $${params.length - 1} AND $${params.length}`;
  });
  return `(${parts.join(' OR ')})`;
}
