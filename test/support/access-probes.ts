import type { InjectOptions } from 'fastify';
import type { Role } from '../../src/modules/auth/actor.ts';
import { canManageUsers, canRead, canReadAudit, canWriteRegistry } from '../../src/modules/auth/policies.ts';
import { DEFAULT_PROCEDURES } from '../../src/modules/settings/procedures.ts';
import { A_COUNTY, A_VILLAGE, B_COUNTY, B_VILLAGE, CURRENT, PAST, type World } from './access-world.ts';
import { householdInput, memberInput } from './factories.ts';
import { multipartFile } from './multipart.ts';
import { CASE_PROBES } from './case-probes.ts';
import { NOTICE_PROBES } from './notice-probes.ts';
import { INSPECTION_PROBES } from './inspection-probes.ts';
import { PORTAL_PROBES } from './portal-probes.ts';
import { COMPLAINT_PROBES } from './complaint-probes.ts';
import { ORGANISATION_PROBES } from './organisation-probes.ts';
import { VISIT_PROBES } from './visit-probes.ts';
import { PROBLEM_PROBES } from './problem-probes.ts';
import { ASSISTANCE_PROBES } from './assistance-probes.ts';
import { PROJECT_PROBES } from './project-probes.ts';
import { HANDBOOK_PROBES } from './handbook-probes.ts';
import { actorOf, get, hidden, inside, probe, send } from './probe-kit.ts';

/**
 * One request of the access matrix and what the grant allows of it:
 * - `ok`: a 2xx;
 * - `refused`: 403 — the caller may know the thing exists (it is theirs to read) but not do this;
 * - `hidden`: 404 — outside the caller's scope, as if it did not exist;
 * - `filtered`: any answer below 500, which the checks of every answer (no marker of B) make safe.
 * `target` says where the request points: the caller's region (`inside`), another county (`outside`), or
 * a year the household spent in another county (`past`).
 */
export type Expect = 'ok' | 'refused' | 'hidden' | 'filtered';
export type Target = 'inside' | 'outside' | 'past';

export interface Probe {
  target: Target;
  expect: Expect;
  request: InjectOptions & { method: string; url: string };
  /** Whether a refused request of this kind would have changed data (checked unchanged after it). */
  write: boolean;
}

type Builder = (w: World, role: Role) => Promise<Probe[]>;

const writes = (role: Role) => canWriteRegistry(actorOf(role), A_VILLAGE);
const manages = (role: Role) => canManageUsers(actorOf(role), A_VILLAGE);
const audits = (role: Role) => canReadAudit(actorOf(role), A_VILLAGE);
/** What an allowed write of this role gets at home: done, or refused for a read-only role. */
const write = (role: Role): Expect => (writes(role) ? 'ok' : 'refused');

/** Reads of a region: the caller's county answers, another county does not exist for them. */
function regionRead(url: (region: string) => string): Builder {
  return async () => [inside(get(url(A_VILLAGE))), hidden(get(url(B_COUNTY)))];
}

/**
 * The region tree: as regionRead, but a paired cadre's tree holds only the villages of their households
 * (access/paired-tree.ts) and the world pairs nobody, so the village is hidden from them too.
 */
function treeRead(url: (region: string) => string): Builder {
  return async (w, role) =>
    (await regionRead(url)(w, role)).map((p) =>
      role === 'paired_cadre' && p.target === 'inside' ? { ...p, expect: 'hidden' } : p,
    );
}

/** Reads of a household: inside, outside, and the moved household's past year. */
function householdRead(url: (id: number, year?: number) => string, past: Expect): Builder {
  return async (w) => [
    inside(get(url(w.inside.id))),
    inside(get(url(w.moved.id, CURRENT))),
    hidden(get(url(w.outside.id))),
    probe('past', past, get(url(w.moved.id, PAST))),
  ];
}

/**
 * The registry's operations: the portal's roles (contributor, editor) read nothing of the registry, so every
 * request of theirs here is hidden (404), as if the rows were in another county. A new registry operation
 * joins this list.
 */
