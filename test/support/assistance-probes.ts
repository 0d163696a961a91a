import type { App } from '../../src/app/context.ts';
import { shellActor, type Role } from '../../src/modules/auth/actor.ts';
import { canDoCasework } from '../../src/modules/auth/policies.ts';
import { createMeasure } from '../../src/modules/assistance/commands.ts';
import { A_COUNTY, A_VILLAGE, B_COUNTY, type World } from './access-world.ts';
import { atHome, get, hidden, inside, pair, seen, send, worldSlot, type Probes } from './probe-kit.ts';
import { TEST_NOW } from './server.ts';

/**
 * The assistance measures' routes in the access matrix (test/access-matrix.test.ts): a measure on the inside
 * household of county A and one on the outside household of B. Wiring: `await addAssistanceWorld(app, world)`
 * after buildWorld and `...ASSISTANCE_PROBES` in PROBES (access-probes.ts).
 */
const measures = worldSlot<{ app: App; inside: number; outside: number }>('addAssistanceWorld');
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
  measures.set(w, {
    app,
    inside: await measureOn(app, w.inside.id),
    outside: await measureOn(app, w.outside.id),
  });
}

/** A casework write inside: done where the role does casework, refused where it only reads, else hidden. */
const works = (role: Role) => atHome(role, A_VILLAGE, canDoCasework);

export const ASSISTANCE_PROBES: Probes = {
  'GET /api/v1/assistance': async (w, role) => [
    inside(get(`/api/v1/assistance?householdId=${w.inside.id}`), seen(role, A_VILLAGE)),
    inside(get(`/api/v1/assistance?region=${A_VILLAGE}`), 'filtered'),
    hidden(get(`/api/v1/assistance?householdId=${w.outside.id}`)),
    hidden(get(`/api/v1/assistance?region=${B_COUNTY}`)),
  ],
  'POST /api/v1/assistance': async (w, role) =>
    pair(works(role), (h) => send('POST', '/api/v1/assistance', body(h.id)), w, true),
  // Each role changes a fresh measure (version 1).
  'PATCH /api/v1/assistance/{id}': async (w, role) => {
    const aw = measures.get(w);
    const fresh = await measureOn(aw.app, w.inside.id);
    const patch = (id: number) => send('PATCH', `/api/v1/assistance/${id}`, { version: 1, amount: 100 });
    return pair(works(role), patch, { inside: fresh, outside: aw.outside }, true);
  },
  'GET /api/v1/assistance/late': async () => [
    inside(get(`/api/v1/assistance/late?region=${A_COUNTY}`), 'filtered'),
    hidden(get(`/api/v1/assistance/late?region=${B_COUNTY}`)),
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
