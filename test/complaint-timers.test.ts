import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { recordAudit } from '../src/modules/audit/audit.ts';
import { shellActor } from '../src/modules/auth/actor.ts';
import { startOfDay } from '../src/modules/cases/timers.ts';
import { HOLIDAYS_2026, loadHolidays } from '../src/modules/portal/calendar/holidays.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { complaintId, COUNTY, submitComplaint, TOWN } from './support/complaints.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { fireDue } from './support/jobs.ts';
import { createTestServer } from './support/server.ts';

const CITY = '371300000000';

let db: TestDb;
let app: App;
let admin: LoggedIn;
let town: LoggedIn;

/**
 * 2026-06-30 (Tuesday) + 15 working days is 2026-07-21 on a plain calendar. These tests set their own days
 * around it: a holiday on Friday 07-10 pushes the due day to 07-22, a 调休 Saturday 07-18 pulls it back to
 * 07-21.
 */
beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  admin = await loginAs(app, [{ role: 'system_admin', regionCode: '000000000000' }]);
  town = await loginAs(app, [{ role: 'town_official', regionCode: TOWN }]);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

const setDay = (date: string, body: object | null, who = admin) =>
  app.inject({
    method: body ? 'PUT' : 'DELETE',
    url: `/api/v1/calendar/${date}`,
    ...(body ? { payload: body } : {}),
    headers: { cookie: who.cookie },
  });

async function state(id: number) {
  const [row] = await db.query<{ handler: string; overdue: boolean; level: number; events: string[] }>(
    `SELECT handler_region_code AS handler, overdue, escalation_level AS level,
            (SELECT array_agg(action ORDER BY id) FROM complaint_events e WHERE e.complaint_id = c.id) AS events
     FROM complaints c WHERE id = $1`,
    [id],
  );
  return row!;
}

