import type { App } from '../../src/app/context.ts';
import { shellActor, type Actor, type Role } from '../../src/modules/auth/actor.ts';
import { canDoCasework, canRead } from '../../src/modules/auth/policies.ts';
import { createMeasure } from '../../src/modules/assistance/commands.ts';
import type { Probe } from './access-probes.ts';
import { A_COUNTY, A_VILLAGE, B_COUNTY, GRANT_OF, type World } from './access-world.ts';
import { TEST_NOW } from './server.ts';

/**
 * The assistance measures' routes in the access matrix (test/access-matrix.test.ts): a measure on the inside
 * household of county A and one on the outside household of B. Wiring: `await addAssistanceWorld(app, world)`
 * after buildWorld and `...ASSISTANCE_PROBES` in PROBES (access-probes.ts).
 */
interface AssistanceWorld {
  app: App;
  inside: number;
  outside: number;
}

const worlds = new WeakMap<World, AssistanceWorld>();
const shell = shellActor('test');

const body = (householdId: number) => ({
  householdId,
  year: 2026,
  category: 'industry' as const,
  description: '探测措施',
  startOn: '2026-06-01',
});

const measureOn = (app: App, householdId: number) =>
  app.db.transaction(async (tx) => (await createMeasure(tx, shell, body(householdId), TEST_NOW)).id);

export async function addAssistanceWorld(app: App, w: World): Promise<void> {
  worlds.set(w, {
    app,
    inside: await measureOn(app, w.inside.id),
    outside: await measureOn(app, w.outside.id),
  });
}

function of(w: World): AssistanceWorld {
  const found = worlds.get(w);
  if (!found) throw new Error('call addAssistanceWorld(app, world) in beforeAll');
  return found;
}

/** The role with the region of its test user's grant (a village's roles do not read the county). */
const actorOf = (role: Role): Actor => ({
  userId: null,
  username: role,
  source: 'api',
  grants: [{ role, regionCode: GRANT_OF[role] }],
  requestId: null,
});
const reads = (role: Role) => canRead(actorOf(role), A_VILLAGE);
/** A casework write inside: done where the role does casework, refused where it only reads, else hidden. */
const works = (role: Role): Probe['expect'] =>
  canDoCasework(actorOf(role), A_VILLAGE) ? 'ok' : reads(role) ? 'refused' : 'hidden';
const probe = (
  target: Probe['target'],
  expect: Probe['expect'],
  request: Probe['request'],
  write = false,
) => ({
  target,
  expect,
  request,
  write,
});
const get = (url: string) => ({ method: 'GET', url });

export const ASSISTANCE_PROBES: Record<string, (w: World, role: Role) => Promise<Probe[]>> = {
  'GET /api/v1/assistance': async (w, role) => [
    probe('inside', reads(role) ? 'ok' : 'hidden', get(`/api/v1/assistance?householdId=${w.inside.id}`)),
    probe('inside', 'filtered', get(`/api/v1/assistance?region=${A_VILLAGE}`)),
    probe('outside', 'hidden', get(`/api/v1/assistance?householdId=${w.outside.id}`)),
    probe('outside', 'hidden', get(`/api/v1/assistance?region=${B_COUNTY}`)),
  ],
  'POST /api/v1/assistance': async (w, role) => [
    probe(
      'inside',
      works(role),
      { method: 'POST', url: '/api/v1/assistance', payload: body(w.inside.id) },
      true,
    ),
    probe(
      'outside',
      'hidden',
      { method: 'POST', url: '/api/v1/assistance', payload: body(w.outside.id) },
      true,
    ),
  ],
  // Each role changes a fresh measure (version 1).
  'PATCH /api/v1/assistance/{id}': async (w, role) => {
    const aw = of(w);
    const fresh = await measureOn(aw.app, w.inside.id);
    const patch = (id: number) => ({
      method: 'PATCH',
      url: `/api/v1/assistance/${id}`,
      payload: { version: 1, amount: 100 },
    });
    return [
      probe('inside', works(role), patch(fresh), true),
      probe('outside', 'hidden', patch(aw.outside), true),
    ];
  },
  'GET /api/v1/assistance/late': async () => [
    probe('inside', 'filtered', get(`/api/v1/assistance/late?region=${A_COUNTY}`)),
    probe('outside', 'hidden', get(`/api/v1/assistance/late?region=${B_COUNTY}`)),
  ],
};

/** The masking test's reads of the assistance routes, on a household of the seeded village. */
export function assistanceReads(householdId: number, village: string): { route: string; url: string }[] {
  return [
    { route: '/api/v1/assistance', url: `/api/v1/assistance?householdId=${householdId}` },
    { route: '/api/v1/assistance/late', url: `/api/v1/assistance/late?region=${village}` },
  ];
}

/** For the masking test: a measure on the seeded household whose description names its head's ID number. */
export async function seedMaskingMeasure(app: App, householdId: number, idNumber: string) {
  return app.db.transaction(async (tx) => {
    const measure = await createMeasure(
      tx,
      shell,
      { ...body(householdId), description: `户主 ${idNumber} 发放鸡苗` },
      TEST_NOW,
    );
    return measure.id;
  });
}
