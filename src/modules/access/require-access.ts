import { DomainError, notFound } from '../../app/errors.ts';
import type { Queryable } from '../../db/types.ts';
import type { Actor } from '../auth/actor.ts';
import { canConfigure, canRead, canWriteRegistry } from '../auth/policies.ts';
import { PAIRED_PERMISSIONS, permits, readPermissionOf, resourceOf, type Permission } from './permissions.ts';
import { isWithin } from '../regions/region-code.ts';
import * as repo from './repo.ts';
import type { Located } from './repo.ts';

/**
 * The one door of the access layer for commands (and reads that first need a row's region): may `actor` use
 * `permission` on every one of these rows? The rows are found by one batched, scoped query of their kind;
 * a row the actor may not read (absent, or outside every grant) answers 404 — the caller may not learn it
 * exists — and a readable row the permission does not cover answers 403. Returns each row's region, keyed
 * as given. `lock` (households, years, members, cases) holds the rows for the rest of the transaction.
 */
export type AccessKey = number | readonly [number, number];

export async function requireAccess(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  keys: readonly AccessKey[],
  options: { lock?: boolean } = {},
): Promise<Map<string, string>> {
  const found = await locate(q, actor, permission, keys, options.lock ?? false);
  const rows = new Map(found.map((row) => [row.key, row]));
  const regions = new Map<string, string>();
  for (const key of keys) {
    const name = keyName(key);
    const row = rows.get(name);
    // A job's creator may have lost the grant since; what the actor cannot read is not there for them.
    if (row === undefined || !allows(actor, readPermissionOf(permission), row))
      throw notFound(resourceOf(permission), name);
    if (!allows(actor, permission, row)) throw forbidden();
    regions.set(name, row.regionCode);
  }
  return regions;
}

/** The permission on one located row: by its region, or by the pairing that brought it (a paired cadre). */
function allows(actor: Actor, permission: Permission, row: Located): boolean {
  return (
    permits(actor, permission, row.regionCode) || (row.paired === true && PAIRED_PERMISSIONS.has(permission))
  );
}

/**
 * The rows of `keys` the actor may read, with their regions — for a bulk action that answers each row on its
 * own (a row missing is that row's 404) instead of refusing the whole set. The permission is still asked of
 * each row by the caller (`permits`).
 */
export async function findAccessible(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  keys: readonly AccessKey[],
  options: { lock?: boolean } = {},
): Promise<Map<string, string>> {
  const found = await locate(q, actor, permission, keys, options.lock ?? false);
  const regions = new Map<string, string>();
  const read = readPermissionOf(permission);
  for (const row of found) if (allows(actor, read, row)) regions.set(row.key, row.regionCode);
  return regions;
}

export const keyName = (key: AccessKey): string => (typeof key === 'number' ? String(key) : key.join('/'));

function locate(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  keys: readonly AccessKey[],
  lock: boolean,
) {
  const ids = () => keys.map((k) => (typeof k === 'number' ? k : k[0]));
  const pairs = () => keys.map((k): [number, number] => (typeof k === 'number' ? [k, 0] : [k[0], k[1]]));
  switch (resourceOf(permission)) {
    case 'household':
      return repo.households(q, actor, ids(), lock);
    case 'year':
      return repo.years(q, actor, pairs(), lock);
    case 'member':
      return repo.members(q, actor, ids(), lock);
    case 'evidence':
      return repo.evidence(q, actor, pairs());
    case 'job':
      return repo.jobs(q, actor, ids());
    case 'case':
      return repo.cases(q, actor, ids(), lock);
    case 'site':
      return repo.sites(q, actor, ids(), lock);
    case 'article':
      return repo.articles(q, actor, ids(), lock);
    case 'complaint':
      return repo.complaints(q, actor, ids(), lock);
    case 'unit':
      return repo.units(q, actor, ids(), lock);
    case 'cadre':
      return repo.cadres(q, actor, ids(), lock);
    case 'branch':
      return repo.branches(q, actor, ids(), lock);
    case 'team':
      return repo.teams(q, actor, ids(), lock);
    case 'pairing':
      return repo.pairings(q, actor, ids(), lock);
    case 'visit':
      return repo.visits(q, actor, ids(), lock);
    case 'problem':
      return repo.problems(q, actor, ids(), lock);
    case 'measure':
      return repo.measures(q, actor, ids(), lock);
    case 'project':
      return repo.projects(q, actor, ids(), lock);
  }
}

export function forbidden(): DomainError {
  return new DomainError('forbidden', 'FORBIDDEN', {
    zh: '您的角色无权修改该地区的数据',
    en: 'Your role may not change records in this region',
  });
}

/**
 * A region asked for by code (a list, statistics, an export, the village a household goes to): 404 when
 * the actor may not read it, 403 when `write` is asked and the actor's role there is read-only.
 */
export function requireRegion(actor: Actor, permission: 'region.read' | 'region.write', code: string): void {
  if (!canRead(actor, code)) throw notFound('region', code);
  if (permission === 'region.write' && !canWriteRegistry(actor, code)) throw forbidden();
}

/**
 * The region of a household list: readable like any region, or — for a paired cadre — a region their grant
 * lies in or covers (the list's own scope then keeps only their paired households). True when the list is
 * the paired cadre's.
 */
export function requireHouseholdRegion(actor: Actor, code: string): boolean {
  if (canRead(actor, code)) return false;
  const paired = actor.grants.some(
    (g) => g.role === 'paired_cadre' && (isWithin(code, g.regionCode) || isWithin(g.regionCode, code)),
  );
  if (!paired) throw notFound('region', code);
  return true;
}

/** For uploads that may touch any of the actor's regions: the first region the actor writes in, else 403. */
export function requireSomeWrite(actor: Actor): string {
  const region = actor.grants.find((g) => canWriteRegistry(actor, g.regionCode))?.regionCode;
  if (region === undefined) throw forbidden();
  return region;
}

/**
 * A change to a setting of the whole deployment (the working year; every logged-in user reads them): only a
 * grant that configures the whole country (policies.ts), so no county moves the year the others open on.
 */
export function requireSettingChange(actor: Actor): void {
  if (canConfigure(actor)) return;
  throw new DomainError('forbidden', 'FORBIDDEN', {
    zh: '只有全国范围的系统管理员可以修改部署设置（如工作年度）',
    en: 'Only a country-wide system administrator may change a deployment setting (such as the working year)',
  });
}
