import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import type { Role } from '../src/modules/auth/actor.ts';
import { publishedReplies } from '../src/modules/portal/complaints/public.ts';
import { insertTestRegions, loginAs, type LoggedIn } from './support/auth.ts';
import { complaintId, COUNTY, submitComplaint, TOWN, VILLAGE } from './support/complaints.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { insertOutsideRegions } from './support/notice-fixtures.ts';
import { multipartForm } from './support/multipart.ts';
import { createTestServer } from './support/server.ts';

let db: TestDb;
let app: App;
const users = {} as Record<Role, LoggedIn>;
let outsider: LoggedIn;

const PDF = Buffer.from('%PDF-1.4\n%test complaint scan\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);
const FIELDS = { title: '危房改造资金', content: '危房改造补助没有发到户。', regionCode: VILLAGE };

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

const count = async (table: string) =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;
const get = (url: string, who?: LoggedIn) =>
  app.inject({ method: 'GET', url, ...(who ? { headers: { cookie: who.cookie } } : {}) });
const act = (id: number, who: LoggedIn, body: object) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/complaints/${id}/actions`,
    payload: body,
    headers: { cookie: who.cookie },
  });
const post = (payload: object | Buffer, contentType?: string) =>
  app.inject({
    method: 'POST',
    url: '/api/public/complaints',
    payload,
    remoteAddress: `10.8.0.${Math.floor(Math.random() * 250)}`,
    ...(contentType ? { headers: { 'content-type': contentType } } : {}),
  });

describe('submitting a complaint', () => {
  it('takes JSON, sends it to the town’s inbox with 15 working days, and audits it with the contact masked', async () => {
    const receipt = await submitComplaint(app, { contact: '13812345678 王五', consentPublish: true });
    expect(receipt.trackingNo).toMatch(/^JB20260630[A-Z2-9]{6}$/);
    expect(receipt.queryCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(receipt).toMatchObject({ receivedOn: '2026-06-30', dueOn: '2026-07-21' });
    const [row] = await db.query<Record<string, unknown>>(
      `SELECT handler_region_code, county_code, contact, consent_publish, query_code_hash, state
       FROM complaints WHERE tracking_no = $1`,
      [receipt.trackingNo],
    );
    expect(row).toMatchObject({
      handler_region_code: TOWN,
      county_code: '371324',
      contact: '13812345678 王五',
    });
    expect(row!.consent_publish).toBe(true);
    expect(row!.query_code_hash).not.toContain(receipt.queryCode);
    const [audit] = await db.query<{ after: string }>(
      `SELECT after::text FROM audit_log WHERE action = 'complaint.submit' AND entity_id = $1`,
      [String(await complaintId(app, receipt.trackingNo))],
    );
    expect(audit!.after).not.toContain('13812345678');
    expect(audit!.after).toContain(`"contact": "1${'*'.repeat(11)}王五"`);
  });

  it('keeps no contact when anonymous, and sends a county’s complaint to the county', async () => {
    const receipt = await submitComplaint(app, {
      regionCode: COUNTY,
      contact: '13900000000',
      anonymous: true,
    });
    const [row] = await db.query<{ contact: string | null; handler: string }>(
      `SELECT contact, handler_region_code AS handler FROM complaints WHERE tracking_no = $1`,
      [receipt.trackingNo],
    );
    expect(row).toEqual({ contact: null, handler: COUNTY });
  });

  it('takes multipart with a PDF and a PNG, typed by their bytes, with their sha256', async () => {
    const form = multipartForm({ ...FIELDS, anonymous: 'on' }, [
      { field: 'attachments', fileName: '370000199001011234.pdf', content: PDF, contentType: 'image/png' },
      { field: 'attachments', fileName: 'photo.png', content: PNG },
    ]);
    const res = await post(form.payload, form.contentType);
    expect(res.statusCode).toBe(201);
    const id = await complaintId(app, res.json<{ trackingNo: string }>().trackingNo);
    const files = await db.query<{ fileName: string; contentType: string; size: number; sha256: string }>(
      `SELECT file_name AS "fileName", content_type AS "contentType", size, sha256
       FROM complaint_attachments WHERE complaint_id = $1 ORDER BY id`,
      [id],
    );
    expect(files.map((f) => [f.contentType, f.size])).toEqual([
      ['application/pdf', PDF.length],
      ['image/png', PNG.length],
    ]);
    expect(files[0]!.fileName).not.toContain('199001011234');
    expect(files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses bad input with a 4xx naming the field, and stores nothing', async () => {
    const before = await count('complaints');
    const refusals: [object | Buffer, string | undefined, number, string][] = [
      [{ content: '没有标题', regionCode: VILLAGE }, undefined, 400, 'title'],
      [{ ...FIELDS, regionCode: '3713' }, undefined, 400, 'regionCode'],
      [{ ...FIELDS, title: 'x'.repeat(101) }, undefined, 400, 'title'],
      [{ ...FIELDS, extra: 1 }, undefined, 400, '(body)'],
      [{ ...FIELDS, regionCode: '370000000000' }, undefined, 422, 'regionCode'],
      [{ ...FIELDS, regionCode: '379999999999' }, undefined, 422, 'regionCode'],
    ];
    const text = multipartForm(FIELDS, [
      { field: 'attachments', fileName: 'a.html', content: '<script>x</script>' },
    ]);
    refusals.push([text.payload, text.contentType, 400, 'attachments']);
    const four = multipartForm(
      FIELDS,
      [1, 2, 3, 4].map(() => ({ field: 'attachments', fileName: 'a.pdf', content: PDF })),
    );
    refusals.push([four.payload, four.contentType, 413, 'attachments']);
    const big = multipartForm(FIELDS, [
      {
        field: 'attachments',
        fileName: 'big.pdf',
        content: Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]),
      },
    ]);
    refusals.push([big.payload, big.contentType, 413, 'attachments']);
    for (const [payload, type, status, field] of refusals) {
      const res = await post(payload, type);
      expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
      const error = res.json<{ error: { fields?: { field: string }[]; details?: { field?: string } } }>()
        .error;
      expect(error.fields?.[0]?.field ?? error.details?.field ?? '(body)').toBe(field);
    }
    expect(await count('complaints')).toBe(before);
  });
});

describe('tracking a complaint', () => {
  it('shows the state to the code holder; a wrong code answers as an unknown number does', async () => {
    const r = await submitComplaint(app);
    const ok = await get(`/api/public/complaints/${r.trackingNo}?code=${r.queryCode.toLowerCase()}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      trackingNo: r.trackingNo,
      state: 'received',
      dueOn: r.dueOn,
      reply: null,
    });
    expect(ok.json()).not.toHaveProperty('contact');
    const wrong = await get(`/api/public/complaints/${r.trackingNo}?code=AAAAAAAA`);
    const unknown = await get(`/api/public/complaints/JB20260630ZZZZZZ?code=${r.queryCode}`);
    const none = await get(`/api/public/complaints/${r.trackingNo}`);
    for (const res of [wrong, unknown, none]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const shape = (res: typeof wrong, no: string) =>
      res.body.replaceAll(no, 'N').replace(/"requestId":"[^"]+"/, '');
    expect(shape(wrong, r.trackingNo)).toBe(shape(unknown, 'JB20260630ZZZZZZ'));
  });
});

