import type { App } from '../../src/app/context.ts';
import type { Role } from '../../src/modules/auth/actor.ts';
import { permits, type Permission } from '../../src/modules/access/permissions.ts';
import { actOnArticle } from '../../src/modules/portal/articles/actions.ts';
import { saveImage } from '../../src/modules/portal/images.ts';
import { actorOf, type Expect, type Probe } from './access-probes.ts';
import { A_COUNTY, A_TOWN, B_COUNTY, type World } from './access-world.ts';
import { ensureSite } from './inspection-fixtures.ts';
import { draftIn, editorShell, imageUpload, PNG_1x1 } from './portal-fixtures.ts';
import { TEST_NOW } from './server.ts';

/**
 * The portal's staff routes (sites, columns, articles, images) and /media in the access matrix
 * (test/access-matrix.test.ts): a site in county A and one in county B, each with an image, a published
 * article in A showing its image; an article a probe changes is made fresh for it. Wiring:
 * `await addPortalWorld(app, world)` after buildWorld, `...PORTAL_PROBES` in PROBES (access-probes.ts).
 */
interface Side {
  siteId: number;
  columnId: number;
  imageId: number;
}
interface PortalWorld {
  app: App;
  inside: Side & { publishedImageId: number };
  outside: Side;
}

const worlds = new WeakMap<World, PortalWorld>();

async function side(app: App, region: string, name: string): Promise<Side> {
  const site = await ensureSite(app.db, region, name);
  const image = await app.db.transaction((tx) =>
    saveImage(tx, editorShell, {
      siteId: site.siteId,
      alt: '探测图片',
      file: { fileName: 'p.png', bytes: PNG_1x1 },
    }),
  );
  return { siteId: site.siteId, columnId: site.columns.work!, imageId: image.id };
}

export async function addPortalWorld(app: App, w: World): Promise<void> {
  const inside = await side(app, A_COUNTY, '兰陵县人民政府');
  const outside = await side(app, B_COUNTY, '外县网站');
  const shown = await app.db.transaction((tx) =>
    saveImage(tx, editorShell, {
      siteId: inside.siteId,
      alt: '现场',
      file: { fileName: 's.png', bytes: PNG_1x1 },
    }),
  );
  const article = await draftIn(app, inside.siteId, {
    bodyHtml: `<img src="/media/${shown.id}" alt="现场">`,
  });
  await app.db.transaction((tx) =>
    actOnArticle(tx, editorShell, article.id, { action: 'publish', version: 1 }, TEST_NOW),
  );
  worlds.set(w, { app, inside: { ...inside, publishedImageId: shown.id }, outside });
}

function of(w: World): PortalWorld {
  const found = worlds.get(w);
  if (!found) throw new Error('call addPortalWorld(app, world) in beforeAll');
  return found;
}

/** At home: done when the role may, refused when it reads the portal but may not, hidden when it reads none. */
const home = (role: Role, permission: Permission): Expect =>
  permits(actorOf(role), permission, A_COUNTY)
    ? 'ok'
    : permits(actorOf(role), 'site.read', A_COUNTY)
      ? 'refused'
      : 'hidden';

type Request = Probe['request'];
const get = (url: string): Request => ({ method: 'GET', url });
const send = (method: string, url: string, payload: object): Request => ({ method, url, payload });
const inside = (request: Request, expect: Expect, write = false): Probe => ({
  target: 'inside',
  expect,
  request,
  write,
});
const hidden = (request: Request, write = false): Probe => ({
  target: 'outside',
  expect: 'hidden',
  request,
  write,
});

async function versionOf(app: App, table: 'portal_sites' | 'portal_columns', id: number): Promise<number> {
  const [row] = await app.db.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  return row!.version;
}

/** A GET of a site's sub-resource: read by whoever reads the portal there. */
function siteRead(suffix: string) {
  return async (w: World, role: Role) => {
    const pw = of(w);
    return [
      inside(get(`/api/v1/portal/sites/${pw.inside.siteId}${suffix}`), home(role, 'site.read')),
      hidden(get(`/api/v1/portal/sites/${pw.outside.siteId}${suffix}`)),
    ];
  };
}

