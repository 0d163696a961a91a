import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import type { NoticeSummary } from '../src/modules/cases/notices.ts';
import { insertTestRegions } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { endNoticeOn, householdCase, insertOutsideRegions, noticeFor } from './support/notice-fixtures.ts';
import { insertArticle, insertSite, type TestSite } from './support/portal-site.ts';
import { createTestServer } from './support/server.ts';

const VILLAGE = '371324106201';
const B_VILLAGE = '371302001001';

let db: TestDb;
let app: App;
let town: TestSite;
let running: NoticeSummary;
let ended: NoticeSummary;
let expired: NoticeSummary;
let outside: NoticeSummary;

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers });
const postForm = (url: string, fields: Record<string, string>, ip = '10.1.0.1') =>
  app.inject({
    method: 'POST',
    url,
    payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    remoteAddress: ip,
  });

/** The form's token and the answer to its question (the check is on in this file: a script must solve it). */
function solve(html: string): { humanToken: string; humanAnswer: string } {
  const token = /name="humanToken" value="([^"]+)"/.exec(html)![1]!;
  const [, a, op, b] = /请计算：(\d+) (加|减) (\d+) 等于多少/.exec(html)!;
  const answer = op === '加' ? Number(a) + Number(b) : Number(a) - Number(b);
  return { humanToken: token, humanAnswer: String(answer) };
}

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db, { humanCheck: true });
  await insertTestRegions(db);
  await insertOutsideRegions(db);
  town = await insertSite(db, { regionCode: '371324106000', name: '车辋镇人民政府', isPrimary: true });
  await insertSite(db, { regionCode: '371302000000', name: '兰山区人民政府' });
  const inside = await householdCase(app, VILLAGE, {
    headName: '王守田',
    reason: '户主 371324197001011234 电话 13912345678 因缺劳动力申请识别',
  });
  const other = await householdCase(app, B_VILLAGE, { headName: '外县甲' });
  expired = await noticeFor(app, inside.caseId, { date: '2025-01-01' });
  await endNoticeOn(app, expired.id, '2025-01-08');
  ended = await noticeFor(app, inside.caseId, { level: 'town', date: '2025-08-01' });
  await endNoticeOn(app, ended.id, '2025-08-08');
  running = await noticeFor(app, inside.caseId);
  outside = await noticeFor(app, other.caseId);
  await insertArticle(db, {
    site: town,
    column: 'publicity',
    title: '镇里的公示文章',
    publishedAt: '2026-06-29T00:00:00Z',
  });
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('notices on the site', () => {
  it('lists the running notice on the home page', async () => {
    const home = await get('/');
    expect(home.body).toContain('正在公示');
    expect(home.body).toContain(`href="/s/371324106/notices/${running.serial}"`);
    expect(home.body).not.toContain(outside.serial);
  });

  it('merges notices of the region into 公示公告 by date, for a year after their period', async () => {
    const list = await get('/s/371324106/c/publicity/');
    const body = list.body;
    const positions = ['镇里的公示文章', running.serial, ended.serial].map((s) => body.indexOf(s));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(body).not.toContain(expired.serial);
    expect(body).not.toContain(outside.serial);
  });

  it('shows a notice as posted, with no ID number or phone, and the objection form during its period', async () => {
    const res = await get(`/s/371324106/notices/${running.serial}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`编号：${running.serial}`);
    expect(res.body).toContain('王守田');
    expect(res.body).not.toContain('371324197001011234');
    expect(res.body).not.toContain('13912345678');
    expect(res.body).toContain(
      `<form class="plain" method="post" action="/s/371324106/notices/${running.serial}/objection">`,
    );
    expect(res.body).toMatch(/验证问题：请计算/);
    // A question and token per reader: never cached, never shared.
    expect(res.headers['cache-control']).toBe('no-store');
    const again = await get(`/s/371324106/notices/${running.serial}`);
    expect(solve(again.body).humanToken).not.toBe(solve(res.body).humanToken);
  });

  it('shows an ended notice without the form, and 404 for one past its year or of another region', async () => {
    const old = await get(`/s/371324106/notices/${ended.serial}`);
    expect(old.statusCode).toBe(200);
    expect(old.body).toContain('公示已结束');
    expect(old.body).not.toContain('<form class="plain" method="post"');
    expect(old.headers['cache-control']).toBe('public, max-age=60');
    expect((await get(`/s/371324106/notices/${expired.serial}`)).statusCode).toBe(404);
    expect((await get(`/s/371324106/notices/${outside.serial}`)).statusCode).toBe(404);
    expect((await get(`/s/371302/notices/${outside.serial}`)).statusCode).toBe(200);
  });
});

describe('the objection form', () => {
  const url = () => `/s/371324106/notices/${running.serial}/objection`;

  it('takes an objection posted as a plain form and answers with a receipt', async () => {
    const page = await get(`/s/371324106/notices/${running.serial}`);
    const res = await postForm(url(), {
      content: '该户有经营性货车',
      name: '',
      phone: '',
      ...solve(page.body),
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('异议已收到');
    expect(res.headers['cache-control']).toBe('no-store');
    const [row] = await db.query<{ source: string; content: string; name: string | null }>(
      `SELECT source, content, name FROM objections WHERE notice_id = $1`,
      [running.id],
    );
    expect(row).toEqual({ source: 'public', content: '该户有经营性货车', name: null });
  });

  it('gives the form back with the reason and the typed text when refused', async () => {
    const page = await get(`/s/371324106/notices/${running.serial}`);
    const empty = await postForm(url(), { content: '', name: '张<三>', ...solve(page.body) }, '10.1.0.2');
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('请填写异议内容');
    expect(empty.body).toContain('value="张&lt;三&gt;"');
    const wrong = await postForm(
      url(),
      { content: '有异议', humanToken: solve(page.body).humanToken, humanAnswer: '999' },
      '10.1.0.2',
    );
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('验证问题');
    expect(wrong.body).toContain('>有异议</textarea>');
    expect(wrong.body).toMatch(/name="humanToken" value="[^"]+"/);
  });

  it('counts the form and the JSON API against the same limit, answering 429 as a page', async () => {
    const ip = '10.1.0.9';
    for (let i = 0; i < 5; i++) await postForm(url(), { content: '' }, ip);
    const limited = await postForm(url(), { content: '第六次' }, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('text/html');
    expect(limited.body).toContain('最多 5');
    const api = await app.inject({
      method: 'POST',
      url: `/api/public/notices/${running.serial}/objections`,
      payload: { content: 'JSON' },
      remoteAddress: ip,
    });
    expect(api.statusCode).toBe(429);
  });

  it('leaves the JSON API as it was: a urlencoded body is not parsed there', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/public/notices/${running.serial}/objections`,
      payload: 'content=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(415);
  });
});