describe('the inbox', () => {
  it('shows a town’s complaint to its town and county, hides it from others, and lists nothing to a contributor', async () => {
    const r = await submitComplaint(app, { title: '收件箱测试' });
    const id = await complaintId(app, r.trackingNo);
    const listed = async (who: LoggedIn) =>
      (await get('/api/v1/complaints?state=received', who))
        .json<{ items: { id: number }[] }>()
        .items.some((c) => c.id === id);
    expect(await listed(users.town_official)).toBe(true);
    expect(await listed(users.county_admin)).toBe(true);
    expect(await listed(users.inspector)).toBe(true);
    expect(await listed(users.village_cadre)).toBe(false);
    expect(await listed(outsider)).toBe(false);
    expect((await get('/api/v1/complaints', users.contributor)).json()).toEqual({ items: [], total: 0 });
    expect((await get(`/api/v1/complaints/${id}`, users.town_official)).statusCode).toBe(200);
    for (const who of [users.village_cadre, outsider, users.contributor, users.editor])
      expect((await get(`/api/v1/complaints/${id}`, who)).statusCode).toBe(404);
    expect((await act(id, users.inspector, { action: 'accept', version: 1 })).statusCode).toBe(403);
    expect((await act(id, outsider, { action: 'accept', version: 1 })).statusCode).toBe(404);
  });

  it('serves an attachment to a handler and records the read', async () => {
    const form = multipartForm(FIELDS, [{ field: 'attachments', fileName: 'scan.pdf', content: PDF }]);
    const r = (await post(form.payload, form.contentType)).json<{ trackingNo: string }>();
    const id = await complaintId(app, r.trackingNo);
    const detail = (await get(`/api/v1/complaints/${id}`, users.town_official)).json<{
      attachments: { id: number }[];
    }>();
    const url = `/api/v1/complaints/${id}/attachments/${detail.attachments[0]!.id}`;
    const file = await get(url, users.town_official);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect((await get(url, outsider)).statusCode).toBe(404);
    const reads = await db.query(
      `SELECT 1 FROM audit_log WHERE action = 'complaint.read_attachment' AND entity_id = $1`,
      [String(id)],
    );
    expect(reads).toHaveLength(1);
  });
});

