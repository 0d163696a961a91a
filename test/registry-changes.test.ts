import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { compareStats } from '../src/modules/measure/stats.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { createTestServer } from './support/server.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { memberInput, poorHouseholdInput } from './support/factories.ts';
import { seedHousehold } from './support/seed.ts';

const V1 = '371324106202';
const V2 = '371324106203';
/** The households here live in 2020, a closed year on the test server's day (2026): changing it is a correction. */
const CORRECTION = '补录当年情况';

let db: TestDb;
let app: App;
let cadre: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: '371324106000' }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers: { cookie: cadre.cookie },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

/** A poor household identified before the system (seeded: the API registers ordinary ones only). */
async function newHousehold(region = V1, overrides: Record<string, unknown> = {}) {
  const input = poorHouseholdInput(region, overrides);
  const { id } = await seedHousehold(app, cadre, input);
  const household = (await send('GET', `/api/v1/households/${id}`)).json();
  return { input, household };
}

describe('changing a household', () => {
  it('refuses a stale version with 409 and keeps the newer data', async () => {
    const { household } = await newHousehold();
    const first = await send('PATCH', `/api/v1/households/${household.id}`, {
      version: 1,
      groupName: '一组',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await send('PATCH', `/api/v1/households/${household.id}`, {
      version: 1,
      groupName: '二组',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(stale.json().error.details.currentVersion).toBe(2);
    expect((await send('GET', `/api/v1/households/${household.id}`)).json().groupName).toBe('一组');
  });

  it('keeps each year: a new year is added and last year still reads as it was', async () => {
    const { household } = await newHousehold();
    const next = await send('PATCH', `/api/v1/households/${household.id}`, {
      version: 1,
      year: 2021,
      reason: CORRECTION,
      facts: {
        mainCause: '01',
        wageIncome: 20000,
        businessIncome: 0,
        propertyIncome: 0,
        transferIncome: 0,
        businessCosts: 0,
      },
    });
    expect(next.statusCode).toBe(200);
    // The new year carries the standing of the year before: status and type are the procedures' to change.
    expect(next.json().facts).toMatchObject({
      year: 2021,
      status: '01',
      householdType: '01',
      perCapitaIncome: 6666.67,
    });
    expect(next.json().years).toEqual([2020, 2021]);
    const last = (await send('GET', `/api/v1/households/${household.id}?year=2020`)).json();
    expect(last.facts).toMatchObject({ year: 2020, status: '01', perCapitaIncome: 3000 });
    const missingFacts = await send('PATCH', `/api/v1/households/${household.id}`, {
      version: 2,
      year: 2022,
      facts: { wageIncome: 1 },
    });
    expect(missingFacts.statusCode).toBe(400);
    expect(missingFacts.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      'facts.mainCause',
    ]);
  });

  it('records field-level history for each change', async () => {
    const { household } = await newHousehold();
    await send('PATCH', `/api/v1/households/${household.id}`, {
      version: 1,
      groupName: '三组',
      year: 2020,
      facts: { wageIncome: 9000 },
      reason: CORRECTION,
    });
    const history = (await send('GET', `/api/v1/households/${household.id}/history`)).json();
    const changes = history.items.map(
      (i: { field: string; oldValue: string | null; newValue: string | null; year: number | null }) => [
        i.field,
        i.oldValue,
        i.newValue,
        i.year,
      ],
    );
    expect(changes).toEqual(
      expect.arrayContaining([
        ['groupName', null, '三组', null],
        ['wageIncome', '6000', '9000', 2020],
      ]),
    );
    expect(history.items.at(-1).action).toBe('household.create');
  });
});

describe('members come and go as events', () => {
  it('adds a newborn, updates the size and refuses a second head', async () => {
    const { household } = await newHousehold();
    const baby = await send('POST', `/api/v1/households/${household.id}/members`, {
      version: 1,
      event: 'birth',
      eventDate: '2020-12-31',
      reason: CORRECTION,
      member: memberInput('07', '1', 2020),
    });
    expect(baby.statusCode).toBe(201);
    const page = (await send('GET', `/api/v1/households/${household.id}`)).json();
    expect(page.members).toHaveLength(4);
    expect(page.facts.size).toBe(4);
    const secondHead = await send('POST', `/api/v1/households/${household.id}/members`, {
      version: page.version,
      event: 'married_in',
      eventDate: '2020-06-01',
      reason: CORRECTION,
      member: memberInput('01'),
    });
    expect(secondHead.statusCode).toBe(422);
    expect(secondHead.json().error.code).toBe('TWO_HEADS');
  });

  it('requires a new head when the head dies, and keeps the dead as a former member', async () => {
    const { household } = await newHousehold();
    const head = household.members.find((m: { relation: string }) => m.relation === '01');
    const spouse = household.members.find((m: { relation: string }) => m.relation === '02');
    const noHeir = await send('POST', `/api/v1/members/${head.id}/events`, {
      version: head.version,
      event: 'death',
      eventDate: '2020-08-01',
      reason: CORRECTION,
    });
    expect(noHeir.statusCode).toBe(400);
    expect(noHeir.json().error.fields[0].field).toBe('newHeadMemberId');
    const ok = await send('POST', `/api/v1/members/${head.id}/events`, {
      version: head.version,
      event: 'death',
      eventDate: '2020-08-01',
      reason: CORRECTION,
      newHeadMemberId: spouse.id,
    });
    expect(ok.statusCode).toBe(200);
    const page = (await send('GET', `/api/v1/households/${household.id}`)).json();
    expect(page.members.find((m: { id: number }) => m.id === spouse.id).relation).toBe('01');
    expect(page.formerMembers).toEqual([
      expect.objectContaining({ id: head.id, active: false, leftEvent: 'death', leftOn: '2020-08-01' }),
    ]);
    expect(page.facts.size).toBe(2);
  });

  it('moves a member to another household, and the ID is then free only there', async () => {
    const a = await newHousehold(V1);
    const b = await newHousehold(V2);
    const child = a.household.members.find((m: { relation: string }) => m.relation === '03');
    const moved = await send('POST', `/api/v1/members/${child.id}/events`, {
      version: child.version,
      event: 'move',
      eventDate: '2020-09-01',
      reason: CORRECTION,
      toHouseholdId: b.household.id,
      relationInNewHousehold: '06',
    });
    expect(moved.statusCode).toBe(200);
    const target = (await send('GET', `/api/v1/households/${b.household.id}`)).json();
    expect(target.members.map((m: { idNumber: string }) => m.idNumber)).toContain(child.idNumber);
    expect(target.facts.size).toBe(4);
    expect((await send('GET', `/api/v1/households/${a.household.id}`)).json().facts.size).toBe(2);
    const again = await send('POST', `/api/v1/households/${a.household.id}/members`, {
      version: (await send('GET', `/api/v1/households/${a.household.id}`)).json().version,
      event: 'moved_in',
      eventDate: '2020-10-01',
      reason: CORRECTION,
      member: { ...memberInput('03'), idNumber: child.idNumber },
    });
    expect(again.statusCode).toBe(409);
    expect(await compareStats(db)).toEqual([]);
  });

  it('cancels the household when its last member leaves', async () => {
    const { household } = await newHousehold(V1, { members: [memberInput('01', '1', 1940)] });
    const head = household.members[0];
    const res = await send('POST', `/api/v1/members/${head.id}/events`, {
      version: head.version,
      event: 'death',
      eventDate: '2020-12-01',
      reason: CORRECTION,
    });
    expect(res.statusCode).toBe(200);
    const page = (await send('GET', `/api/v1/households/${household.id}`)).json();
    expect(page.facts).toMatchObject({ status: '04', size: 0, perCapitaIncome: null });
  });
});

describe('lists', () => {
  it('filters, searches by name and ID, and pages by keyset without overlap', async () => {
    const special = await newHousehold(V2, {
      facts: {
        status: '03',
        householdType: '03',
        mainCause: '08',
        wageIncome: 0,
        businessIncome: 0,
        propertyIncome: 0,
        transferIncome: 3000,
        businessCosts: 0,
      },
    });
    const byStatusRes = await send('GET', `/api/v1/households?region=371324106&year=2020&status=03&type=03`);
    expect(byStatusRes.json()).toHaveProperty('items');
    const byStatus = byStatusRes.json();
    expect(byStatus.items.map((i: { id: number }) => i.id)).toContain(special.household.id);
    expect(byStatus.items.every((i: { status: string }) => i.status === '03')).toBe(true);
    const id = special.input.members[1]!.idNumber;
    const fullRes = await send('GET', `/api/v1/households?region=371324106&year=2020&q=${id}`);
    expect(fullRes.json()).toHaveProperty('items');
    const full = fullRes.json();
    expect(full.items.map((i: { id: number }) => i.id)).toEqual([special.household.id]);
    const tail = (
      await send('GET', `/api/v1/households?region=371324106&year=2020&q=${id.slice(-6)}`)
    ).json();
    expect(tail.items.map((i: { id: number }) => i.id)).toContain(special.household.id);
    const seen: number[] = [];
    let after = 0;
    for (;;) {
      const page = (
        await send('GET', `/api/v1/households?region=371324106&year=2020&limit=2&after=${after}`)
      ).json();
      seen.push(...page.items.map((i: { id: number }) => i.id));
      if (page.nextCursor === null) break;
      after = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    const stats = (await send('GET', '/api/v1/stats?region=371324106&year=2020')).json();
    // The list shows every household of the year: the registered and the cancelled (docs/glossary.md).
    expect(seen.length).toBe(stats.households + stats.cancelledHouseholds);
  });
});
