import type { App } from '../../src/app/context.ts';
import { shellActor, type Actor, type Role } from '../../src/modules/auth/actor.ts';
import { canManageProjects, canRead } from '../../src/modules/auth/policies.ts';
import { createSite } from '../../src/modules/portal/sites/commands.ts';
import { createProject, setBeneficiaries } from '../../src/modules/projects/commands.ts';
import type { Probe } from './access-probes.ts';
import { A_COUNTY, A_VILLAGE, B_COUNTY, B_VILLAGE, GRANT_OF, type World } from './access-world.ts';
import { TEST_NOW } from './server.ts';

/**
 * The projects' routes in the access matrix: a project kept by county A in the test village (with a portal
 * site of A for its disclosure) and one kept by county B. Wiring: `await addProjectWorld(app, world)` after
 * buildWorld and `...PROJECT_PROBES` in PROBES (access-probes.ts).
 */
interface ProjectWorld {
  app: App;
  inside: number;
  outside: number;
}

const worlds = new WeakMap<World, ProjectWorld>();
const shell = shellActor('test');

const body = (regionCode: string, village: string) => ({
  regionCode,
  name: '探测项目',
  type: 'industry' as const,
  villageCodes: [village],
  contentScale: '探测',
  funds: { central: 1_000_000 },
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  responsibleUnit: '探测单位',
});

const projectIn = (app: App, regionCode: string, village: string) =>
  app.db.transaction(async (tx) => (await createProject(tx, shell, body(regionCode, village), TEST_NOW)).id);

export async function addProjectWorld(app: App, w: World): Promise<void> {
  const [site] = await app.db.query(`SELECT 1 FROM portal_sites WHERE region_code = $1`, [A_COUNTY]);
  if (!site)
    await app.db.transaction((tx) => createSite(tx, shell, { regionCode: A_COUNTY, name: '探测门户' }));
  worlds.set(w, {
    app,
    inside: await projectIn(app, A_COUNTY, A_VILLAGE),
    outside: await projectIn(app, B_COUNTY, B_VILLAGE),
  });
}

function of(w: World): ProjectWorld {
  const found = worlds.get(w);
  if (!found) throw new Error('call addProjectWorld(app, world) in beforeAll');
  return found;
}

const actorOf = (role: Role): Actor => ({
  userId: null,
  username: role,
  source: 'api',
  grants: [{ role, regionCode: GRANT_OF[role] }],
  requestId: null,
});
/** A project of county A: read by the county's readers, kept by those who manage projects there. */
const reads = (role: Role) => canRead(actorOf(role), A_COUNTY);
const keeps = (role: Role): Probe['expect'] =>
  canManageProjects(actorOf(role), A_COUNTY) ? 'ok' : reads(role) ? 'refused' : 'hidden';
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

/** A write on a fresh project of A (version 1) and on B's project. */
function onFresh(request: (id: number, w: World, role: Role) => Probe['request']) {
  return async (w: World, role: Role) => {
    const pw = of(w);
    const fresh = await projectIn(pw.app, A_COUNTY, A_VILLAGE);
    return [
      probe('inside', keeps(role), request(fresh, w, role), true),
      probe('outside', 'hidden', request(pw.outside, w, role), true),
    ];
  };
}

export const PROJECT_PROBES: Record<string, (w: World, role: Role) => Promise<Probe[]>> = {
  'GET /api/v1/projects': async (_w, role) => [
    probe(
      'inside',
      canRead(actorOf(role), A_VILLAGE) ? 'ok' : 'hidden',
      get(`/api/v1/projects?region=${A_VILLAGE}`),
    ),
    probe('outside', 'hidden', get(`/api/v1/projects?region=${B_COUNTY}`)),
  ],
  'POST /api/v1/projects': async (_w, role) => [
    probe(
      'inside',
      keeps(role),
      { method: 'POST', url: '/api/v1/projects', payload: body(A_COUNTY, A_VILLAGE) },
      true,
    ),
    probe(
      'outside',
      'hidden',
      { method: 'POST', url: '/api/v1/projects', payload: body(B_COUNTY, B_VILLAGE) },
      true,
    ),
  ],
  'GET /api/v1/projects/{id}': async (w, role) => [
    probe('inside', reads(role) ? 'ok' : 'hidden', get(`/api/v1/projects/${of(w).inside}`)),
    probe('outside', 'hidden', get(`/api/v1/projects/${of(w).outside}`)),
  ],
  'PATCH /api/v1/projects/{id}': onFresh((id) => ({
    method: 'PATCH',
    url: `/api/v1/projects/${id}`,
    payload: { version: 1, state: 'in_progress' },
  })),
  'PUT /api/v1/projects/{id}/beneficiaries': onFresh((id, w) => ({
    method: 'PUT',
    url: `/api/v1/projects/${id}/beneficiaries`,
    payload: { householdIds: id === of(w).outside ? [] : [w.inside.id] },
  })),
  'POST /api/v1/projects/{id}/disbursements': onFresh((id, _w, role) => ({
    method: 'POST',
    url: `/api/v1/projects/${id}/disbursements`,
    payload: { paidOn: '2026-06-01', amount: 1, source: 'central', voucherNo: `V-${role}` },
  })),
  'POST /api/v1/projects/{id}/disclosure': onFresh((id) => ({
    method: 'POST',
    url: `/api/v1/projects/${id}/disclosure`,
    payload: {},
  })),
};

/** The masking test's reads of the projects' GET routes. */
export function projectReads(projectId: number, region: string): { route: string; url: string }[] {
  return [
    { route: '/api/v1/projects', url: `/api/v1/projects?region=${region}` },
    { route: '/api/v1/projects/{id}', url: `/api/v1/projects/${projectId}` },
  ];
}

/** For the masking test: a project of the county in the seeded village, the seeded household benefiting. */
export async function seedMaskingProject(app: App, county: string, village: string, householdId: number) {
  return app.db.transaction(async (tx) => {
    const { id } = await createProject(tx, shell, body(county, village), TEST_NOW);
    await setBeneficiaries(tx, shell, id, { householdIds: [householdId] }, TEST_NOW);
    return id;
  });
}
