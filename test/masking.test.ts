import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/app/config.ts';
import type { App } from '../src/app/context.ts';
import { buildServer } from '../src/app/server.ts';
import type { Role } from '../src/modules/auth/actor.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { badImportFile, SEED, seedHousehold, seedSecrets } from './support/masking-seed.ts';
import { multipartFile } from './support/multipart.ts';
import { findLeaks } from './support/reveal.ts';
import { testClock } from './support/server.ts';
import { noticeReads, seedNotice } from './support/notice-probes.ts';
import { complaintReads, seedMaskingComplaint } from './support/complaint-probes.ts';
import { seedProbeVisit, visitReads } from './support/visit-probes.ts';
import { assistanceReads, seedMaskingMeasure } from './support/assistance-probes.ts';
import { projectReads, seedMaskingProject } from './support/project-probes.ts';
import { portalReads, seedMaskingPortal } from './support/portal-probes.ts';
import { organisationReads, seedMaskingOrganisation } from './support/organisation-probes.ts';
import { problemReads, seedMaskingProblem } from './support/problem-probes.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { saveCaseEvidence } from '../src/modules/cases/evidence.ts';
import { raiseStaffObjection } from '../src/modules/cases/objections.ts';

/**
 * Masking that masks: every read of the API, as every role without personal data, is checked for a
 * combination of fields that rebuilds a member's ID number, phone or bank account (test/support/reveal.ts).
 * The routes come from the committed openapi.json, so a new GET route fails here until it is read too.
 */
const COUNTY = '371324000000';
const TOWN = '371324106000';
const MASKED: Role[] = ['system_admin', 'town_official', 'inspector'];
const SECRETS = seedSecrets();

let db: TestDb;
let app: App;
let admin: LoggedIn;
let seeded: { householdId: number; evidenceId: number };
/** The seeded household's exit case: its village notice, and a file and an objection naming secrets. */
let seededCase: { id: number; serial: string; evidenceId: number };
/** A complaint about the seeded village: its contact the household's phone, its text an ID and a bank number. */
let complaint: Awaited<ReturnType<typeof seedMaskingComplaint>>;
let seededVisit: Awaited<ReturnType<typeof seedProbeVisit>>;
/** The county's site with a published article and its image. */
let portal: Awaited<ReturnType<typeof seedMaskingPortal>>;
/** A work team of the seeded village whose cadres' phone is a secret. */
let organisation: Awaited<ReturnType<typeof seedMaskingOrganisation>>;
/** A problem of the seeded household whose text names the head's ID number. */
let problemId: number;
/** A project of the county with the seeded household benefiting. */
let project: number;
const users = new Map<Role, LoggedIn>();
const jobs = new Map<Role, number>();

interface Read {
  /** The path as openapi.json names it. */
  route: string;
  method: 'GET' | 'POST';
  url: string;
  body?: Record<string, unknown>;
}

const openapi = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
};
const GET_ROUTES = Object.entries(openapi.paths)
  .filter(([, methods]) => 'get' in methods)
  .map(([path]) => path);

