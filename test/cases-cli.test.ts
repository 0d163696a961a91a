import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAct, runList, runOpen, runShow } from '../src/cli/cases.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { createUser } from '../src/modules/auth/users.ts';
import type { CaseView } from '../src/modules/cases/schemas.ts';
import { createHousehold } from '../src/modules/registry/commands/create-household.ts';
import type { CreateHouseholdInput } from '../src/modules/registry/schemas.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { householdInput } from './support/factories.ts';
import { TEST_NOW, TEST_TODAY } from './support/server.ts';

/**
 * `zhenfu cases list|show|act|open` on a database of its own: the same commands and guard as the API, the
 * user of --user with their grants, refusals printed with their code in Chinese and English and exit 1.
 */
const VILLAGE = '371324106201';
const OTHER_VILLAGE = '371324106202';
const shell = shellActor('test');
const dir = mkdtempSync(join(tmpdir(), 'zhenfu-cases-cli-'));

function sink() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}
const io = () => ({
  stdout: sink(),
  stderr: Object.assign(sink(), { isTTY: false }) as unknown as NodeJS.WriteStream & { text(): string },
});

const MINUTES = JSON.stringify({
  minutes: { documentNo: '评议〔2026〕3号', date: '2026-06-20' },
  votes: { present: 20, for: 16, against: 1 },
});

let db: TestDb;
let householdId: number;
let caseId: number;
beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  await db.query(
    `INSERT INTO regions (code, level, parent_code, name) VALUES ('${OTHER_VILLAGE}', 5, '371324106000', '邻村')`,
  );
  for (const [username, regionCode] of [
    ['cadre', VILLAGE],
    ['stranger', OTHER_VILLAGE],
  ] as const)
    await createUser(db, shell, {
      username,
      displayName: username,
      password: 'Cli-test-passw0rd!',
      grants: [{ role: 'village_cadre', regionCode }],
    });
  const input = householdInput(VILLAGE) as CreateHouseholdInput;
  householdId = await db.transaction((tx) => createHousehold(tx, shell, input, TEST_TODAY));
});
afterAll(async () => {
  await db.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('zhenfu cases', () => {
  it('opens a case as a user and shows it with the steps they may take', async () => {
    const out = io();
    const status = await runOpen(
      db,
      {
        user: 'cadre',
        type: 'identification',
        household: String(householdId),
        year: '2020',
        reason: '因病申请',
        date: '2026-06-10',
        json: true,
      },
      out,
      TEST_NOW,
    );
    expect(out.stderr.text()).toBe('');
    expect(status).toBe(0);
    const view = JSON.parse(out.stdout.text()) as CaseView;
    expect(view).toMatchObject({ type: 'identification', stage: 'applied', version: 1 });
    caseId = view.id;
    const shown = io();
    expect(await runShow(db, String(caseId), { user: 'cadre' }, shown)).toBe(0);
    expect(shown.stdout.text()).toContain('applied (v1)');
    expect(shown.stdout.text()).toMatch(/appraise → appraised 须提供 requires: minutes/);
  });

  it('takes a step with inputs from a file, then refuses a stale version in both languages', async () => {
    const file = join(dir, 'minutes.json');
    writeFileSync(file, MINUTES);
    const out = io();
    const options = { user: 'cadre', version: '1', date: '2026-06-20', inputs: `@${file}`, json: true };
    expect(await runAct(db, String(caseId), 'appraise', options, out, TEST_NOW)).toBe(0);
    expect(JSON.parse(out.stdout.text())).toMatchObject({ stage: 'appraised', version: 2 });
    const stale = io();
    // The version read before the step: a withdrawal on it would undo what was not seen.
    const again = { user: 'cadre', version: '1', reason: '农户撤回' };
    expect(await runAct(db, String(caseId), 'withdraw', again, stale, TEST_NOW)).toBe(1);
    expect(stale.stdout.text()).toBe('');
    expect(stale.stderr.text()).toMatch(
      /^错误 VERSION_CONFLICT: .*\p{Script=Han}.*\nerror VERSION_CONFLICT: /u,
    );
  });

  it('prints each refusal of the guard with its code and exits 1', async () => {
    const refusals: [string, Record<string, string>, string][] = [
      ['appraise', { inputs: MINUTES }, 'WRONG_STAGE'],
      ['withdraw', {}, 'REASON_REQUIRED'],
      ['verify', { date: '2099-01-01' }, 'DATE_INVALID'],
      ['verify', { inputs: '{not json' }, 'error VALIDATION: Please check the input: --inputs takes'],
      ['fly', {}, 'VALIDATION'],
    ];
    for (const [action, extra, code] of refusals) {
      const out = io();
      expect(await runAct(db, String(caseId), action, { user: 'cadre', ...extra }, out, TEST_NOW)).toBe(1);
      expect(out.stderr.text(), action).toContain(code);
    }
    const outside = io();
    expect(await runAct(db, String(caseId), 'withdraw', { user: 'stranger', reason: 'x' }, outside)).toBe(1);
    expect(outside.stderr.text()).toContain('NOT_FOUND');
    const [row] = await db.query<{ stage: string; version: number }>(
      'SELECT stage, version FROM cases WHERE id = $1',
      [caseId],
    );
    expect(row).toEqual({ stage: 'appraised', version: 2 });
  });

  it('lists the cases of the user’s regions, filtered, for a script', async () => {
    const mine = io();
    expect(await runList(db, { user: 'cadre', json: true }, mine)).toBe(0);
    expect((JSON.parse(mine.stdout.text()) as { id: number }[]).map((c) => c.id)).toEqual([caseId]);
    const stranger = io();
    expect(await runList(db, { user: 'stranger', json: true }, stranger)).toBe(0);
    expect(JSON.parse(stranger.stdout.text())).toEqual([]);
    const overdue = io();
    expect(await runList(db, { overdue: true, json: true }, overdue)).toBe(0);
    expect(JSON.parse(overdue.stdout.text())).toEqual([]);
    const text = io();
    expect(await runList(db, { region: '371324', stage: 'appraised' }, text)).toBe(0);
    const lines = text.stdout.text().trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split('\t').slice(0, 4)).toEqual([String(caseId), 'identification', 'appraised', 'v2']);
    const bad = io();
    expect(await runList(db, { type: 'holiday' }, bad)).toBe(1);
    expect(bad.stderr.text()).toContain('VALIDATION');
  });
});
