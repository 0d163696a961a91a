import type { Actor } from '../auth/actor.ts';
import { capabilityScope, personalDataScope, registryScope, scopeCondition } from '../auth/policies.ts';

/**
 * The access layer's SQL: conditions a read carries in its own statement, so scoping costs no extra round
 * trip and a list is filtered in the database, never after the fact. Every module reads through these (or
 * through requireAccess); none builds a region condition of its own.
 */

/** `column` (a 12-digit region code) lies in one of the subtrees where the actor reads the registry. */
export const readScope = (actor: Actor, column: string, params: unknown[]): string =>
  scopeCondition(registryScope(actor), column, params);

/**
 * The facts of year `y` of household `h` are readable: by the village the household lived in that year. Use
 * it on a join of `household_years` (aliased `yearAlias`).
 */
export const yearScope = (actor: Actor, yearAlias: string, params: unknown[]): string =>
  readScope(actor, `${yearAlias}.region_code`, params);

/**
 * A history row (alias `c`, of change_history) of a household already found in scope is readable: a row of
 * a year answers to the village of that year; a row of the household or a member to the household.
 */
export function historyScope(actor: Actor, params: unknown[]): string {
  const ofYear = readScope(actor, 'hy.region_code', params);
  return `(c.year IS NULL OR EXISTS (SELECT 1 FROM household_years hy
                                   WHERE hy.household_id = c.household_id AND hy.year = c.year AND ${ofYear}))`;
}

/** `column` lies where the actor sees personal data unmasked (the same rule as canSeePersonalData). */
export const personalScope = (actor: Actor, column: string, params: unknown[]): string =>
  scopeCondition(personalDataScope(actor), column, params);

/**
 * `column` (a site's region) lies where the actor reads the portal's staff side — writes articles or manages
 * sites there (the same rule as `site.read` and `article.read` in permissions.ts).
 */
export function portalScope(actor: Actor, column: string, params: unknown[]): string {
  const writes = scopeCondition(capabilityScope(actor, 'writeArticles'), column, params);
  const manages = scopeCondition(capabilityScope(actor, 'manageSite'), column, params);
  return `(${writes} OR ${manages})`;
}

/** `column` (the region whose inbox holds a complaint) lies where the actor reads complaints (`complaint.read`). */
export const complaintScope = (actor: Actor, column: string, params: unknown[]): string =>
  scopeCondition(capabilityScope(actor, 'readComplaints'), column, params);

/**
 * `householdColumn` is a household the actor is paired with now: an open pairing of the cadre record that is
 * the actor's login, while the actor holds a paired cadre's grant (revoking the grant or ending the pairing ends
 * it). 'false' for everyone else, so adding it to a scope costs them nothing.
 */
export function pairedScope(actor: Actor, householdColumn: string, params: unknown[]): string {
  if (actor.userId === null || !actor.grants.some((g) => g.role === 'paired_cadre')) return 'false';
  params.push(actor.userId);
  return `EXISTS (SELECT 1 FROM pairings zp JOIN cadres zc ON zc.id = zp.cadre_id
                  WHERE zp.household_id = ${householdColumn} AND zp.ended_at IS NULL
                    AND zc.user_id = $${params.length} AND zc.active)`;
}

/**
 * A household row is readable: by its village now (the registry's readers) or by an open pairing (a paired
 * cadre). Give the household's id and region columns.
 */
export const householdScope = (
  actor: Actor,
  idColumn: string,
  regionColumn: string,
  params: unknown[],
): string => `(${readScope(actor, regionColumn, params)} OR ${pairedScope(actor, idColumn, params)})`;

/** A household's personal data shows unmasked: where the actor sees personal data, or on a paired household. */
export const householdPersonalScope = (
  actor: Actor,
  idColumn: string,
  regionColumn: string,
  params: unknown[],
): string => `(${personalScope(actor, regionColumn, params)} OR ${pairedScope(actor, idColumn, params)})`;

/** `column` lies where the actor keeps the organisation (units, cadres, branches, teams, pairings). */
export const organisationScope = (actor: Actor, column: string, params: unknown[]): string =>
  `(${readScope(actor, column, params)} OR ${scopeCondition(capabilityScope(actor, 'manageOrganisation'), column, params)})`;

/** The facts of a year (alias `yearAlias` of household_years) are readable: by that year's village, or paired. */
export const householdYearScope = (actor: Actor, yearAlias: string, params: unknown[]): string =>
  `(${yearScope(actor, yearAlias, params)} OR ${pairedScope(actor, `${yearAlias}.household_id`, params)})`;
