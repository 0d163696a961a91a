import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/types.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { openProblems } from '../src/modules/problems/open.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import type { CreateHouseholdInput } from '../src/modules/registry/schemas.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { poorHouseholdInput } from './support/factories.ts';
import { pairCadre } from './support/problems.ts';
import { TEST_TODAY } from './support/server.ts';

/** Problems opened by the other modules (issue 13 §3): openProblems, the assessment and the procedures. */
const VILLAGE = '371324106201';
const shell = shellActor('test');

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
});
afterAll(() => db.dispose());

async function household(q: Db): Promise<number> {
  const input = poorHouseholdInput(VILLAGE) as CreateHouseholdInput;
  return q.transaction((tx) =>
    createHousehold(tx, shell, { ...input, year: 2020 }, TEST_TODAY, { recorded: true }),
  );
}

describe('openProblems', () => {
  it('opens once per source key, owned by the paired cadre, due by the rules, with its event and audit', async () => {
    const householdId = await household(db);
    const cadreId = await pairCadre(db, VILLAGE, householdId);
    const item = {
      householdId,
      regionCode: VILLAGE,
      category: 'medical' as const,
      description: '未参加医保',
      source: 'assessment' as const,
      sourceKey: `assessment:${householdId}/2026/medical`,
    };
    const first = await db.transaction((tx) => openProblems(tx, shell, [item, item], TEST_TODAY));
    expect(first).toHaveLength(1);
    const again = await db.transaction((tx) => openProblems(tx, shell, [item], TEST_TODAY));
    expect(again).toEqual([]);
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT owner_cadre_id::int AS owner, to_char(due, 'YYYY-MM-DD') AS due, handler_region_code AS handler,
              state, to_char(opened_on, 'YYYY-MM-DD') AS "openedOn"
       FROM problems WHERE id = $1`,
      [first[0]],
    );
    expect(row).toEqual({
      owner: cadreId,
      due: '2026-07-30',
      handler: VILLAGE,
      state: 'open',
      openedOn: TEST_TODAY,
    });
    const events = await db.query(`SELECT action FROM problem_events WHERE problem_id = $1`, [first[0]]);
    expect(events).toEqual([{ action: 'open' }]);
    const audits = await db.query(
      `SELECT action FROM audit_log WHERE entity = 'problem' AND entity_id = $1`,
      [String(first[0])],
    );
    expect(audits).toEqual([{ action: 'problem.open' }]);
  });

  it('keeps a given due date and owner, and opens a village problem without a household', async () => {
    const [id] = await db.transaction((tx) =>
      openProblems(
        tx,
        shell,
        [
          {
            regionCode: VILLAGE,
            category: 'water',
            description: '村饮水管网破损',
            source: 'manual',
            due: '2026-08-15',
          },
        ],
        TEST_TODAY,
      ),
    );
    const [row] = await db.query(
      `SELECT household_id AS h, owner_cadre_id AS o, to_char(due, 'YYYY-MM-DD') AS due FROM problems WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ h: null, o: null, due: '2026-08-15' });
  });
});