const REGISTRY_OPERATIONS = new Set([
  'GET /api/v1/audit',
  'GET /api/v1/cases',
  'GET /api/v1/cases/counts',
  'GET /api/v1/cases/{id}',
  'GET /api/v1/cases/{id}/evidence/{evidenceId}',
  'GET /api/v1/exports',
  'GET /api/v1/households',
  'GET /api/v1/households/{id}',
  'GET /api/v1/households/{id}/assessment',
  'GET /api/v1/households/{id}/assessments/evidence/{evidenceId}',
  'GET /api/v1/households/{id}/history',
  'GET /api/v1/incidence',
  'GET /api/v1/incidence/table.xlsx',
  'GET /api/v1/jobs/{id}',
  'GET /api/v1/notices',
  'GET /api/v1/notices/{serial}',
  'GET /api/v1/notices/{serial}.html',
  'GET /api/v1/notices/{serial}.pdf',
  'GET /api/v1/population',
  'GET /api/v1/stats',
  'GET /api/v1/stats/years',
  'PATCH /api/v1/households/{id}',
  'PATCH /api/v1/members/{id}',
  'POST /api/v1/cases',
  'POST /api/v1/cases/{id}/actions',
  'POST /api/v1/cases/{id}/evidence',
  'POST /api/v1/cases/{id}/objections',
  'POST /api/v1/households',
  'POST /api/v1/households/{id}/assessments',
  'POST /api/v1/households/{id}/members',
  'POST /api/v1/measures/registry',
  'POST /api/v1/measures/what-if',
  'POST /api/v1/members/{id}/events',
  'POST /api/v1/objections/{id}/answer',
]);

/**
 * A paired cadre lists households in their county, and finds only those they are paired with: the test user
 * of that role has no pairing, so the list answers empty inside, and hides the other county.
 */
const PAIRED_LISTS = new Set(['GET /api/v1/households']);

/** The probes as a role meets them: a role without the registry finds none of its rows. */
export function probesFor(operation: string, role: Role, probes: Probe[]): Probe[] {
  if (canRead(actorOf(role), A_VILLAGE) || !REGISTRY_OPERATIONS.has(operation)) return probes;
  const listsPaired = role === 'paired_cadre' && PAIRED_LISTS.has(operation);
  return probes.map((p) =>
    p.expect === 'filtered' || (listsPaired && p.target === 'inside')
      ? { ...p, expect: 'filtered' }
      : { ...p, expect: 'hidden' },
  );
}

