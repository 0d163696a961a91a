import type { App } from '../../src/app/context.ts';
import { shellActor, type Role } from '../../src/modules/auth/actor.ts';
import { canDoCasework } from '../../src/modules/auth/policies.ts';
import { openProblems } from '../../src/modules/problems/open.ts';
import { A_VILLAGE, B_COUNTY, B_VILLAGE, OUTSIDE_HEAD, type World } from './access-world.ts';
import { atHome, get, hidden, inside, pair, seen, send, worldSlot, type Probes } from './probe-kit.ts';

/**
 * The problems' routes in the access matrix (test/access-matrix.test.ts): a problem of the inside household
 * and one of the outside household (county B) whose text is a marker of B. Wiring: `await addProblemWorld(app,
 * world)` after buildWorld and `...PROBLEM_PROBES` in PROBES (access-probes.ts).
 */
const problems = worldSlot<{ app: App; inside: number; outside: number }>('addProblemWorld');

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
  problems.set(w, { app, inside, outside });
}

// The world pairs nobody: a paired cadre reads no problem, like any role without the village.
const reads = (role: Role) => seen(role, A_VILLAGE);
const home = (role: Role) => atHome(role, A_VILLAGE, canDoCasework);

export const PROBLEM_PROBES: Probes = {
  'GET /api/v1/problems': async () => [
    inside(get('/api/v1/problems'), 'filtered'),
    inside(get('/api/v1/problems?inbox=true'), 'filtered'),
  ],
  'GET /api/v1/problems/board': async (_w, role) => [
    inside(get(`/api/v1/problems/board?region=${A_VILLAGE}`), reads(role)),
    hidden(get(`/api/v1/problems/board?region=${B_COUNTY}`)),
  ],
  'GET /api/v1/problems/{id}': async (w, role) =>
    pair(reads(role), (id) => get(`/api/v1/problems/${id}`), problems.get(w)),
  'POST /api/v1/problems': async (w, role) =>
    pair(
      home(role),
      (h) =>
        send('POST', '/api/v1/problems', { householdId: h.id, category: 'water', description: '探测登记' }),
      w,
      true,
    ),
  // Each role acts on a fresh problem (version 1): casework starts it, a reader is refused.
  'POST /api/v1/problems/{id}/actions': async (w, role) => {
    const pw = problems.get(w);
    const fresh = await problem(pw.app, w.inside.id, A_VILLAGE, '探测办理');
    const start = (id: number) =>
      send('POST', `/api/v1/problems/${id}/actions`, { action: 'start', version: 1, date: '2026-06-30' });
    return pair(home(role), start, { inside: fresh, outside: pw.outside }, true);
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
