import type { App } from '../../src/app/context.ts';
import type { Role } from '../../src/modules/auth/actor.ts';
import type { Permission } from '../../src/modules/access/permissions.ts';
import { actOnArticle } from '../../src/modules/portal/articles/actions.ts';
import { saveImage } from '../../src/modules/portal/images.ts';
import { A_COUNTY, A_TOWN, B_COUNTY, type World } from './access-world.ts';
import { ensureSite } from './inspection-fixtures.ts';
import { draftIn, editorShell, imageUpload, PNG_1x1 } from './portal-fixtures.ts';
import {
  atHome,
  get,
  hidden,
  inside,
  may,
  pair,
  send,
  worldSlot,
  type Probes,
  type Request,
} from './probe-kit.ts';
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

const portals = worldSlot<PortalWorld>('addPortalWorld');

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
  portals.set(w, { app, inside: { ...inside, publishedImageId: shown.id }, outside });
}

/** At home: done when the role may, refused when it reads the portal but may not, hidden when it reads none. */
const home = (role: Role, permission: Permission) =>
  atHome(role, A_COUNTY, may(permission), may('site.read'));

async function versionOf(app: App, table: 'portal_sites' | 'portal_columns', id: number): Promise<number> {
  const [row] = await app.db.query<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [id]);
  return row!.version;
}

/** A GET of a site's sub-resource: read by whoever reads the portal there. */
function siteRead(suffix: string) {
  return async (w: World, role: Role) => {
    const site = (s: Side) => get(`/api/v1/portal/sites/${s.siteId}${suffix}`);
    return pair(home(role, 'site.read'), site, portals.get(w));
  };
}

/** A GET of an article: a fresh draft inside, another county's outside. */
function articleRead(suffix: string) {
  return async (w: World, role: Role) => {
    const drafts = await freshDrafts(portals.get(w));
    return pair(home(role, 'article.read'), (a) => get(`/api/v1/portal/articles/${a.id}${suffix}`), drafts);
  };
}

/** A fresh draft on each side's site, for a probe that reads or changes one. */
async function freshDrafts(pw: PortalWorld) {
  return {
    inside: await draftIn(pw.app, pw.inside.siteId),
    outside: await draftIn(pw.app, pw.outside.siteId),
  };
}

function upload(siteId: number): Request {
  const { payload, headers } = imageUpload({ siteId: String(siteId), alt: '探测' }, PNG_1x1);
  return { method: 'POST', url: '/api/v1/portal/images', payload, headers };
}

export const PORTAL_PROBES: Probes = {
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
    const pw = portals.get(w);
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
    const pw = portals.get(w);
    const body = { slug: `p-${role.replace(/_/g, '-')}`, name: '探测栏目' };
    const create = (s: Side) => send('POST', `/api/v1/portal/sites/${s.siteId}/columns`, body);
    return pair(home(role, 'site.write'), create, pw, true);
  },
  'PATCH /api/v1/portal/columns/{id}': async (w, role) => {
    const pw = portals.get(w);
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
    inside(get(`/api/v1/portal/articles?siteId=${portals.get(w).inside.siteId}`), 'ok'),
  ],
  'POST /api/v1/portal/articles': async (w, role) => {
    const pw = portals.get(w);
    const body = (s: Side) => ({
      siteId: s.siteId,
      columnId: s.columnId,
      title: '探测文章',
      bodyHtml: '<p>探测</p>',
    });
    return pair(
      home(role, 'article.write'),
      (s) => send('POST', '/api/v1/portal/articles', body(s)),
      pw,
      true,
    );
  },
  'GET /api/v1/portal/articles/{id}': articleRead(''),
  'GET /api/v1/portal/articles/{id}/revisions': articleRead('/revisions'),
  'PATCH /api/v1/portal/articles/{id}': async (w, role) => {
    const drafts = await freshDrafts(portals.get(w));
    const patch = (a: { id: number }) =>
      send('PATCH', `/api/v1/portal/articles/${a.id}`, { version: 1, title: '改' });
    return pair(home(role, 'article.write'), patch, drafts, true);
  },
  'POST /api/v1/portal/articles/{id}/actions': async (w, role) => {
    const drafts = await freshDrafts(portals.get(w));
    const publish = (a: { id: number }) =>
      send('POST', `/api/v1/portal/articles/${a.id}/actions`, { action: 'publish', version: 1 });
    return pair(home(role, 'article.publish'), publish, drafts, true);
  },
  'POST /api/v1/portal/images': async (w, role) =>
    pair(home(role, 'article.write'), (s) => upload(s.siteId), portals.get(w), true),
  'PATCH /api/v1/portal/images/{id}': async (w, role) => {
    const patch = (s: Side) => send('PATCH', `/api/v1/portal/images/${s.imageId}`, { alt: '新的替代文字' });
    return pair(home(role, 'article.write'), patch, portals.get(w), true);
  },
  'GET /api/v1/portal/sites/{id}/images': siteRead('/images'),
  // Public: an image shown in a published article answers everyone; one shown nowhere answers nobody.
  'GET /media/{id}': async (w) => {
    const pw = portals.get(w);
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
