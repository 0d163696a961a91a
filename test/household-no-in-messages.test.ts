import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { loadRegions } from '../src/modules/regions/load.ts';
import { loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { createTestServer } from './support/server.ts';

/**
 * Error bodies are scrubbed of personal numbers, but a household number in the registry's own format (a county
 * code and a sequence: 13 digits, like a bank account) is the clerk's way to the household and stays whole.
 */
const VILLAGE = '371324106202';

let db: TestDb;
let app: App;
let admin: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await loadRegions(db, { county: '371324' });
  app = await createTestServer(db);
  admin = await loginAs(app, [{ role: 'county_admin', regionCode: '371324000000' }]);
});
afterAll(async () => {
  await app.close();
  await db.dispose();
});

const create = (body: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/v1/households', headers: { cookie: admin.cookie }, payload: body });

describe('a household number in an error message', () => {
  it('is shown whole, while the ID number beside it stays masked', async () => {
    const householdNo = `371324${String(Date.now() % 1e7).padStart(7, '0')}`;
    const first = householdInput(VILLAGE, { householdNo });
    expect((await create(first)).statusCode).toBe(201);

    const person = first.members[1]!;
    const again = await create(householdInput(VILLAGE, { members: [{ ...person, relation: '01' }] }));
    expect(again.statusCode).toBe(409);
    const issue = again.json().error.fields[0];
    expect(issue.message.zh).toContain(`户 ${householdNo} 的成员`);
    expect(issue.message.en).toContain(`household ${householdNo}`);
    expect(again.body).not.toContain(person.idNumber);

    const duplicate = await create(householdInput(VILLAGE, { householdNo }));
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toEqual({
      zh: `户编号 ${householdNo} 已存在`,
      en: `Household number ${householdNo} already exists`,
    });
  });
});
