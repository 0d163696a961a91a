import { permits, type Permission } from '../../src/modules/access/permissions.ts';
import type { Actor, Role } from '../../src/modules/auth/actor.ts';
import { canRead } from '../../src/modules/auth/policies.ts';
import type { Expect, Probe, Target } from './access-probes.ts';
import { GRANT_OF, type World } from './access-world.ts';

/**
 * What the feature modules of the access matrix (test/support/*-probes.ts) share: the rows each keeps for a
 * world, the role as the policies see it, and the probes with their expectations derived from the policies.
 */

export type Request = Probe['request'];
/** A feature's probes: operation (as openapi.json names it) → the probes for a world and role. */
export type Probes = Record<string, (w: World, role: Role) => Promise<Probe[]>>;
/** A policy of src/modules/auth/policies.ts: may this actor do it in that region? */
export type Policy = (actor: Actor, regionCode: string) => boolean;

/** The policy behind a permission of the access layer, for a feature whose rows answer to their own kind. */
export const may =
  (permission: Permission): Policy =>
  (actor, region) =>
    permits(actor, permission, region);

/**
 * The rows a feature adds to a world (its `addXWorld(app, world)` in the matrix's beforeAll), kept beside the
 * world rather than on it, so that World stays the registry's and each feature owns its own.
 */
export function worldSlot<T>(adder: string): { set(w: World, value: T): void; get(w: World): T } {
  const values = new WeakMap<World, T>();
  return {
    set: (w, value) => void values.set(w, value),
    get(w) {
      const found = values.get(w);
      if (found === undefined) throw new Error(`call ${adder}(app, world) in beforeAll`);
      return found;
    },
  };
}

/** The role with the region of its test user's one grant, as the server sees the user. */
export const actorOf = (role: Role): Actor => ({
  userId: null,
  username: role,
  source: 'api',
  grants: [{ role, regionCode: GRANT_OF[role] }],
  requestId: null,
});

/** A read in the region: answered to its readers; to anyone else the row does not exist. */
export const seen = (role: Role, region: string, reads: Policy = canRead): Expect =>
  reads(actorOf(role), region) ? 'ok' : 'hidden';

/** An act where the caller may know the row: done if the role may, refused otherwise. */
export const allowed = (role: Role, region: string, may: Policy): Expect =>
  may(actorOf(role), region) ? 'ok' : 'refused';

/** An act in the region: done if the role may, refused if it only reads there, hidden if it reads nothing. */
export const atHome = (role: Role, region: string, may: Policy, reads: Policy = canRead): Expect =>
  may(actorOf(role), region) ? 'ok' : seen(role, region, reads) === 'ok' ? 'refused' : 'hidden';

export const get = (url: string): Request => ({ method: 'GET', url });
export const send = (method: string, url: string, payload: object): Request => ({ method, url, payload });

export const probe = (target: Target, expect: Expect, request: Request, write = false): Probe => ({
  target,
  expect,
  request,
  write,
});
/** A request on the caller's own region. */
export const inside = (request: Request, expect: Expect = 'ok', write = false): Probe =>
  probe('inside', expect, request, write);
/** A request on county B: hidden from every caller. */
export const hidden = (request: Request, write = false): Probe => probe('outside', 'hidden', request, write);

/**
 * The usual pair: one request on a row of the caller's region, answered as `expect` says, and the same
 * request on county B's row, hidden.
 */
export function pair<T>(
  expect: Expect,
  request: (row: T) => Request,
  rows: { inside: T; outside: T },
  write = false,
): Probe[] {
  return [inside(request(rows.inside), expect, write), hidden(request(rows.outside), write)];
}
