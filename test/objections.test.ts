import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { openNotice, openObjectionCount, type NoticeSummary } from '../src/modules/cases/notices.ts';
import { caseObjections } from '../src/modules/cases/objections.ts';
import type { Actor, Role } from '../src/modules/auth/actor.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import {
  householdCase,
  insertOutsideRegions,
  noticeFor,
  shell,
  type Fixture,
} from './support/notice-fixtures.ts';
import { createTestServer } from './support/server.ts';

const VILLAGE = '371324106201';
const TOWN = '371324106000';
const COUNTY = '371324000000';
const B_VILLAGE = '371302001001';

let db: TestDb;
let app: App;
const users = {} as Record<Role, LoggedIn>;
let outsider: LoggedIn;

const post = (url: string, payload: object, who?: LoggedIn, ip = '10.0.0.1') =>
  app.inject({
    method: 'POST',
    url,
    payload,
    remoteAddress: ip,
    ...(who ? { headers: { cookie: who.cookie } } : {}),
  });
const staffObjection = (caseId: number, who: LoggedIn, body: object = { content: '该户家中有小轿车' }) =>
  post(`/api/v1/cases/${caseId}/objections`, body, who);
const answer = (id: number, who: LoggedIn, body: object) =>
  post(`/api/v1/objections/${id}/answer`, body, who);
const actorOf = (role: Role, regionCode: string): Actor => ({
  userId: null,
  username: role,
  source: 'api',
  grants: [{ role, regionCode }],
  requestId: null,
});

/** A case in its village notice, the notice running since 2026-06-28. */
async function noticed(village = VILLAGE): Promise<Fixture & { notice: NoticeSummary }> {
  const f = await householdCase(app, village);
  return { ...f, notice: await noticeFor(app, f.caseId) };
}

async function caseRow(id: number) {
  const [row] = await db.query<{ stage: string; version: number; stageSince: string }>(
    'SELECT stage, version, stage_since AS "stageSince" FROM cases WHERE id = $1',
    [id],
  );
  return row!;
}

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  await insertOutsideRegions(db);
  const grants: Record<Role, string> = {
    system_admin: COUNTY,
    county_admin: COUNTY,
    town_official: TOWN,
    village_cadre: VILLAGE,
    inspector: COUNTY,
    contributor: COUNTY,
    editor: COUNTY,
    first_secretary: VILLAGE,
    work_team: VILLAGE,
    paired_cadre: COUNTY,
  };
  for (const role of Object.keys(grants) as Role[])
    users[role] = await loginAs(app, [{ role, regionCode: grants[role] }]);
  outsider = await loginAs(app, [{ role: 'county_admin', regionCode: '371302000000' }]);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('staff record objections', () => {
  it('records one on the running notice, dated today by default', async () => {
    const f = await noticed();
    const res = await staffObjection(f.caseId, users.village_cadre, {
      content: '反映该户有经营收入',
      name: '李四',
      phone: '13700001111',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      noticeId: f.notice.id,
      source: 'staff',
      name: '李四',
      phone: '13700001111',
      receivedOn: '2026-06-30',
      outcome: null,
      version: 1,
    });
    expect((await openObjectionCount(db, [f.caseId])).get(f.caseId)).toBe(1);
  });

  it('answers 404 outside the region and 403 to a read-only role', async () => {
    const f = await noticed();
    expect((await staffObjection(f.caseId, outsider)).statusCode).toBe(404);
    expect((await staffObjection(f.caseId, users.inspector)).statusCode).toBe(403);
    const b = await noticed(B_VILLAGE);
    expect((await staffObjection(b.caseId, users.county_admin)).statusCode).toBe(404);
    expect((await openObjectionCount(db, [f.caseId, b.caseId])).size).toBe(0);
  });

  it('refuses without a running notice (NO_NOTICE) and dates that are not facts (DATE_INVALID)', async () => {
    const bare = await householdCase(app, VILLAGE);
    const none = await staffObjection(bare.caseId, users.village_cadre);
    expect(none.statusCode).toBe(422);
    expect(none.json().error.code).toBe('NO_NOTICE');
    const f = await noticed();
    for (const date of ['2026-07-01', '2026-06-27']) {
      const res = await staffObjection(f.caseId, users.village_cadre, { content: '异议', date });
      expect(res.statusCode, date).toBe(422);
      expect(res.json().error.code).toBe('DATE_INVALID');
    }
  });

  it('shows the objector’s name and phone only to roles with personal data', async () => {
    const f = await noticed();
    await staffObjection(f.caseId, users.village_cadre, {
      content: '举报人身份证 371324197001011234',
      name: '李四',
      phone: '13700001111',
    });
    const [full] = await caseObjections(db, actorOf('village_cadre', VILLAGE), f.caseId);
    expect(full).toMatchObject({ name: '李四', phone: '13700001111' });
    const [masked] = await caseObjections(db, actorOf('town_official', TOWN), f.caseId);
    expect(masked).toMatchObject({ name: null, phone: '137****1111' });
    expect(masked!.content).not.toContain('371324197001011234');
  });
});

