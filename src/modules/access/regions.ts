import type { Actor } from '../auth/actor.ts';
import { holdsGrantOn, scopeCondition } from '../auth/policies.ts';
import { ancestorsOf, COUNTRY, isWithin } from '../regions/region-code.ts';

/**
 * Who may see which region. A region is readable when it lies within one of the actor's grants, or when it is
 * an ancestor of one: a village cadre needs the names of their town, county, city and province for the
 * breadcrumb, and the tree from a root down to their village. Nothing else is visible.
 */
export function canReadRegion(actor: Actor, code: string): boolean {
  return holdsGrantOn(actor, code) || actor.grants.some((g) => isWithin(g.regionCode, code));
}

/** The strict ancestors of the actor's grant regions that are not already within another grant. */
export function grantAncestors(actor: Actor): string[] {
  const codes = new Set<string>();
  for (const g of actor.grants) {
    for (const a of ancestorsOf(g.regionCode)) if (!holdsGrantOn(actor, a)) codes.add(a);
  }
  return [...codes].sort();
}

/**
 * The SQL condition "`column` is readable by the actor" (see canReadRegion), appending its parameters to
 * `params`: the subtrees of the grants as code ranges, plus the handful of ancestors by code.
 */
export function readableCondition(actor: Actor, column: string, params: unknown[]): string {
  const scope = scopeCondition(actor, column, params);
  const ancestors = grantAncestors(actor);
  if (ancestors.length === 0) return scope;
  const placeholders = ancestors.map((a) => {
    params.push(a);
    return `$${params.length}`;
  });
  return `(${scope} OR ${column} IN (${placeholders.join(', ')}))`;
}

/**
 * The roots of the actor's tree: the grant regions not inside another grant, in code order. A grant on the
 * whole country (which has no row of its own) is reported as COUNTRY.
 */
export function rootCodes(actor: Actor): string[] {
  const codes = [...new Set(actor.grants.map((g) => g.regionCode))];
  if (codes.includes(COUNTRY)) return [COUNTRY];
  return codes.filter((c) => !codes.some((other) => other !== c && isWithin(c, other))).sort();
}
