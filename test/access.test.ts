import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/app/config.ts';
import { shellActor, type Actor, type Grant } from '../src/modules/auth/actor.ts';
import { generatePassword } from '../src/modules/auth/password.ts';
import { createUser, updateUser } from '../src/modules/auth/users.ts';
import { registerJobHandler } from '../src/modules/jobs/handlers.ts';
import { enqueue, getJob } from '../src/modules/jobs/queue.ts';
import { JobRunner } from '../src/modules/jobs/runner.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import { updateHousehold } from '../src/modules/registry/commands/update-household.ts';
import { importRows } from '../src/modules/registry/import/pipeline.ts';
import type { CreateHouseholdInput } from '../src/modules/registry/schemas.ts';
import { randomUsername } from './support/auth.ts';
import { A_COUNTY, A_VILLAGE, B_VILLAGE } from './support/access-world.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { idNumberFor, poorHouseholdInput } from './support/factories.ts';

/**
 * What the access matrix (access-matrix.test.ts) cannot see through the HTTP API: a job runs with its
 * creator's grants of the day it runs, and an import cannot write a year a household spent in another county.
 */
let db: TestDb;
const shell = shellActor('test');
const TODAY = '2026-06-30';
const config = loadConfig({ LOG_LEVEL: 'silent', ZHENFU_DATA_DIR: '/nonexistent' });

beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  await db.query(
    `INSERT INTO regions (code, level, parent_code, name) VALUES
       ('371302001000', 4, '371302000000', '外县镇'), ('371302001001', 5, '371302001000', '外县村')
     ON CONFLICT (code) DO NOTHING`,
  );
});
afterAll(() => db.dispose());

async function userWith(grants: Grant[]): Promise<Actor> {
  const user = await createUser(db, shell, {
    username: randomUsername(),
    displayName: '测试',
    password: generatePassword(),
    grants,
  });
  return { userId: user.id, username: user.username, source: 'api', grants, requestId: null };
}

/** Runs the queue until every one of `ids` is done or failed (a runner of its own, no server). */
async function runJobs(ids: number[]): Promise<void> {
  const runner = new JobRunner(db, config, pino({ level: 'silent' }));
  await runner.start();
  try {
    for (let i = 0; i < 600; i += 1) {
      const [open] = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM jobs WHERE id = ANY($1::bigint[]) AND status NOT IN ('done', 'failed')`,
        [ids],
      );
      if (open!.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('jobs did not finish');
  } finally {
    await runner.stop();
  }
}

describe('jobs run with the grants their creator holds when they run', () => {
  const seen: { username: string; grants: readonly Grant[] }[] = [];
  registerJobHandler('test.access', async (_payload, ctx) => {
    seen.push({ username: ctx.actor.username, grants: ctx.actor.grants });
    return { ran: true };
  });

  it("stops a queued job of a user whose grant was revoked, and runs a kept one with today's grants", async () => {
    const revoked = await userWith([{ role: 'village_cadre', regionCode: A_VILLAGE }]);
    const kept = await userWith([{ role: 'village_cadre', regionCode: A_VILLAGE }]);
    const stopped = await enqueue(db, 'test.access', {}, revoked, A_VILLAGE);
    const ran = await enqueue(db, 'test.access', {}, kept, A_VILLAGE);
    const [revokedView] = await db.query<{ version: number }>('SELECT version FROM users WHERE id = $1', [
      revoked.userId,
    ]);
    await updateUser(db, shell, revoked.userId!, {
      version: revokedView!.version,
      grants: [{ role: 'village_cadre', regionCode: B_VILLAGE }],
    });
    // A grant added after the job was queued is what the job holds when it runs.
    const [keptView] = await db.query<{ version: number }>('SELECT version FROM users WHERE id = $1', [
      kept.userId,
    ]);
    await updateUser(db, shell, kept.userId!, {
      version: keptView!.version,
      grants: [
        { role: 'village_cadre', regionCode: A_VILLAGE },
        { role: 'inspector', regionCode: A_COUNTY },
      ],
    });

    await runJobs([stopped, ran]);
    const rows = await db.query<{ id: number; status: string; error: { code: string } | null }>(
      'SELECT id, status, error FROM jobs WHERE id = ANY($1::bigint[]) ORDER BY id',
      [[stopped, ran]],
    );
    expect(rows.map((r) => [r.status, r.error?.code ?? null])).toEqual([
      ['failed', 'ACCESS_REVOKED'],
      ['done', null],
    ]);
    expect(seen.map((s) => s.username)).toEqual([kept.username]);
    expect(seen[0]!.grants).toHaveLength(2);
  });

  it('shows a job to its creator only while the creator still holds a grant on its region', async () => {
    const creator = await userWith([{ role: 'village_cadre', regionCode: A_VILLAGE }]);
    const id = await enqueue(db, 'test.access', {}, creator, A_VILLAGE);
    await expect(getJob(db, creator, id)).resolves.toMatchObject({ id });
    const moved = { ...creator, grants: [{ role: 'village_cadre' as const, regionCode: B_VILLAGE }] };
    await expect(getJob(db, moved, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('an import writes no year a household spent in another county', () => {
  it('rejects the moved household for that year and leaves its facts of that year alone', async () => {
    const input = poorHouseholdInput(B_VILLAGE) as CreateHouseholdInput;
    const id = await db.transaction((tx) => createHousehold(tx, shell, input, TODAY, { recorded: true }));
    const [{ version }] = (await db.query<{ version: number }>(
      'SELECT version FROM households WHERE id = $1',
      [id],
    )) as [{ version: number }];
    await db.transaction((tx) =>
      updateHousehold(
        tx,
        shell,
        id,
        {
          version,
          year: 2026,
          facts: { mainCause: '01' },
        },
        TODAY,
      ),
    );
    const v2 = (await db.query<{ version: number }>('SELECT version FROM households WHERE id = $1', [id]))[0]!
      .version;
    await db.transaction((tx) =>
      updateHousehold(tx, shell, id, { version: v2, regionCode: A_VILLAGE }, TODAY),
    );
    const facts2020 = () =>
      db.query('SELECT * FROM household_years WHERE household_id = $1 AND year = 2020', [id]);
    const before = await facts2020();

    const countyA = await userWith([{ role: 'county_admin', regionCode: A_COUNTY }]);
    const head = input.members[0]!;
    async function* rows() {
      yield {
        户编号: input.householdNo,
        行政区划代码: A_VILLAGE,
        姓名: head.name,
        证件号码: head.idNumber,
        与户主关系: '01',
        户类型: '01',
        户状态: '02',
        主要致贫原因: '01',
        工资性收入: 1,
      };
      yield {
        户编号: input.householdNo,
        行政区划代码: A_VILLAGE,
        姓名: '新成员',
        证件号码: idNumberFor('2', 1990),
        与户主关系: '02',
        户类型: '01',
        户状态: '02',
        主要致贫原因: '01',
        工资性收入: 1,
      };
    }
    const summary = await importRows(db, { ...countyA, source: 'import' }, rows(), {
      year: 2020,
      today: TODAY,
    });
    expect(summary.households.rejected).toBe(1);
    expect(summary.errors.map((e) => e.code)).toContain('HOUSEHOLD_OUT_OF_SCOPE');
    expect(await facts2020()).toEqual(before);
  });
});