/** Every read, with parameters pointing at the seeded household, its region, the role's own import job. */
function reads(role: Role): Read[] {
  const h = seeded.householdId;
  const job = jobs.get(role) ?? jobs.get('town_official')!;
  const get = (route: string, url = route): Read => ({ route, method: 'GET', url });
  const post = (route: string, body: Record<string, unknown>): Read => ({
    route,
    method: 'POST',
    url: route,
    body,
  });
  const last4 = SEED.head.slice(-4);
  return [
    get('/api/health'),
    get('/api/v1/regions/roots'),
    get('/api/v1/regions', `/api/v1/regions?within=${COUNTY}&q=${encodeURIComponent('车辋')}`),
    get('/api/v1/regions/{code}', `/api/v1/regions/${SEED.village}`),
    get('/api/v1/regions/{code}/children', `/api/v1/regions/${TOWN}/children`),
    get('/api/v1/codes'),
    get('/api/v1/households', `/api/v1/households?region=${SEED.village}`),
    get('/api/v1/households', `/api/v1/households?region=${SEED.village}&q=${encodeURIComponent('王守田')}`),
    get('/api/v1/households', `/api/v1/households?region=${SEED.village}&q=${last4}`),
    get('/api/v1/households/{id}', `/api/v1/households/${h}`),
    get('/api/v1/households/{id}', `/api/v1/households/${h}?year=${SEED.year}`),
    get('/api/v1/households/{id}/history', `/api/v1/households/${h}/history`),
    get('/api/v1/households/{id}/assessment', `/api/v1/households/${h}/assessment?year=${SEED.year}`),
    get(
      '/api/v1/households/{id}/assessments/evidence/{evidenceId}',
      `/api/v1/households/${h}/assessments/evidence/${seeded.evidenceId}`,
    ),
    get('/api/v1/stats', `/api/v1/stats?region=${SEED.village}&year=${SEED.year}`),
    get('/api/v1/stats/years', `/api/v1/stats/years?region=${SEED.village}`),
    get('/api/v1/incidence', `/api/v1/incidence?region=${TOWN}&year=${SEED.year}`),
    get('/api/v1/incidence/table.xlsx', `/api/v1/incidence/table.xlsx?region=${TOWN}&year=${SEED.year}`),
    get('/api/v1/population', `/api/v1/population?region=${TOWN}&year=${SEED.year}`),
    get('/api/v1/audit', `/api/v1/audit?region=${SEED.village}&limit=200`),
    get('/api/v1/audit', `/api/v1/audit?entity=household&entityId=${h}`),
    get('/api/v1/auth/me'),
    get('/api/v1/users'),
    get('/api/v1/users/{id}', `/api/v1/users/${admin.userId}`),
    get('/api/v1/imports/template.xlsx'),
    get('/api/v1/imports/template.csv'),
    get('/api/v1/imports/{jobId}/errors.xlsx', `/api/v1/imports/${job}/errors.xlsx`),
    get('/api/v1/imports/{jobId}/errors.csv', `/api/v1/imports/${job}/errors.csv`),
    get('/api/v1/jobs/{id}', `/api/v1/jobs/${job}`),
    get('/api/v1/exports', `/api/v1/exports?region=${SEED.village}&year=${SEED.year}&format=csv`),
    get('/api/v1/exports', `/api/v1/exports?region=${SEED.village}&year=${SEED.year}&format=xlsx`),
    get('/api/v1/exports', `/api/v1/exports?region=${SEED.village}&year=${SEED.year}&format=csv&q=${last4}`),
    get('/api/v1/standards', '/api/v1/standards?province=37'),
    get('/api/v1/settings/working-year', '/api/v1/settings/working-year'),
    get('/api/v1/settings/procedures', '/api/v1/settings/procedures'),
    get('/api/v1/case-types'),
    get('/api/v1/cases', `/api/v1/cases?regionCode=${SEED.village}&state=all`),
    get('/api/v1/cases/{id}', `/api/v1/cases/${seededCase.id}`),
    get('/api/v1/cases/counts', `/api/v1/cases/counts?regionCode=${SEED.village}`),
    get(
      '/api/v1/cases/{id}/evidence/{evidenceId}',
      `/api/v1/cases/${seededCase.id}/evidence/${seededCase.evidenceId}`,
    ),
    ...noticeReads(seededCase.serial, SEED.village).map((r) => get(r.route, r.url)),
    ...complaintReads(complaint).map((r) => get(r.route, r.url)),
    ...visitReads(seededVisit).map((r) => get(r.route, r.url)),
    // The generated documents: the XLSX's cells are read like the export's (the PDF's text is glyph ids).
    get('/api/v1/households/{id}/handbook.xlsx', `/api/v1/households/${h}/handbook.xlsx`),
    get('/api/v1/households/{id}/handbook.pdf', `/api/v1/households/${h}/handbook.pdf`),
    get('/api/v1/villages/{code}/dossier.xlsx', `/api/v1/villages/${SEED.village}/dossier.xlsx`),
    get('/api/v1/villages/{code}/dossier.pdf', `/api/v1/villages/${SEED.village}/dossier.pdf`),
    get('/api/v1/burden', `/api/v1/burden?region=${SEED.village}&by=cadre`),
    ...portalReads(portal).map((r) => get(r.route, r.url)),
    ...organisationReads(organisation).map((r) => get(r.route, r.url)),
    ...problemReads(problemId, SEED.village).map((r) => get(r.route, r.url)),
    ...assistanceReads(seeded.householdId, SEED.village).map((r) => get(r.route, r.url)),
    ...projectReads(project, SEED.village).map((r) => get(r.route, r.url)),
    post('/api/v1/measures/fgt', { incomes: [1000, 5000], line: 4000 }),
    post('/api/v1/measures/mpi', { achievements: [[1, 0]], cutoffs: [1, 1], weights: [1, 1], k: 0.5 }),
    post('/api/v1/measures/registry', { region: SEED.village, year: SEED.year }),
    post('/api/v1/measures/what-if', { region: SEED.village, year: SEED.year }),
    // Refusals that name a person: registering someone who is already a member elsewhere.
    post('/api/v1/households', {
      householdNo: `M${role.length}${h}`,
      regionCode: SEED.village,
      year: SEED.year,
      facts: { status: '01', householdType: '01', mainCause: '01' },
      members: [{ name: '王守田', idNumber: SEED.head, relation: '01' }],
    }),
  ];
}