/** A GET of an article: a fresh draft inside, another county's outside. */
function articleRead(suffix: string) {
  return async (w: World, role: Role) => {
    const pw = of(w);
    const [a, b] = [await draftIn(pw.app, pw.inside.siteId), await draftIn(pw.app, pw.outside.siteId)];
    return [
      inside(get(`/api/v1/portal/articles/${a.id}${suffix}`), home(role, 'article.read')),
      hidden(get(`/api/v1/portal/articles/${b.id}${suffix}`)),
    ];
  };
}

function upload(siteId: number): Request {
  const { payload, headers } = imageUpload({ siteId: String(siteId), alt: '探测' }, PNG_1x1);
  return { method: 'POST', url: '/api/v1/portal/images', payload, headers };
}

export const PORTAL_PROBES: Record<string, (w: World, role: Role) => Promise<Probe[]>> = {
  'GET /api/v1/portal/sites': async () => [inside(get('/api/v1/portal/sites'), 'ok')],
  // The town's site exists after the first role that may create it: 201 then 409, both fine here.
  'POST /api/v1/portal/sites': async (_w, role) => {
    const expect = home(role, 'site.write');
    return [
      inside(
        send('POST', '/api/v1/portal/sites', { regionCode: A_TOWN, name: '车辋镇' }),
        expect === 'ok' ? 'filtered' : expect,
        true,
      ),
      hidden(send('POST', '/api/v1/portal/sites', { regionCode: B_COUNTY, name: '外' }), true),
    ];
  },
  'GET /api/v1/portal/sites/{id}': siteRead(''),
  'PATCH /api/v1/portal/sites/{id}': async (w, role) => {
    const pw = of(w);
    const patch = async (id: number) =>
      send('PATCH', `/api/v1/portal/sites/${id}`, {
        version: await versionOf(pw.app, 'portal_sites', id),
        footer: { contact: '0539-5211000' },
      });
    return [
      inside(await patch(pw.inside.siteId), home(role, 'site.write'), true),
      hidden(await patch(pw.outside.siteId), true),
    ];
  },
  'GET /api/v1/portal/sites/{id}/columns': siteRead('/columns'),
  'POST /api/v1/portal/sites/{id}/columns': async (w, role) => {
    const pw = of(w);
    const body = { slug: `p-${role.replace(/_/g, '-')}`, name: '探测栏目' };
    return [
      inside(
        send('POST', `/api/v1/portal/sites/${pw.inside.siteId}/columns`, body),
        home(role, 'site.write'),
        true,
      ),
      hidden(send('POST', `/api/v1/portal/sites/${pw.outside.siteId}/columns`, body), true),
    ];
  },
  'PATCH /api/v1/portal/columns/{id}': async (w, role) => {
    const pw = of(w);
    const patch = async (id: number) =>
      send('PATCH', `/api/v1/portal/columns/${id}`, {
        version: await versionOf(pw.app, 'portal_columns', id),
        staleDays: 60,
      });
    return [
      inside(await patch(pw.inside.columnId), home(role, 'site.write'), true),
      hidden(await patch(pw.outside.columnId), true),
    ];
  },
  'GET /api/v1/portal/articles': async (w) => [
    inside(get(`/api/v1/portal/articles?siteId=${of(w).inside.siteId}`), 'ok'),
  ],
  'POST /api/v1/portal/articles': async (w, role) => {
    const pw = of(w);
    const body = (s: Side) => ({
      siteId: s.siteId,
      columnId: s.columnId,
      title: '探测文章',
      bodyHtml: '<p>探测</p>',
    });
    return [
      inside(send('POST', '/api/v1/portal/articles', body(pw.inside)), home(role, 'article.write'), true),
      hidden(send('POST', '/api/v1/portal/articles', body(pw.outside)), true),
    ];
  },
  'GET /api/v1/portal/articles/{id}': articleRead(''),
  'GET /api/v1/portal/articles/{id}/revisions': articleRead('/revisions'),
  'PATCH /api/v1/portal/articles/{id}': async (w, role) => {
    const pw = of(w);
    const [a, b] = [await draftIn(pw.app, pw.inside.siteId), await draftIn(pw.app, pw.outside.siteId)];
    const patch = (id: number) => send('PATCH', `/api/v1/portal/articles/${id}`, { version: 1, title: '改' });
    return [inside(patch(a.id), home(role, 'article.write'), true), hidden(patch(b.id), true)];
  },
  'POST /api/v1/portal/articles/{id}/actions': async (w, role) => {
    const pw = of(w);
    const [a, b] = [await draftIn(pw.app, pw.inside.siteId), await draftIn(pw.app, pw.outside.siteId)];
    const publish = (id: number) =>
      send('POST', `/api/v1/portal/articles/${id}/actions`, { action: 'publish', version: 1 });
    return [inside(publish(a.id), home(role, 'article.publish'), true), hidden(publish(b.id), true)];
  },
  'POST /api/v1/portal/images': async (w, role) => {
    const pw = of(w);
    return [
      inside(upload(pw.inside.siteId), home(role, 'article.write'), true),
      hidden(upload(pw.outside.siteId), true),
    ];
  },
  'PATCH /api/v1/portal/images/{id}': async (w, role) => {
    const pw = of(w);
    const patch = (id: number) => send('PATCH', `/api/v1/portal/images/${id}`, { alt: '新的替代文字' });
    return [
      inside(patch(pw.inside.imageId), home(role, 'article.write'), true),
      hidden(patch(pw.outside.imageId), true),
    ];
  },
  'GET /api/v1/portal/sites/{id}/images': siteRead('/images'),
  // Public: an image shown in a published article answers everyone; one shown nowhere answers nobody.
  'GET /media/{id}': async (w) => {
    const pw = of(w);
    return [
      inside(get(`/media/${pw.inside.publishedImageId}`), 'ok'),
      hidden(get(`/media/${pw.outside.imageId}`)),
    ];
  },
};