export const PROBES: Record<string, Builder> = {
  'GET /api/health': async () => [inside(get('/api/health'))],
  'GET /api/v1/codes': async () => [inside(get('/api/v1/codes'))],
  'GET /api/v1/regions/roots': async () => [inside(get('/api/v1/regions/roots'))],
  'GET /api/v1/regions': async () => [
    inside(get(`/api/v1/regions?within=${A_COUNTY}&q=${encodeURIComponent('测试')}`)),
    hidden(get(`/api/v1/regions?within=${B_COUNTY}&q=%E5%A4%96`)),
  ],
  'GET /api/v1/regions/{code}': treeRead((r) => `/api/v1/regions/${r}`),
  'GET /api/v1/regions/{code}/children': treeRead((r) => `/api/v1/regions/${r}/children`),
  'GET /api/v1/households': regionRead((r) => `/api/v1/households?region=${r}&year=${PAST}`),
  'GET /api/v1/stats': regionRead((r) => `/api/v1/stats?region=${r}&year=${PAST}`),
  'GET /api/v1/stats/years': regionRead((r) => `/api/v1/stats/years?region=${r}`),
  'GET /api/v1/incidence': regionRead((r) => `/api/v1/incidence?region=${r}&year=${PAST}`),
  'GET /api/v1/incidence/table.xlsx': regionRead(
    (r) => `/api/v1/incidence/table.xlsx?region=${r}&year=${PAST}`,
  ),
  'GET /api/v1/population': regionRead((r) => `/api/v1/population?region=${r}&year=${PAST}`),
  'GET /api/v1/exports': regionRead((r) => `/api/v1/exports?region=${r}&year=${PAST}&format=csv`),
  // The audit is for its readers (administrators, inspectors), not for the officials whose work it records.
  'GET /api/v1/audit': async (_w, role) => [
    inside(get(`/api/v1/audit?region=${A_VILLAGE}&limit=200`), audits(role) ? 'ok' : 'refused'),
    hidden(get(`/api/v1/audit?region=${B_COUNTY}&limit=200`)),
  ],
  'GET /api/v1/standards': async () => [inside(get('/api/v1/standards'))],
  'POST /api/v1/measures/registry': async () => [
    inside(send('POST', '/api/v1/measures/registry', { region: A_VILLAGE, year: PAST })),
    hidden(send('POST', '/api/v1/measures/registry', { region: B_COUNTY, year: PAST })),
  ],
  'POST /api/v1/measures/what-if': async () => [
    inside(send('POST', '/api/v1/measures/what-if', { region: A_VILLAGE, year: PAST, line: 5000 })),
    hidden(send('POST', '/api/v1/measures/what-if', { region: B_COUNTY, year: PAST, line: 5000 })),
  ],
  'POST /api/v1/measures/fgt': async () => [
    inside(send('POST', '/api/v1/measures/fgt', { incomes: [1, 2], line: 2 })),
  ],
  'POST /api/v1/measures/mpi': async () => [
    inside(
      send('POST', '/api/v1/measures/mpi', { achievements: [[1], [0]], cutoffs: [1], weights: [1], k: 1 }),
    ),
  ],

  'GET /api/v1/households/{id}': householdRead(
    (id, year) => `/api/v1/households/${id}${year ? `?year=${year}` : ''}`,
    'filtered',
  ),
  'GET /api/v1/households/{id}/history': householdRead(
    (id) => `/api/v1/households/${id}/history?limit=200`,
    'filtered',
  ),
  'GET /api/v1/households/{id}/assessment': householdRead(
    (id, year) => `/api/v1/households/${id}/assessment${year ? `?year=${year}` : ''}`,
    'hidden',
  ),
  'GET /api/v1/households/{id}/assessments/evidence/{evidenceId}': async (w) => [
    inside(get(`/api/v1/households/${w.inside.id}/assessments/evidence/${w.inside.evidenceId}`)),
    hidden(get(`/api/v1/households/${w.outside.id}/assessments/evidence/${w.outside.evidenceId}`)),
    probe(
      'past',
      'hidden',
      get(`/api/v1/households/${w.moved.id}/assessments/evidence/${w.moved.pastEvidenceId}`),
    ),
  ],

  'POST /api/v1/households': async (_w, role) => [
    inside(
      send('POST', '/api/v1/households', householdInput(A_VILLAGE, { year: CURRENT })),
      write(role),
      true,
    ),
    hidden(send('POST', '/api/v1/households', householdInput(B_VILLAGE, { year: CURRENT })), true),
  ],
  'PATCH /api/v1/households/{id}': async (w, role) => {
    const fresh = await w.freshInside();
    const facts = { mainCause: '01', wageIncome: 1 };
    return [
      inside(
        send('PATCH', `/api/v1/households/${fresh.id}`, {
          version: await w.versionOf(fresh.id),
          year: CURRENT,
          facts,
        }),
        write(role),
        true,
      ),
      hidden(
        send('PATCH', `/api/v1/households/${w.outside.id}`, {
          version: await w.versionOf(w.outside.id),
          groupName: '改',
        }),
        true,
      ),
      probe(
        'past',
        writes(role) ? 'hidden' : 'refused',
        send('PATCH', `/api/v1/households/${w.moved.id}`, {
          version: await w.versionOf(w.moved.id),
          year: PAST,
          facts,
        }),
        true,
      ),
    ];
  },
  'POST /api/v1/households/{id}/members': async (w, role) => {
    const fresh = await w.freshInside();
    const body = async (id: number) => ({
      version: await w.versionOf(id),
      event: 'birth',
      eventDate: '2026-01-02',
      member: memberInput('03', '1', 2025),
    });
    return [
      inside(send('POST', `/api/v1/households/${fresh.id}/members`, await body(fresh.id)), write(role), true),
      hidden(send('POST', `/api/v1/households/${w.outside.id}/members`, await body(w.outside.id)), true),
    ];
  },
  'PATCH /api/v1/members/{id}': async (w, role) => {
    const fresh = await w.freshInside();
    const member = fresh.memberIds[2]!;
    const outsider = w.outside.memberIds[1]!;
    return [
      inside(
        send('PATCH', `/api/v1/members/${member}`, {
          version: await w.memberVersionOf(member),
          education: '4',
        }),
        write(role),
        true,
      ),
      hidden(
        send('PATCH', `/api/v1/members/${outsider}`, {
          version: await w.memberVersionOf(outsider),
          education: '4',
        }),
        true,
      ),
    ];
  },
  'POST /api/v1/members/{id}/events': async (w, role) => {
    const fresh = await w.freshInside();
    const member = fresh.memberIds[2]!;
    const outsider = w.outside.memberIds[1]!;
    const death = async (id: number) => ({
      version: await w.memberVersionOf(id),
      event: 'death',
      eventDate: '2026-01-02',
    });
    return [
      inside(send('POST', `/api/v1/members/${member}/events`, await death(member)), write(role), true),
      hidden(send('POST', `/api/v1/members/${outsider}/events`, await death(outsider)), true),
      probe(
        'outside',
        writes(role) ? 'hidden' : 'refused',
        send('POST', `/api/v1/members/${fresh.memberIds[1]!}/events`, {
          version: await w.memberVersionOf(fresh.memberIds[1]!),
          event: 'move',
          eventDate: '2026-01-02',
          toHouseholdId: w.outside.id,
        }),
        true,
      ),
    ];
  },
  'POST /api/v1/households/{id}/assessments': async (w, role) => {
    const body = (year: number) => ({
      year,
      guarantee: 'housing',
      secure: false,
      reason: '核查',
      visitReference: 'V-1',
      visitDate: '2026-01-02',
    });
    const fresh = await w.freshInside();
    return [
      inside(send('POST', `/api/v1/households/${fresh.id}/assessments`, body(CURRENT)), write(role), true),
      hidden(send('POST', `/api/v1/households/${w.outside.id}/assessments`, body(PAST)), true),
      probe(
        'past',
        writes(role) ? 'hidden' : 'refused',
        send('POST', `/api/v1/households/${w.moved.id}/assessments`, body(PAST)),
        true,
      ),
    ];
  },
  'PUT /api/v1/population/{year}': async (_w, role) => [
    inside(
      send('PUT', `/api/v1/population/${PAST}`, {
        entries: [{ regionCode: A_VILLAGE, population: 500 }],
      }),
      write(role),
      true,
    ),
    probe(
      'outside',
      writes(role) ? 'filtered' : 'refused',
      send('PUT', `/api/v1/population/${PAST}`, {
        entries: [{ regionCode: B_VILLAGE, population: 500 }],
      }),
      true,
    ),
  ],
  'POST /api/v1/population/import': async (_w, role) => {
    const file = (code: string) =>
      multipartFile('p.csv', `行政区划代码,年度,农村人口\n${code},${PAST},600\n`);
    const upload = (code: string): Probe['request'] => {
      const { payload, contentType } = file(code);
      return {
        method: 'POST',
        url: '/api/v1/population/import',
        payload,
        headers: { 'content-type': contentType },
      };
    };
    return [
      inside(upload(A_VILLAGE), write(role), true),
      probe('outside', writes(role) ? 'filtered' : 'refused', upload(B_VILLAGE), true),
    ];
  },
  'POST /api/v1/imports': async (w, role) => {
    const csv = (no: string, village: string, year: number) => {
      const id = memberInput('01').idNumber;
      return `户编号,行政区划代码,姓名,证件号码,与户主关系,户类型,户状态,主要致贫原因,工资性收入\n${no},${village},导入甲,${id},01,01,02,01,${year}\n`;
    };
    const upload = (body: string, year: number): Probe['request'] => {
      const { payload, contentType } = multipartFile('h.csv', body);
      return {
        method: 'POST',
        url: `/api/v1/imports?year=${year}`,
        payload,
        headers: { 'content-type': contentType },
      };
    };
    // The job is accepted (202) and screens every household against the grants: none of B is written.
    const queued: Expect = writes(role) ? 'ok' : 'refused';
    return [
      probe('outside', queued, upload(csv(w.outside.householdNo, B_VILLAGE, PAST), PAST), true),
      probe('past', queued, upload(csv(w.moved.householdNo, A_VILLAGE, PAST), PAST), true),
    ];
  },

  'GET /api/v1/jobs/{id}': async (w, role) => [
    inside(get(`/api/v1/jobs/${await w.jobOf(role)}`)),
    hidden(get(`/api/v1/jobs/${w.outsiderJob}`)),
  ],
  'GET /api/v1/imports/{jobId}/errors.csv': async (w) => [
    hidden(get(`/api/v1/imports/${w.outsiderJob}/errors.csv`)),
  ],
  'GET /api/v1/imports/{jobId}/errors.xlsx': async (w) => [
    hidden(get(`/api/v1/imports/${w.outsiderJob}/errors.xlsx`)),
  ],
  'GET /api/v1/imports/template.csv': async () => [inside(get('/api/v1/imports/template.csv'))],
  'GET /api/v1/imports/template.xlsx': async () => [inside(get('/api/v1/imports/template.xlsx'))],

  'GET /api/v1/users': async (_w, role) => [inside(get('/api/v1/users'), manages(role) ? 'ok' : 'refused')],
  'GET /api/v1/users/{id}': async (w) => [hidden(get(`/api/v1/users/${w.outsiderId}`))],
  // A grant on another county is refused (403) even to a manager: region codes are public, users are not.
  'POST /api/v1/users': async (_w, role) => [
    probe(
      'outside',
      'refused',
      send('POST', '/api/v1/users', {
        username: `x${Date.now()}${role}`,
        displayName: 'X',
        password: 'Aa1!aaaaaaaaaaaa',
        grants: [{ role: 'village_cadre', regionCode: B_VILLAGE }],
      }),
      true,
    ),
  ],
  'PATCH /api/v1/users/{id}': async (w) => [
    hidden(send('PATCH', `/api/v1/users/${w.outsiderId}`, { version: 1, active: false }), true),
  ],
  'POST /api/v1/users/{id}/unlock': async (w) => [
    hidden({ method: 'POST', url: `/api/v1/users/${w.outsiderId}/unlock` }, true),
  ],
  'POST /api/v1/users/{id}/password': async (w) => [
    hidden(send('POST', `/api/v1/users/${w.outsiderId}/password`, {}), true),
  ],
  'PUT /api/v1/standards/{year}': async () => [
    probe(
      'outside',
      'refused',
      send('PUT', `/api/v1/standards/${CURRENT}`, { line: 9999, reason: '测试' }),
      true,
    ),
  ],
  'PUT /api/v1/standards/{year}/provinces/{province}': async () => [
    probe(
      'outside',
      'refused',
      send('PUT', `/api/v1/standards/${CURRENT}/provinces/37`, { line: 9999, reason: '测试' }),
      true,
    ),
  ],

  'GET /api/v1/settings/working-year': async () => [inside(get('/api/v1/settings/working-year'))],
  // A deployment-wide setting: every county opens on it, so no grant on one county may move it.
  'PUT /api/v1/settings/working-year': async () => [
    probe('outside', 'refused', send('PUT', '/api/v1/settings/working-year', { year: PAST }), true),
  ],

  'GET /api/v1/settings/procedures': async () => [inside(get('/api/v1/settings/procedures'))],
  // The rules of the procedures are the deployment's too: no grant on one county may change them.
  'PUT /api/v1/settings/procedures': async () => [
    probe('outside', 'refused', send('PUT', '/api/v1/settings/procedures', DEFAULT_PROCEDURES), true),
  ],

  'GET /api/v1/auth/me': async () => [inside(get('/api/v1/auth/me'))],
  // Session routes act on the caller's own session and account only: nothing of another region to reach.
  'POST /api/v1/auth/login': async () => [],
  'POST /api/v1/auth/logout': async () => [],
  'POST /api/v1/auth/password': async () => [],
  ...NOTICE_PROBES,
  ...CASE_PROBES,
  ...INSPECTION_PROBES,
  ...PORTAL_PROBES,
  ...COMPLAINT_PROBES,
  ...ORGANISATION_PROBES,
  ...VISIT_PROBES,
  ...PROBLEM_PROBES,
  ...ASSISTANCE_PROBES,
  ...PROJECT_PROBES,
  ...HANDBOOK_PROBES,
};
