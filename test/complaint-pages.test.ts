import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions } from './support/auth.ts';
import { TOWN, VILLAGE } from './support/complaints.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import { multipartForm } from './support/multipart.ts';
import { insertSite } from './support/portal-site.ts';
import { createTestServer } from './support/server.ts';

/** The portal's complaint pages, plain HTML forms without the script, with the human check on. */
let db: TestDb;
let app: App;
let address = 0;

beforeAll(async () => {
  db = await createTestDb();
  app = await createTestServer(db, { humanCheck: true });
  await insertTestRegions(db);
  await insertSite(db, { regionCode: TOWN, name: '车辋镇人民政府' });
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

const page = (url: string) => app.inject({ method: 'GET', url });

/** The form's hidden token and the answer a person works out from the question on the page. */
function solveForm(html: string): { humanToken: string; humanAnswer: string } {
  const token = /name="humanToken" value="([^"]+)"/.exec(html)![1]!;
  const [, a, op, b] = /验证问题：请计算：(\d+) ([加减]) (\d+) 等于多少？/.exec(html)!;
  const answer = op === '加' ? Number(a) + Number(b) : Number(a) - Number(b);
  return { humanToken: token, humanAnswer: String(answer) };
}

async function send(fields: Record<string, string>) {
  const form = multipartForm(fields, []);
  address += 1;
  return app.inject({
    method: 'POST',
    url: '/s/371324106/complaints',
    payload: form.payload,
    headers: { 'content-type': form.contentType },
    remoteAddress: `10.7.0.${address}`,
  });
}

describe('the complaint pages', () => {
  it('show the form with the site’s villages and a question, and take a complaint to a receipt', async () => {
    const form = await page('/s/371324106/complaints/new');
    expect(form.statusCode).toBe(200);
    expect(form.headers['cache-control']).toBe('no-store');
    expect(form.body).toContain('<html lang="zh-CN"');
    expect(form.body).toContain(`<option value="${VILLAGE}">\u3000\u3000测试村</option>`);
    expect(form.body).toContain('监督举报');
    const receipt = await send({
      title: '补贴发放问题',
      content: '请核实。',
      regionCode: VILLAGE,
      consentPublish: 'on',
      ...solveForm(form.body),
    });
    expect(receipt.statusCode).toBe(201);
    const trackingNo = /受理编号：<strong>(JB\w+)<\/strong>/.exec(receipt.body)![1]!;
    const code = /查询码：<strong>(\w+)<\/strong>/.exec(receipt.body)![1]!;
    expect(receipt.body).toContain('查询码只显示这一次');
    const [row] = await db.query<{ siteId: number }>(
      'SELECT site_id AS "siteId" FROM complaints WHERE tracking_no = $1',
      [trackingNo],
    );
    expect(row!.siteId).not.toBeNull();

    const tracked = await page(`/s/371324106/complaints/track?no=${trackingNo}&code=${code}`);
    expect(tracked.statusCode).toBe(200);
    expect(tracked.body).toContain('已受理，待办理');
    const wrong = await page(`/s/371324106/complaints/track?no=${trackingNo}&code=WRONG234`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain('没有找到该举报');
  });

  it('shows the form again with the message and what was typed, escaped, when refused', async () => {
    const form = await page('/s/371324106/complaints/new');
    const wrongAnswer = { ...solveForm(form.body), humanAnswer: '999' };
    const refused = await send({
      title: '<script>x</script>',
      content: '内容仍在',
      regionCode: VILLAGE,
      ...wrongAnswer,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('验证问题回答错误');
    expect(refused.body).toContain('内容仍在');
    expect(refused.body).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(refused.body).not.toContain('<script>x</script>');
    const missing = await send({ content: '没有标题', regionCode: VILLAGE, ...solveForm(form.body) });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('标题');
    expect(await db.query(`SELECT 1 FROM complaints WHERE content IN ('内容仍在', '没有标题')`)).toHaveLength(
      0,
    );
  });
});
