import type { App } from '../../src/app/context.ts';
import { recordAudit } from '../../src/modules/audit/audit.ts';
import { shellActor, type Role } from '../../src/modules/auth/actor.ts';
import { canDoCasework } from '../../src/modules/auth/policies.ts';
import { A_VILLAGE, B_VILLAGE, OUTSIDE_HEAD, type World } from './access-world.ts';
import { atHome, get, inside, pair, seen, send, worldSlot, type Probes } from './probe-kit.ts';
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

const visits = worldSlot<VisitWorld>('addVisitWorld');
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
  visits.set(w, { inside, outside });
}

/** On a household: casework roles of its village do it; its readers are refused; anyone else finds nothing. */
const casework = (role: Role) => atHome(role, A_VILLAGE, canDoCasework);

const visitBody = (householdId: number) => ({
  clientId: `probe-${++seq}-${Date.now()}`,
  householdId,
  at: '2026-06-30T09:00:00+08:00',
  position: { lat: 34.85, lng: 118.05, accuracy: 10 },
  checks: CHECKS,
});

function byVisit(suffix: (v: { photoId: number }) => string) {
  return async (w: World, role: Role) =>
    pair(seen(role, A_VILLAGE), (v) => get(`/api/v1/visits/${v.id}${suffix(v)}`), visits.get(w));
}

export const VISIT_PROBES: Probes = {
  'GET /api/v1/checkins': async () => [inside(get('/api/v1/checkins'), 'filtered')],
  'POST /api/v1/checkins': async () => [
    inside(
      send('POST', '/api/v1/checkins', {
        clientId: `probe-checkin-${++seq}`,
        at: '2026-06-30T09:00:00+08:00',
        position: { lat: 34.85, lng: 118.05, accuracy: 10 },
        villageCode: A_VILLAGE,
      }),
      'hidden',
      true,
    ),
  ],
  'GET /api/v1/attendance': async () => [inside(get('/api/v1/attendance?year=2026'), 'filtered')],
  'POST /api/v1/visits': async (w, role) =>
    pair(casework(role), (h) => send('POST', '/api/v1/visits', visitBody(h.id)), w, true),
  'POST /api/v1/visits/confirmation-codes': async (w, role) =>
    pair(
      casework(role),
      (h) => send('POST', '/api/v1/visits/confirmation-codes', { householdId: h.id }),
      w,
      true,
    ),
  'GET /api/v1/visits': async () => [inside(get('/api/v1/visits'), 'filtered')],
  'GET /api/v1/visits/{id}': byVisit(() => ''),
  'GET /api/v1/visits/{id}/photos/{photoId}': byVisit((v) => `/photos/${v.photoId}`),
  'GET /api/v1/visits/{id}/signature': byVisit(() => '/signature'),
  'GET /api/v1/my/households': async () => [inside(get('/api/v1/my/households'), 'hidden')],
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