describe('the public object during the period', () => {
  it('takes an objection without a session and echoes neither name nor phone', async () => {
    const f = await noticed();
    const res = await post(`/api/public/notices/${f.notice.serial}/objections`, {
      content: '该户在县城有商品房',
      name: '匿名群众',
      phone: '0539-5211234',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ serial: f.notice.serial, receivedOn: '2026-06-30' });
    expect(res.body).not.toContain('匿名群众');
    expect(res.body).not.toContain('5211234');
    const [row] = await db.query(
      `SELECT o.source, o.name, a.region_code, a.actor FROM objections o
       JOIN audit_log a ON a.entity = 'objection' AND a.entity_id = o.id::text WHERE o.case_id = $1`,
      [f.caseId],
    );
    expect(row).toMatchObject({ source: 'public', name: '匿名群众', region_code: VILLAGE, actor: 'public' });
  });

  it('refuses outside the period (NOTICE_CLOSED) and bad input (400)', async () => {
    const f = await householdCase(app, VILLAGE);
    const past = await noticeFor(app, f.caseId, { date: '2026-06-01' });
    const res = await post(`/api/public/notices/${past.serial}/objections`, { content: '异议' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('NOTICE_CLOSED');
    // In its period, but its case was withdrawn: nobody would answer an objection.
    const closed = await noticed();
    await db.transaction(async (tx) => {
      await tx.query(`UPDATE cases SET outcome = 'withdrawn', closed_on = '2026-06-29' WHERE id = $1`, [
        closed.caseId,
      ]);
      await recordAudit(tx, shell, {
        action: 'test.close',
        entity: 'case',
        entityId: closed.caseId,
        regionCode: VILLAGE,
      });
    });
    const late = await post(`/api/public/notices/${closed.notice.serial}/objections`, { content: '异议' });
    expect(late.json().error.code).toBe('NOTICE_CLOSED');
    expect((await staffObjection(closed.caseId, users.village_cadre)).json().error.code).toBe('NO_NOTICE');
    const g = await noticed();
    const url = `/api/public/notices/${g.notice.serial}/objections`;
    expect((await post(url, { content: 'x'.repeat(2001) }, undefined, '10.0.0.9')).statusCode).toBe(400);
    expect((await post(url, { content: '异议', phone: 'call me' }, undefined, '10.0.0.9')).statusCode).toBe(
      400,
    );
    expect(
      (await post('/api/public/notices/371324-2026-999999/objections', { content: '异议' })).statusCode,
    ).toBe(404);
    expect((await openObjectionCount(db, [f.caseId, g.caseId])).size).toBe(0);
  });

  it('limits each address to 5 an hour on one notice', async () => {
    const f = await noticed();
    const url = `/api/public/notices/${f.notice.serial}/objections`;
    for (let i = 0; i < 5; i += 1)
      expect((await post(url, { content: `异议 ${i}` }, undefined, '10.0.0.7')).statusCode).toBe(201);
    const refused = await post(url, { content: '再一次' }, undefined, '10.0.0.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('RATE_LIMITED');
    expect((await post(url, { content: '另一个人' }, undefined, '10.0.0.8')).statusCode).toBe(201);
    expect((await openObjectionCount(db, [f.caseId])).get(f.caseId)).toBe(6);
  });
});

describe('answering an objection', () => {
  async function raised() {
    const f = await noticed();
    const res = await staffObjection(f.caseId, users.village_cadre, { content: '异议', date: '2026-06-29' });
    return { ...f, objection: res.json<{ id: number; version: number }>() };
  }

  it('is for the role that ends the notice’s level, inside its region', async () => {
    const { objection } = await raised();
    const body = { outcome: 'dismissed', answer: '经核实不属实', version: 1 };
    expect((await answer(objection.id, outsider, body)).statusCode).toBe(404);
    for (const role of ['town_official', 'county_admin', 'inspector', 'system_admin'] as Role[])
      expect((await answer(objection.id, users[role], body)).statusCode, role).toBe(403);
  });

  it('refuses a stale version, a date before receipt or in the future, and a second answer', async () => {
    const { objection } = await raised();
    const who = users.village_cadre;
    const stale = await answer(objection.id, who, { outcome: 'dismissed', answer: '不属实', version: 2 });
    expect(stale.statusCode).toBe(409);
    for (const date of ['2026-06-28', '2026-07-01']) {
      const res = await answer(objection.id, who, {
        outcome: 'dismissed',
        answer: '不属实',
        date,
        version: 1,
      });
      expect(res.statusCode, date).toBe(422);
      expect(res.json().error.code).toBe('DATE_INVALID');
    }
    const ok = await answer(objection.id, who, { outcome: 'dismissed', answer: '不属实', version: 1 });
    expect(ok.statusCode).toBe(200);
    const again = await answer(objection.id, who, { outcome: 'upheld', answer: '改判', version: 2 });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe('OBJECTION_ANSWERED');
  });

  it('dismissed: the case stays at its notice, the objection no longer holds it', async () => {
    const f = await raised();
    const before = await caseRow(f.caseId);
    const res = await answer(f.objection.id, users.village_cadre, {
      outcome: 'dismissed',
      answer: '经核实不属实',
      version: 1,
    });
    expect(res.json()).toMatchObject({ outcome: 'dismissed', answeredOn: '2026-06-30', version: 2 });
    expect(await caseRow(f.caseId)).toEqual(before);
    expect((await openObjectionCount(db, [f.caseId])).size).toBe(0);
    expect((await openNotice(db, f.caseId))?.id).toBe(f.notice.id);
  });

  it('upheld: the notice ends and the case goes back to verification, one version on', async () => {
    const f = await raised();
    const before = await caseRow(f.caseId);
    const res = await answer(f.objection.id, users.village_cadre, {
      outcome: 'upheld',
      answer: '该户有商品房，重新核实',
      date: '2026-06-30',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    expect(await caseRow(f.caseId)).toEqual({
      stage: 'appraised',
      version: before.version + 1,
      stageSince: '2026-06-30',
    });
    expect(await openNotice(db, f.caseId)).toBeUndefined();
    const events = await db.query(
      'SELECT action, from_stage, to_stage, actor_role, reason FROM case_events WHERE case_id = $1',
      [f.caseId],
    );
    expect(events).toEqual([
      {
        action: 'objection_upheld',
        from_stage: 'village_notice',
        to_stage: 'appraised',
        actor_role: 'village_cadre',
        reason: '该户有商品房，重新核实',
      },
    ]);
    const audit = await db.query('SELECT 1 FROM audit_log WHERE action = $1 AND entity_id = $2', [
      'objection.answer',
      String(f.objection.id),
    ]);
    expect(audit).toHaveLength(1);
  });

  it('a town notice’s objection is the town official’s to answer', async () => {
    const f = await householdCase(app, VILLAGE, { stage: 'town_notice' });
    await noticeFor(app, f.caseId, { level: 'town' });
    const raisedRes = await staffObjection(f.caseId, users.town_official);
    const id = raisedRes.json<{ id: number }>().id;
    const body = { outcome: 'dismissed', answer: '不属实', version: 1 };
    expect((await answer(id, users.village_cadre, body)).statusCode).toBe(403);
    expect((await answer(id, users.town_official, body)).statusCode).toBe(200);
  });
});