describe('complaint deadlines in working days', () => {
  it('counts over a holiday and a 调休 Saturday, set through the calendar (audited, administrators only)', async () => {
    expect((await setDay('2026-07-10', { workday: false, name: '测试假日' }, town)).statusCode).toBe(403);
    expect((await setDay('2026-07-10', { workday: false, name: '测试假日' })).statusCode).toBe(200);
    expect((await submitComplaint(app)).dueOn).toBe('2026-07-22');
    expect((await setDay('2026-07-18', { workday: true, name: '测试调休上班' })).statusCode).toBe(200);
    expect((await submitComplaint(app)).dueOn).toBe('2026-07-21');
    const year = await app.inject({
      method: 'GET',
      url: '/api/v1/calendar?year=2026',
      headers: { cookie: town.cookie },
    });
    expect(year.json()).toMatchObject({
      year: 2026,
      canChange: false,
      days: [
        { day: '2026-07-10', workday: false, name: '测试假日' },
        { day: '2026-07-18', workday: true, name: '测试调休上班' },
      ],
    });
    expect((await setDay('2026-07-10', null)).statusCode).toBe(204);
    expect((await setDay('2026-07-10', null)).statusCode).toBe(404);
    expect((await setDay('2026-02-30', { workday: false, name: '无' })).statusCode).toBe(400);
    expect((await setDay('2026-07-18', null)).statusCode).toBe(204);
    const audited = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'calendar_day' ORDER BY id`,
    );
    expect(audited.map((a) => a.action)).toEqual([
      'calendar.set',
      'calendar.set',
      'calendar.clear',
      'calendar.clear',
    ]);
  });

  it('reads and sets the deadlines (administrators only), used for complaints received after', async () => {
    const get = await app.inject({
      method: 'GET',
      url: '/api/v1/settings/complaints',
      headers: { cookie: town.cookie },
    });
    expect(get.json()).toEqual({ deadlineWorkingDays: 15, reminderWorkingDays: 3, canChange: false });
    const put = (body: object, who = admin) =>
      app.inject({
        method: 'PUT',
        url: '/api/v1/settings/complaints',
        payload: body,
        headers: { cookie: who.cookie },
      });
    expect((await put({ deadlineWorkingDays: 10, reminderWorkingDays: 2 }, town)).statusCode).toBe(403);
    expect((await put({ deadlineWorkingDays: 3, reminderWorkingDays: 3 })).statusCode).toBe(422);
    expect((await put({ deadlineWorkingDays: 10, reminderWorkingDays: 2 })).statusCode).toBe(200);
    expect((await submitComplaint(app)).dueOn).toBe('2026-07-14');
    expect((await put({ deadlineWorkingDays: 15, reminderWorkingDays: 3 })).statusCode).toBe(200);
  });
});

describe('reminders and escalation', () => {
  it('reminds 3 working days before the due day, then escalates town → county → city when unanswered', async () => {
    const r = await submitComplaint(app, { title: '超期测试' });
    const id = await complaintId(app, r.trackingNo);
    expect(r.dueOn).toBe('2026-07-21');
    await fireDue(db, app.config, startOfDay('2026-07-15'));
    expect((await state(id)).events).toEqual(['submit']);
    await fireDue(db, app.config, startOfDay('2026-07-16'));
    expect(await state(id)).toMatchObject({ handler: TOWN, overdue: false, events: ['submit', 'remind'] });
    const inbox = await app.inject({
      method: 'GET',
      url: '/api/v1/complaints',
      headers: { cookie: town.cookie },
    });
    expect(
      inbox.json<{ items: { id: number; reminded: boolean }[] }>().items.find((c) => c.id === id)?.reminded,
    ).toBe(true);
    await fireDue(db, app.config, startOfDay('2026-07-21'));
    expect((await state(id)).overdue).toBe(false);
    await fireDue(db, app.config, startOfDay('2026-07-22'));
    expect(await state(id)).toMatchObject({ handler: COUNTY, overdue: true, level: 1 });
    // The county has 3 working days (07-23, 24, 27) before it goes up again.
    await fireDue(db, app.config, startOfDay('2026-07-27'));
    expect((await state(id)).handler).toBe(COUNTY);
    await fireDue(db, app.config, startOfDay('2026-07-28'));
    expect(await state(id)).toMatchObject({
      handler: CITY,
      level: 2,
      events: ['submit', 'remind', 'escalate', 'escalate'],
    });
    const audited = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'complaint' AND entity_id = $1 ORDER BY id`,
      [String(id)],
    );
    expect(audited.map((a) => a.action)).toEqual([
      'complaint.submit',
      'complaint.remind',
      'complaint.overdue',
      'complaint.overdue',
    ]);
    // The town no longer holds it.
    const detail = await app.inject({
      method: 'GET',
      url: `/api/v1/complaints/${id}`,
      headers: { cookie: town.cookie },
    });
    expect(detail.statusCode).toBe(404);
  });

  it('neither reminds nor escalates an answered complaint', async () => {
    const r = await submitComplaint(app);
    const id = await complaintId(app, r.trackingNo);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/complaints/${id}/actions`,
      payload: { action: 'reply', version: 1, reply: '已答复' },
      headers: { cookie: town.cookie },
    });
    expect(res.statusCode).toBe(200);
    await fireDue(db, app.config, startOfDay('2026-08-31'));
    expect(await state(id)).toMatchObject({ handler: TOWN, overdue: false, events: ['submit', 'reply'] });
  });
});

describe('the holidays the demo loads', () => {
  it('adds 2026’s days once, keeps a day an administrator set, and writes nothing the second time', async () => {
    expect((await setDay('2026-10-10', { workday: false, name: '本地调整' })).statusCode).toBe(200);
    const load = () => db.transaction((tx) => loadHolidays(tx, shellActor('test')));
    expect(await load()).toBe(HOLIDAYS_2026.length - 1);
    expect(await load()).toBe(0);
    const [kept] = await db.query<{ workday: boolean; name: string }>(
      `SELECT workday, name FROM calendar_days WHERE day = '2026-10-10'`,
    );
    expect(kept).toEqual({ workday: false, name: '本地调整' });
    expect((await submitComplaint(app)).dueOn).toBe('2026-07-21');
    await db.transaction(async (tx) => {
      await tx.query(`DELETE FROM calendar_days`);
      await recordAudit(tx, shellActor('test'), {
        action: 'test.clear',
        entity: 'test',
        entityId: null,
        regionCode: null,
      });
    });
  });
});
