import type { App } from '../../src/app/context.ts';
import { shellActor, type Role } from '../../src/modules/auth/actor.ts';
import { canManageProjects } from '../../src/modules/auth/policies.ts';
import { createSite } from '../../src/modules/portal/sites/commands.ts';
import { createProject, setBeneficiaries } from '../../src/modules/projects/commands.ts';
import { A_COUNTY, A_VILLAGE, B_COUNTY, B_VILLAGE, type World } from './access-world.ts';
import {
  atHome,
  get,
  hidden,
  inside,
  pair,
  seen,
  send,
  worldSlot,
  type Probes,
  type Request,
} from './probe-kit.ts';
import { TEST_NOW } from './server.ts';

/**
 * The projects' routes in the access matrix: a project kept by county A in the test village (with a portal
 * site of A for its disclosure) and one kept by county B. Wiring: `await addProjectWorld(app, world)` after
 * buildWorld and `...PROJECT_PROBES` in PROBES (access-probes.ts).
 */
const projects = worldSlot<{ app: App; inside: number; outside: number }>('addProjectWorld');
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
  projects.set(w, {
    app,
    inside: await projectIn(app, A_COUNTY, A_VILLAGE),
    outside: await projectIn(app, B_COUNTY, B_VILLAGE),
  });
}

/** A project of county A: read by the county's readers, kept by those who manage projects there. */
const keeps = (role: Role) => atHome(role, A_COUNTY, canManageProjects);

/** A write on a fresh project of A (version 1) and on B's project. */
function onFresh(request: (id: number, w: World, role: Role) => Request) {
  return async (w: World, role: Role) => {
    const pw = projects.get(w);
    const fresh = await projectIn(pw.app, A_COUNTY, A_VILLAGE);
    return pair(
      keeps(role),
      (id: number) => request(id, w, role),
      { inside: fresh, outside: pw.outside },
      true,
    );
  };
}

export const PROJECT_PROBES: Probes = {
  'GET /api/v1/projects': async (_w, role) => [
    inside(get(`/api/v1/projects?region=${A_VILLAGE}`), seen(role, A_VILLAGE)),
    hidden(get(`/api/v1/projects?region=${B_COUNTY}`)),
  ],
  'POST /api/v1/projects': async (_w, role) => [
    inside(send('POST', '/api/v1/projects', body(A_COUNTY, A_VILLAGE)), keeps(role), true),
    hidden(send('POST', '/api/v1/projects', body(B_COUNTY, B_VILLAGE)), true),
  ],
  'GET /api/v1/projects/{id}': async (w, role) =>
    pair(seen(role, A_COUNTY), (id) => get(`/api/v1/projects/${id}`), projects.get(w)),
  'PATCH /api/v1/projects/{id}': onFresh((id) =>
    send('PATCH', `/api/v1/projects/${id}`, { version: 1, state: 'in_progress' }),
  ),
  'PUT /api/v1/projects/{id}/beneficiaries': onFresh((id, w) =>
    send('PUT', `/api/v1/projects/${id}/beneficiaries`, {
      householdIds: id === projects.get(w).outside ? [] : [w.inside.id],
    }),
  ),
  'POST /api/v1/projects/{id}/disbursements': onFresh((id, _w, role) =>
    send('POST', `/api/v1/projects/${id}/disbursements`, {
      paidOn: '2026-06-01',
      amount: 1,
      source: 'central',
      voucherNo: `V-${role}`,
    }),
  ),
  'POST /api/v1/projects/{id}/disclosure': onFresh((id) =>
    send('POST', `/api/v1/projects/${id}/disclosure`, {}),
  ),
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