/**
 * The portal's staff reads for the masking test: a published article with an image on the county's site.
 * The portal holds no personal data; the reads prove no answer of theirs carries any either.
 */
export async function seedMaskingPortal(app: App, regionCode: string) {
  const site = await ensureSite(app.db, regionCode, '遮蔽测试门户');
  const image = await app.db.transaction((tx) =>
    saveImage(tx, editorShell, {
      siteId: site.siteId,
      alt: '村道',
      file: { fileName: 'a.png', bytes: PNG_1x1 },
    }),
  );
  const article = await draftIn(app, site.siteId, {
    bodyHtml: `<p>村道硬化</p><img src="/media/${image.id}" alt="村道">`,
  });
  await app.db.transaction((tx) =>
    actOnArticle(tx, editorShell, article.id, { action: 'publish', version: article.version }, TEST_NOW),
  );
  return { siteId: site.siteId, articleId: article.id, imageId: image.id };
}

export function portalReads(p: { siteId: number; articleId: number; imageId: number }) {
  return [
    { route: '/api/v1/portal/sites', url: '/api/v1/portal/sites' },
    { route: '/api/v1/portal/sites/{id}', url: `/api/v1/portal/sites/${p.siteId}` },
    { route: '/api/v1/portal/sites/{id}/columns', url: `/api/v1/portal/sites/${p.siteId}/columns` },
    { route: '/api/v1/portal/sites/{id}/images', url: `/api/v1/portal/sites/${p.siteId}/images` },
    { route: '/api/v1/portal/articles', url: `/api/v1/portal/articles?siteId=${p.siteId}` },
    { route: '/api/v1/portal/articles/{id}', url: `/api/v1/portal/articles/${p.articleId}` },
    {
      route: '/api/v1/portal/articles/{id}/revisions',
      url: `/api/v1/portal/articles/${p.articleId}/revisions`,
    },
    { route: '/api/v1/portal/inspection', url: `/api/v1/portal/inspection?siteId=${p.siteId}` },
    { route: '/media/{id}', url: `/media/${p.imageId}` },
  ];
}
