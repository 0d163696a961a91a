import type { App } from '../../src/app/context.ts';
import type { Queryable } from '../../src/db/types.ts';
import { recordAssessment } from '../../src/modules/assessment/commands/record-assessment.ts';
import { ROLES, shellActor, type Role } from '../../src/modules/auth/actor.ts';
import { enqueue } from '../../src/modules/jobs/queue.ts';
import { createHousehold } from '../../src/modules/registry/commands/create-household.ts';
import { updateHousehold } from '../../src/modules/registry/commands/update-household.ts';
import type { CreateHouseholdInput } from '../../src/modules/registry/schemas.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './auth.ts';
import { memberInput, poorHouseholdInput } from './factories.ts';

/**
 * The world the access matrix walks: county A (兰陵县 371324) where every test user holds its grant, county B
 * (兰山区 371302) where none does, and three households —
 * - `inside`: in a village of A, facts of 2020 and 2026;
 * - `outside`: in a village of B;
 * - `moved`: lived in B in 2020 (facts with a marker income) and 2026, then moved to A with its 2026 facts.
 * Everything of B carries markers (household number, head's name, the 2020 income) that no answer to a user
 * of A may contain.
 */
export const A_TOWN = '371324106000';
export const A_VILLAGE = '371324106201';
export const A_COUNTY = '371324000000';
export const B_COUNTY = '371302000000';
export const B_VILLAGE = '371302001001';
export const PAST = 2020;
export const CURRENT = 2026;
/** The 2020 wage income of the moved household while it lived in B: it must reach no user of A. */
export const PAST_MARKER = 987_654;
/** Its per-capita income that year: (987,654 + 3,000 + 1,200 − 1,200) ÷ 3. */
export const PAST_PER_CAPITA = 330_218;
export const OUTSIDE_HEAD = '外县甲';

/** The region of each test user's one grant. */
export const GRANT_OF: Record<Role, string> = {
  system_admin: A_COUNTY,
  county_admin: A_COUNTY,
  town_official: A_TOWN,
  village_cadre: A_VILLAGE,
  inspector: A_COUNTY,
  contributor: A_COUNTY,
  editor: A_COUNTY,
  first_secretary: A_VILLAGE,
  work_team: A_VILLAGE,
  paired_cadre: A_COUNTY,
};

export interface Household {
  id: number;
  householdNo: string;
  memberIds: number[];
  evidenceId: number;
}

export interface World {
  users: Record<Role, LoggedIn>;
  inside: Household;
  outside: Household;
  moved: Household & { pastEvidenceId: number };
  /** A county administrator of B, and an import job they started. */
  outsiderId: number;
  outsiderJob: number;
  /** Strings no answer to a user of A may contain. */
  markers: string[];
  /** A fresh household of A for a write that changes it. */
  freshInside(): Promise<Household>;
  /** A job started by the test user of `role` in county A. */
  jobOf(role: Role): Promise<number>;
  versionOf(householdId: number): Promise<number>;
  memberVersionOf(memberId: number): Promise<number>;
}

const shell = shellActor('test');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const TODAY = '2026-06-30';

async function insertOutsideRegions(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO regions (code, level, parent_code, name) VALUES
       ('371302001000', 4, '371302000000', '外县镇'), ('371302001001', 5, '371302001000', '外县村')
     ON CONFLICT (code) DO NOTHING`,
  );
}

async function create(app: App, input: CreateHouseholdInput): Promise<Household> {
  // Poor households identified before the system: their standing is recorded, as the import records it.
  const id = await app.db.transaction((tx) => createHousehold(tx, shell, input, TODAY, { recorded: true }));
  const members = await app.db.query<{ id: number }>(
    'SELECT id FROM members WHERE household_id = $1 ORDER BY id',
    [id],
  );
  const evidenceId = await evidenceFor(app, id, input.year);
  return { id, householdNo: input.householdNo, memberIds: members.map((m) => Number(m.id)), evidenceId };
}

/** A manual assessment of `year` with an evidence file; returns the evidence id. */
async function evidenceFor(app: App, householdId: number, year: number): Promise<number> {
  const saved = await app.db.transaction((tx) =>
    recordAssessment(
      tx,
      shell,
      householdId,
      { year, guarantee: 'water', secure: true, reason: '入户核实' },
      { fileName: 'proof.png', bytes: new Uint8Array(PNG) },
      TODAY,
    ),
  );
  return Number(saved.evidence!.id);
}

async function addYear(app: App, id: number, year: number, wageIncome: number): Promise<void> {
  const version = await versionIn(app.db, 'households', id);
  // The new year carries the standing of 2020 (standing-guard.ts).
  const facts = { mainCause: '01', wageIncome };
  await app.db.transaction((tx) => updateHousehold(tx, shell, id, { version, year, facts }, TODAY));
}

export async function buildWorld(app: App): Promise<World> {
  await insertTestRegions(app.db);
  await insertOutsideRegions(app.db);
  const freshInside = async () => {
    const household = await create(app, poorHouseholdInput(A_VILLAGE));
    await addYear(app, household.id, CURRENT, 8000);
    return household;
  };
  const inside = await freshInside();
  const outsideInput = poorHouseholdInput(B_VILLAGE, {
    householdNo: `OUTSIDE${Date.now().toString(36).toUpperCase()}`,
    members: [{ ...memberInput('01', '1', 1968), name: OUTSIDE_HEAD }, memberInput('02', '2', 1970)],
  }) as CreateHouseholdInput;
  const outside = await create(app, outsideInput);

  const movedInput = poorHouseholdInput(B_VILLAGE) as CreateHouseholdInput;
  movedInput.facts = { ...movedInput.facts, wageIncome: PAST_MARKER };
  const moved = await create(app, movedInput);
  await addYear(app, moved.id, CURRENT, 9000);
  const version = await versionIn(app.db, 'households', moved.id);
  // The move takes the latest year (2026) along; 2020 stays where the household lived then.
  await app.db.transaction((tx) =>
    updateHousehold(tx, shell, moved.id, { version, regionCode: A_VILLAGE }, TODAY),
  );

  const users = Object.fromEntries(
    await Promise.all(
      ROLES.map(async (role) => [role, await loginAs(app, [{ role, regionCode: GRANT_OF[role] }])]),
    ),
  ) as Record<Role, LoggedIn>;
  const outsider = await loginAs(app, [{ role: 'county_admin', regionCode: B_COUNTY }]);
  const outsiderJob = await enqueue(
    app.db,
    'test.outside',
    { note: outside.householdNo },
    { userId: outsider.userId, username: outsider.username, source: 'api', grants: [], requestId: null },
    B_COUNTY,
  );
  return {
    users,
    inside,
    outside,
    moved: { ...moved, pastEvidenceId: moved.evidenceId },
    outsiderId: outsider.userId,
    outsiderJob,
    markers: [
      outside.householdNo,
      OUTSIDE_HEAD,
      String(PAST_MARKER),
      String(PAST_PER_CAPITA),
      outsider.username,
    ],
    freshInside,
    jobOf: (role) =>
      enqueue(
        app.db,
        'test.inside',
        {},
        {
          userId: users[role].userId,
          username: users[role].username,
          source: 'api',
          grants: [],
          requestId: null,
        },
        GRANT_OF[role],
      ),
    versionOf: (id) => versionIn(app.db, 'households', id),
    memberVersionOf: (id) => versionIn(app.db, 'members', id),
  };
}

async function versionIn(db: Queryable, table: 'households' | 'members', id: number): Promise<number> {
  const rows = await db.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  return rows[0]!.version;
}
