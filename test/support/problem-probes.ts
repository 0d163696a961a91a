import type { App } from '../../src/app/context.ts';
import { shellActor, type Actor, type Role } from '../../src/modules/auth/actor.ts';
import { canDoCasework, canRead } from '../../src/modules/auth/policies.ts';
import { openProblems } from '../../src/modules/problems/open.ts';
import type { Probe } from './access-probes.ts';
import { A_VILLAGE, B_COUNTY, B_VILLAGE, GRANT_OF, OUTSIDE_HEAD, type World } from './access-world.ts';

/**
 * The problems' routes in the access matrix (test/access-matrix.test.ts): a problem of the inside household
 * and one of the outside household (county B) whose text is a marker of B. Wiring: `await addProblemWorld(app,
 * world)` after buildWorld and `...PROBLEM_PROBES` in PROBES (access-probes.ts).
 */
interface ProblemWorld {
  app: App;
  inside: number;
  outside: number;
}

const worlds = new WeakMap<World, ProblemWorld>();

async function problem(
  app: App,
  householdId: number,
  regionCode: string,
  description: string,
): Promise<number> {
  const item = {
    householdId,
    regionCode,
    category: 'medical' as const,
    description,
    source: 'manual' as const,
  };
  const [id] = await app.db.transaction((tx) => openProblems(tx, shellActor('probe'), [item], '2026-06-30'));
  return id!;
}

export async function addProblemWorld(app: App, w: World): Promise<void> {
  const inside = await problem(app, w.inside.id, A_VILLAGE, '探测问题');
  const outside = await problem(app, w.outside.id, B_VILLAGE, `反映${OUTSIDE_HEAD}`);
  worlds.set(w, { app, inside, outside });
}

function of(w: World): ProblemWorld {
  const found = worlds.get(w);
  if (!found) throw new Error('call addProblemWorld(app, world) in beforeAll');
  return found;
}

const actorOf = (role: Role): Actor => ({
  userId: null,
  username: role,
  source: 'api',
  grants: [{ role, regionCode: GRANT_OF[role] }],
  requestId: null,
});
// The world pairs nobody: a paired cadre reads no problem, like any role without the village.
const reads = (role: Role) => canRead(actorOf(role), A_VILLAGE);
const works = (role: Role) => canDoCasework(actorOf(role), A_VILLAGE);
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
const home = (role: Role): Probe['expect'] => (works(role) ? 'ok' : reads(role) ? 'refused' : 'hidden');

export const PROBLEM_PROBES: Record<string, (w: World, role: Role) => Promise<Probe[]>> = {
  'GET /api/v1/problems': async () => [
    probe('inside', 'filtered', get('/api/v1/problems')),
    probe('inside', 'filtered', get('/api/v1/problems?inbox=true')),
  ],
  'GET /api/v1/problems/board': async (_w, role) => [
    probe('inside', reads(role) ? 'ok' : 'hidden', get(`/api/v1/problems/board?region=${A_VILLAGE}`)),
    probe('outside', 'hidden', get(`/api/v1/problems/board?region=${B_COUNTY}`)),
  ],
  'GET /api/v1/problems/{id}': async (w, role) => [
    probe('inside', reads(role) ? 'ok' : 'hidden', get(`/api/v1/problems/${of(w).inside}`)),
    probe('outside', 'hidden', get(`/api/v1/problems/${of(w).outside}`)),
  ],
  'POST /api/v1/problems': async (w, role) => {
    const create = (householdId: number) => ({
      method: 'POST',
      url: '/api/v1/problems',
      payload: { householdId, category: 'water', description: '探测登记' },
    });
    return [
      probe('inside', home(role), create(w.inside.id), true),
      probe('outside', 'hidden', create(w.outside.id), true),
    ];
  },
  // Each role acts on a fresh problem (version 1): casework starts it, a reader is refused.
  'POST /api/v1/problems/{id}/actions': async (w, role) => {
    const pw = of(w);
    const fresh = await problem(pw.app, w.inside.id, A_VILLAGE, '探测办理');
    const start = (id: number) => ({
      method: 'POST',
      url: `/api/v1/problems/${id}/actions`,
      payload: { action: 'start', version: 1, date: '2026-06-30' },
    });
    return [
      probe('inside', home(role), start(fresh), true),
      probe('outside', 'hidden', start(pw.outside), true),
    ];
  },
};

/** The masking test's reads of the problems' GET routes (a problem of the seeded household). */
export async function seedMaskingProblem(
  app: App,
  householdId: number,
  village: string,
  secrets: { idNumber: string },
) {
  return problem(app, householdId, village, `户主身份证 ${secrets.idNumber} 未办理医保`);
}

export function problemReads(id: number, village: string): { route: string; url: string }[] {
  return [
    { route: '/api/v1/problems', url: `/api/v1/problems?region=${village}` },
    { route: '/api/v1/problems/board', url: `/api/v1/problems/board?region=${village}` },
    { route: '/api/v1/problems/{id}', url: `/api/v1/problems/${id}` },
  ];
}
