import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/app/context.ts';
import { insertTestRegions, type LoggedIn } from './support/auth.ts';
import { createTestDb, type TestDb } from './support/db.ts';
import {
  B_COUNTY,
  call,
  COUNTY,
  draftIn,
  imageUpload,
  PNG_1x1,
  siteFor,
  userOf,
} from './support/portal-fixtures.ts';
import { createTestServer } from './support/server.ts';

/** Images: upload by type from the bytes, alt text required on publish, /media public only once shown. */
let db: TestDb;
let app: App;
let siteId: number;
let outsideSiteId: number;
let editor: LoggedIn;
let outsider: LoggedIn;

beforeAll(async () => {
  db = await createTestDb();
  await insertTestRegions(db);
  app = await createTestServer(db);
  siteId = (await siteFor(app, COUNTY, '兰陵县')).id;
  outsideSiteId = (await siteFor(app, B_COUNTY, '兰山区')).id;
  editor = await userOf(app, 'editor');
  outsider = await userOf(app, 'editor', B_COUNTY);
});

afterAll(async () => {
  await app.close();
  await db.dispose();
});

async function upload(who: LoggedIn, site: number, file = PNG_1x1, alt = '') {
  const { payload, headers } = imageUpload({ siteId: String(site), alt }, file);
  return app.inject({
    method: 'POST',
    url: '/api/v1/portal/images',
    payload,
    headers: { ...headers, cookie: who.cookie },
  });
}

async function uploaded(site = siteId, who = editor): Promise<number> {
  const res = await upload(who, site);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const media = (id: number, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: `/media/${id}`, headers });
const act = (id: number, body: object) =>
  call(app, editor, 'POST', `/api/v1/portal/articles/${id}/actions`, body);

describe('image uploads', () => {
  it('stores an image with its type, size, dimensions and hash', async () => {
    const res = await upload(editor, siteId, PNG_1x1, '村道硬化现场');
    expect(res.statusCode, res.body).toBe(201);
    const image = res.json();
    expect(image).toMatchObject({
      contentType: 'image/png',
      width: 1,
      height: 1,
      alt: '村道硬化现场',
      size: PNG_1x1.length,
    });
    expect(image.url).toBe(`/media/${image.id}`);
    const listed = await call(app, editor, 'GET', `/api/v1/portal/sites/${siteId}/images`);
    expect(listed.json().items.map((i: { id: number }) => i.id)).toContain(image.id);
  });

  it('refuses what is not an image, whatever its name, and another county’s site', async () => {
    const text = await upload(editor, siteId, Buffer.from('<svg onload="alert(1)"></svg>'));
    expect(text.statusCode).toBe(400);
    expect(text.json().error.code).toBe('VALIDATION');
    const truncated = await upload(editor, siteId, PNG_1x1.subarray(0, 12));
    expect(truncated.statusCode).toBe(400);
    expect((await upload(outsider, siteId)).statusCode).toBe(404);
  });

  it('changes the alt text, within the site’s county only', async () => {
    const id = await uploaded();
    const ok = await call(app, editor, 'PATCH', `/api/v1/portal/images/${id}`, { alt: '新的说明' });
    expect(ok.json().alt).toBe('新的说明');
    expect((await call(app, outsider, 'PATCH', `/api/v1/portal/images/${id}`, { alt: 'x' })).statusCode).toBe(
      404,
    );
  });
});

describe('alt text on publish and /media', () => {
  it('refuses to publish an image without alt, serves it once published, hides it again when withdrawn', async () => {
    const id = await uploaded();
    expect((await media(id)).statusCode).toBe(404);
    const a = await draftIn(app, siteId, { bodyHtml: `<p>现场</p><img src="/media/${id}" alt="">` });
    const refused = await act(a.id, { action: 'publish', version: 1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'IMAGE_ALT_MISSING', details: { imageIds: [id] } });
    expect(
      (await act(a.id, { action: 'schedule', version: 1, publishAt: '2027-01-01T00:00:00Z' })).statusCode,
    ).toBe(422);
    await call(app, editor, 'PATCH', `/api/v1/portal/articles/${a.id}`, {
      version: 1,
      bodyHtml: `<p>现场</p><img src="/media/${id}" alt="产业路硬化现场">`,
    });
    expect((await act(a.id, { action: 'publish', version: 2 })).json().state).toBe('published');

    const res = await media(id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.equals(PNG_1x1)).toBe(true);
    expect(String(res.headers['cache-control'])).toMatch(/max-age=\d{7,}/);
    const etag = String(res.headers.etag);
    expect((await media(id, { 'if-none-match': etag })).statusCode).toBe(304);

    const emptied = await call(app, editor, 'PATCH', `/api/v1/portal/articles/${a.id}`, {
      version: 3,
      bodyHtml: `<img src="/media/${id}">`,
    });
    expect(emptied.json().error.code).toBe('IMAGE_ALT_MISSING');
    await act(a.id, { action: 'withdraw', version: 3, reason: '更正' });
    expect((await media(id)).statusCode).toBe(404);
  });

  it('shows an image not yet published to its site’s staff only, never to a shared cache', async () => {
    const id = await uploaded();
    expect((await media(id)).statusCode).toBe(404);
    const staff = await media(id, { cookie: editor.cookie });
    expect(staff.statusCode).toBe(200);
    expect(staff.rawPayload.equals(PNG_1x1)).toBe(true);
    expect(String(staff.headers['cache-control'])).toBe('private, no-cache');
    expect((await media(id, { cookie: outsider.cookie })).statusCode).toBe(404);
    const cadre = await userOf(app, 'village_cadre');
    expect((await media(id, { cookie: cadre.cookie })).statusCode).toBe(404);
  });

  it('refuses to publish another site’s image and serves a logo', async () => {
    const foreign = await uploaded(outsideSiteId, outsider);
    const a = await draftIn(app, siteId, { bodyHtml: `<img src="/media/${foreign}" alt="外">` });
    expect((await act(a.id, { action: 'publish', version: 1 })).json().error.code).toBe('IMAGE_UNKNOWN');
    expect((await media(foreign)).statusCode).toBe(404);

    const logo = await uploaded();
    const version = (await call(app, editor, 'GET', `/api/v1/portal/sites/${siteId}`)).json().version;
    const wrong = await call(app, editor, 'PATCH', `/api/v1/portal/sites/${siteId}`, {
      version,
      logoImageId: foreign,
    });
    expect(wrong.json().error.code).toBe('IMAGE_UNKNOWN');
    const set = await call(app, editor, 'PATCH', `/api/v1/portal/sites/${siteId}`, {
      version,
      logoImageId: logo,
    });
    expect(set.json().logoImageId).toBe(logo);
    expect((await media(logo)).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/media/99999999' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/media/abc' })).statusCode).toBe(400);
  });
});
