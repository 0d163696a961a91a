import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { caseNotices, openNotice, type NoticeSummary } from '../src/modules/cases/notices.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import {
  endNoticeOn,
  householdCase,
  insertOutsideRegions,
  noticeFor,
  type Fixture,
} from './support/notice-fixtures.ts';
import { createTestServer } from './support/server.ts';

const VILLAGE = '371324106201';
const TOWN = '371324106000';
const COUNTY = '371324000000';
const B_VILLAGE = '371302001001';

let db: TestDb;
let app: App;
let cadre: LoggedIn;
let inside: Fixture;
let outside: Fixture;
let running: NoticeSummary;
let old: NoticeSummary;
let recent: NoticeSummary;
let outsideNotice: NoticeSummary;

const get = (url: string, who?: LoggedIn) =>
  app.inject({ method: 'GET', url, ...(who ? { headers: { cookie: who.cookie } } : {}) });

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db);
  await insertTestRegions(db);
  await insertOutsideRegions(db);
  cadre = await loginAs(app, [{ role: 'village_cadre', regionCode: VILLAGE }]);
  // Staff typed an ID number and a phone into the reason: neither may reach a notice.
  inside = await householdCase(app, VILLAGE, {
    headName: '王守田',
    reason: '户主 371324197001011234 电话 13912345678 因缺劳动力申请识别',
  });
  outside = await householdCase(app, B_VILLAGE, { headName: '外县甲' });
  old = await noticeFor(app, inside.caseId, { date: '2025-01-01' });
  await endNoticeOn(app, old.id, '2025-01-08');
  recent = await noticeFor(app, inside.caseId, { level: 'town', date: '2025-08-01' });
  await endNoticeOn(app, recent.id, '2025-08-08');
  running = await noticeFor(app, inside.caseId);
  outsideNotice = await noticeFor(app, outside.caseId);
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('making a notice from its case', () => {
  it('gives a readable serial, the village, the head and the procedure, and never an ID number or phone', async () => {
    expect(running.serial).toMatch(/^371324-2026-\d{6}$/);
    expect(running).toMatchObject({ level: 'village', regionCode: VILLAGE, postedOn: '2026-06-28' });
    expect(running.endsOn).toBe('2026-07-05');
    expect(running.title).toBe('关于测试村王守田户贫困户识别的村级公示');
    const [row] = await db.query<{ text: string }>(
      'SELECT title || body::text AS text FROM notices WHERE id = $1',
      [running.id],
    );
    expect(row!.text).toContain('因缺劳动力申请识别');
    for (const secret of ['371324197001011234', '13912345678', inside.headId, inside.phone])
      expect(row!.text).not.toContain(secret);
    const audit = await db.query('SELECT 1 FROM audit_log WHERE action = $1 AND entity_id = $2', [
      'notice.post',
      String(running.id),
    ]);
    expect(audit).toHaveLength(1);
  });

  it('posts a town notice in the town, and keeps serials unique', async () => {
    expect(recent.regionCode).toBe(TOWN);
    expect(recent.serial).toMatch(/^371324-2025-\d{6}$/);
    expect(new Set([old.serial, recent.serial, running.serial]).size).toBe(3);
  });

  it('knows the running notice and ends it once', async () => {
    expect((await openNotice(db, inside.caseId))?.id).toBe(running.id);
    expect((await caseNotices(db, inside.caseId)).map((n) => n.id)).toEqual([old.id, recent.id, running.id]);
    expect((await caseNotices(db, inside.caseId))[0]!.endedOn).toBe('2025-01-08');
  });
});

