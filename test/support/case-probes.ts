import type { App } from '../../src/app/context.ts';
import type { Role } from '../../src/modules/auth/actor.ts';
import { canWriteRegistry } from '../../src/modules/auth/policies.ts';
import { saveCaseEvidence } from '../../src/modules/cases/evidence.ts';
import type { Expect } from './access-probes.ts';
import { A_VILLAGE, B_COUNTY, B_VILLAGE, OUTSIDE_HEAD, type World } from './access-world.ts';
import { inputsFor } from './cases.ts';
import { multipartFile } from './multipart.ts';
import { householdCase, shell } from './notice-fixtures.ts';
import { allowed, get, hidden, inside, pair, probe, send, worldSlot, type Probes } from './probe-kit.ts';

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

const cases = worldSlot<CaseWorld>('addCaseWorld');
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
  cases.set(w, {
    app,
    inside: { caseId: inside.caseId, evidenceId: await evidenceOf(app, inside.caseId) },
    outside: { caseId: outside.caseId, evidenceId: await evidenceOf(app, outside.caseId) },
  });
}

/** What the village's first step gets: done by the village cadre, refused to every other role. */
const villageStep = (role: Role): Expect => (role === 'village_cadre' ? 'ok' : 'refused');
const appraise = { action: 'appraise', version: 1, inputs: inputsFor(['minutes']) };

export const CASE_PROBES: Probes = {
  'GET /api/v1/case-types': async () => [inside(get('/api/v1/case-types'))],
  'GET /api/v1/cases': async () => [
    inside(get(`/api/v1/cases?state=all&regionCode=${A_VILLAGE}`)),
    hidden(get(`/api/v1/cases?regionCode=${B_COUNTY}`)),
  ],
  'POST /api/v1/cases': async (w, role) => {
    const fresh = await householdCase(cases.get(w).app, A_VILLAGE, { stage: 'applied', type: 'monitoring' });
    const open = (householdId: number) =>
      send('POST', '/api/v1/cases', { type: 'identification', householdId, year: 2026, reason: '探测' });
    return pair(villageStep(role), open, { inside: fresh.householdId, outside: w.outside.id }, true);
  },
  'GET /api/v1/cases/counts': async () => [
    inside(get(`/api/v1/cases/counts?regionCode=${A_VILLAGE}`)),
    hidden(get(`/api/v1/cases/counts?regionCode=${B_COUNTY}`)),
  ],
  'GET /api/v1/cases/{id}': async (w) => pair('ok', (c) => get(`/api/v1/cases/${c.caseId}`), cases.get(w)),
  'POST /api/v1/cases/{id}/actions': async (w, role) => {
    const fresh = await householdCase(cases.get(w).app, A_VILLAGE, { stage: 'applied' });
    const step = (caseId: number) => send('POST', `/api/v1/cases/${caseId}/actions`, appraise);
    return pair(
      villageStep(role),
      step,
      { inside: fresh.caseId, outside: cases.get(w).outside.caseId },
      true,
    );
  },
  'POST /api/v1/cases/{id}/evidence': async (w, role) => {
    const upload = (c: { caseId: number }) => {
      const { payload, contentType } = multipartFile('minutes.png', PNG);
      return {
        method: 'POST',
        url: `/api/v1/cases/${c.caseId}/evidence`,
        payload,
        headers: { 'content-type': contentType },
      };
    };
    return pair(allowed(role, A_VILLAGE, canWriteRegistry), upload, cases.get(w), true);
  },
  'GET /api/v1/cases/{id}/evidence/{evidenceId}': async (w) => {
    const cw = cases.get(w);
    return [
      ...pair('ok', (c) => get(`/api/v1/cases/${c.caseId}/evidence/${c.evidenceId}`), cw),
      // A file of B asked for through a case of A is not found either.
      hidden(get(`/api/v1/cases/${cw.inside.caseId}/evidence/${cw.outside.evidenceId}`)),
    ];
  },
  // A bulk step answers each case on its own: a case of B is NOT_FOUND in the results and stays as it was;
  // a filter naming B's region is refused whole.
  'POST /api/v1/cases/bulk': async (w) => {
    const fresh = await householdCase(cases.get(w).app, A_VILLAGE, { stage: 'applied' });
    const bulk = (caseIds: number[]) =>
      send('POST', '/api/v1/cases/bulk', { caseIds, action: 'appraise', inputs: appraise.inputs });
    return [
      inside(bulk([fresh.caseId])),
      probe('outside', 'filtered', bulk([cases.get(w).outside.caseId]), true),
      hidden(
        send('POST', '/api/v1/cases/bulk', {
          filter: { regionCode: B_COUNTY, type: 'identification', stage: 'applied' },
          action: 'appraise',
        }),
        true,
      ),
    ];
  },
};
