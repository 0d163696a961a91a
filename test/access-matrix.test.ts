import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import openapi from '../openapi.json' with { type: 'json' };
import type { App } from '../src/app/context.ts';
import { ROLES } from '../src/modules/auth/actor.ts';
import { PROBES, probesFor, type Probe } from './support/access-probes.ts';
import { buildWorld, type World } from './support/access-world.ts';
import { addCaseWorld } from './support/case-probes.ts';
import { addNoticeWorld } from './support/notice-probes.ts';
import { addInspectionWorld } from './support/inspection-probes.ts';
import { addPortalWorld } from './support/portal-probes.ts';
import { addComplaintWorld } from './support/complaint-probes.ts';
import { addOrganisationWorld } from './support/organisation-probes.ts';
import { addVisitWorld } from './support/visit-probes.ts';
import { addProblemWorld } from './support/problem-probes.ts';
import { addAssistanceWorld } from './support/assistance-probes.ts';
import { addProjectWorld } from './support/project-probes.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';

/**
 * The access matrix: every operation of the OpenAPI document × every role × inside / outside the caller's
 * region × this year / a year the household spent in another county (test/support/access-probes.ts says
 * what each request is and what the grant allows). Every answer is checked for what it must never be:
 * a 5xx, or text of county B (markers in access-world.ts); a request refused must have changed nothing of
 * county B. A new route without probes fails the first test.
 */
const OPERATIONS = Object.entries(openapi.paths).flatMap(([path, methods]) =>
  Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
);

const STATUS: Record<Exclude<Probe['expect'], 'filtered'>, (s: number) => boolean> = {
  ok: (s) => s >= 200 && s < 300,
  refused: (s) => s === 403,
  hidden: (s) => s === 404,
};

let db: TestDb;
let app: App;
let world: World;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  world = await buildWorld(app);
  await addNoticeWorld(app, world);
  await addCaseWorld(app, world);
  await addInspectionWorld(app, world);
  await addPortalWorld(app, world);
  await addComplaintWorld(app, world);
  await addOrganisationWorld(app, world);
  await addVisitWorld(app, world);
  await addProblemWorld(app, world);
  await addAssistanceWorld(app, world);
  await addProjectWorld(app, world);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

/** Everything of county B a refused write could have changed, as one JSON text. */
async function countyB(): Promise<string> {
  const [row] = await db.query<{ state: unknown }>(
    `SELECT json_build_object(
       'households', (SELECT json_agg(h ORDER BY h.id) FROM households h WHERE h.region_code LIKE '371302%'),
       'years', (SELECT json_agg(y ORDER BY y.household_id, y.year) FROM household_years y WHERE y.region_code LIKE '371302%'),
       'members', (SELECT json_agg(m ORDER BY m.id) FROM members m WHERE m.county_code = '371302'),
       'assessments', (SELECT count(*) FROM guarantee_assessments a JOIN household_years y
                         ON y.household_id = a.household_id AND y.year = a.year WHERE y.region_code LIKE '371302%'),
       'users', (SELECT json_agg(u ORDER BY u.id) FROM users u
                  WHERE EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND g.region_code LIKE '371302%')),
       'grants', (SELECT count(*) FROM role_grants g WHERE g.region_code LIKE '371302%'),
       'population', (SELECT json_agg(p ORDER BY p.region_code, p.year) FROM rural_population p WHERE p.region_code LIKE '371302%'),
       'standards', (SELECT count(*) FROM poverty_standards)
     ) AS state`,
  );
  return JSON.stringify(row!.state);
}

/**
 * County B as the last refused write left it, while no write since could have changed it: the state after one
 * refused write is the state before the next (an accepted write forgets it), which halves the reads of B.
 */
let known: string | undefined;
async function countyBNow(): Promise<string> {
  known ??= await countyB();
  return known;
}

/** The text of an answer; a spreadsheet's cells are read out of its zip. */
async function textOf(res: LightMyRequestResponse): Promise<string> {
  if (!String(res.headers['content-type'] ?? '').includes('spreadsheetml')) return res.body;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
  return cells.join('\n');
}

/** A job a request started runs to its end before the checks: what it refuses is what is checked. */
async function settle(res: LightMyRequestResponse): Promise<void> {
  const jobId = res.statusCode === 202 ? res.json<{ jobId?: number }>().jobId : undefined;
  if (jobId === undefined) return;
  for (let i = 0; i < 600; i += 1) {
    const [job] = await db.query<{ status: string }>('SELECT status FROM jobs WHERE id = $1', [jobId]);
    if (job?.status === 'done' || job?.status === 'failed') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`job ${jobId} did not finish`);
}

describe('access matrix: every route × role × region × year', () => {
  it('has probes for every operation of the OpenAPI document, and none for an operation it lacks', () => {
    expect(OPERATIONS.filter((op) => !(op in PROBES))).toEqual([]);
    expect(Object.keys(PROBES).filter((op) => !OPERATIONS.includes(op))).toEqual([]);
  });

  for (const operation of Object.keys(PROBES)) {
    describe(operation, () => {
      for (const role of ROLES) {
        it(`as ${role}`, async () => {
          const probes = probesFor(operation, role, await PROBES[operation]!(world, role));
          for (const probe of probes) {
            const before = probe.write ? await countyBNow() : '';
            const headers = { ...probe.request.headers, cookie: world.users[role].cookie };
            const res = await app.inject({ ...probe.request, headers });
            await settle(res);
            const what = `${probe.request.method} ${probe.request.url} (${probe.target}) → ${res.statusCode} ${res.body.slice(0, 300)}`;
            expect(res.statusCode, what).toBeLessThan(500);
            if (probe.expect !== 'filtered') expect(STATUS[probe.expect](res.statusCode), what).toBe(true);
            const text = await textOf(res);
            for (const marker of world.markers)
              expect(text.includes(marker), `${what}: holds ${marker}`).toBe(false);
            if (probe.write && probe.expect !== 'ok') {
              // What a refused write left is what the next write starts from.
              known = await countyB();
              expect(known, what).toBe(before);
            } else if (probe.write) known = undefined;
          }
        });
      }
    });
  }
});