describe('staff read notices in their regions', () => {
  it('lists the notices of cases in the region, not of another county', async () => {
    const res = await get('/api/v1/notices', cadre);
    expect(res.statusCode).toBe(200);
    const ids = res.json<{ items: NoticeSummary[] }>().items.map((n) => n.id);
    expect(ids).toEqual([running.id, recent.id, old.id]);
    expect(res.body).not.toContain('外县甲');
  });

  it('filters by level, running and region, and pages by cursor', async () => {
    const ids = async (q: string) =>
      (await get(`/api/v1/notices?${q}`, cadre)).json<{ items: NoticeSummary[] }>().items.map((n) => n.id);
    expect(await ids('level=town')).toEqual([recent.id]);
    expect(await ids('active=true')).toEqual([running.id]);
    expect(await ids('active=false')).toEqual([recent.id, old.id]);
    // The town notice lies in the town: a filter on the village finds the village's own notices.
    expect(await ids(`regionCode=${VILLAGE}`)).toEqual([running.id, old.id]);
    const first = (await get('/api/v1/notices?limit=2', cadre)).json<{ next: number | null }>();
    expect(first.next).toBe(recent.id);
    expect(await ids(`limit=2&after=${first.next}`)).toEqual([old.id]);
  });

  it('answers 404 for another county, as a region or a serial', async () => {
    expect((await get(`/api/v1/notices?regionCode=${B_VILLAGE}`, cadre)).statusCode).toBe(404);
    for (const suffix of ['', '.html', '.pdf'])
      expect((await get(`/api/v1/notices/${outsideNotice.serial}${suffix}`, cadre)).statusCode).toBe(404);
  });

  it('shows one notice with its text', async () => {
    const res = await get(`/api/v1/notices/${running.serial}`, cadre);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      serial: running.serial,
      caseId: inside.caseId,
      caseType: 'identification',
      open: true,
      body: { issuer: '测试村村民委员会', supervision: '12317', rows: [{ name: '王守田', size: 2 }] },
    });
  });

  it('prints it as a page', async () => {
    const res = await get(`/api/v1/notices/${running.serial}.html`, cadre);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-security-policy']).not.toContain('script');
    for (const text of [
      running.title,
      running.serial,
      '12317',
      '2026年6月28日至2026年7月5日',
      '测试村村民委员会',
    ])
      expect(res.body).toContain(text);
    expect(res.body).not.toContain(inside.headId);
  });

  it('prints it as a PDF, and answers 503 without a usable font', async () => {
    const res = await get(`/api/v1/notices/${running.serial}.pdf`, cadre);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain(`(${running.serial})`);
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    process.env.ZHENFU_PDF_FONT = '/nonexistent/font.ttf';
    try {
      const refused = await get(`/api/v1/notices/${running.serial}.pdf`, cadre);
      expect(refused.statusCode).toBe(503);
      expect(refused.json().error).toMatchObject({ code: 'PDF_FONT_UNAVAILABLE' });
      expect(refused.json().error.message.zh).toContain('字体');
    } finally {
      delete process.env.ZHENFU_PDF_FONT;
    }
  });
});

describe('the public portal', () => {
  it('lists without a session the notices in their period or ended within a year', async () => {
    const res = await get(`/api/public/notices?regionCode=${COUNTY}`);
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: NoticeSummary[] }>().items.map((n) => n.id)).toEqual([running.id, recent.id]);
    const all = await get('/api/public/notices');
    expect(all.json<{ items: NoticeSummary[] }>().items.map((n) => n.id)).toContain(outsideNotice.id);
  });

  it('shows a notice by serial with names and village only', async () => {
    const res = await get(`/api/public/notices/${running.serial}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ serial: running.serial, open: true, body: { rows: [{ name: '王守田' }] } });
    expect(body).not.toHaveProperty('caseId');
    for (const secret of [inside.headId, inside.phone, '371324197001011234', '13912345678'])
      expect(res.body).not.toContain(secret);
    expect((await get(`/api/public/notices/${recent.serial}`)).json().open).toBe(false);
  });

  it('hides a notice ended more than a year ago, and unknown serials', async () => {
    expect((await get(`/api/public/notices/${old.serial}`)).statusCode).toBe(404);
    expect((await get('/api/public/notices/371324-2026-999999')).statusCode).toBe(404);
    expect((await get('/api/public/notices/nonsense')).statusCode).toBe(400);
  });

  it('keeps staff routes closed to the public', async () => {
    expect((await get('/api/v1/notices')).statusCode).toBe(401);
    expect((await get(`/api/v1/notices/${running.serial}.html`)).statusCode).toBe(401);
  });
});
