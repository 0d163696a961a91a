/**
 * The pure rules of the users page: a user's state, the grants after a grant or a revoke, the roles one may
 * offer, and the list's page in the URL. The server decides every request; these only avoid offering what it
 * would refuse.
 */
import { isWithin } from '../../region/code.ts';
import type { GrantInput, ManagedUser, UserListQuery } from './api.ts';

export type UserState = 'active' | 'locked' | 'disabled';

/** Disabled outranks locked: a disabled user cannot log in whatever the lock says. */
export function userState(user: Pick<ManagedUser, 'active' | 'locked'>): UserState {
  if (!user.active) return 'disabled';
  return user.locked ? 'locked' : 'active';
}

const sameGrant = (a: GrantInput, b: GrantInput) => a.role === b.role && a.regionCode === b.regionCode;
const bare = (g: GrantInput): GrantInput => ({ role: g.role, regionCode: g.regionCode });

/** The grants after adding one (PATCH replaces them all); a grant already held changes nothing. */
export function withGrant(grants: readonly GrantInput[], added: GrantInput): GrantInput[] {
  const kept = grants.map(bare);
  return kept.some((g) => sameGrant(g, added)) ? kept : [...kept, bare(added)];
}

export function withoutGrant(grants: readonly GrantInput[], removed: GrantInput): GrantInput[] {
  return grants.filter((g) => !sameGrant(g, removed)).map(bare);
}

export const ROLE_ORDER: readonly GrantInput['role'][] = [
  'village_cadre',
  'first_secretary',
  'work_team',
  'paired_cadre',
  'town_official',
  'county_admin',
  'inspector',
  'contributor',
  'editor',
  'system_admin',
];

/** Making a system administrator takes being one (auth/policies.ts, canGrant); the other roles are open. */
export function offeredRoles(own: readonly { role: string }[]): GrantInput['role'][] {
  const admin = own.some((g) => g.role === 'system_admin');
  return ROLE_ORDER.filter((role) => role !== 'system_admin' || admin);
}

/** Whether a grant on `code` lies where the caller manages users (capabilities.userRegions). */
export function mayGrantOn(userRegions: readonly string[], code: string): boolean {
  return userRegions.some((region) => isWithin(code, region));
}

export const PAGE_SIZE = 20;

export interface ListParams {
  q: string;
  page: number;
}

/** The search and page from the URL (`?q=wang&page=3`); anything malformed is the first page. */
export function readListParams(search: URLSearchParams): ListParams {
  const page = Number(search.get('page'));
  return {
    q: (search.get('q') ?? '').slice(0, 64),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function listQuery(within: string, params: ListParams): UserListQuery {
  const q = params.q.trim();
  return {
    within,
    ...(q ? { q } : {}),
    limit: PAGE_SIZE,
    offset: (params.page - 1) * PAGE_SIZE,
  };
}
