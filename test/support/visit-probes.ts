import type { App } from '../../src/app/context.ts';
import { recordAudit } from '../../src/modules/audit/audit.ts';
import { shellActor, type Actor, type Role } from '../../src/modules/auth/actor.ts';
import { canDoCasework, canRead } from '../../src/modules/auth/policies.ts';
import type { Probe } from './access-probes.ts';
import { A_VILLAGE, B_VILLAGE, GRANT_OF, OUTSIDE_HEAD, type World } from './access-world.ts';
import { CHECKS, TINY_PNG } from './visits.ts';

/**
 * The presence and visits routes in the access matrix (test/access-matrix.test.ts): a visit with a photo of
 * the inside household (county A) and one of the outside household (county B, its notes a marker of B), each
 * confirmed by a drawn signature. No
 * test user has a cadre record, so check-ins and "my households" answer 404 NO_CADRE_RECORD to every role.
 * Wiring: `await addVisitWorld(app, world)` after buildWorld and `...VISIT_PROBES` in PROBES.
 */
interface VisitWorld {
  inside: { id: number; photoId: number };
  outside: { id: number; photoId: number };
}

const worlds = new WeakMap<World, VisitWorld>();
let seq = 0;

async function visit(app: App, householdId: number, regionCode: string, notes: string) {
  return app.db.transaction(async (tx) => {
    const [v] = await tx.query<{ id: number }>(
      `INSERT INTO visits (client_id, household_id, region_code, at, lat, lng, accuracy, notes, checks, confirmation)
       VALUES ($1, $2, $3, '2026-06-29T09:00:00+08:00', 34.85, 118.05, 10, $4, $5::jsonb, $6::jsonb) RETURNING id::int`,
      [
        `probe-visit-${++seq}-${Date.now()}`,
        householdId,
        regionCode,
        notes,
        JSON.stringify(CHECKS),
        JSON.stringify({ kind: 'signature', sha256: 'probe', png: TINY_PNG }),
      ],
    );
    const [p] = await tx.query<{ id: number }>(
      `INSERT INTO visit_photos (visit_id, mime, bytes, sha256) VALUES ($1, 'image/png', $2, 'probe') RETURNING id::int`,
      [v!.id, Buffer.from(TINY_PNG, 'base64')],
    );
    await recordAudit(tx, shellActor('test'), {
      action: 'test.seed',
      entity: 'visit',
      entityId: v!.id,
      regionCode,
    });
    return { id: v!.id, photoId: p!.id };
  });
}

export async function addVisitWorld(app: App, w: World): Promise<void> {
  const inside = await visit(app, w.inside.id, A_VILLAGE, '探测走访');
  const outside = await visit(app, w.outside.id, B_VILLAGE, `走访${OUTSIDE_HEAD}`);
  worlds.set(w, { inside, outside });
}

function of(w: World): VisitWorld {
  const found = worlds.get(w);
  if (!found) throw new Error('call addVisitWorld(app, world) in beforeAll');
  return found;
}

const actorOf = (role: Role): Actor => ({
  userId: null,
  username: role,
  source: 'api',
  grants: [{ role, regionCode: GRANT_OF[role] }],
  requestId: null,
});
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
const post = (url: string, payload: object) => ({ method: 'POST', url, payload });
/** On a household: casework roles of its village do it; its readers are refused; anyone else finds nothing. */
const casework = (role: Role): Probe['expect'] =>
  canDoCasework(actorOf(role), A_VILLAGE) ? 'ok' : canRead(actorOf(role), A_VILLAGE) ? 'refused' : 'hidden';
const reads = (role: Role): Probe['expect'] => (canRead(actorOf(role), A_VILLAGE) ? 'ok' : 'hidden');

const visitBody = (householdId: number) => ({
  clientId: `probe-${++seq}-${Date.now()}`,
  householdId,
  at: '2026-06-30T09:00:00+08:00',
  position: { lat: 34.85, lng: 118.05, accuracy: 10 },
  checks: CHECKS,
});

function byVisit(suffix: (v: { photoId: number }) => string) {
  return async (w: World, role: Role) => {
    const vw = of(w);
    return [
      probe('inside', reads(role), get(`/api/v1/visits/${vw.inside.id}${suffix(vw.inside)}`)),
      probe('outside', 'hidden', get(`/api/v1/visits/${vw.outside.id}${suffix(vw.outside)}`)),
    ];
  };
}

export const VISIT_PROBES: Record<string, (w: World, role: Role) => Promise<Probe[]>> = {
  'GET /api/v1/checkins': async () => [probe('inside', 'filtered', get('/api/v1/checkins'))],
  'POST /api/v1/checkins': async () => [
    probe(
      'inside',
      'hidden',
      post('/api/v1/checkins', {
        clientId: `probe-checkin-${++seq}`,
        at: '2026-06-30T09:00:00+08:00',
        position: { lat: 34.85, lng: 118.05, accuracy: 10 },
        villageCode: A_VILLAGE,
      }),
      true,
    ),
  ],
  'GET /api/v1/attendance': async () => [probe('inside', 'filtered', get('/api/v1/attendance?year=2026'))],
  'POST /api/v1/visits': async (w, role) => [
    probe('inside', casework(role), post('/api/v1/visits', visitBody(w.inside.id)), true),
    probe('outside', 'hidden', post('/api/v1/visits', visitBody(w.outside.id)), true),
  ],
  'POST /api/v1/visits/confirmation-codes': async (w, role) => [
    probe(
      'inside',
      casework(role),
      post('/api/v1/visits/confirmation-codes', { householdId: w.inside.id }),
      true,
    ),
    probe(
      'outside',
      'hidden',
      post('/api/v1/visits/confirmation-codes', { householdId: w.outside.id }),
      true,
    ),
  ],
  'GET /api/v1/visits': async () => [probe('inside', 'filtered', get('/api/v1/visits'))],
  'GET /api/v1/visits/{id}': byVisit(() => ''),
  'GET /api/v1/visits/{id}/photos/{photoId}': byVisit((v) => `/photos/${v.photoId}`),
  'GET /api/v1/visits/{id}/signature': byVisit(() => '/signature'),
  'GET /api/v1/my/households': async () => [probe('inside', 'hidden', get('/api/v1/my/households'))],
};

/** The masking test's reads of the visits' GET routes (a visit of the seeded household). */
export function visitReads(v: { id: number; photoId: number }): { route: string; url: string }[] {
  return [
    { route: '/api/v1/checkins', url: '/api/v1/checkins' },
    { route: '/api/v1/attendance', url: '/api/v1/attendance?year=2026' },
    { route: '/api/v1/visits', url: '/api/v1/visits' },
    { route: '/api/v1/visits/{id}', url: `/api/v1/visits/${v.id}` },
    { route: '/api/v1/visits/{id}/photos/{photoId}', url: `/api/v1/visits/${v.id}/photos/${v.photoId}` },
    { route: '/api/v1/visits/{id}/signature', url: `/api/v1/visits/${v.id}/signature` },
    { route: '/api/v1/my/households', url: '/api/v1/my/households' },
  ];
}

export { visit as seedProbeVisit };