/** All text of an answer: a spreadsheet's cells, anything else as UTF-8, and the download name. */
async function textsOf(res: {
  rawPayload: Buffer;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}) {
  const header = (name: string) => [res.headers[name] ?? ''].flat().join(' ');
  const texts = [header('content-disposition')];
  if (!header('content-type').includes('spreadsheetml')) return [...texts, res.body];
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        texts.push(
          v instanceof Date
            ? v.toISOString().slice(0, 10)
            : typeof v === 'object'
              ? JSON.stringify(v)
              : String(v),
        );
      }),
    ),
  );
  return texts;
}

async function settle(who: LoggedIn, id: number): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${id}`,
      headers: { cookie: who.cookie },
    });
    if (['done', 'failed'].includes(res.json<{ status: string }>().status)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} did not finish`);
}

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    ZHENFU_DATA_DIR: mkdtempSync(join(tmpdir(), 'zhenfu-mask-')),
  });
  app = await buildServer({ db, config, logger: false, clock: testClock });
  await app.ready();
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: COUNTY }]);
  seeded = await seedHousehold(app, admin);
  seededCase = await seedCase(app, seeded.householdId);
  complaint = await seedMaskingComplaint(app, SEED.village, {
    phone: SEED.phone,
    idNumber: SEED.head,
    bank: SEED.bank,
  });
  portal = await seedMaskingPortal(app, COUNTY);
  organisation = await seedMaskingOrganisation(app, COUNTY, SEED.village, SEED.cadrePhone);
  // The pairing puts the cadre's phone on the household (cadrePhone): its page, history, export and handbook.
  const paired = await app.inject({
    method: 'POST',
    url: '/api/v1/pairings',
    headers: { cookie: admin.cookie },
    payload: { cadreId: organisation.cadre, householdId: seeded.householdId, from: '2026-01-01' },
  });
  if (paired.statusCode !== 201) throw new Error(`pairing: ${paired.body}`);
  // A visit whose notes name the household's phone: a list or page of visits shows what the notes say.
  seededVisit = await seedProbeVisit(app, seeded.householdId, SEED.village, `走访，户主电话 ${SEED.phone}`);
  problemId = await seedMaskingProblem(app, seeded.householdId, SEED.village, { idNumber: SEED.head });
  await seedMaskingMeasure(app, seeded.householdId, SEED.head);
  project = await seedMaskingProject(app, COUNTY, SEED.village, seeded.householdId);
  for (const role of MASKED) {
    const who = await loginAs(app, [{ role, regionCode: role === 'town_official' ? TOWN : COUNTY }]);
    users.set(role, who);
    if (role === 'inspector') continue; // may not import: it reads another role's job (and gets 404)
    const { payload, contentType } = multipartFile(
      `${role}.csv`,
      badImportFile(role.slice(0, 1).toUpperCase()),
    );
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/imports?year=${SEED.year}`,
      payload,
      headers: { cookie: who.cookie, 'content-type': contentType },
    });
    if (res.statusCode !== 202) throw new Error(`import as ${role}: ${res.body}`);
    const jobId = res.json<{ jobId: number }>().jobId;
    await settle(who, jobId);
    jobs.set(role, jobId);
  }
});
/** An exit case of the household with a running notice, a file, and an objection naming a phone. */
async function seedCase(app: App, householdId: number) {
  const serial = await seedNotice(app, householdId, SEED.village);
  const [row] = await db.query<{ id: number }>('SELECT id FROM cases WHERE household_id = $1', [householdId]);
  const id = Number(row!.id);
  const shell = shellActor('test');
  const file = await app.db.transaction((tx) =>
    saveCaseEvidence(tx, shell, id, { fileName: `${SEED.head}.pdf`, bytes: Buffer.from('%PDF-1.4\n') }),
  );
  await app.db.transaction((tx) =>
    raiseStaffObjection(
      tx,
      shell,
      id,
      { content: `户主电话 ${SEED.phone} 的收入不实`, name: '举报人', phone: SEED.memberPhone },
      '2026-06-30',
    ),
  );
  return { id, serial, evidenceId: file.id };
}

afterAll(async () => {
  await app.close();
  await db.dispose();
});

describe('masking', () => {
  it('reads every GET route of openapi.json', () => {
    const covered = new Set(MASKED.flatMap((role) => reads(role).map((r) => r.route)));
    expect(GET_ROUTES.filter((route) => !covered.has(route))).toEqual([]);
  });

  it.each(MASKED)('lets no answer to %s rebuild an ID number, phone or bank account', async (role) => {
    const who = users.get(role)!;
    const leaks: string[] = [];
    const statuses = new Map<string, number>();
    for (const read of reads(role)) {
      const res = await app.inject({
        method: read.method,
        url: read.url,
        headers: { cookie: who.cookie },
        ...(read.body ? { payload: read.body } : {}),
      });
      statuses.set(read.url, res.statusCode);
      for (const leak of findLeaks(SECRETS, await textsOf(res))) {
        leaks.push(
          `${read.method} ${read.url} (${res.statusCode}): ${leak.secret.label} — ${leak.reason} [${leak.evidence.join(' + ')}]`,
        );
      }
    }
    expect(leaks).toEqual([]);
    // The answers held the seeded data: a pass is not a row of refusals.
    const h = seeded.householdId;
    for (const url of [`/api/v1/households/${h}`, `/api/v1/households/${h}/history`])
      expect(statuses.get(url), url).toBe(200);
    // The audit is for its readers (administrators, inspectors); a town official is refused it whole.
    const audit = `/api/v1/audit?entity=household&entityId=${h}`;
    expect(statuses.get(audit), audit).toBe(role === 'town_official' ? 403 : 200);
    const exported = `/api/v1/exports?region=${SEED.village}&year=${SEED.year}&format=xlsx`;
    expect(statuses.get(exported)).toBe(200);
    if (jobs.has(role)) expect(statuses.get(`/api/v1/imports/${jobs.get(role)}/errors.csv`)).toBe(200);
  });
});

describe('the masked view', () => {
  const get = (who: LoggedIn, url: string) =>
    app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });
  type Member = { idNumber: string; birthDate?: string; age: number };

  it('gives roles without personal data the age, never the birth date; others both', async () => {
    const url = `/api/v1/households/${seeded.householdId}`;
    const inspector = (await get(users.get('inspector')!, url)).json<{ members: Member[] }>();
    const head = inspector.members.find((m) => m.idNumber.endsWith(SEED.head.slice(-4)))!;
    // Born 1971-03-15; the test server's today is 2026-06-30.
    expect(head).toMatchObject({ idNumber: '371324********1017', age: 55 });
    expect(head).not.toHaveProperty('birthDate');
    const full = (await get(admin, url)).json<{ members: Member[] }>();
    expect(full.members.find((m) => m.idNumber === SEED.head)).toMatchObject({
      birthDate: '1971-03-15',
      age: 55,
    });
  });

  it('masks the responsible cadre’s phone like the household’s own; a reader of personal data sees it whole', async () => {
    const url = `/api/v1/households/${seeded.householdId}`;
    type Phones = { phone: string; cadrePhone: string };
    for (const role of MASKED) {
      const shown = (await get(users.get(role)!, url)).json<Phones>();
      expect(shown, role).toMatchObject({ phone: '139****9876', cadrePhone: '136****7654' });
    }
    const full = (await get(admin, url)).json<Phones>();
    expect(full).toMatchObject({ phone: SEED.phoneChanged, cadrePhone: SEED.cadrePhone });
    const history = (await get(users.get('inspector')!, `${url}/history`)).body;
    expect(history).toContain('136****7654');
    expect(history).not.toContain(SEED.cadrePhone);
  });

  it.each(MASKED)(
    'lets %s search by name and the last 4 characters, not by more of an ID number',
    async (role) => {
      const who = users.get(role)!;
      const list = (q: string) =>
        get(who, `/api/v1/households?region=${SEED.village}&q=${encodeURIComponent(q)}`);
      for (const q of [SEED.head, SEED.head.slice(-6), SEED.head.slice(-5)]) {
        const res = await list(q);
        expect(res.statusCode, q).toBe(400);
        expect(res.json().error.fields[0]).toMatchObject({ field: 'q', code: 'SEARCH_NOT_ALLOWED' });
      }
      const exported = await get(who, `/api/v1/exports?region=${SEED.village}&format=csv&q=${SEED.head}`);
      expect(exported.statusCode).toBe(400);
      for (const q of [SEED.head.slice(-4), '王守田']) {
        const res = await list(q);
        expect(res.statusCode).toBe(200);
        expect(res.json().items.map((i: { id: number }) => i.id)).toContain(seeded.householdId);
      }
    },
  );

  it('masks a complaint’s contact and text for a role without personal data; a full read is audited', async () => {
    const url = `/api/v1/complaints/${complaint.id}`;
    type Detail = { contact: string; content: string };
    const town = await get(users.get('town_official')!, url);
    expect(town.statusCode).toBe(200);
    const masked = town.json<Detail>();
    expect(masked.contact).not.toContain(SEED.phone);
    expect(masked.contact).toMatch(/^电\*+34$/);
    expect(masked.content).not.toContain(SEED.head);
    const full = (await get(admin, url)).json<Detail>();
    expect(full).toMatchObject({ contact: `电话 ${SEED.phone}` });
    expect(full.content).toContain(SEED.head);
    const audited = await db.query(
      `SELECT 1 FROM audit_log WHERE action = 'complaint.read_contact' AND entity_id = $1 AND actor_id = $2`,
      [String(complaint.id), admin.userId],
    );
    expect(audited).toHaveLength(1);
  });

  it('lets a role with personal data search by the full ID number', async () => {
    const res = await get(admin, `/api/v1/households?region=${SEED.village}&q=${SEED.head}`);
    expect(res.json().items.map((i: { id: number }) => i.id)).toEqual([seeded.householdId]);
  });
});
