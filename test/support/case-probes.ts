import type { App } from '../../src/app/context.ts';
import type { Role } from '../../src/modules/auth/actor.ts';
import { canWriteRegistry } from '../../src/modules/auth/policies.ts';
import { saveCaseEvidence } from '../../src/modules/cases/evidence.ts';
import type { Probe } from './access-probes.ts';
import { A_COUNTY, A_VILLAGE, B_COUNTY, B_VILLAGE, OUTSIDE_HEAD, type World } from './access-world.ts';
import { inputsFor } from './cases.ts';
import { multipartFile } from './multipart.ts';
import { householdCase, shell } from './notice-fixtures.ts';

/**
 * The cases' routes in the access matrix (test/access-matrix.test.ts): a case of county A (fresh for each
 * write, so one role's step does not move another's) and one of county B whose household's head is a marker
 * of B. Only the village cadre opens a household's case and takes its first step; every role that writes
 * may attach evidence; nothing of B answers but 404.
 */
interface CaseWorld {
  app: App;
  inside: { caseId: number; evidenceId: number };
  outside: { caseId: number; evidenceId: number };
}

const worlds = new WeakMap<World, CaseWorld>();
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function evidenceOf(app: App, caseId: number): Promise<number> {
  const saved = await app.db.transaction((tx) =>
    saveCaseEvidence(tx, shell, caseId, { fileName: 'minutes.png', bytes: PNG }),
  );
  return saved.id;
}

/** Cases in county A and county B, each with a file; call after buildWorld. */
export async function addCaseWorld(app: App, w: World): Promise<void> {
  const inside = await householdCase(app, A_VILLAGE, { stage: 'applied' });
  const outside = await householdCase(app, B_VILLAGE, { stage: 'applied', headName: OUTSIDE_HEAD });
  worlds.set(w, {
    app,
    inside: { caseId: inside.caseId, evidenceId: await evidenceOf(app, inside.caseId) },
    outside: { caseId: outside.caseId, evidenceId: await evidenceOf(app, outside.caseId) },
  });
}

function of(w: World): CaseWorld {
  const found = worlds.get(w);
  if (!found) throw new Error('call addCaseWorld(app, world) in beforeAll');
  return found;
}

const get = (url: string) => ({ method: 'GET', url });
const post = (url: string, payload: object) => ({ method: 'POST', url, payload });
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
/** What the village's first step gets: done by the village cadre, refused to every other role. */
const villageStep = (role: Role): Probe['expect'] => (role === 'village_cadre' ? 'ok' : 'refused');
const writes = (role: Role): Probe['expect'] =>
  canWriteRegistry(
    {
      userId: null,
      username: role,
      source: 'api',
      grants: [{ role, regionCode: A_COUNTY }],
      requestId: null,
    },
    A_VILLAGE,
  )
    ? 'ok'
    : 'refused';
const appraise = { action: 'appraise', version: 1, inputs: inputsFor(['minutes']) };

export const CASE_PROBES: Record<string, (w: World, role: Role) => Promise<Probe[]>> = {
  'GET /api/v1/case-types': async () => [probe('inside', 'ok', get('/api/v1/case-types'))],
  'GET /api/v1/cases': async () => [
    probe('inside', 'ok', get(`/api/v1/cases?state=all&regionCode=${A_VILLAGE}`)),
    probe('outside', 'hidden', get(`/api/v1/cases?regionCode=${B_COUNTY}`)),
  ],
  'POST /api/v1/cases': async (w, role) => {
    const fresh = await householdCase(of(w).app, A_VILLAGE, { stage: 'applied', type: 'monitoring' });
    const body = (householdId: number) => ({
      type: 'identification',
      householdId,
      year: 2026,
      reason: '探测',
    });
    return [
      probe('inside', villageStep(role), post('/api/v1/cases', body(fresh.householdId)), true),
      probe('outside', 'hidden', post('/api/v1/cases', body(w.outside.id)), true),
    ];
  },
  'GET /api/v1/cases/counts': async () => [
    probe('inside', 'ok', get(`/api/v1/cases/counts?regionCode=${A_VILLAGE}`)),
    probe('outside', 'hidden', get(`/api/v1/cases/counts?regionCode=${B_COUNTY}`)),
  ],
  'GET /api/v1/cases/{id}': async (w) => [
    probe('inside', 'ok', get(`/api/v1/cases/${of(w).inside.caseId}`)),
    probe('outside', 'hidden', get(`/api/v1/cases/${of(w).outside.caseId}`)),
  ],
  'POST /api/v1/cases/{id}/actions': async (w, role) => {
    const fresh = await householdCase(of(w).app, A_VILLAGE, { stage: 'applied' });
    return [
      probe('inside', villageStep(role), post(`/api/v1/cases/${fresh.caseId}/actions`, appraise), true),
      probe('outside', 'hidden', post(`/api/v1/cases/${of(w).outside.caseId}/actions`, appraise), true),
    ];
  },
  'POST /api/v1/cases/{id}/evidence': async (w, role) => {
    const upload = (caseId: number) => {
      const { payload, contentType } = multipartFile('minutes.png', PNG);
      return {
        method: 'POST',
        url: `/api/v1/cases/${caseId}/evidence`,
        payload,
        headers: { 'content-type': contentType },
      };
    };
    return [
      probe('inside', writes(role), upload(of(w).inside.caseId), true),
      probe('outside', 'hidden', upload(of(w).outside.caseId), true),
    ];
  },
  'GET /api/v1/cases/{id}/evidence/{evidenceId}': async (w) => [
    probe('inside', 'ok', get(`/api/v1/cases/${of(w).inside.caseId}/evidence/${of(w).inside.evidenceId}`)),
    probe(
      'outside',
      'hidden',
      get(`/api/v1/cases/${of(w).outside.caseId}/evidence/${of(w).outside.evidenceId}`),
    ),
    // A file of B asked for through a case of A is not found either.
    probe(
      'outside',
      'hidden',
      get(`/api/v1/cases/${of(w).inside.caseId}/evidence/${of(w).outside.evidenceId}`),
    ),
  ],
  // A bulk step answers each case on its own: a case of B is NOT_FOUND in the results and stays as it was;
  // a filter naming B's region is refused whole.
  'POST /api/v1/cases/bulk': async (w) => {
    const fresh = await householdCase(of(w).app, A_VILLAGE, { stage: 'applied' });
    const bulk = (caseIds: number[]) =>
      post('/api/v1/cases/bulk', { caseIds, action: 'appraise', inputs: appraise.inputs });
    return [
      probe('inside', 'ok', bulk([fresh.caseId])),
      probe('outside', 'filtered', bulk([of(w).outside.caseId]), true),
      probe(
        'outside',
        'hidden',
        post('/api/v1/cases/bulk', {
          filter: { regionCode: B_COUNTY, type: 'identification', stage: 'applied' },
          action: 'appraise',
        }),
        true,
      ),
    ];
  },
};