describe('handling a complaint', () => {
  it('accepts, replies and closes, each step versioned, on the trail and audited', async () => {
    const r = await submitComplaint(app);
    const id = await complaintId(app, r.trackingNo);
    const town = users.town_official;
    expect((await act(id, town, { action: 'accept', version: 1 })).json()).toMatchObject({
      state: 'in_progress',
      version: 2,
    });
    expect((await act(id, town, { action: 'accept', version: 1 })).statusCode).toBe(409);
    expect((await act(id, town, { action: 'accept', version: 2 })).json().error.code).toBe('WRONG_STATE');
    expect((await act(id, town, { action: 'reply', version: 2 })).statusCode).toBe(400);
    const replied = await act(id, town, { action: 'reply', version: 2, reply: '经核实，已纠正。' });
    expect(replied.json()).toMatchObject({
      state: 'answered',
      reply: '经核实，已纠正。',
      repliedOn: '2026-06-30',
    });
    expect((await act(id, town, { action: 'publish_reply', version: 3 })).json().error.code).toBe(
      'NO_CONSENT',
    );
    const closed = await act(id, town, { action: 'close', version: 3 });
    expect(closed.json<{ events: { action: string }[] }>().events.map((e) => e.action)).toEqual([
      'submit',
      'accept',
      'reply',
      'close',
    ]);
    const tracked = await get(`/api/public/complaints/${r.trackingNo}?code=${r.queryCode}`);
    expect(tracked.json()).toMatchObject({ state: 'closed', reply: '经核实，已纠正。' });
    const audited = await db.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity = 'complaint' AND entity_id = $1 AND action NOT LIKE 'complaint.read%' ORDER BY id`,
      [String(id)],
    );
    expect(audited.map((a) => a.action)).toEqual([
      'complaint.submit',
      'complaint.accept',
      'complaint.reply',
      'complaint.close',
    ]);
  });

  it('closes an unanswered complaint only with a reason', async () => {
    const id = await complaintId(app, (await submitComplaint(app)).trackingNo);
    expect((await act(id, users.town_official, { action: 'close', version: 1 })).statusCode).toBe(400);
    const closed = await act(id, users.town_official, { action: 'close', version: 1, reply: '重复举报' });
    expect(closed.json()).toMatchObject({ state: 'closed', reply: null });
  });

  it('publishes a consented reply with ID, phone, bank numbers and the listed names removed', async () => {
    const r = await submitComplaint(app, {
      title: '反映张三低保问题',
      consentPublish: true,
      regionCode: VILLAGE,
    });
    const id = await complaintId(app, r.trackingNo);
    const town = users.town_official;
    const reply =
      '经查，张三（身份证 371324199001011234，电话 13812345678，卡号 6222021234567890123）符合条件，李四的反映不属实。';
    await act(id, town, { action: 'reply', version: 1, reply });
    const published = await act(id, town, {
      action: 'publish_reply',
      version: 2,
      namesToHide: ['张三', '李四'],
    });
    expect(published.statusCode).toBe(200);
    const text = published.json<{ publicReply: string }>().publicReply;
    for (const secret of ['张三', '李四', '371324199001011234', '13812345678', '6222021234567890123'])
      expect(text).not.toContain(secret);
    expect(text).toContain('某某');
    const page = await publishedReplies(db, '371324000000');
    const item = page.items.find((i) => i.trackingNo === r.trackingNo);
    expect(item).toMatchObject({ title: '反映某某低保问题', publicReply: text });
    expect((await publishedReplies(db, '371302000000')).items).toHaveLength(0);
  });
});
